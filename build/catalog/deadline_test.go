package catalog

import (
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestDeadlineNext(t *testing.T) {
	tests := []struct {
		name  string
		date  DeadlineDate
		today string
		next  string
		open  bool
	}{
		{"a date ahead", DeadlineDate{Date: day("2027-03-01")}, "2027-02-28", "2027-03-01", true},
		{"open on its own day", DeadlineDate{Date: day("2027-03-01")}, "2027-03-01", "2027-03-01", true},
		{"closed the day after", DeadlineDate{Date: day("2027-03-01")}, "2027-03-02", "2027-03-01", false},
		{"yearly, this year", DeadlineDate{Yearly: true, Month: 3, Day: 1}, "2027-02-28", "2027-03-01", true},
		{"yearly, on the day", DeadlineDate{Yearly: true, Month: 3, Day: 1}, "2027-03-01", "2027-03-01", true},
		{"yearly, next year", DeadlineDate{Yearly: true, Month: 3, Day: 1}, "2027-03-02", "2028-03-01", true},
		{"yearly 29 February in a leap year", DeadlineDate{Yearly: true, Month: 2, Day: 29}, "2028-01-10", "2028-02-29", true},
		{"yearly 29 February in a common year", DeadlineDate{Yearly: true, Month: 2, Day: 29}, "2027-01-10", "2027-02-28", true},
	}
	for _, tt := range tests {
		today := day(tt.today)
		if got := tt.date.Next(today).Format("2006-01-02"); got != tt.next {
			t.Errorf("%s: Next = %s, want %s", tt.name, got, tt.next)
		}
		if got := tt.date.Open(today); got != tt.open {
			t.Errorf("%s: Open = %v, want %v", tt.name, got, tt.open)
		}
	}
}

func TestAdmissions(t *testing.T) {
	p := &Programme{
		Intake: []int{9, 2},
		Deadlines: []Deadline{
			{Audience: "non-eea", Date: DeadlineDate{Date: day("2027-01-15")}},        // early round
			{Audience: "non-eea", Date: DeadlineDate{Yearly: true, Month: 3, Day: 1}}, // main round, every year
			{Audience: "eea", Date: DeadlineDate{Date: day("2026-06-01")}},
		},
	}
	today := day("2026-12-03")
	got := p.Admissions(today)
	if len(got) != 2 || got[0].Audience != "non-eea" || got[1].Audience != "eea" {
		t.Fatalf("Admissions = %+v", got)
	}
	if got[0].Next != &p.Deadlines[0] || got[0].NextDate != day("2027-01-15") || !got[0].NextIntake.IsZero() {
		t.Errorf("non-eea: the early round is next: %+v", got[0])
	}
	if got[1].Next != nil || got[1].NextIntake != day("2027-02-01") {
		t.Errorf("eea: closed, next intake February 2027: %+v", got[1])
	}
	if !p.Open(today) {
		t.Error("Open = false with a deadline ahead")
	}
	// After the early round, the yearly deadline is next.
	got = p.Admissions(day("2027-01-16"))
	if got[0].Next != &p.Deadlines[1] || got[0].NextDate != day("2027-03-01") {
		t.Errorf("non-eea after the early round: %+v", got[0])
	}
	if d, when := p.NextDeadline(day("2027-01-16")); d != &p.Deadlines[1] || when != day("2027-03-01") {
		t.Errorf("NextDeadline = %v, %s", d, when)
	}
	sorted := p.SortedDeadlines(day("2027-01-16"))
	if len(sorted) != 3 || sorted[0] != &p.Deadlines[2] || sorted[1] != &p.Deadlines[0] || sorted[2] != &p.Deadlines[1] {
		t.Errorf("SortedDeadlines: passed ones first by date, then the coming ones: %v", sorted)
	}
	closed := &Programme{Deadlines: []Deadline{{Audience: "all", Date: DeadlineDate{Date: day("2026-01-15")}}}}
	if closed.Open(today) || closed.Admissions(today)[0].NextIntake != (time.Time{}) {
		t.Error("a programme with every deadline passed and no intake is closed, with no next intake")
	}
	if (&Programme{}).Open(today) {
		t.Error("a programme without deadlines is not open for application")
	}
}

func TestAcademicYear(t *testing.T) {
	y := AcademicYear{First: 2026, Last: 2027}
	if y.String() != "2026-2027" || y.End() != day("2027-08-31") {
		t.Errorf("%s ends %s", y, y.End())
	}
	if y.Past(day("2027-08-31")) || !y.Past(day("2027-09-01")) {
		t.Error("an academic year is past from 1 September of its second year")
	}
	c := AcademicYear{First: 2027, Last: 2027}
	if c.String() != "2027" || c.Past(day("2027-12-31")) || !c.Past(day("2028-01-01")) {
		t.Error("a calendar year is past from 1 January of the next")
	}
	if (AcademicYear{}).Past(day("2999-01-01")) {
		t.Error("no year is never past")
	}
}
