// overflow.mjs — no page scrolls sideways (issue #14).
//
// The document is never wider than the window. On the home page and a
// programme page in every language: loaded at 320, 768 and 1,024 px, and
// resized through every width from 320 to 1,920 px in steps of 32 px. On
// every other kind of page (catalogue lists and entries, news, Markdown
// pages, the search page, the accessibility statement) in every language:
// loaded at 320 px and resized to 768 px. A header whose language switcher
// did not fit once made every page scroll sideways at 768 px. When it
// fails, the elements that stick out (outside any scrolling box) are named.

const WIDTHS = [320, 768, 1024];
const SWEEP = Array.from({ length: (1920 - 320) / 32 + 1 }, (_, i) => 320 + 32 * i);
const OTHER_WIDTHS = [320, 768];
const SEARCH = { fr: "recherche/", nl: "zoeken/", en: "search/", de: "suche/", es: "buscar/" };
const STATEMENT = { fr: "accessibilite/", nl: "toegankelijkheid/", en: "accessibility/", de: "barrierefreiheit/", es: "accesibilidad/" };

// Runs in the page: the document's width, the window's, and what sticks out.
function measure() {
  const w = document.documentElement.clientWidth;
  const doc = document.documentElement.scrollWidth;
  const wide = [];
  if (doc > w) {
    const scrolls = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > w + 0.5 && !scrolls(el)) {
        const cls = typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\s+/).join(".") : "";
        wide.push(`${el.tagName.toLowerCase()}${cls} reaches ${Math.round(r.right)} px`);
      }
    }
  }
  return { w, doc, wide: wide.slice(0, 8) };
}

async function checkOverflow(fail, ctx) {
  const types = await ctx.pageTypes();
  const items = [];
  for (const code of ctx.LANGS) {
    for (const [label, urls] of [["home", types.home], ["programme", types["programmes entry"]]]) {
      for (const width of WIDTHS) items.push({ code, label, url: urls[code], widths: width === WIDTHS[0] ? [width, ...SWEEP.filter((w) => w !== width)] : [width] });
    }
    const others = Object.entries(types).filter(([type]) => type !== "home" && type !== "programmes entry");
    others.push(["search page", { [code]: `${ctx.BASE}${code}/${SEARCH[code]}` }], ["accessibility statement", { [code]: `${ctx.BASE}${code}/${STATEMENT[code]}` }]);
    for (const [label, urls] of others) items.push({ code, label, url: urls[code], widths: OTHER_WIDTHS });
  }
  let measured = 0;
  await ctx.withTabs(items, 2, async (tab, { code, label, url, widths }) => {
    await tab.page.setViewportSize({ width: widths[0], height: 900 });
    const { page, problems } = await tab.visit(url);
    const real = problems.filter((p) => !/ERR_ABORTED/.test(p)); // a resize may abort the favicon's request
    if (real.length) fail(`${label} (${code}) at ${widths[0]} px`, real);
    for (const [i, w] of widths.entries()) {
      if (i > 0) await page.setViewportSize({ width: w, height: 900 });
      const got = await page.evaluate(measure);
      measured++;
      if (got.doc > got.w) {
        fail(`${label} (${code}) at ${w} px${i > 0 ? " (resized)" : ""}: the document is ${got.doc} px wide in a window of ${got.w} px: ${ctx.short(url)}`, got.wide);
      }
    }
  });
  return `${measured} measurements of ${items.length} page loads in ${ctx.LANGS.length} languages: home and programme pages at ${WIDTHS.join(", ")} px and resized from 320 to 1,920 px; every other kind of page at ${OTHER_WIDTHS.join(" and ")} px`;
}

export const checks = [
  ["overflow", "no page scrolls sideways: every kind of page in every language, 320 to 1,920 px", checkOverflow],
];
