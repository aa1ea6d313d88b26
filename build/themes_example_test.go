package build

import (
	"context"
	"io/fs"
	"os"
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
