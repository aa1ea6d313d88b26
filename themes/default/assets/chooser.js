// chooser.js — loaded (deferred) only on the language chooser at the site root.
//
// Sends a visitor to one of the languages listed in #languages:
//   1. the language they picked before (remembered by site.js), if listed;
//   2. otherwise the first browser language whose primary subtag is listed;
//   3. otherwise nothing: the visitor stays and picks a language.
// No redirect for crawlers and automated browsers (they must index the
// chooser itself), nor when the URL carries ?choose, which lets links bring a
// visitor back here on purpose.
//
// Targets are always the hrefs of the links in the page (the site may live
// under a sub-path); location.replace keeps the chooser out of the history so
// the Back button does not bounce the visitor forward again.
"use strict";

(() => {
  const STORAGE_KEY = "vitrine-lang"; // Same key as in site.js.

  const list = document.getElementById("languages");
  if (!list) return;

  // Every language link with a usable code and href, in page order.
  const links = Array.from(list.querySelectorAll("a[data-lang][href]")).filter(
    (a) => a.getAttribute("data-lang") && a.href
  );
  if (links.length === 0) return;

  // --- When not to redirect --------------------------------------------------

  // ?choose (with or without a value) keeps the visitor on the chooser.
  try {
    if (new URLSearchParams(location.search).has("choose")) return;
  } catch (_) {
    return;
  }

  // Automated browsers (WebDriver sets navigator.webdriver) and crawlers.
  // Conservative on purpose: Googlebot, bingbot, Applebot, DuckDuckBot,
  // YandexBot, Baiduspider, Yahoo! Slurp, generic "crawler"/"spider" tokens,
  // and Lighthouse audits.
  const CRAWLER = /bot|crawl|spider|slurp|lighthouse/i;
  if (navigator.webdriver === true || CRAWLER.test(navigator.userAgent || "")) return;

  // --- Where to go -------------------------------------------------------------

  const lower = (s) => String(s || "").trim().toLowerCase();
  const primary = (tag) => lower(tag).split(/[-_]/)[0];

  // The link for a language tag: exact match first ("pt-br"), then the
  // primary subtag ("fr-BE" → "fr").
  function linkFor(tag) {
    const full = lower(tag);
    if (!full) return null;
    const exact = links.find((a) => lower(a.getAttribute("data-lang")) === full);
    if (exact) return exact;
    const base = primary(full);
    return links.find((a) => primary(a.getAttribute("data-lang")) === base) || null;
  }

  // 1. A remembered choice, only if it is one of the listed languages.
  function remembered() {
    let code = null;
    try {
      code = localStorage.getItem(STORAGE_KEY);
    } catch (_) {
      return null; // Storage unavailable.
    }
    if (!code) return null;
    return links.find((a) => lower(a.getAttribute("data-lang")) === lower(code)) || null;
  }

  // 2. The browser's preferred languages, in order.
  function preferred() {
    const tags = Array.isArray(navigator.languages) && navigator.languages.length > 0
      ? navigator.languages
      : [navigator.language];
    for (const tag of tags) {
      const link = linkFor(tag);
      if (link) return link;
    }
    return null;
  }

  const target = remembered() || preferred();
  if (!target) return; // 3. Nothing matches: stay on the chooser.

  // Never "redirect" to the page we are on (a one-language site, say).
  const here = location.href.split("#")[0];
  if (target.href.split("#")[0] === here) return;

  // Only follow links to this same site.
  try {
    if (new URL(target.href).origin !== location.origin) return;
  } catch (_) {
    return;
  }

  location.replace(target.href);
})();
