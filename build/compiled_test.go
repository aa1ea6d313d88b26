package build

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/bench/synth"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/render"
	"github.com/vitrine-ssg/vitrine/build/write"
)

// rendered is every output of one render, and its diagnostics.
type rendered struct {
	outs  map[string]string
	diags string
	r     *render.Renderer
}

// renderWith renders the site fsys into memory as Build does, with the
// compiled templates or with html/template alone.
func renderWith(t *testing.T, fsys fs.FS, minify, interpret bool) rendered {
	t.Helper()
	diags := &diag.List{}
	l, err := Load(context.Background(), Options{Site: fsys, Now: today}, diags)
	if err != nil {
		t.Fatal(err)
	}
	if l == nil {
		return rendered{diags: diags.String()}
	}
	var min *write.Minifier
	if minify {
		min = write.NewMinifier()
	}
	_, paths, err := Assets(l.Theme, min)
	if err != nil {
		t.Fatal(err)
	}
	brand, err := render.BrandCSS(l.Config)
	if err != nil {
		t.Fatal(err)
	}
	paths["brand.css"] = write.Fingerprint("assets/brand.css", brand)
	opts := render.Options{
		Theme: render.Theme{FS: l.Theme, Name: l.Theme.Name}, Strings: l.Strings, Markdown: l.Markdown,
		Assets: paths, Now: today, Version: "test", Interpret: interpret,
	}
	if min != nil {
		opts.Minify = min
	}
	r, err := render.New(l.Site, opts, diags)
	if err != nil {
		t.Fatal(err)
	}
	got := rendered{outs: map[string]string{}, r: r}
	for _, o := range renderAll(r) {
		got.outs[o.Path] = string(o.Body)
	}
	reportStrings(l.Strings, diags)
	got.diags = diags.String()
	return got
}

// TestCompiledMatchesInterpreted renders sites with the compiled templates
// and with html/template alone, and compares every output and diagnostic:
// the showcase site, the golden sites (errors included) and a synthetic
// catalogue, minified and not.
func TestCompiledMatchesInterpreted(t *testing.T) {
	sites := map[string]fs.FS{"showcase": os.DirFS("..")}
	files, _ := filepath.Glob("testdata/sites/*.txtar")
	for _, f := range files {
		fsys, _ := siteFS(t, f)
		sites[strings.TrimSuffix(filepath.Base(f), ".txtar")] = fsys
	}
	dir := t.TempDir()
	if err := synth.Vitrine(synth.Options{N: 40}).Write(dir); err != nil {
		t.Fatal(err)
	}
	sites["synthetic"] = os.DirFS(dir)
	// Sites written for the default theme must not leave a page to
	// html/template: that would render it twice.
	clean := map[string]bool{"showcase": true, "synthetic": true, "catalogue": true, "multilingual": true}

	names := make([]string, 0, len(sites))
	for n := range sites {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, minify := range []bool{false, true} {
			label := name
			if minify {
				label += "/minified"
			}
			t.Run(label, func(t *testing.T) {
				compiled := renderWith(t, sites[name], minify, false)
				interpreted := renderWith(t, sites[name], minify, true)
				if compiled.diags != interpreted.diags {
					t.Errorf("diagnostics differ:\ncompiled:\n%s\ninterpreted:\n%s", compiled.diags, interpreted.diags)
				}
				if len(compiled.outs) != len(interpreted.outs) {
					t.Errorf("%d outputs compiled, %d interpreted", len(compiled.outs), len(interpreted.outs))
				}
				differ := 0
				for p, want := range interpreted.outs {
					got, ok := compiled.outs[p]
					if !ok {
						t.Errorf("%s: not rendered by the compiled templates", p)
						continue
					}
					if got != want {
						differ++
						if differ <= 3 {
							t.Errorf("%s differs:\n%s", p, firstDifference(got, want))
						}
					}
				}
				if differ > 3 {
					t.Errorf("and %d more outputs differ", differ-3)
				}
				if compiled.r == nil || !clean[name] {
					return
				}
				if n := compiled.r.Interpreted(); n > 0 {
					t.Errorf("%d pages left to html/template", n)
				}
				for _, layout := range []string{"home", "page", "section", "list", "programme", "programmes", "institution", "network", "chair", "alumni-office", "alias", "404", "chooser"} {
					if !compiled.r.Compiled("en", layout) && !compiled.r.Compiled("fr", layout) {
						t.Errorf("layout %s is not compiled", layout)
					}
				}
			})
		}
	}
}

// firstDifference shows where two texts part, with some context.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return "compiled:    …" + got[from:min(len(got), i+80)] + "…\ninterpreted: …" + want[from:min(len(want), i+80)] + "…"
}
