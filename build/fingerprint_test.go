package build

import (
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/vitrine-ssg/vitrine/build/write"
)

// TestFingerprint checks that the fingerprint of a site is the same from
// one call to the next, though its files are hashed in parallel, and that
// it changes with any input file.
func TestFingerprint(t *testing.T) {
	t.Parallel()
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
		s, _, err := Fingerprint(Options{Site: site}, now, nil)
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

// TestFingerprintSources checks the sums a build takes from the last one:
// a file whose status did not change is not hashed again, and one written
// again, to the same size, is.
func TestFingerprintSources(t *testing.T) {
	t.Parallel()
	if runtime.GOOS != "linux" {
		t.Skip("input files are hashed on every build outside Linux")
	}
	dir := t.TempDir()
	for name, body := range map[string]string{"site.yaml": "title: x\n", "content/a.en.md": "alpha\n", "data/programmes/p.yaml": "id: p\n"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opts := Options{Site: os.DirFS(dir)}
	now := time.Now()
	first, sources, err := Fingerprint(opts, now, nil)
	if err != nil || first == "" {
		t.Skipf("no fingerprint (%v): the test binary cannot checksum itself", err)
	}
	if len(sources) != 0 {
		t.Errorf("files written just now are recorded: %v", slices.Sorted(maps.Keys(sources)))
	}
	time.Sleep(2100 * time.Millisecond) // past the window of files just written
	_, sources, err = Fingerprint(opts, now, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) != 3 {
		t.Fatalf("recorded %d files, want 3", len(sources))
	}
	// A cold build notes what Fingerprint would record of the files it
	// reads whole (readSums).
	read := &readSums{FS: opts.Site, sums: map[string]write.SourceStat{}}
	for name := range sources {
		if _, err := fs.ReadFile(read, name); err != nil {
			t.Fatal(err)
		}
	}
	if !maps.Equal(read.sums, sources) {
		t.Errorf("read as the build reads them: %v, recorded by Fingerprint: %v", read.sums, sources)
	}
	// A recorded sum is taken as it is: a wrong one changes the result.
	wrong := maps.Clone(sources)
	s := wrong["content/a.en.md"]
	s.Sum[0] ^= 1
	wrong["content/a.en.md"] = s
	if got, _, _ := Fingerprint(opts, now, wrong); got == first {
		t.Error("the recorded sum of an unchanged file was not used")
	}
	if got, _, _ := Fingerprint(opts, now, sources); got != first {
		t.Error("the recorded sums give another fingerprint")
	}
	// The same size, written again: hashed again, though the record says otherwise.
	if err := os.WriteFile(filepath.Join(dir, "content/a.en.md"), []byte("omega\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fresh, _, _ := Fingerprint(opts, now, nil)
	if got, _, _ := Fingerprint(opts, now, sources); got != fresh || got == first {
		t.Errorf("after an edit of the same size: %s with the record, %s without, %s before", got, fresh, first)
	}
}
