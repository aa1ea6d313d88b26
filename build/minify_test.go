package build

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vitrine-ssg/vitrine/bench/synth"
	"github.com/vitrine-ssg/vitrine/build/write"
)

// TestSourceMinification checks that minifying the templates once and the
// Markdown fragments as they come (what a build does) gives pages that the
// page minifier would not change: for every HTML page of the showcase site,
// of a synthetic catalogue and of the golden sites, minifying the page built
// from minified templates gives the same bytes as minifying the page built
// without any minification.
func TestSourceMinification(t *testing.T) {
	t.Parallel()
	sites := map[string]fs.FS{}
	// The showcase (its images encoded afresh, about 9 s) is left to the
	// full run: go test -short checks the synthetic and golden sites.
	if !testing.Short() {
		sites["showcase"] = os.DirFS("..")
	}
	dir := t.TempDir()
	if err := synth.Vitrine(synth.Options{N: 40}).Write(filepath.Join(dir, "synth")); err != nil {
		t.Fatal(err)
	}
	sites["synthetic"] = os.DirFS(filepath.Join(dir, "synth"))
	goldens, _ := filepath.Glob("testdata/sites/*.txtar")
	for _, g := range goldens {
		fsys, expect := siteFS(t, g)
		if len(expect) > 0 {
			continue // sites with errors build nothing
		}
		sites[strings.TrimSuffix(filepath.Base(g), ".txtar")] = fsys
	}
	mf := write.NewMinifier()
	// Fingerprints differ between minified and plain assets.
	fingerprint := regexp.MustCompile(`\.[0-9a-f]{8}\.(css|js)\b`)
	for name, site := range sites {
		t.Run(name, func(t *testing.T) {
			plain := filepath.Join(t.TempDir(), "plain")
			minified := filepath.Join(t.TempDir(), "minified")
			if rep := buildSite(t, site, plain, Options{NoMinify: true}); rep.Failed(false) {
				t.Fatalf("plain build: %v", rep.Diags)
			}
			if rep := buildSite(t, site, minified, Options{}); rep.Failed(false) {
				t.Fatalf("minified build: %v", rep.Diags)
			}
			pages := 0
			err := filepath.WalkDir(plain, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
					return err
				}
				rel, _ := filepath.Rel(plain, p)
				raw, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				built, err := os.ReadFile(filepath.Join(minified, rel))
				if err != nil {
					return err
				}
				want, err := mf.Bytes("text/html", fingerprint.ReplaceAll(raw, []byte(".$1")))
				if err != nil {
					return err
				}
				got, err := mf.Bytes("text/html", fingerprint.ReplaceAll(built, []byte(".$1")))
				if err != nil {
					return err
				}
				if !bytes.Equal(want, got) {
					i := 0
					for i < len(want) && i < len(got) && want[i] == got[i] {
						i++
					}
					from := max(i-80, 0)
					t.Errorf("%s: the page differs once minified, at byte %d:\n  whole page minified: %q\n  from minified sources: %q",
						rel, i, want[from:min(i+80, len(want))], got[from:min(i+80, len(got))])
				}
				if len(built) > len(raw) {
					t.Errorf("%s: %d bytes from minified sources, more than the %d of the plain page", rel, len(built), len(raw))
				}
				pages++
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if pages == 0 {
				t.Fatal("no HTML page was built")
			}
		})
	}
}

// TestMinifiedTemplateErrorPositions checks that an error found when a
// minified template runs is reported where it is in the source as written.
func TestMinifiedTemplateErrorPositions(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{
		"site.yaml":            {Data: []byte("title: Test\nlanguages:\n  - {code: en, label: English, locale: en-GB}\n")},
		"layouts/page.html":    {Data: []byte("{{define \"main\"}}\n<article>\n    <h1>{{.Title}}</h1>\n\n    <p>\n      {{.Title}}  {{.Nope}}\n    </p>\n</article>\n{{end}}\n")},
		"content/_index.en.md": {Data: []byte("---\ntitle: Home\n---\n")},
		"content/about.en.md":  {Data: []byte("---\ntitle: About\n---\n")},
	}
	want := "layouts/page.html:6:20: error: template: executing \"main\" at <.Nope>: can't evaluate field Nope in type *render.ArticleView"
	for _, noMinify := range []bool{true, false} {
		rep := buildSite(t, site, filepath.Join(t.TempDir(), "public"), Options{NoMinify: noMinify})
		got := diagLines(rep)
		if len(got) != 1 || got[0] != want {
			t.Errorf("minify %v: got %q, want %q", !noMinify, got, want)
		}
	}
}
