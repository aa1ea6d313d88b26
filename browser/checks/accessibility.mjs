// accessibility.mjs — the accessibility statement (issue #14, point 9).
//
// In every language, the footer of the home page and of a programme page
// links to the statement at its localized address; following the link
// leads to the statement in that language, with the model statement's
// sections in order, and axe-core reports no violation there, in the light
// and the dark palette.

const SLUGS = { fr: "accessibilite/", nl: "toegankelijkheid/", en: "accessibility/", de: "barrierefreiheit/", es: "accesibilidad/" };
const TITLES = {
  fr: "Déclaration d’accessibilité",
  nl: "Toegankelijkheidsverklaring",
  en: "Accessibility statement",
  de: "Erklärung zur Barrierefreiheit",
  es: "Declaración de accesibilidad",
};
// The model's sections, in order (ids of the default layout's h2).
const SECTIONS = ["status", "content", "preparation", "feedback", "enforcement"];

async function checkStatement(fail, ctx) {
  const types = await ctx.pageTypes();
  const items = [];
  for (const code of ctx.LANGS) {
    items.push({ code, from: "home", url: types.home[code], axe: true });
    items.push({ code, from: "programme", url: types["programmes entry"][code], axe: false });
  }
  let runs = 0;
  let violations = 0;
  await ctx.withTabs(items, 2, async (tab, { code, from, url, axe }) => {
    const where = `${from} (${code})`;
    const { page, problems } = await tab.visit(url);
    const real = problems.filter((p) => !/ERR_ABORTED/.test(p)); // following the link may abort the favicon's request
    if (real.length) fail(where, real);
    const links = page.locator(`footer a[href$="/${code}/${SLUGS[code]}"]`);
    const n = await links.count();
    if (n !== 1) {
      fail(`${where}: ${n} footer links to /${code}/${SLUGS[code]}, expected 1`);
      return;
    }
    const text = (await links.first().textContent()).trim();
    if (text !== TITLES[code]) fail(`${where}: the footer link says "${text}", expected "${TITLES[code]}"`);
    await Promise.all([page.waitForURL(`**/${code}/${SLUGS[code]}`), links.first().click()]);
    const got = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelector("main h1")?.textContent.trim(),
      ids: [...document.querySelectorAll("main h2[id]")].map((h) => h.id),
      links: [...document.querySelectorAll("#enforcement ~ ul a")].map((a) => a.href),
      status: document.querySelector(".a11y-status")?.textContent.trim() || "",
    }));
    const problemsHere = [];
    if (got.lang !== code) problemsHere.push(`<html lang="${got.lang}">, expected ${code}`);
    if (got.h1 !== TITLES[code]) problemsHere.push(`h1 "${got.h1}", expected "${TITLES[code]}"`);
    if (got.ids.join(",") !== SECTIONS.join(",")) problemsHere.push(`sections ${got.ids.join(", ")}, expected ${SECTIONS.join(", ")}`);
    if (!got.status.includes("EN 301 549")) problemsHere.push(`the status does not name EN 301 549: "${got.status}"`);
    if (got.links.length === 0 || got.links.some((h) => !h.startsWith("https://"))) problemsHere.push(`enforcement links: ${got.links.join(" ") || "none"}`);
    if (problemsHere.length) fail(`the statement reached from ${where}`, problemsHere);
    if (!axe) return;
    await page.evaluate(ctx.axeSource);
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
      runs++;
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), ctx.AXE_TAGS);
      if (result.violations.length) {
        violations += result.violations.length;
        fail(
          `axe: the statement (${code}, ${scheme})`,
          result.violations.flatMap((v) => [`${v.id} [${v.impact}] ${v.help}`, ...v.nodes.slice(0, 4).map((x) => `    at ${x.target.join(" ")}`)])
        );
      }
    }
  });
  return `footer links followed from ${items.length} pages in ${ctx.LANGS.length} languages; axe: ${runs} runs, ${violations} violations`;
}

export const checks = [
  ["accessibility", "accessibility statement: every language's footer leads to it, model sections in order, axe finds no violation", checkStatement],
];
