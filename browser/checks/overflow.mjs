// overflow.mjs — no page scrolls sideways (issue #14).
//
// On the home page and a programme page in every language, the document is
// never wider than the window: at 320, 768 and 1,024 px, each loaded at
// that width, and at every width from 320 to 1,920 px in steps of 32 px,
// the same page resized. A header whose language switcher did not fit once
// made every page scroll sideways at 768 px. When it fails, the elements
// that stick out (outside any scrolling box) are named.

const WIDTHS = [320, 768, 1024];
const SWEEP = Array.from({ length: (1920 - 320) / 32 + 1 }, (_, i) => 320 + 32 * i);

// Runs in the page: the document's width, the window's, and what sticks out.
function measure() {
  const w = document.documentElement.clientWidth;
  const doc = document.documentElement.scrollWidth;
  const wide = [];
  if (doc > w) {
    const scrolls = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o !== "visible") return true;
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
      for (const width of WIDTHS) items.push({ code, label, url: urls[code], width, sweep: width === WIDTHS[0] });
    }
  }
  let measured = 0;
  await ctx.withTabs(items, 2, async (tab, { code, label, url, width, sweep }) => {
    await tab.page.setViewportSize({ width, height: 900 });
    const { page, problems } = await tab.visit(url);
    const real = problems.filter((p) => !/ERR_ABORTED/.test(p));
    if (real.length) fail(`${label} (${code}) at ${width} px`, real);
    const widths = sweep ? [width, ...SWEEP.filter((w) => w !== width)] : [width];
    for (const w of widths) {
      if (w !== width) await page.setViewportSize({ width: w, height: 900 });
      const got = await page.evaluate(measure);
      measured++;
      if (got.doc > got.w) {
        fail(`${label} (${code}) at ${w} px${w === width ? "" : " (resized)"}: the document is ${got.doc} px wide in a window of ${got.w} px`, got.wide);
      }
    }
  });
  return `${measured} measurements: home and programme pages in ${ctx.LANGS.length} languages, loaded at ${WIDTHS.join(", ")} px and resized from 320 to 1,920 px`;
}

export const checks = [
  ["overflow", "no page scrolls sideways: home and programme pages, 320 to 1,920 px, every language", checkOverflow],
];
