// compare.mjs — vitrine's site search against Pagefind on the same build.
//
//   node bench/search/compare.mjs SITE_DIR PORT QUERIES.json [--no-pagefind]
//
// SITE_DIR is a vitrine build served at http://127.0.0.1:PORT/ (base URL
// "/"), with Pagefind's index in SITE_DIR/pagefind (compare.sh does all
// that). In Chromium (playwright-core from browser/node_modules), for each
// language: runs every query of QUERIES.json through both engines and
// counts how often an expected page is among the first five results; times
// the first query on a fresh page (time to first result, and the bytes the
// index costs it, compressed); types a word one key at a time under 4× CPU
// throttling (CDP Emulation.setCPUThrottlingRate), twice, and times each
// keystroke's results (the first time includes fetching the chunks the
// word needs). Prints a Markdown table.
import { createServer } from "node:http";
import { readFile, readdir, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { extname, join, normalize } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const require = createRequire(join(HERE, "../../browser/package.json"));
const { chromium } = require("playwright-core");

const [site, portArg, queriesFile, ...flags] = process.argv.slice(2);
const PORT = Number(portArg);
const withPagefind = !flags.includes("--no-pagefind");
const queries = JSON.parse(await readFile(queriesFile, "utf8"));
const SEGMENT = { fr: "recherche", nl: "zoeken", en: "search", de: "suche", es: "buscar" };
const TYPED = { fr: "universites", nl: "universiteiten", en: "universities", de: "universitaten", es: "universidades" };

// A plain static server, gzip like GitHub Pages, no CSP: Pagefind needs
// WebAssembly, which the showcase's CSP does not allow.
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".css": "text/css", ".wasm": "application/wasm" };
const gzCache = new Map();
async function gz(path) {
  if (!gzCache.has(path)) gzCache.set(path, gzipSync(await readFile(path), { level: 9 }));
  return gzCache.get(path);
}
const server = createServer(async (req, res) => {
  let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let file = normalize(join(site, p));
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const type = TYPES[extname(file)] || "application/octet-stream";
    const body = await gz(file);
    res.writeHead(200, { "content-type": type, "content-encoding": "gzip", "cache-control": "no-store" });
    res.end(body);
  } catch (_) {
    res.writeHead(404);
    res.end();
  }
}).listen(PORT, "127.0.0.1");

console.error(`load average: ${(await readFile("/proc/loadavg", "utf8").catch(() => "?")).split(" ").slice(0, 3).join(" ")}`);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
const base = `http://127.0.0.1:${PORT}`;

// bytes sums the compressed sizes of the responses a page received.
function track(page) {
  const got = [];
  page.on("response", async (res) => {
    const u = new URL(res.url());
    if (u.pathname.endsWith(".html") || u.pathname.endsWith("/")) return;
    try {
      got.push({ path: u.pathname, bytes: (await gz(normalize(join(site, decodeURIComponent(u.pathname))))).length });
    } catch (_) {}
  });
  return got;
}

async function vitrineQuery(page, q) {
  return page.evaluate(async (q) => {
    const form = document.getElementById("search");
    const input = document.getElementById("search-q");
    const finished = () => ["done", "error"].includes(form.getAttribute("data-state"));
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event("input"));
    await new Promise((resolve) => {
      if (finished()) return resolve();
      const watch = new MutationObserver(() => {
        if (finished()) {
          watch.disconnect();
          resolve();
        }
      });
      watch.observe(form, { attributes: true, attributeFilter: ["data-state"] });
    });
    const ms = performance.now() - t0;
    const urls = Array.from(document.querySelectorAll("#search-results .search-result h2 a")).slice(0, 5).map((a) => new URL(a.href).pathname);
    return { ms, urls };
  }, q);
}

async function pagefindQuery(page, q) {
  return page.evaluate(async (q) => {
    const t0 = performance.now();
    const pf = await import("/pagefind/pagefind.js");
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
    return { ms: performance.now() - t0, urls: data.map((d) => new URL(d.url, location.href).pathname) };
  }, q);
}

const hit = (urls, code, expect) => expect.some((e) => urls.includes(`/${code}/${e}`));

async function dirBytes(dir, filter = () => true) {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && filter(e.name)) total += (await gz(join(e.parentPath || e.path, e.name))).length;
  }
  return total;
}

const rows = [];
for (const code of Object.keys(queries)) {
  const set = queries[code];
  const url = `${base}/${code}/${SEGMENT[code]}/`;
  const row = { code, n: set.length };
  // vitrine: first query on a fresh page, then the whole set.
  {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector('#search[data-state="done"]');
    const got = track(page);
    const first = await vitrineQuery(page, set[0].q);
    await page.waitForTimeout(200);
    row.vFirstMs = first.ms;
    row.vFirstBytes = got.reduce((s, g) => s + g.bytes, 0);
    let hits = 0;
    const misses = [];
    for (const { q, expect } of set) {
      const r = await vitrineQuery(page, q);
      if (hit(r.urls, code, expect)) hits++;
      else misses.push(q);
    }
    row.vHits = hits;
    row.vMisses = misses;
    // Keystrokes under 4× CPU throttling: the word typed once (fetching
    // the chunks it needs), then again, each prefix timed.
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const word = TYPED[code];
    const typed = async () => {
      const times = [];
      for (let i = 1; i <= word.length; i++) times.push((await vitrineQuery(page, word.slice(0, i))).ms);
      return times.sort((a, b) => a - b);
    };
    const cold = await typed();
    const warm = await typed();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    row.vKeyColdMax = cold[cold.length - 1];
    row.vKeyMax = warm[warm.length - 1];
    row.vKeyMedian = warm[warm.length >> 1];
    row.vIndexBytes = await dirBytes(join(site, code, SEGMENT[code]), (n) => n.endsWith(".json"));
    await ctx.close();
  }
  // vitrine, a fresh page again: the first download for a common word,
  // whose postings are the longest.
  {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector('#search[data-state="done"]');
    const got = track(page);
    await vitrineQuery(page, TYPED[code]);
    await page.waitForTimeout(200);
    row.vCommonBytes = got.reduce((s, g) => s + g.bytes, 0);
    await ctx.close();
  }
  if (withPagefind) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: "load" });
    const got = track(page);
    const first = await pagefindQuery(page, set[0].q);
    await page.waitForTimeout(200);
    row.pFirstMs = first.ms;
    row.pFirstBytes = got.reduce((s, g) => s + g.bytes, 0);
    let hits = 0;
    const misses = [];
    for (const { q, expect } of set) {
      const r = await pagefindQuery(page, q);
      if (hit(r.urls, code, expect)) hits++;
      else misses.push(q);
    }
    row.pHits = hits;
    row.pMisses = misses;
    await ctx.close();
  }
  rows.push(row);
  console.error(`${code}: vitrine ${row.vHits}/${row.n}${withPagefind ? `, Pagefind ${row.pHits}/${row.n}` : ""}`);
}
if (withPagefind) {
  const pf = await dirBytes(join(site, "pagefind"));
  console.log(`Pagefind's whole index (all languages, compressed): ${(pf / 1024).toFixed(1)} KB`);
}
const kb = (b) => (b / 1024).toFixed(1);
console.log("\n| language | queries | top-5 vitrine | top-5 Pagefind | vitrine index (gz KB) | first download vitrine (gz KB) | first download vitrine, common word (gz KB) | first download Pagefind (gz KB) | first result vitrine (ms) | first result Pagefind (ms) | keystroke at 4× (median / max ms) | keystroke at 4×, fetching chunks (max ms) |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(`| ${r.code} | ${r.n} | ${r.vHits} | ${r.pHits ?? "–"} | ${kb(r.vIndexBytes)} | ${kb(r.vFirstBytes)} | ${kb(r.vCommonBytes)} | ${r.pFirstBytes !== undefined ? kb(r.pFirstBytes) : "–"} | ${r.vFirstMs.toFixed(0)} | ${r.pFirstMs !== undefined ? r.pFirstMs.toFixed(0) : "–"} | ${r.vKeyMedian.toFixed(1)} / ${r.vKeyMax.toFixed(1)} | ${r.vKeyColdMax.toFixed(0)} |`);
}
for (const r of rows) {
  console.log(`\n${r.code} misses — vitrine: ${r.vMisses.join(", ") || "none"}${r.pMisses ? `; Pagefind: ${r.pMisses.join(", ") || "none"}` : ""}`);
}
await browser.close();
server.close();
