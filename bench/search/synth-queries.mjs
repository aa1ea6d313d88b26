// synth-queries.mjs — a query set for a synthetic site (cmd/vitrine-synth).
//
//   node bench/search/synth-queries.mjs OUT_DIR > queries.json
//
// The synthetic site's titles are made of generated words: for 30
// programmes per language, the query is the longest word of the title,
// folded (no accents, lower case), and the expected page is the
// programme's. It measures what the showcase's hand-picked set cannot: the
// same lookups in an index of thousands of pages.
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
    const words = (fold(title).match(/[\p{L}\p{N}]+/gu) || []).sort((a, b) => b.length - a.length);
    if (!words.length || seen.has(words[0])) continue;
    seen.add(words[0]);
    picked.push({ q: words[0], expect: [url] });
  }
  set[code] = picked;
}
console.log(JSON.stringify(set, null, 1));
