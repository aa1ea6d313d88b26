package build

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vitrine-ssg/vitrine/themes"
)

// TestThemesDocExample follows the worked example of docs/themes.md: the
// default programme layout, copied into a site's layouts/ with the
// example's section added after the entry header, builds, and the
// deadlines come first on every programme page that has some.
func TestThemesDocExample(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile("../docs/themes.md")
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(doc), "## Worked example")
	if i < 0 {
		t.Fatal("docs/themes.md has no worked example")
	}
	m := regexp.MustCompile("(?s)```html\n(.*?)```").FindStringSubmatch(string(doc[i:]))
	if m == nil {
		t.Fatal("the worked example has no html block")
	}
	snippet := regexp.MustCompile(`(?m)^ {3}`).ReplaceAllString(m[1], "")
	layout, err := fs.ReadFile(themes.Default(), "layouts/programme.html")
	if err != nil {
		t.Fatal(err)
	}
	const anchor = `{{template "entry-header" .EntryView}}`
	if !strings.Contains(string(layout), anchor) {
		t.Fatalf("the default programme layout has no %s, which the example names", anchor)
	}
	custom := strings.Replace(string(layout), anchor, anchor+"\n"+snippet, 1)
	fsys, _ := siteFS(t, "testdata/sites/catalogue.txtar")
	fsys["layouts/programme.html"] = &fstest.MapFile{Data: []byte(custom)}
	site, err := Memory(context.Background(), Options{Site: fsys, Now: today, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if site.Diags.Err(false) != nil {
		t.Fatalf("the worked example does not build:\n%s", site.Diags)
	}
	found := 0
	for p, o := range site.Outputs {
		body := string(o.Body)
		if !strings.Contains(body, "entry-programme") || !strings.Contains(body, "<dt>") {
			continue
		}
		if j := strings.Index(body, `class="deadlines"`); j >= 0 {
			found++
			if k := strings.Index(body, `class="facts"`); k >= 0 && k < j {
				t.Errorf("%s: the deadlines come after the facts box", p)
			}
			if !strings.Contains(body[j:], "<time datetime=") {
				t.Errorf("%s: the deadlines section has no dates", p)
			}
		}
	}
	if found == 0 {
		t.Error("no programme page shows the example's deadlines section")
	}
}

// TestThemesDocGoMarkup: the templates docs/themes.md gives for the markup
// written in Go (the head's tags, the language switcher, the breadcrumbs),
// put in a site's layouts in place of the default theme's, build the same
// bytes.
func TestThemesDocGoMarkup(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile("../docs/themes.md")
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(doc), "## Markup written in Go")
	j := strings.Index(string(doc), "## Functions")
	if i < 0 || j < i {
		t.Fatal(`docs/themes.md has no section "Markup written in Go" before "Functions"`)
	}
	blocks := regexp.MustCompile("(?s)```\n(.*?)```").FindAllStringSubmatch(string(doc[i:j]), -1)
	if len(blocks) != 7 {
		t.Fatalf("the section has %d code blocks, want 7 (the head, the switcher, the breadcrumbs, a programme's facts, admissions and flyer admissions, a card's key facts)", len(blocks))
	}
	base, err := fs.ReadFile(themes.Default(), "layouts/base.html")
	if err != nil {
		t.Fatal(err)
	}
	const printed = "{{.HeadHTML}}"
	if !strings.Contains(string(base), printed) {
		t.Fatalf("the default base.html does not print %s", printed)
	}
	head := strings.TrimSuffix(blocks[0][1], "\n")
	programme, err := fs.ReadFile(themes.Default(), "layouts/programme.html")
	if err != nil {
		t.Fatal(err)
	}
	// The parts of the programme page written in Go, in the order of the
	// section's code blocks from the fourth.
	programmeParts := []string{"{{.FactsHTML}}", "{{.AdmissionsHTML}}", "{{.FlyerAdmissionsHTML}}"}
	templated := string(programme)
	for i, part := range programmeParts {
		if !strings.Contains(templated, part) {
			t.Fatalf("the default programme.html does not print %s", part)
		}
		block := blocks[3+i][1]
		if strings.Contains(templated, part+"\n") {
			block = strings.TrimSuffix(block, "\n") // the line break is the layout's
		}
		templated = strings.Replace(templated, part, block, 1)
	}
	cards, err := fs.ReadFile(themes.Default(), "layouts/partials/cards.html")
	if err != nil {
		t.Fatal(err)
	}
	const cardMeta = `{{define "card-meta"}}{{.HTML}}{{end}}`
	if !strings.Contains(string(cards), cardMeta) {
		t.Fatalf("the default cards.html does not define %s", cardMeta)
	}
	templatedCards := strings.Replace(string(cards), cardMeta, strings.TrimSuffix(blocks[6][1], "\n"), 1)
	for _, site := range []string{"multilingual", "catalogue"} {
		for _, minify := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/minify=%v", site, minify), func(t *testing.T) {
				fsys, _ := siteFS(t, "testdata/sites/"+site+".txtar")
				// A page with an image, for the head's og:image.
				fsys["content/campus.en.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Campus & \"life\"\ndescription: Where <students> meet + learn\nimage: /images/campus.jpg\nimageAlt: The campus square\n---\nThe campus.\n")}
				fsys["static/images/campus.jpg"] = &fstest.MapFile{Data: gpsPhoto(t, 640, 400)}
				if site == "catalogue" {
					// A programme with every kind of fact: a passed deadline,
					// a coordinator with a logo, an institution written
					// inline, Erasmus Mundus, intakes, no credits.
					fsys["data/institutions/ugent.yaml"] = &fstest.MapFile{Data: []byte("name: {fr: Université de Gand, en: Ghent University}\ncountry: BE\ncity: Gent\nurl: https://www.ugent.be/\nlogo: /logos/ugent.jpg\n")}
					fsys["static/logos/ugent.jpg"] = &fstest.MapFile{Data: gpsPhoto(t, 240, 120)}
					fsys["data/programmes/em-water.yaml"] = &fstest.MapFile{Data: []byte(`title: {fr: Doctorat conjoint « Eau & sociétés », en: "Joint Doctorate in Water & Societies"}
summary: {fr: Un doctorat Erasmus Mundus., en: An Erasmus Mundus doctorate.}
level: phd
duration: P4Y
languages: [en, fr]
fields: ["0532", "0712"]
institutions: [ugent, uliege, {name: Universidad de Cádiz, country: ES}]
degree: joint
mode: part-time
delivery: hybrid
erasmusMundus: true
intake: [9, 2]
deadlines:
  - {audience: non-eea, date: 2026-01-15}
  - {audience: eea, date: 2027-05-01}
`)}
				}
				dir := t.TempDir()
				opts := Options{NoMinify: !minify}
				buildSite(t, fsys, filepath.Join(dir, "go"), opts)
				if minify {
					// The head, switcher and breadcrumbs are written as the
					// minified templates; the facts either way.
					fsys["layouts/base.html"] = &fstest.MapFile{Data: []byte(strings.Replace(string(base), printed, head, 1))}
					fsys["layouts/partials/switcher.html"] = &fstest.MapFile{Data: []byte(blocks[1][1])}
					fsys["layouts/partials/breadcrumbs.html"] = &fstest.MapFile{Data: []byte(blocks[2][1])}
				}
				fsys["layouts/programme.html"] = &fstest.MapFile{Data: []byte(templated)}
				fsys["layouts/partials/cards.html"] = &fstest.MapFile{Data: []byte(templatedCards)}
				rep := buildSite(t, fsys, filepath.Join(dir, "templates"), opts)
				if rep.Failed(false) {
					t.Fatalf("the templates of docs/themes.md do not build:\n%v", diagLines(rep))
				}
				got, want := readTree(t, filepath.Join(dir, "go")), readTree(t, filepath.Join(dir, "templates"))
				var parts []string
				if minify {
					parts = []string{`hreflang="`, "lang-switcher", `class="breadcrumbs`, `<meta name="description"`, `<meta property="og:image"`}
				}
				if site == "catalogue" {
					// A programme's facts, with each kind of line.
					parts = append(parts, "<dt>", `class="passed"`, "(coordinator)", "Erasmus Mundus", `class="logo-inline"`,
						"admission is-open", "admission is-closed", `class="flyer-title"`,
						// A card's key facts: classes, separators, the example badge.
						`<p class="meta"><span class="tag tag-level">`, `<span class="tag tag-em">`, "</span>, <span>", `<span class="badge badge-example">`)
				}
				for _, part := range parts {
					if !strings.Contains(want, part) {
						t.Fatalf("no page of the site has %s to compare", part)
					}
				}
				if got != want {
					t.Errorf("the markup written in Go differs from the templates of docs/themes.md:\n%s", firstDiff(want, got))
				}
			})
		}
	}
}
