package serve

import (
	"context"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/search"
)

// newSession starts a session on the test site (see site), with a second
// institution, Y, and the extra files given.
func newSession(t *testing.T, opts build.Options, extra map[string]string) (string, *Session) {
	t.Helper()
	dir := site(t)
	write(t, dir, "data/institutions/y.yaml", "name: Y University\ncountry: BE\ncity: Ghent\nurl: https://y.example/\n")
	for name, body := range extra {
		write(t, dir, name, body)
	}
	opts.Site, opts.Version, opts.NoMinify = os.DirFS(dir), "test", true
	s, err := NewSession(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if d := s.Diags(); len(d) > 0 {
		t.Fatalf("the test site has problems: %v", d)
	}
	return dir, s
}

// update saves a file and applies the edit, which must keep the site's shape.
func update(t *testing.T, dir string, s *Session, name, body string) []string {
	t.Helper()
	write(t, dir, name, body)
	ch, err := s.Update(context.Background(), []string{name})
	if err != nil {
		t.Fatal(err)
	}
	if ch.Full {
		t.Fatalf("editing %s rebuilt everything", name)
	}
	return ch.Paths
}

// served returns an output as the server serves it: rendered again first
// when the last update left it pending.
func served(s *Session, p string) string {
	if s.Pending(p) {
		s.Resolve(p)
	}
	return string(s.Outputs[p].Body)
}

// expect checks which outputs an update reported as changed.
func expect(t *testing.T, changed, want, not []string) {
	t.Helper()
	for _, p := range want {
		if !slices.Contains(changed, p) {
			t.Errorf("%s is not rendered again; changed: %q", p, changed)
		}
	}
	for _, p := range not {
		if slices.Contains(changed, p) {
			t.Errorf("%s is rendered again, but shows nothing of the edit", p)
		}
	}
}

func TestSessionInstitutionEdit(t *testing.T) {
	dir, s := newSession(t, build.Options{}, nil)
	// Only the city changes, not the name or the URL: the model tells which
	// pages show the institution.
	changed := update(t, dir, s, "data/institutions/x.yaml", "name: X University\ncountry: BE\ncity: Namur\nurl: https://x.example/\n")
	expect(t, changed, []string{
		"en/institutions/x/index.html", "fr/etablissements/x/index.html", // its pages
		"en/institutions/index.html", "fr/etablissements/index.html", // the lists show its city
		"en/programmes/index.html", "fr/formations/index.html", // the finder's facets too
		"en/programmes/ma/index.html", "fr/formations/ma/index.html", // the programme names it
	}, []string{"en/institutions/y/index.html", "en/index.html", "en/about/index.html"})
	if body := served(s, "en/programmes/index.html"); !strings.Contains(body, "Namur") {
		t.Error("the programme finder does not offer the institution's new city")
	}
}

func TestSessionProgrammeMoves(t *testing.T) {
	dir, s := newSession(t, build.Options{}, nil)
	if body := served(s, "en/institutions/x/index.html"); !strings.Contains(body, "Master of Tests") {
		t.Fatal("the institution does not list its programme")
	}
	// The programme moves from X to Y under the same title: X must stop
	// listing it, and Y start.
	ma := readFile(t, dir, "data/programmes/ma.yaml")
	changed := update(t, dir, s, "data/programmes/ma.yaml", strings.Replace(ma, "institutions: [x]", "institutions: [y]", 1))
	expect(t, changed, []string{
		"en/programmes/ma/index.html", "en/programmes/index.html", "en/index.html",
		"en/institutions/x/index.html", "en/institutions/y/index.html",
	}, []string{"en/about/index.html"})
	if body := served(s, "en/institutions/x/index.html"); strings.Contains(body, "Master of Tests") {
		t.Error("the programme's former institution still lists it")
	}
	if body := served(s, "en/institutions/y/index.html"); !strings.Contains(body, "Master of Tests") {
		t.Error("the programme's new institution does not list it")
	}
}

func TestSessionOwnLayouts(t *testing.T) {
	footer, err := os.ReadFile("../../themes/default/layouts/partials/footer.html")
	if err != nil {
		t.Fatal(err)
	}
	// A layout of the site's own may show anything of any page: every page
	// is rendered again after an edit.
	dir, s := newSession(t, build.Options{}, map[string]string{"layouts/partials/footer.html": string(footer) + "\n"})
	ma := readFile(t, dir, "data/programmes/ma.yaml")
	changed := update(t, dir, s, "data/programmes/ma.yaml", strings.Replace(ma, "Original summary.", "Edited summary.", 1))
	expect(t, changed, []string{"en/programmes/ma/index.html", "en/about/index.html", "fr/a-propos/index.html", "en/institutions/y/index.html"}, nil)
}

func TestSessionLangs(t *testing.T) {
	dir, s := newSession(t, build.Options{Langs: []string{"en"}}, nil)
	for p := range s.Outputs {
		if strings.HasPrefix(p, "fr/") {
			t.Fatalf("%s is rendered, but only English was asked for", p)
		}
	}
	ma := readFile(t, dir, "data/programmes/ma.yaml")
	for _, p := range update(t, dir, s, "data/programmes/ma.yaml", strings.Replace(ma, "Original summary.", "Edited summary.", 1)) {
		if strings.HasPrefix(p, "fr/") {
			t.Errorf("%s is rendered again, but only English was asked for", p)
		}
	}
}

// TestSessionMatchesBuild edits a programme and asks the session for every
// file a build of the edited site writes: each must come out the same, the
// whole-site files too (sitemaps, feeds, calendars, the search index, whose
// chunks change names), and nothing a build does not write may be left.
func TestSessionMatchesBuild(t *testing.T) {
	dir, s := newSession(t, build.Options{}, nil)
	ma := readFile(t, dir, "data/programmes/ma.yaml")
	ma = strings.Replace(ma, "Original summary.", "Summary about glaciology.", 1) + "deadlines:\n  - {date: 2031-03-01, audience: all}\n"
	update(t, dir, s, "data/programmes/ma.yaml", ma)
	searchFiles := 0
	m, err := build.Memory(context.Background(), build.Options{Site: os.DirFS(dir), Version: "test", NoMinify: true})
	if err != nil {
		t.Fatal(err)
	}
	for p, o := range m.Outputs {
		if strings.HasSuffix(p, ".html") || strings.HasPrefix(p, "assets/") {
			continue // pages: the other tests; assets: served by their plain names
		}
		if search.IsChunk(path.Base(p)) {
			searchFiles++
		}
		if got := served(s, p); got != string(o.Body) {
			t.Errorf("%s: the session serves %d bytes that differ from the build's %d", p, len(got), len(o.Body))
		}
	}
	for p := range s.Outputs {
		if _, ok := m.Outputs[p]; !ok && !s.Pending(p) && search.IsChunk(path.Base(p)) {
			t.Errorf("%s: an old search file is still served", p)
		}
	}
	if searchFiles < 4 {
		t.Errorf("the build wrote %d search chunks; want words and pages in two languages", searchFiles)
	}
	if !strings.Contains(served(s, "en/programmes/ma/calendar.ics"), "DTSTART;VALUE=DATE:20310301") {
		t.Error("the programme's calendar does not have its new deadline")
	}
}
