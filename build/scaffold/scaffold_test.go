package scaffold_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/scaffold"
)

// TestBlankBuilds writes blank sites and builds them strictly, with and
// without drafts: a new site has no error and no warning, and its examples
// are valid entries once published.
func TestBlankBuilds(t *testing.T) {
	for i, langs := range [][]string{nil, {"fr", "en"}, {"nl"}, {"es", "de"}} {
		t.Run(strings.Join(langs, ","), func(t *testing.T) {
			if i > 0 && testing.Short() {
				t.Skip("the five languages are built; subsets are left to the full run")
			}
			dir := filepath.Join(t.TempDir(), "site")
			files, err := scaffold.Blank(dir, langs, time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			want := langs
			if want == nil {
				want = scaffold.Languages
			}
			for _, l := range want {
				for _, f := range []string{"content/_index." + l + ".md", "content/about." + l + ".md"} {
					if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
						t.Errorf("no %s", f)
					}
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "data", "figures.yaml")); err == nil {
				t.Error("a blank site has no key figures")
			}
			for _, f := range []string{"docs/schemas/programme.json", ".vscode/settings.json", ".gitignore"} {
				if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
					t.Errorf("no %s among %v", f, files)
				}
			}
			for _, drafts := range []bool{false, true} {
				out := filepath.Join(t.TempDir(), "public")
				rep, err := build.Build(context.Background(), build.Options{
					Site: os.DirFS(dir), Out: out, Drafts: drafts, Strict: true,
					Now: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC),
				})
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range rep.Diags {
					t.Errorf("drafts=%v: %s", drafts, d.Error())
				}
				pages := 0
				for _, n := range rep.Pages {
					pages += n
				}
				// The home, the page and the 404 in each language; with
				// drafts, a list and an entry per kind too.
				if min := 2 * len(want); pages < min || (drafts && pages < 12*len(want)) {
					t.Errorf("drafts=%v: %d pages", drafts, pages)
				}
				// The accessibility statement, dated the day the site was
				// made, in every language, linked from the home page.
				slugs := map[string]string{"fr": "accessibilite", "nl": "toegankelijkheid", "en": "accessibility", "de": "barrierefreiheit", "es": "accesibilidad"}
				for _, l := range want {
					p, err := os.ReadFile(filepath.Join(out, l, slugs[l], "index.html"))
					if err != nil || !strings.Contains(string(p), "EN 301 549") || !strings.Contains(string(p), "2026") {
						t.Errorf("drafts=%v: no accessibility statement in %s (%v)", drafts, l, err)
					}
					home, _ := os.ReadFile(filepath.Join(out, l, "index.html"))
					if !strings.Contains(string(home), "/"+l+"/"+slugs[l]+"/") {
						t.Errorf("drafts=%v: the %s home page does not link to the statement", drafts, l)
					}
				}
				if slices.Contains(rep.Notes, build.NoStatementNote) {
					t.Errorf("drafts=%v: a new site has no accessibility statement: %v", drafts, rep.Notes)
				}
			}
		})
	}
}

func TestBlankRefuses(t *testing.T) {
	for _, tt := range []struct {
		langs []string
		want  string
	}{
		{[]string{"it"}, "--lang it: vitrine writes new sites in fr, nl, en, de, es"},
		{[]string{"fr", "fr"}, "--lang: fr is given twice"},
	} {
		_, err := scaffold.Blank(filepath.Join(t.TempDir(), "x"), tt.langs, time.Time{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Blank(%v) = %v, want %q", tt.langs, err, tt.want)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := scaffold.Blank(dir, nil, time.Time{}); err == nil || !strings.Contains(err.Error(), "is not empty") {
		t.Errorf("Blank in a folder with a file: %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "notes.txt")); string(got) != "mine" {
		t.Error("the folder's file was changed")
	}
}
