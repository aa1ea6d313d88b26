package render

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// iCalendar feeds (RFC 5545), written for each language:
//
//   - /{lang}/calendar.ics: every application deadline and every event;
//   - {programme page}calendar.ics: the programme's deadlines and the
//     events where it is presented;
//   - {event page}event.ics: the event alone, for "add to calendar".
//
// Rules, decided once (docs/dates.md says why):
//
//   - A deadline is an all-day item (DTSTART;VALUE=DATE, DTEND the next
//     day): it covers the deadline's whole day, which ends at midnight in
//     the site's time zone; the description says so, with that zone. A
//     yearly deadline (--03-01) is its coming date with RRULE:FREQ=YEARLY.
//   - A timed event is written in UTC (…Z), so no VTIMEZONE is needed and
//     every calendar shows it at the right local time; an event of whole
//     days is all-day like a deadline.
//   - UIDs are made of the entry's id, never of a date that moves or a
//     language: "deadline-<programme>-<n>@<host>", "event-<id>@<host>".
//     The same item has the same UID in every feed and every language.
//   - DTSTAMP is the build's date (midnight UTC of "today"), so two builds
//     of the same day, or with the same SOURCE_DATE_EPOCH, are identical.
//   - Lines end with CRLF and are folded at 75 octets without splitting a
//     UTF-8 character; text values escape \ ; , and newlines.

// calendarPaths returns the paths calendarsOf writes for code, without
// rendering them (serve.TestSessionMatchesBuild holds the two together).
func (r *Renderer) calendarPaths(code string) []string {
	cat := r.site.Catalog
	if cat == nil || !r.included(code) || r.site.Homes[code] == nil {
		return nil
	}
	var out []string
	for _, p := range cat.Programmes {
		if page := r.site.EntryPage(catalog.Programmes, p.ID, code); page != nil {
			out = append(out, page.Path+"calendar.ics")
		}
	}
	for _, e := range cat.Events {
		if page := r.site.EntryPage(catalog.Events, e.ID, code); page != nil && !e.StartAt.IsZero() {
			out = append(out, page.Path+"event.ics")
		}
	}
	if len(cat.Events) > 0 || len(cat.Programmes) > 0 {
		out = append(out, code+"/calendar.ics")
	}
	return out
}

// calendarsOf returns the iCalendar files of one language: none when the
// site has neither deadlines nor events.
func (r *Renderer) calendarsOf(code string) []Output {
	cat := r.site.Catalog
	if cat == nil || !r.included(code) || r.site.Homes[code] == nil {
		return nil
	}
	out := make([]Output, 0, len(cat.Programmes)+len(cat.Events)+1)
	n := len(cat.Events)
	for _, p := range cat.Programmes {
		n += len(p.Deadlines)
	}
	all := make([]icalItem, 0, n)
	for _, p := range cat.Programmes {
		page := r.site.EntryPage(catalog.Programmes, p.ID, code)
		if page == nil {
			continue
		}
		items := r.deadlineItems(code, p, page)
		all = append(all, items...)
		for _, e := range p.Events {
			if it, ok := r.eventItem(code, e); ok {
				items = append(items, it)
			}
		}
		// Written even when empty: the programme's page links to it.
		out = append(out, Output{Path: page.Path + "calendar.ics", MediaType: "text/calendar", Body: r.ical(code, r.plain(code, p.Title), items)})
	}
	for _, e := range cat.Events {
		it, ok := r.eventItem(code, e)
		if !ok {
			continue
		}
		all = append(all, it)
		page := r.site.EntryPage(catalog.Events, e.ID, code)
		out = append(out, Output{Path: page.Path + "event.ics", MediaType: "text/calendar", Body: r.ical(code, r.plain(code, e.Title), []icalItem{it})})
	}
	if len(cat.Events) > 0 || len(cat.Programmes) > 0 {
		out = append(out, Output{Path: code + "/calendar.ics", MediaType: "text/calendar", Body: r.ical(code, r.site.Config.Title.Values[code], all)})
	}
	return out
}

// icalItem is one VEVENT.
type icalItem struct {
	uid         string
	summary     string
	description string
	location    string
	url         string
	allDay      bool
	start, end  time.Time // all-day: dates at midnight UTC, end the day after
	yearly      bool
	categories  string
}

// deadlineItems returns a programme's deadlines as calendar items.
func (r *Renderer) deadlineItems(code string, p *catalog.Programme, page *model.Page) []icalItem {
	out := make([]icalItem, 0, len(p.Deadlines))
	title := r.plain(code, p.Title)
	zone := r.site.Config.TimeZone
	var url, categories string // the same for every deadline
	for i, d := range p.Deadlines {
		if d.Date.IsZero() {
			continue
		}
		if len(out) == 0 {
			url, categories = r.permalink(page), r.t(code, "programme.deadlines")
		}
		when := d.Date.Next(r.opts.Today)
		audience := r.label(code, lang.Audience, d.Audience)
		args := map[string]any{"Programme": title, "Audience": audience, "Date": r.date(code, when), "Zone": zone}
		out = append(out, icalItem{
			uid:         "deadline-" + p.ID + "-" + strconv.Itoa(i+1) + "@" + r.site.Config.Base.Host,
			summary:     r.opts.Strings.T(code, "calendar.deadline", nil, args),
			description: r.opts.Strings.T(code, "calendar.deadlineNote", nil, args),
			url:         url,
			allDay:      true,
			start:       when,
			end:         when.AddDate(0, 0, 1),
			yearly:      d.Date.Yearly && !(d.Date.Month == time.February && d.Date.Day == 29),
			categories:  categories,
		})
	}
	return out
}

// eventItem returns an event as a calendar item.
func (r *Renderer) eventItem(code string, e *catalog.Event) (icalItem, bool) {
	page := r.site.EntryPage(catalog.Events, e.ID, code)
	if page == nil || e.StartAt.IsZero() {
		return icalItem{}, false
	}
	it := icalItem{
		uid:        "event-" + e.ID + "@" + r.site.Config.Base.Host,
		summary:    r.plain(code, e.Title),
		url:        r.permalink(page),
		categories: r.label(code, lang.EventType, e.Type),
	}
	var desc []string
	if s := r.plain(code, e.Summary); s != "" {
		desc = append(desc, s)
	}
	if e.Registration != "" {
		desc = append(desc, r.t(code, "event.register")+colon(code)+e.Registration)
	}
	desc = append(desc, it.url)
	it.description = strings.Join(desc, "\n\n")
	if pl := e.Place; pl != nil {
		parts := []string{r.plain(code, pl.Name)}
		if !pl.Address.IsZero() {
			parts = append(parts, r.plain(code, pl.Address))
		}
		parts = append(parts, r.plain(code, pl.City), r.label(code, lang.Country, pl.Country))
		it.location = strings.Join(parts, ", ")
	} else {
		it.location = e.Online
	}
	if e.AllDay {
		it.allDay = true
		it.start = e.Start.Date
		it.end = e.LastDay().AddDate(0, 0, 1)
	} else {
		it.start, it.end = e.StartAt.UTC(), e.EndAt.UTC()
	}
	return it, true
}

// ical writes a VCALENDAR with items, in code.
func (r *Renderer) ical(code, name string, items []icalItem) []byte {
	w := icalWriter{b: make([]byte, 0, icalSize(code, name, items))}
	w.line("BEGIN:VCALENDAR")
	w.line("VERSION:2.0")
	w.line("PRODID:-//vitrine//" + strings.ToUpper(code))
	w.line("CALSCALE:GREGORIAN")
	w.line("METHOD:PUBLISH")
	w.textLine("NAME:", name)
	w.textLine("X-WR-CALNAME:", name)
	stamp := r.opts.Today.UTC().Format("20060102T150405Z")
	for _, it := range items {
		w.line("BEGIN:VEVENT")
		w.line2("UID:", it.uid)
		w.line2("DTSTAMP:", stamp)
		if it.allDay {
			w.timeLine("DTSTART;VALUE=DATE:", it.start, "20060102")
			w.timeLine("DTEND;VALUE=DATE:", it.end, "20060102")
		} else {
			w.timeLine("DTSTART:", it.start, "20060102T150405Z")
			if it.end.After(it.start) {
				w.timeLine("DTEND:", it.end, "20060102T150405Z")
			}
		}
		if it.yearly {
			w.line("RRULE:FREQ=YEARLY")
		}
		w.langLine("SUMMARY", code, it.summary)
		if it.description != "" {
			w.langLine("DESCRIPTION", code, it.description)
		}
		if it.location != "" {
			w.langLine("LOCATION", code, it.location)
		}
		if it.categories != "" {
			w.langLine("CATEGORIES", code, it.categories)
		}
		w.line2("URL:", it.url)
		if it.allDay {
			w.line("TRANSP:TRANSPARENT") // a deadline does not make anyone busy
		}
		w.line("END:VEVENT")
	}
	w.line("END:VCALENDAR")
	return w.b
}

// icalSize estimates the size of the calendar ical writes, so that its
// buffer is allocated once: the fixed text of the lines, the values, and a
// sixteenth more for escapes and folds.
func icalSize(code, name string, items []icalItem) int {
	n := 128 + len(code) + 2*len(name)
	for _, it := range items {
		n += 256 + 4*len(code) + len(it.uid) + len(it.summary) + len(it.description) + len(it.location) + len(it.url) + len(it.categories)
	}
	return n + n/16
}

// icalWriter writes the content lines of a calendar into one buffer: each
// line is written whole, then folded in place when it is too long.
type icalWriter struct {
	b     []byte // the calendar so far
	start int    // where the current line starts in b
	long  []byte // a copy of a line to fold, reused
}

// end ends the current line: it folds it (see appendFolded) and writes
// its CRLF.
func (w *icalWriter) end() {
	if len(w.b)-w.start > 75 {
		w.long = append(w.long[:0], w.b[w.start:]...)
		w.b = appendFolded(w.b[:w.start], w.long)
	} else {
		w.b = append(w.b, "\r\n"...)
	}
	w.start = len(w.b)
}

// line writes the content line s.
func (w *icalWriter) line(s string) {
	w.b = append(w.b, s...)
	w.end()
}

// line2 writes the content line name+value, value as it is.
func (w *icalWriter) line2(name, value string) {
	w.b = append(w.b, name...)
	w.line(value)
}

// textLine writes the content line name+value, value escaped as TEXT.
func (w *icalWriter) textLine(name, value string) {
	w.b = append(w.b, name...)
	w.b = appendICalText(w.b, value)
	w.end()
}

// langLine writes the content line "name;LANGUAGE=code:" and value,
// escaped as TEXT.
func (w *icalWriter) langLine(name, code, value string) {
	w.b = append(w.b, name...)
	w.b = append(w.b, ";LANGUAGE="...)
	w.b = append(w.b, code...)
	w.b = append(w.b, ':')
	w.b = appendICalText(w.b, value)
	w.end()
}

// timeLine writes the content line name+t, t formatted with layout.
func (w *icalWriter) timeLine(name string, t time.Time, layout string) {
	w.b = append(w.b, name...)
	w.b = t.AppendFormat(w.b, layout)
	w.end()
}

// appendICalText appends s escaped as a TEXT value (RFC 5545, 3.3.11):
// runs of characters that need no escape are copied whole. Invalid UTF-8
// becomes U+FFFD, one for each byte that starts no character.
func appendICalText(b []byte, s string) []byte {
	plain := 0 // s[plain:i] is copied as it is
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		switch {
		case c >= utf8.RuneSelf:
			if r, size := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || size > 1 {
				i += size
				continue
			}
			esc = "\uFFFD"
		case c == '\\':
			esc = `\\`
		case c == ';':
			esc = `\;`
		case c == ',':
			esc = `\,`
		case c == '\n':
			esc = `\n`
		case c < 0x20 || c == 0x7f:
			esc = "" // control characters, \r among them, are not allowed in TEXT
		default:
			i++
			continue
		}
		b = append(b, s[plain:i]...)
		b = append(b, esc...)
		i++
		plain = i
	}
	return append(b, s[plain:]...)
}

// appendFolded appends the content line s and its CRLF, folded so that no
// line is longer than 75 octets (RFC 5545, 3.1): a fold is CRLF and a
// space, never inside a UTF-8 character.
func appendFolded(b, s []byte) []byte {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b = append(b, s[:cut]...)
		b = append(b, "\r\n "...)
		s = s[cut:]
		limit = 74 // the space that starts a continuation line counts
	}
	b = append(b, s...)
	return append(b, "\r\n"...)
}
