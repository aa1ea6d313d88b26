// charts.mjs — the home page's key-figure charts and the fact boxes of
// entries (issue #14).
//
// Charts: at every width from 320 to 1,920 px, in every language, every
// piece of text in a chart (label, value) and every bar lies inside its
// chart's box, no text overflows its own box (scrollWidth), and no word is
// cut across two lines. Fact boxes: on a programme's page, at phone, tablet
// and desktop widths, no label (dt) breaks inside a word ("Langues
// d'enseignement" once broke as "enseigne-ment"), and labels and values
// stay inside the box (a long value may be hyphenated where the language
// allows).

const WIDTHS = [320, 360, 412, 768, 1024, 1366, 1920];
const FACT_WIDTHS = [320, 412, 768, 1366];

// Runs in the page: the problems of the elements matched by selector.
// inside: the selector of the box every element must stay within.
function measure({ selector, inside, words }) {
  const out = [];
  const slack = 1; // sub-pixel rounding
  const describe = (el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") || ""} "${(el.textContent || "").trim().slice(0, 60)}"`;
  // A word is cut when its characters lie on more than one line: the
  // client rects of its range then have different tops.
  const cutWords = (el) => {
    const cut = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /[^\s\-‐‑–—/]+/gu;
      for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
        if (m[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) cut.push(m[0]);
      }
    }
    return cut;
  };
  for (const el of document.querySelectorAll(selector)) {
    const box = el.closest(inside);
    if (!box) {
      out.push(`${describe(el)} is not inside ${inside}`);
      continue;
    }
    const b = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) {
      out.push(`${describe(el)} is not shown`);
      continue;
    }
    if (r.left < b.left - slack || r.right > b.right + slack || r.top < b.top - slack || r.bottom > b.bottom + slack) {
      out.push(`${describe(el)} overflows its box: [${Math.round(r.left)}, ${Math.round(r.right)}] in [${Math.round(b.left)}, ${Math.round(b.right)}]`);
    }
    if (!(el instanceof SVGElement) && el.scrollWidth > el.clientWidth + slack) {
      out.push(`${describe(el)}: its text is ${el.scrollWidth} px wide in a box of ${el.clientWidth} px`);
    }
    if (words) {
      for (const w of cutWords(el)) out.push(`${describe(el)}: "${w}" is cut across two lines`);
    }
  }
  return out;
}

async function checkCharts(fail, ctx) {
  const types = await ctx.pageTypes();
  const homes = types.home;
  const items = [];
  for (const code of ctx.LANGS) for (const width of WIDTHS) items.push({ code, width });
  let boxes = 0;
  await ctx.withTabs(items, 2, async (tab, { code, width }) => {
    await tab.page.setViewportSize({ width, height: 900 });
    const { page, problems } = await tab.visit(homes[code]);
    const real = problems.filter((p) => !/ERR_ABORTED/.test(p)); // a resize may abort the favicon's request
    if (real.length) fail(`home (${code}) at ${width} px`, real);
    const n = await page.evaluate(() => document.querySelectorAll(".chart-box").length);
    if (n === 0) {
      fail(`home (${code}) at ${width} px: no chart`);
      return;
    }
    boxes += n;
    const found = await page.evaluate(measure, { selector: ".chart-box .chart, .chart-box .chart-row, .chart-box .chart-label, .chart-box .chart-value, .chart-box .chart-svg, .chart-box figcaption", inside: ".chart-box", words: false });
    const cut = await page.evaluate(measure, { selector: ".chart-box .chart-label, .chart-box .chart-value, .chart-box figcaption", inside: ".chart-box", words: true });
    const all = [...new Set([...found, ...cut])];
    if (all.length) fail(`charts on the home page (${code}) at ${width} px`, all);
    // Every chart lies inside the window: none makes the page scroll sideways.
    const outside = await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      return [...document.querySelectorAll(".chart-box")].map((b) => b.getBoundingClientRect()).filter((r) => r.left < -1 || r.right > w + 1).map((r) => `a chart box spans [${Math.round(r.left)}, ${Math.round(r.right)}] in a window of ${w} px`);
    });
    if (outside.length) fail(`home (${code}) at ${width} px`, outside);
  });
  return `${boxes} charts at ${WIDTHS.length} widths in ${ctx.LANGS.length} languages`;
}

async function checkFacts(fail, ctx) {
  const types = await ctx.pageTypes();
  const entries = types["programmes entry"];
  const items = [];
  for (const code of ctx.LANGS) for (const width of FACT_WIDTHS) items.push({ code, width });
  let labels = 0;
  await ctx.withTabs(items, 2, async (tab, { code, width }) => {
    await tab.page.setViewportSize({ width, height: 900 });
    const { page, problems } = await tab.visit(entries[code]);
    const real = problems.filter((p) => !/ERR_ABORTED/.test(p));
    if (real.length) fail(`programme (${code}) at ${width} px`, real);
    labels += await page.evaluate(() => document.querySelectorAll(".facts dt").length);
    const labels_ = await page.evaluate(measure, { selector: ".facts dt", inside: ".facts", words: true });
    const values = await page.evaluate(measure, { selector: ".facts dd", inside: ".facts", words: false });
    const found = [...labels_, ...values];
    if (found.length) fail(`fact box of ${ctx.short(entries[code])} at ${width} px`, found);
  });
  return `${labels} fact-box labels at ${FACT_WIDTHS.length} widths in ${ctx.LANGS.length} languages`;
}

export const checks = [
  ["charts", "key-figure charts: labels and values in full, wrapped, inside their box, 320–1,920 px, every language", checkCharts],
  ["facts", "fact boxes: no label breaks inside a word, labels and values inside the box, at phone to desktop widths, every language", checkFacts],
];
