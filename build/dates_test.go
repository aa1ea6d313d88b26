package build

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDeadlinesCloseByThemselves builds the same site on three dates: while
// a deadline is ahead, on the day after the first one, and after all of
// them. Nothing in the input changes; the pages, the finder and the build
// summary follow the date.
func TestDeadlinesCloseByThemselves(t *testing.T) {
	t.Parallel()
	fsys, _ := siteFS(t, "testdata/dates/deadlines.txtar")
	page := func(out, p string) string {
		b, err := os.ReadFile(filepath.Join(out, p))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	brussels, _ := time.LoadLocation("Europe/Brussels")

	// 1 March 2027, 23:30 in Brussels: the non-EEA deadline is still open.
	out := t.TempDir()
	rep := buildSite(t, fsys, out, Options{Now: time.Date(2027, 3, 1, 23, 30, 0, 0, brussels), NoMinify: true})
	if len(rep.Diags) != 0 {
		t.Fatalf("diagnostics: %v", diagLines(rep))
	}
	law := page(out, "en/programmes/ma-law/index.html")
	for _, want := range []string{
		`Students from outside the EEA</span>: apply by <time datetime="2027-03-01">1 March 2027</time>`,
		`Students from the EEA</span>: apply by <time datetime="2027-06-15">15 June 2027</time>`,
		`(academic year 2026–2027)`,
	} {
		if !strings.Contains(law, want) {
			t.Errorf("on 1 March, the page lacks %q", want)
		}
	}
	if !strings.Contains(page(out, "en/programmes/index.html"), `tag tag-open`) {
		t.Error("on 1 March, the cards do not say open for application")
	}

	// 2 March 2027, 00:30 in Brussels (23:30 UTC on 1 March): the day
	// counts in the site's time zone, so the non-EEA deadline has passed.
	out = t.TempDir()
	rep = buildSite(t, fsys, out, Options{Now: time.Date(2027, 3, 1, 23, 30, 0, 0, time.UTC), NoMinify: true})
	if len(rep.Diags) != 0 {
		t.Fatalf("diagnostics: %v", diagLines(rep))
	}
	law = page(out, "en/programmes/ma-law/index.html")
	for _, want := range []string{
		`Students from outside the EEA</span>: <strong>Applications closed</strong> · next intake: <time datetime="2027-09">September 2027</time>`,
		`<li class="passed">Students from outside the EEA: <time datetime="2027-03-01">1 March 2027</time> <span class="muted">(passed)</span>`,
		`"applicationDeadline":"2027-06-15"`,
	} {
		if !strings.Contains(law, want) {
			t.Errorf("on 2 March, the page lacks %q", want)
		}
	}
	// The fair is upcoming: on its page, in the list, on the programme's
	// page and in the calendars, at 10:00 in Montreal (15:00 UTC).
	events := page(out, "en/events/index.html")
	if up, _, _ := strings.Cut(events, `id="archive-title"`); !strings.Contains(up, `href="/en/events/fair/"`) {
		t.Error("on 2 March, the fair is not in the upcoming events")
	}
	if !strings.Contains(law, `<a href="/en/events/fair/">Montreal fair</a>`) {
		t.Error("on 2 March, the programme does not list the fair")
	}
	if f := page(out, "en/events/fair/index.html"); !strings.Contains(f, `13 March 2027, 10:00–17:00 (local time, UTC−5)`) || !strings.Contains(f, `"startDate":"2027-03-13T10:00:00-05:00"`) {
		t.Error("the fair's page does not give its local time and JSON-LD startDate")
	}
	for _, cal := range []string{"en/calendar.ics", "en/programmes/ma-law/calendar.ics", "en/events/fair/event.ics"} {
		ics := page(out, cal)
		for _, want := range []string{"UID:event-fair@example.org\r\n", "DTSTART:20270313T150000Z\r\n", "DTEND:20270313T220000Z\r\n", "DTSTAMP:20270302T000000Z\r\n"} {
			if !strings.Contains(ics, want) {
				t.Errorf("%s lacks %q", cal, want)
			}
		}
	}
	ics := strings.ReplaceAll(page(out, "fr/calendar.ics"), "\r\n ", "") // unfolded
	for _, want := range []string{
		"UID:deadline-ma-law-1@example.org\r\nDTSTAMP:20270302T000000Z\r\nDTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270302\r\n",
		"UID:deadline-ma-history-1@example.org\r\nDTSTAMP:20270302T000000Z\r\nDTSTART;VALUE=DATE:20270531\r\nDTEND;VALUE=DATE:20270601\r\nRRULE:FREQ=YEARLY\r\n",
		"SUMMARY;LANGUAGE=fr:Date limite de candidature\u00a0: Master en droit (Étudiants hors EEE)\r\n",
	} {
		if !strings.Contains(ics, want) {
			t.Errorf("fr/calendar.ics lacks %q", want)
		}
	}
	index := page(out, "en/programmes/index.json")
	if !strings.Contains(index, `"id":"ma-law"`) || !strings.Contains(index, `"open":true,"nextDeadline":"2027-06-15"`) {
		t.Errorf("finder index: %s", index)
	}

	// 1 October 2027: every deadline of ma-law has passed, and the fees
	// are for a past academic year. The yearly deadline of ma-history is
	// open again, for 31 May 2028.
	out = t.TempDir()
	rep = buildSite(t, fsys, out, Options{Now: time.Date(2027, 10, 1, 12, 0, 0, 0, time.UTC), NoMinify: true})
	want := []string{
		`data/programmes/ma-law.yaml:11:3: warning: deadlines: every application deadline has passed (the last one was 2027-06-15), so the programme shows "applications closed": add the next round's dates, or write a deadline that comes back every year as --MM-DD`,
		`data/programmes/ma-law.yaml:14:66: warning: tuition[1].year: the amount is for 2026-2027, a year that ended on 2027-08-31: check the fees and give the amount and year that apply now`,
	}
	if got := diagLines(rep); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
	if rep.Failed(false) || !rep.Failed(true) {
		t.Error("a stale catalogue is a warning, and an error under --strict")
	}
	cards := page(out, "fr/formations/index.html")
	if !strings.Contains(cards, `<span class="tag tag-closed">Candidatures clôturées</span>`) || !strings.Contains(cards, `<span class="tag tag-open">Candidatures ouvertes</span>`) {
		t.Error("the French cards do not tell the closed programme from the open one")
	}
	if a, b, _ := strings.Cut(page(out, "en/events/index.html"), `id="archive-title"`); strings.Contains(a, `href="/en/events/fair/"`) || !strings.Contains(b, `href="/en/events/fair/"`) {
		t.Error("in October, the fair is not in the archive")
	}
	if strings.Contains(page(out, "en/programmes/ma-law/index.html"), `/en/events/fair/`) {
		t.Error("in October, the programme still lists the past fair")
	}
	if h := page(out, "en/programmes/ma-history/index.html"); !strings.Contains(h, `apply by <time datetime="2028-05-31">31 May 2028</time>`) {
		t.Error("the yearly deadline does not move to next year")
	}
	strict := t.TempDir()
	rep = buildSite(t, fsys, strict, Options{Now: time.Date(2027, 10, 1, 12, 0, 0, 0, time.UTC), Strict: true})
	if !rep.Failed(true) {
		t.Error("--strict builds a stale catalogue")
	}
	if _, err := os.Stat(filepath.Join(strict, "en")); err == nil {
		t.Error("a build refused under --strict wrote its output")
	}
}

// TestReproducibleBuild builds the showcase twice with the same date, as
// SOURCE_DATE_EPOCH gives it, into two folders: every file is the same.
func TestReproducibleBuild(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the showcase twice")
	}
	site := os.DirFS("..")
	now := time.Unix(1795000000, 0) // 20 November 2026
	a, b := t.TempDir(), t.TempDir()
	for _, out := range []string{a, b} {
		rep := buildSite(t, site, out, Options{Now: now, Strict: true})
		if rep.Failed(true) {
			t.Fatalf("showcase: %v", diagLines(rep))
		}
	}
	files := 0
	err := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil {
			t.Errorf("%s: only in the first build", rel)
			return nil
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds of the same date", rel)
		}
		files++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	_ = filepath.WalkDir(b, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	if n != files || files < 300 {
		t.Errorf("%d files in the first build, %d in the second", files, n)
	}
}
