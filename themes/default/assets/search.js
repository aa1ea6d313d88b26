// search.js — the site search, loaded on the search page only (layout
// search.html).
//
// The index is written by vitrine (build/search): a meta file, then chunks
// of words and chunks of pages, named after their content, fetched only
// when a query needs them. A query is folded, cut into words and stemmed
// exactly as the index's text was, with the rules the meta file carries
// (build/search/stem.go runs the same engine in Go): a word matches the
// index's words that are equal to it (best), that have the same stem, or
// that start with it (what is being typed). Results show the page's kind,
// its title and a snippet, with the words found marked.
//
// Constraints: no dependencies, no eval, no innerHTML (the query and the
// index's text only ever reach the page as text nodes), no inline styles,
// no request to another origin, URLs resolved against the index's own URL
// (the site may live under a sub-path).
"use strict";

(() => {
  const form = document.getElementById("search");
  const input = document.getElementById("search-q");
  const count = document.getElementById("search-count");
  const list = document.getElementById("search-results");
  const offline = document.getElementById("search-noscript");
  if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement) || !count || !list) return;

  const lang = document.documentElement.lang || undefined;
  const metaURL = new URL(form.getAttribute("data-index") || "index.json", document.baseURI);
  const MAX_QUERY = 200; // characters of a query that are read
  const MAX_TERMS = 8; // words of a query that are looked up
  const PAGE = 10; // results shown at a time
  const SHOWN_QUERY = 80; // characters of the query repeated in the count

  // The same folding as build/search.Fold. Most words are ASCII, and
  // snippets fold every word they show: those skip the normalization.
  const ASCII = /^[\x00-\x7f]*$/;
  const fold = (s) => {
    const lower = String(s).toLowerCase();
    if (ASCII.test(lower)) return lower;
    return lower.normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ß/g, "ss").replace(/œ/g, "oe").replace(/æ/g, "ae")
      .replace(/ø/g, "o").replace(/ł/g, "l").replace(/đ/g, "d");
  };
  const WORD = /[\p{L}\p{N}]+/gu;
  const encoder = new TextEncoder();
  // The same words as build/search.Words.
  const words = (s) => (fold(s).match(WORD) || [])
    .filter((w) => Array.from(w).length >= 2 && encoder.encode(w).length <= 40);

  // The same stemmer as build/search.Analyzer.Stem.
  const VOWELS = "aeiouy";
  function stem(a, w) {
    if (!a) return w;
    let rs = Array.from(w);
    for (const step of a.steps) {
      let best = null;
      let bestLen = 0;
      for (const suf of step) {
        const n = Array.from(suf.s).length;
        if (rs.length - n < a.min || !rs.join("").endsWith(suf.s)) continue;
        const before = rs[rs.length - n - 1];
        if (suf.not && suf.not.includes(before)) continue;
        if (suf.after && !suf.after.includes(before)) continue;
        if (best === null || n > bestLen) {
          best = suf;
          bestLen = n;
        }
      }
      if (best !== null) rs = rs.slice(0, rs.length - bestLen);
    }
    if (a.undouble && rs.length > a.min) {
      const last = rs[rs.length - 1];
      if (last === rs[rs.length - 2] && !VOWELS.includes(last)) rs = rs.slice(0, -1);
    }
    if (a.long && rs.length > a.min) {
      const n = rs.length;
      const v = rs[n - 2];
      if (v === rs[n - 3] && "aeou".includes(v) && !VOWELS.includes(rs[n - 1])) rs = [...rs.slice(0, n - 2), rs[n - 1]];
    }
    if (a.final && rs.length > a.min) {
      const r = a.final[rs[rs.length - 1]];
      if (r !== undefined) rs = [...rs.slice(0, -1), ...Array.from(r)];
    }
    return rs.join("");
  }

  // The same as build/search.Analyzer.Prefix: what every word with the
  // stem s starts with.
  const prefixOf = (a, s) => (a && a.reach ? Array.from(s).slice(0, Math.max(Array.from(s).length - a.reach, 0)).join("") : s);

  // Stems of the index's words, computed once: a keystroke looks at the
  // same words again.
  const stems = new Map();
  function stemOf(a, w) {
    let s = stems.get(w);
    if (s === undefined) {
      s = stem(a, w);
      stems.set(w, s);
    }
    return s;
  }

  // --- Loading -----------------------------------------------------------------

  const files = new Map(); // URL → Promise of parsed JSON
  function load(name) {
    const url = new URL(name, metaURL).href;
    if (!files.has(url)) {
      files.set(url, fetch(url, { credentials: "same-origin" }).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      }));
    }
    return files.get(url);
  }
  let meta = null;
  const getMeta = () => load(metaURL.href).then((m) => (meta = m));

  // The chunks of words whose range meets [lo, hi): the words that start
  // with lo, or lo alone when hi is lo + "\u0000".
  function wordChunks(lo, hi) {
    const out = [];
    const w = meta.w;
    for (let i = 0; i < w.length; i++) {
      const next = i + 1 < w.length ? w[i + 1][0] : null;
      if (w[i][0] < hi && (next === null || next > lo)) out.push(w[i][1]);
    }
    return out;
  }

  function pageChunk(doc) {
    const d = meta.d;
    let lo = 0;
    let hi = d.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (d[mid].f <= doc) lo = mid;
      else hi = mid - 1;
    }
    return d[lo];
  }

  async function page(doc) {
    const c = pageChunk(doc);
    const rows = await load(c.u);
    return rows[doc - c.f];
  }

  // --- Searching -------------------------------------------------------------------

  // The number of words of a page's title (meta "t"): the shorter title
  // wins a tie.
  const titleWords = (doc) => parseInt(meta.t ? meta.t[doc] || "z" : "0", 36);

  // Weight of a posting's fields: title 8, summary 4, facts 2, body 1.
  const WEIGHT = Array.from({ length: 16 }, (_, f) => (f & 1 ? 8 : 0) + (f & 2 ? 4 : 0) + (f & 4 ? 2 : 0) + (f & 8 ? 1 : 0));

  // query returns the ranked page numbers for text, and the index's words
  // that matched (for marking them).
  async function query(text) {
    await (meta || getMeta());
    const a = meta.a;
    let terms = [...new Set(words(text.slice(0, MAX_QUERY)))];
    const content = terms.filter((t) => !(a && a.stop.includes(t)));
    if (content.length > 0) terms = content;
    terms = terms.slice(0, MAX_TERMS);
    const found = new Set();
    // Per page: the terms it matched and its score, in typed arrays (a
    // query on a large site touches thousands of pages).
    const matched = new Uint8Array(meta.n);
    const score = new Uint16Array(meta.n);
    const best = new Uint16Array(meta.n); // this term's best score per page
    const touched = [];
    for (const q of terms) {
      const s = stem(a, q);
      const from = prefixOf(a, s);
      // A word of one or two letters is looked up whole: as a prefix it
      // would fetch a large part of the index.
      const whole = Array.from(q).length < 3;
      const chunks = await Promise.all((whole ? wordChunks(q, q + "\u0000") : wordChunks(from, from + "\uffff")).map(load));
      const hit = [];
      for (const chunk of chunks) {
        let i = lowerBound(chunk, whole ? q : from);
        for (; i < chunk.length && chunk[i][0].startsWith(whole ? q : from); i++) {
          const entry = chunk[i];
          const w = entry[0];
          if (whole && w !== q) break;
          const quality = w === q ? 3 : stemOf(a, w) === s ? 2 : w.startsWith(q) ? 1 : 0;
          if (quality === 0) continue;
          found.add(w);
          let doc = 0;
          for (let j = 1; j < entry.length; j++) {
            doc += entry[j] >> 4;
            const sc = quality * WEIGHT[entry[j] & 15];
            if (best[doc] === 0) hit.push(doc);
            if (best[doc] < sc) best[doc] = sc;
          }
        }
      }
      for (const doc of hit) {
        if (matched[doc] === 0) touched.push(doc);
        matched[doc]++;
        score[doc] += best[doc];
        best[doc] = 0;
      }
    }
    // One number per page orders them: terms matched, then score, then
    // the shorter title, then the page's number (exact below 2^53).
    const keys = new Float64Array(touched.length);
    for (let i = 0; i < touched.length; i++) {
      const doc = touched[i];
      keys[i] = ((matched[doc] * 65536 + score[doc]) * 64 + (63 - Math.min(titleWords(doc), 63))) * 1048576 + (1048575 - doc);
    }
    keys.sort();
    const ranked = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) ranked[i] = 1048575 - (keys[keys.length - 1 - i] % 1048576);
    return { ranked, found };
  }

  function lowerBound(chunk, s) {
    let lo = 0;
    let hi = chunk.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (chunk[mid][0] < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // --- Showing -----------------------------------------------------------------------

  // marked appends text to parent, with the words of found in <mark>.
  function marked(parent, text, found) {
    let last = 0;
    for (const m of text.matchAll(WORD)) {
      if (!found.has(fold(m[0]))) continue;
      if (m.index > last) parent.append(text.slice(last, m.index));
      const mark = document.createElement("mark");
      mark.textContent = m[0];
      parent.append(mark);
      last = m.index + m[0].length;
    }
    if (last < text.length) parent.append(text.slice(last));
  }

  const hits = (text, found) => {
    let n = 0;
    for (const m of String(text || "").matchAll(WORD)) if (found.has(fold(m[0]))) n++;
    return n;
  };

  // snippet returns the part of the page's summary, body or facts that
  // shows the most of the words found.
  function snippet(row, found) {
    const texts = [row[3], row[4], row[5]].map((t) => String(t || ""));
    let text = texts[0];
    let most = hits(text, found);
    for (const t of texts.slice(1)) {
      const n = hits(t, found);
      if (n > most) {
        text = t;
        most = n;
      }
    }
    if (!text) text = texts.find(Boolean) || "";
    const LEN = 220;
    if (text.length <= LEN) return text;
    let start = 0;
    for (const m of text.matchAll(WORD)) {
      if (found.has(fold(m[0]))) {
        start = Math.max(0, m.index - 60);
        break;
      }
    }
    if (start > 0) {
      const space = text.indexOf(" ", start);
      start = space >= 0 && space < start + 20 ? space + 1 : start;
    }
    let end = Math.min(text.length, start + LEN);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > start + LEN / 2) end = space;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  const hints = new Map();
  for (const li of document.querySelectorAll("#search-hints li[data-lang]")) {
    hints.set(li.getAttribute("data-lang"), li.textContent);
  }

  function result(row, found) {
    const li = document.createElement("li");
    li.className = "search-result";
    const kind = document.createElement("p");
    kind.className = "search-kind";
    kind.textContent = meta.k[row[2]] || "";
    const h = document.createElement("h2");
    const a = document.createElement("a");
    const url = String(row[0]);
    a.href = new URL(url.startsWith("/") ? url : meta.b + url, metaURL).href;
    marked(a, String(row[1]), found);
    h.append(a);
    const p = document.createElement("p");
    p.className = "search-snippet";
    marked(p, snippet(row, found), found);
    const other = row[6];
    if (other) {
      a.lang = other;
      p.lang = other;
      const mark = document.createElement("small");
      mark.className = "untranslated";
      mark.title = hints.get(other) || "";
      mark.textContent = String(other).toUpperCase();
      h.append(" ", mark);
    }
    li.append(kind, h, p);
    return li;
  }

  const plural = (() => {
    try {
      return new Intl.PluralRules(lang);
    } catch (_) {
      return { select: (n) => (n === 1 ? "one" : "other") };
    }
  })();

  function say(text) {
    if (count.textContent !== text) count.textContent = text;
  }

  function countText(n, q) {
    const shown = q.length > SHOWN_QUERY ? q.slice(0, SHOWN_QUERY) + "…" : q;
    let t;
    if (n === 0) t = count.getAttribute("data-none") || "";
    else {
      t = count.getAttribute(plural.select(n) === "one" ? "data-one" : "data-other") || "";
      t = t.replace(/\d+/, () => n.toLocaleString(lang));
    }
    return t.replace("{q}", () => shown);
  }

  let generation = 0;
  let current = null; // {ranked, found, shown}

  async function showMore() {
    const gen = generation;
    const { ranked, found } = current;
    const next = ranked.slice(current.shown, current.shown + PAGE);
    const rows = await Promise.all(next.map(page));
    if (gen !== generation) return;
    const more = list.querySelector(".search-more");
    if (more) more.remove();
    const first = current.shown;
    for (const row of rows) list.append(result(row, found));
    current.shown += rows.length;
    if (current.shown < ranked.length) {
      const li = document.createElement("li");
      li.className = "search-more";
      const b = document.createElement("button");
      b.type = "button";
      b.className = "button button-secondary";
      b.textContent = list.getAttribute("data-more") || "";
      b.addEventListener("click", () => {
        showMore().then(() => {
          const link = list.children[first + PAGE] && list.children[first + PAGE].querySelector("a");
          if (link) link.focus();
        }).catch(failed);
      });
      li.append(b);
      list.append(li);
    }
  }

  function failed() {
    say(count.getAttribute("data-error") || "");
    if (offline) offline.hidden = false;
    form.setAttribute("data-state", "error");
  }

  async function run(text) {
    const gen = ++generation;
    const q = text.trim().slice(0, MAX_QUERY * 5);
    form.setAttribute("data-state", "busy");
    if (words(q).length === 0) {
      list.replaceChildren();
      say(q ? countText(0, q) : count.getAttribute("data-empty") || "");
      form.setAttribute("data-state", "done");
      return;
    }
    const got = await query(q);
    if (gen !== generation) return;
    current = { ranked: got.ranked, found: got.found, shown: 0 };
    list.replaceChildren();
    await showMore();
    if (gen !== generation) return;
    say(countText(got.ranked.length, q));
    form.setAttribute("data-state", "done");
  }

  function update(push) {
    const q = input.value;
    const url = new URL(location.href);
    if (q.trim()) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    if (url.href !== location.href) history[push ? "pushState" : "replaceState"](null, "", url.href);
    run(q).catch(failed);
  }

  if (offline) offline.hidden = true;
  input.addEventListener("input", () => update(false));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update(true);
  });
  window.addEventListener("popstate", () => {
    input.value = new URL(location.href).searchParams.get("q") || "";
    run(input.value).catch(failed);
  });
  input.value = new URL(location.href).searchParams.get("q") || "";
  run(input.value).catch(failed);
})();
