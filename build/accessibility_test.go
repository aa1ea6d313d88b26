package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestAccessibilityStatementAges builds a site whose statement was last
// reviewed on 2 November 2026: on the anniversary it is still current, the
// day after it is a warning at the date in site.yaml, and --strict makes
// that warning fail the build without touching the output.
func TestAccessibilityStatementAges(t *testing.T) {
	t.Parallel()
	fsys, _ := siteFS(t, "testdata/sites/accessibility.txtar")
	brussels, _ := time.LoadLocation("Europe/Brussels")

	rep := buildSite(t, fsys, t.TempDir(), Options{Now: time.Date(2027, 11, 2, 23, 0, 0, 0, brussels), NoMinify: true})
	if len(rep.Diags) != 0 {
		t.Fatalf("a year to the day after the review: %v", diagLines(rep))
	}

	want := []string{`site.yaml:24:13: warning: accessibility.reviewed: the accessibility statement was last reviewed on 2026-11-02, more than a year before today (2027-11-03): check the site against it again, update status and limitations, then write the date of that review as reviewed: 2027-11-03`}
	// 23:30 UTC on 2 November is already 3 November in Brussels: today is
	// the site's.
	rep = buildSite(t, fsys, t.TempDir(), Options{Now: time.Date(2027, 11, 2, 23, 30, 0, 0, time.UTC), NoMinify: true})
	if got := diagLines(rep); !slices.Equal(got, want) {
		t.Fatalf("the day after:\n got %v\nwant %v", got, want)
	}
	if rep.Failed(false) {
		t.Error("a stale statement failed a build without --strict")
	}

	out := filepath.Join(t.TempDir(), "public")
	rep = buildSite(t, fsys, out, Options{Now: time.Date(2028, 1, 1, 12, 0, 0, 0, time.UTC), NoMinify: true, Strict: true})
	if !rep.Failed(true) || len(rep.Diags) != 1 || !strings.Contains(rep.Diags[0].Msg, "last reviewed on 2026-11-02") {
		t.Fatalf("--strict: %v", diagLines(rep))
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a build that failed under --strict wrote its output")
	}

	// Without reviewed, the statement is as old as prepared, and the
	// warning stands there.
	noReview := cloneFS(fsys)
	noReview["site.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(string(fsys["site.yaml"].Data), "  reviewed: 2026-11-02\n", "", 1))}
	rep = buildSite(t, noReview, t.TempDir(), Options{Now: time.Date(2027, 1, 16, 12, 0, 0, 0, time.UTC), NoMinify: true})
	if got := diagLines(rep); len(got) != 1 || !strings.HasPrefix(got[0], "site.yaml:23:13: warning: accessibility.prepared: the accessibility statement was last reviewed on 2026-01-15") {
		t.Errorf("without reviewed: %v", got)
	}
}

// TestAccessibilityContactPrivacy checks that the statement's contact
// address goes through the privacy rule like every address of site.yaml.
func TestAccessibilityContactPrivacy(t *testing.T) {
	t.Parallel()
	fsys, _ := siteFS(t, "testdata/sites/accessibility.txtar")
	fsys["site.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(string(fsys["site.yaml"].Data), "accessibility@example.org", "marie.dupont@example.org", 1))}
	rep := buildSite(t, fsys, t.TempDir(), Options{NoMinify: true})
	got := diagLines(rep)
	if len(got) != 1 || !strings.HasPrefix(got[0], `site.yaml:28:12: error: "marie.dupont@example.org" looks like a person's e-mail address`) {
		t.Errorf("diagnostics: %v", got)
	}
}

// TestNoStatementNote checks that a site without an accessibility section
// gets a note, not a warning (it builds under --strict), and that a site
// with one gets none.
func TestNoStatementNote(t *testing.T) {
	t.Parallel()
	fsys, _ := siteFS(t, "testdata/sites/accessibility.txtar")
	rep := buildSite(t, fsys, t.TempDir(), Options{NoMinify: true, Strict: true})
	if slices.Contains(rep.Notes, NoStatementNote) || rep.Failed(true) {
		t.Errorf("with a statement: notes %v, diagnostics %v", rep.Notes, diagLines(rep))
	}
	src := string(fsys["site.yaml"].Data)
	fsys["site.yaml"] = &fstest.MapFile{Data: []byte(src[:strings.Index(src, "accessibility:")])}
	out := t.TempDir()
	rep = buildSite(t, fsys, out, Options{NoMinify: true, Strict: true})
	if rep.Failed(true) {
		t.Fatalf("without a statement, --strict failed: %v", diagLines(rep))
	}
	if !slices.Contains(rep.Notes, NoStatementNote) {
		t.Errorf("notes = %v", rep.Notes)
	}
	if _, err := os.Stat(filepath.Join(out, "en", "accessibility", "index.html")); err == nil {
		t.Error("a site without the section has a statement page")
	}
	home, _ := os.ReadFile(filepath.Join(out, "en", "index.html"))
	if strings.Contains(string(home), "Accessibility statement") {
		t.Error("the footer links to a statement the site does not have")
	}
}

func cloneFS(fsys fstest.MapFS) fstest.MapFS {
	out := fstest.MapFS{}
	for k, v := range fsys {
		out[k] = v
	}
	return out
}
