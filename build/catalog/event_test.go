package catalog_test

import (
	"strings"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
)

// event is a valid event with the given lines added.
func event(extra string) string {
	return "title: {en: Open day, fr: Journée portes ouvertes}\ntype: open-day\nstart: 2027-03-06T10:00\nend: 2027-03-06T16:00\nplace: {name: Campus, city: Liège, country: BE}\n" + extra
}

func TestEvents(t *testing.T) {
	brussels, _ := time.LoadLocation("Europe/Brussels")
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{name: "valid", src: event("programmes: [european-law]\ninstitutions: [uliege]\nregistration: https://example.org/register\n")},
		{
			name: "unknown time zone",
			src:  event("timeZone: Europe/Bruxelles\n"),
			want: []string{`data/events/x.yaml:6:11: error: timeZone: "Europe/Bruxelles" is not a time zone of the IANA database: write it like Europe/Brussels, America/Montreal or Asia/Tokyo`},
		},
		{
			name: "end before start",
			src:  strings.Replace(event(""), "end: 2027-03-06T16:00", "end: 2027-03-06T09:00", 1),
			want: []string{`data/events/x.yaml:4:6: error: end: the event ends (2027-03-06T09:00) before it starts (2027-03-06T10:00): check both dates`},
		},
		{
			name: "neither place nor online link",
			src:  strings.Replace(event(""), "place: {name: Campus, city: Liège, country: BE}\n", "", 1),
			want: []string{`data/events/x.yaml:1:1: error: an event needs a place (place: {name: …, city: …, country: BE}) or an online link (online: https://…), or both for a hybrid event`},
		},
		{
			name: "registration that is not https",
			src:  event("registration: http://example.org/register\n"),
			want: []string{`data/events/x.yaml:6:15: error: registration: "http://example.org/register" is not an https:// address: a registration form asks for personal data, so it must be served over https`},
		},
		{
			name: "a date and a date with a time",
			src:  strings.Replace(event(""), "end: 2027-03-06T16:00", "end: 2027-03-07", 1),
			want: []string{`data/events/x.yaml:4:6: error: end: 2027-03-07 and start: 2027-03-06T10:00 must both have a time of day (2027-03-06T17:00) or both be dates (whole days)`},
		},
		{
			name: "not a time",
			src:  strings.Replace(event(""), "start: 2027-03-06T10:00", "start: 2027-03-06T25:00", 1),
			want: []string{`data/events/x.yaml:3:8: error: start: "2027-03-06T25:00" is not a date and time: write it as YYYY-MM-DDTHH:MM, like 2027-03-06T10:00 (local time, in the event's time zone), or YYYY-MM-DD for a whole day`},
		},
		{
			name: "dangling references and bad enums",
			src:  event("programmes: [european-lw]\naudience: [parents]\n"),
			want: []string{
				`data/events/x.yaml:6:14: error: programmes[1]: no programme "european-lw": expected the id of a file in data/programmes/ (did you mean "european-law"?)`,
				`data/events/x.yaml:7:12: error: audience[1]: "parents" is not one of students, researchers, partners, alumni, public`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, diags := load(t, site(map[string]string{"data/events/x.yaml": tt.src}), catalog.Options{Location: brussels})
			diff(t, diags, tt.want)
			if tt.want == nil {
				e := c.Events[0]
				if got := e.StartAt.Format(time.RFC3339); got != "2027-03-06T10:00:00+01:00" {
					t.Errorf("StartAt = %s: the site's time zone applies", got)
				}
				if len(e.ProgrammeTargets) != 1 || len(c.Programmes[0].Events) != 1 || len(c.Institutions) == 0 {
					t.Errorf("references not resolved both ways")
				}
			}
		})
	}
}

func TestEventsUpcomingAndArchive(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	c, diags := load(t, site(map[string]string{
		"data/events/a.yaml": event(""),
		"data/events/b.yaml": strings.Replace(strings.Replace(event(""), "2027-03-06T10:00", "2027-01-10", 1), "end: 2027-03-06T16:00", "end: 2027-01-11", 1),
		"data/events/c.yaml": strings.Replace(event("timeZone: America/Los_Angeles\n"), "2027-03-06", "2027-01-05", 2),
	}), catalog.Options{})
	diff(t, diags, nil)
	ids := func(list []*catalog.Event) string {
		var out []string
		for _, e := range list {
			out = append(out, e.ID)
		}
		return strings.Join(out, ",")
	}
	today := day("2027-01-11")
	if got := ids(catalog.Upcoming(c.Events, today)); got != "b,a" {
		t.Errorf("upcoming on 11 January = %s: an event of whole days stays upcoming on its last day", got)
	}
	if got := ids(catalog.Archived(c.Events, today)); got != "c" {
		t.Errorf("archive on 11 January = %s", got)
	}
	if got := ids(catalog.Archived(c.Events, day("2027-03-07"))); got != "a,b,c" {
		t.Errorf("archive on 7 March = %s: latest first", got)
	}
}
