package catalog

import (
	"cmp"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/schema"
	"gopkg.in/yaml.v3"
)

// Events is the kind of events: open days, fairs, information sessions,
// webinars, lectures.
const Events = "events"

// EventTypes are the values of an event's type.
var EventTypes = []string{"fair", "open-day", "information-session", "webinar", "lecture"}

// EventAudiences are the values of an event's audience.
var EventAudiences = []string{"students", "researchers", "partners", "alumni", "public"}

// When is an event's start or end as written: a date and a time of day in
// the event's time zone ("2027-03-06T10:00"), or a date alone
// ("2027-03-06") for an event that lasts whole days.
type When struct {
	// Date is the calendar date, at midnight UTC.
	Date time.Time
	// HasTime is true when a time of day was given: Hour and Min.
	HasTime   bool
	Hour, Min int
}

// DecodeYAML accepts "2006-01-02", "2006-01-02T15:04" and "2006-01-02 15:04".
func (w *When) DecodeYAML(d *schema.Decoder, n *yaml.Node) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.Errorf(n, "expected a date and time like 2027-03-06T10:00, found %s", schema.Describe(n))
		return
	}
	s := strings.TrimSpace(n.Value)
	bad := func() {
		d.Errorf(n, "%q is not a date and time: write it as YYYY-MM-DDTHH:MM, like 2027-03-06T10:00 (local time, in the event's time zone), or YYYY-MM-DD for a whole day", s)
	}
	date, clock, hasClock := strings.Cut(strings.Replace(s, " ", "T", 1), "T")
	day, err := time.Parse("2006-01-02", date)
	if err != nil {
		bad()
		return
	}
	*w = When{Date: day}
	if !hasClock {
		return
	}
	hh, mm, ok := strings.Cut(clock, ":")
	h, err1 := strconv.Atoi(hh)
	m, err2 := strconv.Atoi(mm)
	if !ok || len(hh) != 2 || len(mm) != 2 || err1 != nil || err2 != nil || h > 23 || m > 59 || h < 0 || m < 0 {
		*w = When{} // unusable: nothing is checked against it
		bad()
		return
	}
	w.HasTime, w.Hour, w.Min = true, h, m
}

// IsZero reports whether nothing was given.
func (w When) IsZero() bool { return w.Date.IsZero() }

// MarshalJSON writes the value as written in YAML, for the open data.
func (w When) MarshalJSON() ([]byte, error) { return json.Marshal(w.String()) }

// String returns the value as written: "2027-03-06T10:00" or "2027-03-06".
func (w When) String() string {
	if w.Date.IsZero() {
		return ""
	}
	if !w.HasTime {
		return w.Date.Format("2006-01-02")
	}
	return fmt.Sprintf("%sT%02d:%02d", w.Date.Format("2006-01-02"), w.Hour, w.Min)
}

// In returns the instant w names in loc.
func (w When) In(loc *time.Location) time.Time {
	y, m, d := w.Date.Date()
	return time.Date(y, m, d, w.Hour, w.Min, 0, 0, loc)
}

// Venue is where an event takes place.
type Venue struct {
	Name    lang.Text        `yaml:"name,required" json:"name,omitzero"`
	Address lang.Text        `yaml:"address" json:"address,omitzero"`
	City    lang.Text        `yaml:"city,required" json:"city,omitzero"`
	Country string           `yaml:"country,required" json:"country,omitempty"`
	Pos     diag.Pos         `json:"-"`
	At      schema.Positions `json:"-"`
}

// Event is an open day, an education fair, an information session, a
// webinar or a public lecture.
type Event struct {
	Common       `yaml:",inline"`
	Title        lang.Text `yaml:"title,required" json:"title,omitzero"`
	Summary      lang.Text `yaml:"summary" json:"summary,omitzero"`
	Description  Markdown  `yaml:"description" json:"description,omitzero"`
	Type         string    `yaml:"type,required" json:"type,omitempty"`
	Start        When      `yaml:"start,required" json:"start,omitzero"`
	End          When      `yaml:"end" json:"end,omitzero"`
	TimeZone     string    `yaml:"timeZone" json:"timeZone,omitempty"`
	Place        *Venue    `yaml:"place" json:"place,omitempty"`
	Online       string    `yaml:"online" json:"online,omitempty"`
	Audience     []string  `yaml:"audience" json:"audience,omitempty"`
	Languages    []string  `yaml:"languages" json:"languages,omitempty"`
	Registration string    `yaml:"registration" json:"registration,omitempty"`
	Programmes   []Ref     `yaml:"programmes" json:"programmes,omitempty"`
	Institutions []Ref     `yaml:"institutions" json:"institutions,omitempty"`
	Chairs       []Ref     `yaml:"chairs" json:"chairs,omitempty"`
	Contact      string    `yaml:"contact" json:"contact,omitempty"`

	// Derived by validation.
	// Location is the event's time zone: TimeZone, or the site's.
	Location *time.Location `yaml:"-" json:"-"`
	// AllDay is true when start (and end) are dates without a time.
	AllDay bool `yaml:"-" json:"-"`
	// StartAt and EndAt are the instants the event starts and ends; for
	// an event of whole days, EndAt is the start of the day after its
	// last day. An event without end lasts until the end of its start's
	// day (whole days) or is taken to end when it starts.
	StartAt, EndAt time.Time `yaml:"-" json:"-"`
	// Filled by Resolve.
	ProgrammeTargets   []*Programme   `yaml:"-" json:"-"`
	InstitutionTargets []*Institution `yaml:"-" json:"-"`
	ChairTargets       []*Chair       `yaml:"-" json:"-"`
}

// Name returns the event's title.
func (e *Event) Name() lang.Text { return e.Title }

// LastDay returns the event's last calendar day in its own time zone, at
// midnight UTC like config.Config.Today.
func (e *Event) LastDay() time.Time {
	end := e.EndAt
	if e.AllDay {
		end = end.Add(-time.Nanosecond) // EndAt is the next day's start
	}
	if e.Location != nil {
		end = end.In(e.Location)
	}
	y, m, d := end.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Past reports whether the event ended before today: it moves to the
// archive the day after its last day.
func (e *Event) Past(today time.Time) bool {
	return !e.StartAt.IsZero() && e.LastDay().Before(today)
}

func (e *Event) validate(v *validator) {
	at := func(k string) diag.Pos { return e.At.Of(k, e.At.Of(listOf(k), e.Pos)) }
	v.required(at("title"), "title", e.Title)
	v.oneOf(at("type"), "type", e.Type, EventTypes)
	e.Location = cmp.Or(v.loc, time.UTC)
	if e.TimeZone != "" {
		loc, err := time.LoadLocation(e.TimeZone)
		if err != nil || e.TimeZone == "Local" || strings.HasPrefix(e.TimeZone, "/") {
			v.errorf(at("timeZone"), "timeZone: %q is not a time zone of the IANA database: write it like Europe/Brussels, America/Montreal or Asia/Tokyo", e.TimeZone)
		} else {
			e.Location = loc
		}
	}
	if !e.Start.IsZero() && (!e.End.IsZero() || e.At["end"] == (diag.Pos{})) {
		e.AllDay = !e.Start.HasTime
		e.StartAt = e.Start.In(e.Location)
		switch {
		case e.End.IsZero() && e.AllDay:
			e.EndAt = e.StartAt.AddDate(0, 0, 1)
		case e.End.IsZero():
			e.EndAt = e.StartAt
		case e.End.HasTime != e.Start.HasTime:
			v.errorf(at("end"), "end: %s and start: %s must both have a time of day (2027-03-06T17:00) or both be dates (whole days)", e.End, e.Start)
			e.EndAt = e.StartAt
		case e.AllDay:
			e.EndAt = e.End.In(e.Location).AddDate(0, 0, 1)
		default:
			e.EndAt = e.End.In(e.Location)
		}
		if e.EndAt.Before(e.StartAt) {
			v.errorf(at("end"), "end: the event ends (%s) before it starts (%s): check both dates", e.End, e.Start)
			e.EndAt = e.StartAt
		}
	}
	if e.Place == nil && e.Online == "" {
		v.errorf(e.Pos, "an event needs a place (place: {name: …, city: …, country: BE}) or an online link (online: https://…), or both for a hybrid event")
	}
	if e.Place != nil {
		v.country(e.Place.At.Of("country", e.Place.Pos), "place.country", e.Place.Country)
	}
	v.url(at("online"), "online", e.Online)
	if e.Registration != "" {
		u, err := url.Parse(e.Registration)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			v.errorf(at("registration"), "registration: %q is not an https:// address: a registration form asks for personal data, so it must be served over https", e.Registration)
		}
	}
	items(at, "audience", e.Audience, func(pos diag.Pos, field, a string) {
		v.oneOf(pos, field, a, EventAudiences)
	})
	items(at, "languages", e.Languages, v.language)
	v.email(at("contact"), "contact", e.Contact)
}

// resolveEvents links events to the programmes, institutions and chairs
// they name, both ways.
func (c *Catalog) resolveEvents(diags *diag.List) {
	for _, e := range c.Events {
		e.ProgrammeTargets, e.InstitutionTargets, e.ChairTargets = nil, nil, nil
		eachTarget(c, diags, Programmes, e.Programmes, func(p *Programme) {
			e.ProgrammeTargets = append(e.ProgrammeTargets, p)
			p.Events = append(p.Events, e)
		})
		eachTarget(c, diags, Institutions, e.Institutions, func(t *Institution) {
			e.InstitutionTargets = append(e.InstitutionTargets, t)
			t.Events = append(t.Events, e)
		})
		eachTarget(c, diags, Chairs, e.Chairs, func(ch *Chair) {
			e.ChairTargets = append(e.ChairTargets, ch)
			ch.Events = append(ch.Events, e)
		})
	}
}

// eachTarget calls link with the entry of kind each reference in refs
// names, and reports a reference to no entry at its place.
func eachTarget[T any](c *Catalog, diags *diag.List, kind string, refs []Ref, link func(T)) {
	for i, r := range refs {
		if r.ID == "" {
			continue
		}
		x, ok := c.index[kind][r.ID]
		if !ok {
			diags.Errorf(r.Pos, "%s[%d]: no %s %q: expected the id of a file in data/%s/%s", kind, i+1, Singular(kind), r.ID, kind, suggestID(c.index[kind], r.ID))
			continue
		}
		link(x.(T))
	}
}

// Upcoming returns the events of list that have not ended before today,
// soonest first, and Archived those that have, latest first.
func Upcoming(list []*Event, today time.Time) []*Event { return sortedEvents(list, today, false) }

// Archived returns the events of list that ended before today, the latest
// first.
func Archived(list []*Event, today time.Time) []*Event { return sortedEvents(list, today, true) }

// sortedEvents returns the events of list that are past (or not), sorted by
// start, the latest first for the past ones, then by id.
func sortedEvents(list []*Event, today time.Time, past bool) []*Event {
	var out []*Event
	for _, e := range list {
		if e.Past(today) == past {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b *Event) int {
		c := a.StartAt.Compare(b.StartAt)
		if past {
			c = -c
		}
		return cmp.Or(c, strings.Compare(a.ID, b.ID))
	})
	return out
}
