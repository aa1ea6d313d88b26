// search.mjs — the site search (issue #16), through the header's form.
//
// In each language, from the home page and with the keyboard alone: Tab to
// the header's search box, type a word of the showcase in another inflected
// form than the pages use, press Enter; the search page must list results,
// announce their number in its live region, and the first result's page
// must contain the word (same stem). Then: axe on the search page with
// results, a hostile query (1,000 characters, quotes, regex characters,
// markup) shown back as text, the page without JavaScript (links to the
// programme finder and the sitemap), and search.js's stemmer against the
// cases of build/search/testdata/stems.txt, which the Go stemmer passes too.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, "..", "..");

// Inflected forms: the showcase writes the other number (bourses,
// Stipendium, opleidingen, scholarships, becas) on the pages it must find.
const QUERIES = {
  fr: "Bourse",
  nl: "opleiding",
  en: "scholarship",
  de: "Stipendien",
  es: "beca",
};

const fold = (s) => String(s).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss");

async function searchFromHome(fail, ctx, tab, code, query) {
  const { page, problems } = await tab.visit(`${ctx.BASE}${code}/`);
  const real = problems.filter((p) => !/ERR_ABORTED/.test(p)); // the tab leaves before the favicon loads
  if (real.length) fail(`home (${code})`, real);
  // Keyboard only: Tab until the header's search box has the focus.
  let focused = false;
  for (let i = 0; i < 30 && !focused; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement && document.activeElement.id === "site-search-q");
  }
  if (!focused) {
    fail(`${code}: Tab never reaches the header's search box (#site-search-q)`);
    return null;
  }
  await page.keyboard.type(query);
  await Promise.all([page.waitForURL(/[?&]q=/), page.keyboard.press("Enter")]);
  await page.waitForSelector('#search[data-state="done"], #search[data-state="error"]', { timeout: 10000 });
  return page;
}

async function checkSearch(fail, ctx) {
  const stems = await stemCases(fail, ctx);
  const found = [];
  await ctx.withTabs(Object.keys(QUERIES).filter((c) => ctx.LANGS.includes(c)), 2, async (tab, code) => {
    const query = QUERIES[code];
    const page = await searchFromHome(fail, ctx, tab, code, query);
    if (!page) return;
    const state = await page.evaluate(() => ({
      url: location.href,
      value: document.getElementById("search-q").value,
      count: document.getElementById("search-count").textContent,
      live: document.getElementById("search-count").getAttribute("aria-live"),
      results: document.querySelectorAll("#search-results .search-result").length,
      marks: document.querySelectorAll("#search-results mark").length,
      kind: (document.querySelector("#search-results .search-kind") || {}).textContent || "",
    }));
    const problems = [];
    if (!/\/(recherche|zoeken|search|suche|buscar)\//.test(state.url)) problems.push(`the form led to ${state.url}, not the search page`);
    if (state.value !== query) problems.push(`the search box holds "${state.value}", not the query of the URL`);
    if (state.results === 0) problems.push(`no result (count: "${state.count}")`);
    if (!/\d/.test(state.count) || !state.count.includes(query)) problems.push(`the live region says "${state.count}": no number of results, or not the query`);
    if (state.live !== "polite") problems.push("the count is not a polite live region");
    if (state.marks === 0) problems.push("no word is marked in the results");
    if (!state.kind.trim()) problems.push("the first result shows no kind");
    if (problems.length) {
      fail(`${code}: "${query}" through the header form`, problems);
      return;
    }
    // Keyboard only: Tab from the search box to the first result, Enter.
    await page.focus("#search-q");
    let onResult = false;
    for (let i = 0; i < 5 && !onResult; i++) {
      await page.keyboard.press("Tab");
      onResult = await page.evaluate(() => {
        const a = document.activeElement;
        return !!a && a.matches("#search-results .search-result h2 a") && a === document.querySelector("#search-results .search-result h2 a");
      });
    }
    if (!onResult) {
      fail(`${code}: Tab from the search box does not reach the first result`);
      return;
    }
    await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
    const text = fold(await page.evaluate(() => document.querySelector("main").innerText));
    const want = stems(code, fold(query));
    if (!text.includes(want)) fail(`${code}: the first result for "${query}" (${page.url()}) does not contain "${want}"`);
    else found.push(`${code}:${query}`);
  });

  // axe on a search page with results, light and dark.
  {
    const { page } = await ctx.visit(`${ctx.BASE}fr/recherche/?q=${encodeURIComponent("étudiants Liège")}`);
    await page.waitForSelector('#search[data-state="done"]', { timeout: 10000 });
    await page.evaluate(ctx.axeSource);
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), ctx.AXE_TAGS);
      if (result.violations.length) {
        fail(`axe: search page (fr, ${scheme})`, result.violations.flatMap((v) => [`${v.id}: ${v.help}`, ...v.nodes.slice(0, 4).map((n) => `    at ${n.target.join(" ")}`)]));
      }
    }
    await page.context().close();
  }

  // A hostile query: long, with quotes, regex characters and markup.
  {
    const hostile = (`"'<img src=x id=injected onerror=alert(1)> $& $1 (.*+?[]{}|\\^$) <b>bourse</b> ` + "é".repeat(20)).padEnd(1000, "a(");
    const { page, problems } = await ctx.visit(`${ctx.BASE}fr/recherche/?q=${encodeURIComponent(hostile)}`);
    let dialog = false;
    page.on("dialog", (d) => {
      dialog = true;
      d.dismiss().catch(() => {});
    });
    try {
      await page.waitForSelector('#search[data-state="done"]', { timeout: 10000 });
    } catch (_) {
      problems.push("the search never finished");
    }
    const state = await page.evaluate(() => ({
      injected: !!document.getElementById("injected") || document.querySelectorAll("main img, main b").length,
      count: document.getElementById("search-count").textContent,
      value: document.getElementById("search-q").value.length,
    }));
    if (dialog) problems.push("a dialog opened");
    if (state.injected) problems.push("markup of the query reached the page");
    if (!state.count.includes(`"'<img src=x id=injected`)) problems.push(`the query is not shown back as text: "${state.count.slice(0, 120)}"`);
    if (state.count.includes("$&") === false) problems.push("the query's $& was replaced, not shown");
    if (state.value !== 1000) problems.push(`the search box holds ${state.value} characters, not the 1,000 of the URL`);
    if (problems.length) fail("hostile query", problems);
    await page.context().close();
  }

  // Without JavaScript: links to the programme finder and the sitemap.
  {
    const { page, context } = await ctx.visit(`${ctx.BASE}de/suche/?q=Stipendien`, { contextOptions: { javaScriptEnabled: false } });
    const links = await page.evaluate(() => {
      const box = document.getElementById("search-noscript");
      if (!box || box.hidden || box.getBoundingClientRect().height === 0) return null;
      return Array.from(box.querySelectorAll("a")).map((a) => a.getAttribute("href"));
    });
    if (!links) fail("without JavaScript, the search page offers no links");
    else if (!links.some((h) => /studiengaenge\/$/.test(h)) || !links.some((h) => /sitemap\.xml$/.test(h))) fail("without JavaScript, the links are not the programme finder and the sitemap", links);
    await context.close();
  }
  return `${found.length} languages found their page (${found.join(", ")}), ${stems.cases} stemmer cases`;
}

// stemCases runs search.js's analysis (the code between its "analysis"
// markers) on the cases of build/search/testdata/stems.txt, with the
// analyzers the built index ships; it returns a stem function for the
// check above.
async function stemCases(fail, ctx) {
  const js = await readFile(join(REPO, "themes/default/assets/search.js"), "utf8");
  const start = js.indexOf("// The same stemmer as build/search.Analyzer.Stem.");
  const end = js.indexOf("// --- Loading");
  if (start < 0 || end < 0) {
    fail("search.js: the stemmer's markers are gone");
    return Object.assign((code, w) => w, { cases: 0 });
  }
  // Node runs the function's source here, outside any page: the site's
  // CSP forbids eval, and the page never does this.
  const stem = new Function(`${js.slice(start, end)}; return stem;`)();
  const analyzers = {};
  const out = ctx.OUT;
  for (const [code, dir] of Object.entries({ fr: "recherche", nl: "zoeken", en: "search", de: "suche", es: "buscar" })) {
    try {
      analyzers[code] = JSON.parse(await readFile(join(out, code, dir, "index.json"), "utf8")).a;
    } catch (_) {
      analyzers[code] = null;
    }
  }
  const lines = (await readFile(join(REPO, "build/search/testdata/stems.txt"), "utf8")).split("\n").filter((l) => l.trim() && !l.startsWith("#"));
  let cases = 0;
  for (const line of lines) {
    const [code, word, want] = line.trim().split(/\s+/);
    const got = stem(analyzers[code] || null, word);
    cases++;
    if (got !== want) fail(`search.js: stem(${code}, "${word}") = "${got}", the Go stemmer says "${want}"`);
  }
  return Object.assign((code, w) => stem(analyzers[code] || null, w), { cases });
}

export const checks = [["search", "site search: the header form finds inflected words in every language, keyboard only, axe, hostile queries, no-JS links", checkSearch]];
