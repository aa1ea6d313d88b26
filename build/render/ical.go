package render

import (
	"bytes"
	"fmt"
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
	var out []Output
	var all []icalItem
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
	var out []icalItem
	title := r.plain(code, p.Title)
	zone := r.site.Config.TimeZone
	for i, d := range p.Deadlines {
		if d.Date.IsZero() {
			continue
		}
		when := d.Date.Next(r.opts.Today)
		audience := r.label(code, lang.Audience, d.Audience)
		args := map[string]any{"Programme": title, "Audience": audience, "Date": r.date(code, when), "Zone": zone}
		out = append(out, icalItem{
			uid:         fmt.Sprintf("deadline-%s-%d@%s", p.ID, i+1, r.site.Config.Base.Host),
			summary:     r.opts.Strings.T(code, "calendar.deadline", nil, args),
			description: r.opts.Strings.T(code, "calendar.deadlineNote", nil, args),
			url:         r.site.Permalink(page),
			allDay:      true,
			start:       when,
			end:         when.AddDate(0, 0, 1),
			yearly:      d.Date.Yearly && !(d.Date.Month == time.February && d.Date.Day == 29),
			categories:  r.t(code, "programme.deadlines"),
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
		uid:        fmt.Sprintf("event-%s@%s", e.ID, r.site.Config.Base.Host),
		summary:    r.plain(code, e.Title),
		url:        r.site.Permalink(page),
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
	var b bytes.Buffer
	line := func(s string) { foldLine(&b, s) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//vitrine//" + strings.ToUpper(code))
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	line("NAME:" + icalText(name))
	line("X-WR-CALNAME:" + icalText(name))
	stamp := r.opts.Today.UTC().Format("20060102T150405Z")
	for _, it := range items {
		line("BEGIN:VEVENT")
		line("UID:" + it.uid)
		line("DTSTAMP:" + stamp)
		if it.allDay {
			line("DTSTART;VALUE=DATE:" + it.start.Format("20060102"))
			line("DTEND;VALUE=DATE:" + it.end.Format("20060102"))
		} else {
			line("DTSTART:" + it.start.Format("20060102T150405Z"))
			if it.end.After(it.start) {
				line("DTEND:" + it.end.Format("20060102T150405Z"))
			}
		}
		if it.yearly {
			line("RRULE:FREQ=YEARLY")
		}
		line("SUMMARY;LANGUAGE=" + code + ":" + icalText(it.summary))
		if it.description != "" {
			line("DESCRIPTION;LANGUAGE=" + code + ":" + icalText(it.description))
		}
		if it.location != "" {
			line("LOCATION;LANGUAGE=" + code + ":" + icalText(it.location))
		}
		if it.categories != "" {
			line("CATEGORIES;LANGUAGE=" + code + ":" + icalText(it.categories))
		}
		line("URL:" + it.url)
		if it.allDay {
			line("TRANSP:TRANSPARENT") // a deadline does not make anyone busy
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return b.Bytes()
}

// icalText escapes a TEXT value (RFC 5545, 3.3.11).
func icalText(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch c {
		case '\\':
			b.WriteString(`\\`)
		case ';':
			b.WriteString(`\;`)
		case ',':
			b.WriteString(`\,`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			if c < 0x20 || c == 0x7f {
				continue // control characters are not allowed in TEXT
			}
			b.WriteRune(c)
		}
	}
	return b.String()
}

// foldLine writes a content line, folded so that no line is longer than 75
// octets (RFC 5545, 3.1): a fold is CRLF and a space, never inside a UTF-8
// character.
func foldLine(b *bytes.Buffer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the space that starts a continuation line counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}
