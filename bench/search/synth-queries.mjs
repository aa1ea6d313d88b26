// synth-queries.mjs — a query set for a synthetic site (cmd/vitrine-synth).
//
//   node bench/search/synth-queries.mjs OUT_DIR > queries.json
//
// The synthetic site's titles combine a level, a discipline and a
// specialisation ("Bachelor in Anthropology (Food Security)"), and several
// programmes share one: for 30 programmes per language, spread over the
// index, the query is the title folded (no accents, lower case), and the
// expected pages are every page with that title. It measures the same
// lookups as the showcase's set in an index of thousands of pages.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

const out = process.argv[2];
const SEGMENT = { fr: "recherche", nl: "zoeken", en: "search", de: "suche", es: "buscar" };
const fold = (s) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss");
const set = {};
for (const [code, seg] of Object.entries(SEGMENT)) {
  const dir = join(out, code, seg);
  const meta = JSON.parse(await readFile(join(dir, "index.json"), "utf8"));
  const rows = [];
  for (const c of meta.d) rows.push(...JSON.parse(await readFile(join(dir, c.u), "utf8")));
  const picked = [];
  const seen = new Set();
  const step = Math.max(1, Math.floor(rows.length / 60));
  for (let i = 0; i < rows.length && picked.length < 30; i += step) {
    const [url, title] = rows[i];
    if (url.split("/").filter(Boolean).length < 2) continue;
    const q = (fold(title).match(/[\p{L}\p{N}]+/gu) || []).join(" ");
    if (!q || seen.has(q)) continue;
    seen.add(q);
    const expect = rows.filter((r) => r[1] === title).map((r) => r[0]);
    picked.push({ q, expect });
  }
  set[code] = picked;
}
console.log(JSON.stringify(set, null, 1));
