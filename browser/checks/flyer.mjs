// flyer.mjs — the printed programme page, the fair flyer.
//
// Programme pages are printed to PDF by Chromium, on A4 and on US Letter,
// and each must make exactly one page. In print media the
// flyer shows its QR code (an SVG at least 25 mm wide whose label names the
// page's canonical address), the address itself and the next deadline of
// each audience. That the QR code's modules are the encoder's is tested in
// Go (TestQRSVGIsTheEncodersMatrix).

// pdfPages counts the page objects of a PDF written by Chromium.
function pdfPages(buf) {
  const text = buf.toString("latin1");
  const m = text.match(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/) || text.match(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/);
  if (m) return Number(m[1]);
  return (text.match(/\/Type\s*\/Page\b(?!s)/g) || []).length;
}

async function checkFlyer(fail, ctx) {
  const { BASE, LANGS } = ctx;
  const programmes = JSON.parse(await ctx.fetchText(`${BASE}data/programmes.json`)).entries;
  // Every programme in French and German (the longest texts), one in each
  // other language: 62 PDFs, about a minute and a half.
  const items = [];
  for (const p of programmes) for (const lang of ["fr", "de"]) items.push({ id: p.id, lang, url: p.pages[lang] });
  LANGS.filter((l) => l !== "fr" && l !== "de").forEach((lang, i) => {
    const p = programmes[(i * 5) % programmes.length];
    items.push({ id: p.id, lang, url: p.pages[lang] });
  });
  let printed = 0;
  // The count can fail: the programme list is longer than a page.
  {
    const { page, context } = await ctx.visit(`${BASE}en/programmes/`);
    try {
      const n = pdfPages(await page.pdf({ format: "A4" }));
      if (n < 2) fail("page count", [`the programme list prints on ${n} page: the PDF page count cannot be trusted`]);
    } finally {
      await context.close();
    }
  }
  await ctx.withTabs(items, 2, async (tab, it) => {
    const what = `${it.id} (${it.lang})`;
    const { page, problems } = await tab.visit(it.url.replace(/^https?:\/\/[^/]+\/vitrine\//, BASE));
    if (problems.length) fail(what, problems);
    await page.emulateMedia({ media: "print" });
    const flyer = await page.evaluate(() => {
      const svg = document.querySelector(".flyer svg.qr");
      const canonical = document.querySelector('link[rel="canonical"]')?.href || "";
      const box = svg ? svg.getBoundingClientRect() : null;
      return {
        canonical,
        qr: !!svg && getComputedStyle(document.querySelector(".flyer")).display !== "none",
        qrWidthMM: box ? (box.width * 25.4) / 96 : 0,
        label: svg?.getAttribute("aria-label") || "",
        url: document.querySelector(".flyer-url")?.textContent.trim() || "",
        deadlines: document.querySelectorAll(".flyer-dates li").length,
        // Paper has no use for the header's search form.
        searchShown: [...document.querySelectorAll(".site-search")].some((f) => f.getBoundingClientRect().height > 0),
      };
    });
    const errs = [];
    if (!flyer.qr) errs.push("no QR code shown in print");
    if (flyer.qrWidthMM < 25) errs.push(`the QR code is ${flyer.qrWidthMM.toFixed(1)} mm wide, less than 25 mm`);
    if (!flyer.label.includes(flyer.canonical)) errs.push(`the QR code's label "${flyer.label}" does not name the page ${flyer.canonical}`);
    if (flyer.url !== flyer.canonical) errs.push(`the printed address is "${flyer.url}", the page is ${flyer.canonical}`);
    if (flyer.deadlines === 0) errs.push("no deadline on the flyer");
    if (flyer.searchShown) errs.push("the header's search form is printed");
    for (const format of ["A4", "Letter"]) {
      const pdf = await page.pdf({ format, printBackground: true });
      const n = pdfPages(pdf);
      printed++;
      if (n !== 1) errs.push(`prints on ${n} ${format} pages, not one`);
    }
    if (errs.length) fail(what, errs);
  });
  return `${printed} PDFs printed (A4 and Letter), each one page`;
}

export const checks = [["flyer", "every programme page prints on exactly one A4 page and one US Letter page, with its QR code, address and deadlines", checkFlyer]];
