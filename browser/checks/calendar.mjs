// calendar.mjs — the iCalendar feeds (RFC 5545) and the "add to calendar"
// links, checked against the catalogue's open data.
//
// Every language's feed, every programme's feed and every event's file is
// parsed with ical.js (a real parser, pinned in package.json); the raw text
// is checked for CRLF line ends and 75-octet folding. Each deadline and each
// event of data/programmes.json and data/events.json must be in the feeds,
// with its stable UID, its date (deadlines) or its instant (events, against
// the JSON-LD startDate of the event's page) and its title in the feed's
// language. The links are read from the pages in Chromium.
import ICAL from "ical.js";

const space = (s) => String(s || "").replace(/[\u00a0\u202f]/g, " ");
const ymd = (t) => `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;

// parse checks the raw text and returns the VEVENTs by UID.
function parse(fail, what, text) {
  const errs = [];
  if (!text.startsWith("BEGIN:VCALENDAR\r\n") || !text.endsWith("END:VCALENDAR\r\n")) errs.push("not a VCALENDAR with CRLF line ends");
  const lines = text.split("\r\n");
  lines.forEach((l, i) => {
    if (l.includes("\n")) errs.push(`line ${i + 1}: a bare LF`);
    if (Buffer.byteLength(l, "utf8") > 75) errs.push(`line ${i + 1}: ${Buffer.byteLength(l, "utf8")} octets, more than 75`);
  });
  let comp;
  try {
    comp = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    fail(what, [`ical.js cannot parse it: ${e.message}`]);
    return null;
  }
  if (comp.getFirstPropertyValue("version") !== "2.0") errs.push("VERSION is not 2.0");
  if (!comp.getFirstPropertyValue("prodid")) errs.push("no PRODID");
  const byUID = new Map();
  for (const v of comp.getAllSubcomponents("vevent")) {
    const ev = new ICAL.Event(v);
    if (byUID.has(ev.uid)) errs.push(`UID ${ev.uid} twice`);
    if (!v.getFirstPropertyValue("dtstamp")) errs.push(`${ev.uid}: no DTSTAMP`);
    byUID.set(ev.uid, { ev, comp: v });
  }
  if (errs.length) fail(what, errs.slice(0, 10));
  return byUID;
}

async function jsonLD(ctx, url) {
  const html = await ctx.fetchText(url);
  const m = html.match(/<script type="?application\/ld\+json"?>([\s\S]*?)<\/script>/);
  if (!m) return null;
  const data = JSON.parse(m[1]);
  return (data["@graph"] || [data]).find((n) => /Event$/.test(n["@type"]));
}

async function checkCalendars(fail, ctx) {
  const { BASE, LANGS } = ctx;
  const programmes = JSON.parse(await ctx.fetchText(`${BASE}data/programmes.json`)).entries;
  const events = JSON.parse(await ctx.fetchText(`${BASE}data/events.json`)).entries;
  const host = new URL(programmes[0].pages.en).host;
  // The event's instant, from its page's JSON-LD (it carries the offset).
  const starts = new Map();
  for (const e of events) {
    const ld = await jsonLD(ctx, e.pages.en);
    if (!ld) fail(`event ${e.id}`, ["no JSON-LD Event on its page"]);
    else starts.set(e.id, ld.startDate);
  }
  let feeds = 0;
  let items = 0;
  for (const lang of LANGS) {
    const url = `${BASE}${lang}/calendar.ics`;
    const byUID = parse(fail, `${lang}/calendar.ics`, await ctx.fetchText(url));
    if (!byUID) continue;
    feeds++;
    const errs = [];
    for (const p of programmes) {
      (p.deadlines || []).forEach((d, i) => {
        const uid = `deadline-${p.id}-${i + 1}@${host}`;
        const got = byUID.get(uid);
        if (!got) return errs.push(`no ${uid}`);
        items++;
        const start = got.ev.startDate;
        if (!start.isDate) errs.push(`${uid}: DTSTART is not a DATE`);
        const yearly = d.date.startsWith("--");
        if (yearly ? ymd(start).slice(4) !== d.date.slice(1) : ymd(start) !== d.date) errs.push(`${uid}: DTSTART ${ymd(start)}, the catalogue says ${d.date}`);
        if (yearly !== got.comp.hasProperty("rrule")) errs.push(`${uid}: RRULE ${yearly ? "missing" : "on a one-off deadline"}`);
        const title = space(p.title[lang] || p.title.en);
        if (!space(got.ev.summary).includes(title)) errs.push(`${uid}: SUMMARY "${got.ev.summary}" does not name "${title}"`);
      });
    }
    for (const e of events) {
      const uid = `event-${e.id}@${host}`;
      const got = byUID.get(uid);
      if (!got) {
        errs.push(`no ${uid}`);
        continue;
      }
      items++;
      const want = new Date(starts.get(e.id)).getTime();
      const have = got.ev.startDate.toJSDate().getTime();
      if (!got.ev.startDate.isDate && want !== have) errs.push(`${uid}: starts ${got.ev.startDate.toString()}, the page says ${starts.get(e.id)}`);
      const title = space(e.title[lang] || e.title.en);
      if (space(got.ev.summary) !== title) errs.push(`${uid}: SUMMARY "${got.ev.summary}", the ${lang} title is "${title}"`);
      if (got.ev.endDate && got.ev.endDate.compare(got.ev.startDate) < 0) errs.push(`${uid}: ends before it starts`);
    }
    if (errs.length) fail(`${lang}/calendar.ics against the catalogue`, errs.slice(0, 15));
  }

  // The links, read in the browser: the programme's feed and the event's file.
  for (const lang of LANGS) {
    const p = programmes.find((x) => (x.deadlines || []).length > 0);
    const e = events.find((x) => starts.has(x.id) && new Date(starts.get(x.id)) > new Date());
    for (const [what, pageURL, selector, uidPrefix, count] of [
      ["programme", p.pages[lang], ".add-calendar a", `deadline-${p.id}-`, p.deadlines.length],
      ...(e ? [["event", e.pages[lang], `a[href$="event.ics"]`, `event-${e.id}@`, 1]] : []),
    ]) {
      const { page, context, problems } = await ctx.visit(pageURL);
      try {
        const href = await page.$eval(selector, (a) => a.href).catch(() => null);
        if (!href) {
          fail(`${what} page (${lang})`, [`no "add to calendar" link (${selector}) on ${ctx.short(pageURL)}`]);
          continue;
        }
        const byUID = parse(fail, ctx.short(href), await ctx.fetchText(href));
        if (!byUID) continue;
        feeds++;
        const n = [...byUID.keys()].filter((u) => u.startsWith(uidPrefix)).length;
        if (n !== count) fail(`${ctx.short(href)}`, [`${n} items of ${uidPrefix}…, the catalogue has ${count}`]);
        if (problems.length) fail(`${what} page (${lang})`, problems);
      } finally {
        await context.close();
      }
    }
  }
  return `${feeds} calendars parsed with ical.js, ${items} deadlines and events matched`;
}

export const checks = [["calendar", "iCalendar feeds parse with ical.js, fold at 75 octets and match the catalogue; add-to-calendar links work", checkCalendars]];
