package build

import (
	"fmt"
	"maps"
	"testing"
	"testing/fstest"
	"time"
)

// TestFingerprint checks that the fingerprint of a site is the same from
// one call to the next, though its files are hashed in parallel, and that
// it changes with any input file.
func TestFingerprint(t *testing.T) {
	base := fstest.MapFS{
		"site.yaml":               {Data: []byte("title: x\n")},
		"content/_index.en.md":    {Data: []byte("# Home\n")},
		"layouts/page.html":       {Data: []byte("{{.Title}}")},
		"content/docs/a.en.md":    {Data: []byte("a")},
		"static/img/logo.svg":     {Data: []byte("<svg/>")},
		"notes/ignored.txt":       {Data: []byte("not an input")},
		"themes/t/layouts/x.html": {Data: []byte("x")},
	}
	for i := range 300 {
		base[fmt.Sprintf("data/programmes/p%03d.yaml", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "id: p%03d\n", i)}
	}
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	fingerprint := func(t *testing.T, site fstest.MapFS) string {
		t.Helper()
		s, err := Fingerprint(Options{Site: site}, now)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	want := fingerprint(t, base)
	if want == "" {
		t.Skip("the test binary cannot checksum itself")
	}
	for range 10 {
		if got := fingerprint(t, base); got != want {
			t.Fatalf("fingerprint changed between two calls: %s, then %s", want, got)
		}
	}

	tests := []struct {
		name   string
		edit   func(fstest.MapFS)
		change bool
	}{
		{"file edited", func(s fstest.MapFS) { s["data/programmes/p150.yaml"] = &fstest.MapFile{Data: []byte("id: other\n")} }, true},
		{"last file edited", func(s fstest.MapFS) { s["themes/t/layouts/x.html"] = &fstest.MapFile{Data: []byte("y")} }, true},
		{"site.yaml edited", func(s fstest.MapFS) { s["site.yaml"] = &fstest.MapFile{Data: []byte("title: y\n")} }, true},
		{"file added", func(s fstest.MapFS) { s["content/docs/b.en.md"] = &fstest.MapFile{Data: []byte("b")} }, true},
		{"file removed", func(s fstest.MapFS) { delete(s, "content/docs/a.en.md") }, true},
		{"file renamed", func(s fstest.MapFS) {
			s["content/docs/c.en.md"] = s["content/docs/a.en.md"]
			delete(s, "content/docs/a.en.md")
		}, true},
		{"contents swapped", func(s fstest.MapFS) {
			a, b := "data/programmes/p001.yaml", "data/programmes/p002.yaml"
			s[a], s[b] = s[b], s[a]
		}, true},
		{"file outside the input folders", func(s fstest.MapFS) { s["notes/ignored.txt"] = &fstest.MapFile{Data: []byte("edited")} }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			site := maps.Clone(base)
			tc.edit(site)
			if got := fingerprint(t, site); (got != want) != tc.change {
				t.Errorf("fingerprint %s, before the edit %s: want changed = %v", got, want, tc.change)
			}
		})
	}
}
