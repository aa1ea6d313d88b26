// site.js — loaded (deferred) on every page of the default theme.
//
// 1. Remembers the language a visitor picks in the language switcher or on
//    the language chooser, so that chooser.js can send them straight there
//    next time.
// 2. On the programme finder page (only when #finder exists), turns the
//    server-rendered list into a live, filterable list. Without JavaScript
//    (or if the index cannot be loaded) the full list stays visible and the
//    form stays hidden.
//
// Constraints: no dependencies, no eval, no innerHTML, no inline styles, no
// console output, no request to another origin, and never build absolute
// paths (the site may live under a sub-path): only URLs found in the page.
"use strict";

(() => {
  const STORAGE_KEY = "vitrine-lang";

  // --- 1. Remember the chosen language --------------------------------------

  // One delegated listener covers the header switcher and the chooser list.
  document.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const link = target.closest(".lang-switcher a[hreflang], .language-list a[data-lang]");
    const code = link && (link.getAttribute("data-lang") || link.getAttribute("hreflang"));
    if (!code) return;
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch (_) {
      // Storage disabled or full: the choice is simply not remembered.
    }
  });

  // --- 2. Programme finder ----------------------------------------------------

  const form = document.getElementById("finder");
  const list = document.getElementById("finder-results");
  if (!(form instanceof HTMLFormElement) || !list) return;

  const count = document.getElementById("finder-count");
  const textBox = form.querySelector("input[name=q]");
  const lang = document.documentElement.lang || undefined;

  // Checkbox name → index item property. Unknown names fall back to item[name].
  const PROPS = {
    level: "level", field: "broad", lang: "languages", city: "cities",
    inst: "institutions", degree: "degree", mode: "mode",
  };
  // Every query-string key the finder owns (text box, facets, Erasmus Mundus).
  const checkboxes = () => Array.from(form.querySelectorAll("input[type=checkbox][name]"));
  const ownKeys = () => new Set(["q", ...checkboxes().map((box) => box.name)]);

  // Lower-case and strip accents (é → e) so that "liege" finds "Liège".
  const fold = (s) => String(s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const asList = (v) => (v == null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

  let items = null; // Map id → item, once the index has loaded.
  let timer = 0;

  // Current form state: {facets: Map name → Set of values, terms: [..]}.
  function readForm() {
    const facets = new Map();
    for (const box of checkboxes()) {
      if (!box.checked) continue;
      if (!facets.has(box.name)) facets.set(box.name, new Set());
      facets.get(box.name).add(box.value);
    }
    const terms = fold(textBox ? textBox.value : "").split(/\s+/).filter(Boolean);
    return { facets, terms };
  }

  // Does one index item pass the filters? OR within a facet, AND across them.
  function matches(item, state) {
    for (const [name, wanted] of state.facets) {
      if (name === "em") {
        if (item.erasmusMundus !== true) return false;
        continue;
      }
      if (name === "open") {
        if (item.open !== true) return false;
        continue;
      }
      const values = asList(item[PROPS[name] || name]);
      if (!values.some((v) => wanted.has(v))) return false;
    }
    return state.terms.every((term) => item.folded.includes(term));
  }

  // Number formatted for the page language (falls back to the default locale).
  function formatNumber(n) {
    try {
      return n.toLocaleString(lang);
    } catch (_) {
      return String(n);
    }
  }

  function pluralCategory(n) {
    try {
      return new Intl.PluralRules(lang).select(n);
    } catch (_) {
      return n === 1 ? "one" : "other";
    }
  }

  // "2 programmes" → "5 programmes": the templates were rendered with 1 and 2.
  function updateCount(n) {
    if (!count) return;
    let text;
    if (n === 0) {
      text = count.getAttribute("data-count-none") || "0";
    } else {
      const template = count.getAttribute(pluralCategory(n) === "one" ? "data-count-one" : "data-count-other") || "";
      text = /\d/.test(template) ? template.replace(/\d+/, formatNumber(n)) : template || formatNumber(n);
    }
    // Only touch the live region when the text changes, to avoid re-announcing.
    if (count.textContent !== text) count.textContent = text;
  }

  // Show/hide cards (server order is kept) and refresh the count.
  function apply() {
    if (!items) return;
    const state = readForm();
    const filtering = state.facets.size > 0 || state.terms.length > 0;
    let shown = 0;
    for (const li of list.querySelectorAll("li[data-id]")) {
      const item = items.get(li.getAttribute("data-id"));
      // A card missing from the index only shows when nothing is filtered.
      const show = item ? matches(item, state) : !filtering;
      li.hidden = !show;
      if (show) shown++;
    }
    updateCount(shown);
  }

  // Mirror the filters in the query string (?level=master&lang=en&q=law),
  // keeping any unrelated parameters and the fragment.
  function writeURL() {
    try {
      const url = new URL(location.href);
      const params = url.searchParams;
      for (const key of ownKeys()) params.delete(key);
      const q = textBox ? textBox.value.trim() : "";
      if (q) params.set("q", q);
      for (const box of checkboxes()) if (box.checked) params.append(box.name, box.value);
      url.search = params.toString();
      if (url.href !== location.href) history.replaceState(history.state, "", url.href);
    } catch (_) {
      // replaceState can be refused (sandboxed frames): filtering still works.
    }
  }

  // Restore the filters from the query string of a shared or reloaded URL.
  function readURL() {
    let params;
    try {
      params = new URL(location.href).searchParams;
    } catch (_) {
      return;
    }
    if (textBox && params.has("q")) textBox.value = params.get("q");
    for (const box of checkboxes()) {
      if (params.getAll(box.name).includes(box.value)) box.checked = true;
    }
  }

  function update() {
    clearTimeout(timer);
    apply();
    writeURL();
  }

  // Typing is debounced; checkboxes apply at once (on "change", which every
  // browser fires for them; their "input" event would only duplicate it).
  form.addEventListener("input", (event) => {
    if (event.target !== textBox) return;
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  form.addEventListener("change", (event) => {
    if (event.target !== textBox) update();
  });
  // Enter in the text box: filter now instead of submitting the form.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  // The reset event fires before the fields are cleared: act right after.
  form.addEventListener("reset", () => {
    clearTimeout(timer);
    setTimeout(update, 0);
  });

  // Show the form, restore the filters, then load the index (same origin only).
  form.hidden = false;
  readURL();
  // The filters come folded in the HTML (on a phone the results come first);
  // wide screens already show them through CSS, and a shared URL that sets
  // some filters shows them everywhere.
  const filters = form.querySelector("details.finder-filters");
  if (filters) {
    const wide = !window.matchMedia || !window.matchMedia("(max-width: 47.99rem)").matches;
    if (wide || form.querySelector("details.finder-filters input:checked")) filters.open = true;
    filters.setAttribute("data-ready", "");
  }
  const failed = () => {
    items = null;
    form.hidden = true;
    for (const li of list.querySelectorAll("li[hidden]")) li.hidden = false;
  };
  let indexURL = null;
  try {
    const attr = form.getAttribute("data-index");
    if (attr) indexURL = new URL(attr, document.baseURI);
  } catch (_) {
    indexURL = null;
  }
  if (!indexURL || indexURL.origin !== location.origin || typeof fetch !== "function") {
    failed();
    return;
  }
  fetch(indexURL.href, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    })
    .then((data) => {
      if (!Array.isArray(data)) throw new Error("index");
      items = new Map();
      for (const item of data) {
        if (!item || item.id == null) continue;
        // Fold again client-side, so matching never depends on the server's folding.
        items.set(String(item.id), Object.assign({}, item, { folded: fold(item.text) }));
      }
      apply();
    })
    .catch(failed);
})();
