package catalog

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/schema"
	"gopkg.in/yaml.v3"
)

// DeadlineDate is the date of an application deadline: a calendar date
// ("2027-03-01"), closed once that day is over, or a day of the year written
// without its year as ISO 8601 allows ("--03-01": 1 March of every year),
// which comes back every year and so never closes.
type DeadlineDate struct {
	// Date is the calendar date; zero for a yearly deadline.
	Date time.Time
	// Yearly is true for a day of the year ("--03-01"); Month and Day say
	// which.
	Yearly bool
	Month  time.Month
	Day    int
}

// DecodeYAML accepts "2006-01-02" and "--01-02".
func (t *DeadlineDate) DecodeYAML(d *schema.Decoder, n *yaml.Node) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.Errorf(n, "expected a date like 2027-03-01, or --03-01 for 1 March of every year, found %s", schema.Describe(n))
		return
	}
	s := n.Value
	if len(s) == 7 && s[:2] == "--" && s[4] == '-' {
		m, err1 := strconv.Atoi(s[2:4])
		day, err2 := strconv.Atoi(s[5:7])
		// 2028 is a leap year: --02-29 is a valid day of the year.
		if err1 == nil && err2 == nil && m >= 1 && m <= 12 && day >= 1 && time.Date(2028, time.Month(m), day, 0, 0, 0, 0, time.UTC).Day() == day {
			*t = DeadlineDate{Yearly: true, Month: time.Month(m), Day: day}
			return
		}
		d.Errorf(n, "%q is not a day of the year: write it as --MM-DD, like --03-01 for 1 March", s)
		return
	}
	v, err := time.Parse("2006-01-02", s)
	if err != nil {
		d.Errorf(n, "%q is not a date: write it as YYYY-MM-DD (2027-03-01), or --MM-DD (--03-01) for a deadline that comes back every year", s)
		return
	}
	*t = DeadlineDate{Date: v}
}

// IsZero reports whether no date was given.
func (t DeadlineDate) IsZero() bool { return !t.Yearly && t.Date.IsZero() }

// MarshalJSON writes the date as written in YAML, for the open data.
func (t DeadlineDate) MarshalJSON() ([]byte, error) { return json.Marshal(t.String()) }

// String returns the date as written: "2027-03-01" or "--03-01".
func (t DeadlineDate) String() string {
	switch {
	case t.Yearly:
		return fmt.Sprintf("--%02d-%02d", int(t.Month), t.Day)
	case t.Date.IsZero():
		return ""
	}
	return t.Date.Format("2006-01-02")
}

// Next returns the deadline's date on or after today (a date at midnight
// UTC, as config.Config.Today gives it): the date itself for a calendar
// date, which may be before today, and this year's or next year's
// occurrence for a yearly deadline. A yearly 29 February falls on 28
// February in the years that have none.
func (t DeadlineDate) Next(today time.Time) time.Time {
	if !t.Yearly {
		return t.Date
	}
	for y := today.Year(); ; y++ {
		d := time.Date(y, t.Month, t.Day, 0, 0, 0, 0, time.UTC)
		if d.Month() != t.Month { // 29 February of a common year
			d = time.Date(y, t.Month+1, 0, 0, 0, 0, 0, time.UTC)
		}
		if !d.Before(today) {
			return d
		}
	}
}

// Open reports whether applications are still accepted on today: a
// deadline closes at the end of its day, in the site's time zone.
func (t DeadlineDate) Open(today time.Time) bool {
	return !t.Next(today).Before(today)
}

// AudienceStatus is where applications stand for one audience of a
// programme on a given day.
type AudienceStatus struct {
	// Audience is eea, non-eea or all.
	Audience string
	// Next is the earliest deadline still open, nil when every deadline of
	// the audience has passed; NextDate its date (for a yearly one, the
	// coming occurrence).
	Next     *Deadline
	NextDate time.Time
	// NextIntake is the first day of the next month of intake after today
	// when applications are closed and the programme gives its intake
	// months; zero otherwise.
	NextIntake time.Time
}

// Admissions returns, per audience in the order the deadlines first name
// them, the next open deadline or, when all have passed, the next intake.
func (p *Programme) Admissions(today time.Time) []AudienceStatus {
	var out []AudienceStatus
	index := map[string]int{}
	for i := range p.Deadlines {
		dl := &p.Deadlines[i]
		if dl.Date.IsZero() {
			continue
		}
		j, ok := index[dl.Audience]
		if !ok {
			j = len(out)
			index[dl.Audience] = j
			out = append(out, AudienceStatus{Audience: dl.Audience})
		}
		if !dl.Date.Open(today) {
			continue
		}
		if d := dl.Date.Next(today); out[j].Next == nil || d.Before(out[j].NextDate) {
			out[j].Next, out[j].NextDate = dl, d
		}
	}
	for i := range out {
		if out[i].Next == nil {
			out[i].NextIntake = p.NextIntake(today)
		}
	}
	return out
}

// Open reports whether at least one deadline of the programme is open on
// today. A programme without deadlines is not open for application.
func (p *Programme) Open(today time.Time) bool {
	return slices.ContainsFunc(p.Deadlines, func(dl Deadline) bool { return !dl.Date.IsZero() && dl.Date.Open(today) })
}

// NextDeadline returns the earliest open deadline of the programme and its
// date, or nil.
func (p *Programme) NextDeadline(today time.Time) (*Deadline, time.Time) {
	var best *Deadline
	var when time.Time
	for i := range p.Deadlines {
		dl := &p.Deadlines[i]
		if dl.Date.IsZero() || !dl.Date.Open(today) {
			continue
		}
		if d := dl.Date.Next(today); best == nil || d.Before(when) {
			best, when = dl, d
		}
	}
	return best, when
}

// NextIntake returns the first day of the first intake month that starts
// after today, or the zero time when the programme gives no intake.
func (p *Programme) NextIntake(today time.Time) time.Time {
	var best time.Time
	for _, m := range p.Intake {
		if m < 1 || m > 12 {
			continue
		}
		d := time.Date(today.Year(), time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		if !d.After(today) {
			d = d.AddDate(1, 0, 0)
		}
		if best.IsZero() || d.Before(best) {
			best = d
		}
	}
	return best
}

// SortedDeadlines returns the programme's deadlines ordered by their date on
// or after today (yearly ones at their coming occurrence), then by audience.
func (p *Programme) SortedDeadlines(today time.Time) []*Deadline {
	out := make([]*Deadline, 0, len(p.Deadlines))
	for i := range p.Deadlines {
		if !p.Deadlines[i].Date.IsZero() {
			out = append(out, &p.Deadlines[i])
		}
	}
	slices.SortStableFunc(out, func(a, b *Deadline) int {
		return cmp.Or(a.Date.Next(today).Compare(b.Date.Next(today)), strings.Compare(a.Audience, b.Audience))
	})
	return out
}

// AcademicYear is the year a fee applies to: an academic year ("2026-2027")
// or a calendar year ("2027").
type AcademicYear struct {
	First, Last int // equal for a calendar year
}

// DecodeYAML accepts "2026-2027", "2026/2027" and 2027.
func (y *AcademicYear) DecodeYAML(d *schema.Decoder, n *yaml.Node) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.Errorf(n, "expected an academic year like 2026-2027, found %s", schema.Describe(n))
		return
	}
	s := n.Value
	bad := func() {
		d.Errorf(n, "%q is not an academic year: write it like 2026-2027 (or 2027 for a calendar year)", s)
	}
	switch {
	case len(s) == 4:
		v, err := strconv.Atoi(s)
		if err != nil || v < 1000 {
			bad()
			return
		}
		*y = AcademicYear{First: v, Last: v}
	case len(s) == 9 && (s[4] == '-' || s[4] == '/'):
		a, err1 := strconv.Atoi(s[:4])
		b, err2 := strconv.Atoi(s[5:])
		if err1 != nil || err2 != nil || a < 1000 {
			bad()
			return
		}
		if b != a+1 {
			d.Errorf(n, "%q: an academic year spans two years that follow each other, like 2026-2027", s)
			return
		}
		*y = AcademicYear{First: a, Last: b}
	default:
		bad()
	}
}

// IsZero reports whether no year was given.
func (y AcademicYear) IsZero() bool { return y.First == 0 }

// MarshalJSON writes the year as "2026-2027", for the open data.
func (y AcademicYear) MarshalJSON() ([]byte, error) { return json.Marshal(y.String()) }

// String returns "2026-2027", "2027" or "".
func (y AcademicYear) String() string {
	switch {
	case y.First == 0:
		return ""
	case y.First == y.Last:
		return strconv.Itoa(y.First)
	}
	return fmt.Sprintf("%d-%d", y.First, y.Last)
}

// End returns the last day of the year: 31 August of its second year for
// an academic year (the academic year of the European Higher Education Area
// starts in September), 31 December for a calendar year.
func (y AcademicYear) End() time.Time {
	if y.First == y.Last {
		return time.Date(y.Last, time.December, 31, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y.Last, time.August, 31, 0, 0, 0, 0, time.UTC)
}

// Past reports whether the year ended before today.
func (y AcademicYear) Past(today time.Time) bool {
	return !y.IsZero() && y.End().Before(today)
}
