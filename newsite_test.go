package vitrine_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine"
	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/scaffold"
)

// TestNewSiteBuildsTheSamePages writes a new site with vitrine new site and
// builds it beside the repository's own showcase: the two must have the
// same outputs, byte for byte. A file the embedding leaves out (content/
// _index.fr.md is the home page's text) changes or removes pages.
func TestNewSiteBuildsTheSamePages(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the showcase twice (about 15 s): runs without -short, as in CI")
	}
	dir := t.TempDir()
	if _, err := scaffold.Site(vitrine.Showcase, dir); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	ctx := context.Background()
	// The editor's script (admin/vendor/, 5 MB, committed here) is not
	// embedded: a new site fetches it with admin/update.sh.
	want, err := build.Memory(ctx, build.Options{Site: withoutVendor{os.DirFS(".")}, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	got, err := build.Memory(ctx, build.Options{Site: os.DirFS(dir), Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(want.Outputs); n < 300 {
		t.Fatalf("the showcase has %d outputs: expected a whole site", n)
	}
	for _, d := range got.Diags.Sorted() {
		t.Errorf("new site: %s", d.Error())
	}
	for p, o := range want.Outputs {
		g, ok := got.Outputs[p]
		switch {
		case !ok:
			t.Errorf("the new site has no %s", p)
		case !bytes.Equal(g.Body, o.Body):
			t.Errorf("%s differs in the new site", p)
		}
	}
	for p := range got.Outputs {
		if _, ok := want.Outputs[p]; !ok {
			t.Errorf("the new site has %s, the showcase has not", p)
		}
	}
}

// TestNewSiteHasEveryShowcaseFile checks that the new site holds every file
// of the repository's site folders, whatever its name.
func TestNewSiteHasEveryShowcaseFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := scaffold.Site(vitrine.Showcase, dir); err != nil {
		t.Fatal(err)
	}
	for _, root := range []string{"site.yaml", "content", "data", "i18n", "static", "admin/update.sh"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			want, _ := os.ReadFile(p)
			got, err := os.ReadFile(filepath.Join(dir, p))
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("the new site's %s is missing or differs", p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestNewSiteSchemasResolve checks that every "$schema=" comment of the new
// site's YAML files names a schema the new site has, and that
// .vscode/settings.json names them too.
func TestNewSiteSchemasResolve(t *testing.T) {
	dir := t.TempDir()
	if _, err := scaffold.Site(vitrine.Showcase, dir); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`\$schema=(\S+)`)
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
			return err
		}
		src, _ := os.ReadFile(p)
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			n++
			target := filepath.Join(filepath.Dir(p), filepath.FromSlash(m[1]))
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s: $schema=%s does not resolve", p, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no $schema comment found")
	}
	settings, err := os.ReadFile(filepath.Join(dir, ".vscode", "settings.json"))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, f := range mustGlob(t, filepath.Join(dir, "docs", "schemas", "*.json")) {
		kinds = append(kinds, path.Base(filepath.ToSlash(f)))
		if !strings.Contains(string(settings), "./docs/schemas/"+filepath.Base(f)) {
			t.Errorf(".vscode/settings.json does not name %s", filepath.Base(f))
		}
	}
	sort.Strings(kinds)
	if len(kinds) < 6 {
		t.Errorf("docs/schemas holds %v: expected a schema per kind and figures", kinds)
	}
}

func mustGlob(t *testing.T, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// withoutVendor is a site folder without admin/vendor/.
type withoutVendor struct{ fs.FS }

func (w withoutVendor) Open(name string) (fs.File, error) {
	if name == "admin/vendor" || strings.HasPrefix(name, "admin/vendor/") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return w.FS.Open(name)
}
