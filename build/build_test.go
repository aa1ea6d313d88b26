package build

import (
	"bytes"
	"context"
	"flag"
	"html"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// today is the fixed build date of the tests.
var today = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

// siteFS reads a txtar archive into a site. The file expect.txt, when present,
// is not part of the site: it lists the diagnostics the build must report.
func siteFS(t *testing.T, file string) (fstest.MapFS, []string) {
	t.Helper()
	a, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	var expect []string
	for _, f := range a.Files {
		if f.Name == "expect.txt" {
			for _, l := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
				if l = strings.TrimSpace(l); l != "" {
					expect = append(expect, l)
				}
			}
			continue
		}
		fsys[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
	}
	return fsys, expect
}

func buildSite(t *testing.T, fsys fs.FS, out string, opts Options) *Report {
	t.Helper()
	opts.Site, opts.Out = fsys, out
	if opts.Now.IsZero() {
		opts.Now = today
	}
	opts.Version = "test"
	rep, err := Build(context.Background(), opts)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return rep
}

func diagLines(rep *Report) []string {
	var out []string
	for _, d := range rep.Diags {
		out = append(out, d.Error())
	}
	return out
}

// TestGoldenSites builds every testdata/sites/*.txtar site and compares a
// summary of its output — for each page: title, alternates, switcher
// targets, fallback marks, internal links; and the sitemaps, feeds and
// indexes in full — with testdata/sites/<name>.golden. Run with -update to
// rewrite the golden files after an intended change.
func TestGoldenSites(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("testdata/sites/*.txtar")
	if len(files) == 0 {
		t.Fatal("no test sites")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			fsys, expect := siteFS(t, file)
			out := filepath.Join(t.TempDir(), "public")
			rep := buildSite(t, fsys, out, Options{NoMinify: true})
			got := diagLines(rep)
			if expect != nil || len(got) > 0 {
				if strings.Join(got, "\n") != strings.Join(expect, "\n") {
					t.Fatalf("diagnostics:\n got:\n  %s\n want:\n  %s", strings.Join(got, "\n  "), strings.Join(expect, "\n  "))
				}
				if rep.Failed(false) {
					if _, err := os.Stat(out); err == nil {
						t.Fatalf("a failed build wrote %s", out)
					}
					return
				}
			}
			summary := summarize(t, out)
			golden := strings.TrimSuffix(file, ".txtar") + ".golden"
			if *update {
				if err := os.WriteFile(golden, summary, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./build -update to create it)", err)
			}
			if !bytes.Equal(summary, want) {
				t.Errorf("output differs from %s (run go test ./build -update after an intended change):\n%s", golden, firstDiff(string(want), string(summary)))
			}
		})
	}
}

var (
	titleRE     = regexp.MustCompile(`<title>([^<]*)</title>`)
	alternateRE = regexp.MustCompile(`<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">`)
	switchRE    = regexp.MustCompile(`<a href="([^"]+)" hreflang="([a-z]+)" lang="[a-z]+"(?: data-lang="[a-z]+"|( class="lang-nearest")? title=)`)
	langAttrRE  = regexp.MustCompile(`<(span|div) (?:class="fallback" )?lang="([a-z]+)">([^<]{0,60})`)
	hintRE      = regexp.MustCompile(`class="(fallback-hint|untranslated)"[^>]*>([^<]*)<`)
	hrefRE      = regexp.MustCompile(`<a href="(/[^"]*)"`)
	mainRE      = regexp.MustCompile(`(?s)<main[^>]*>(.*)</main>`)
	tagRE       = regexp.MustCompile(`(?s)<script.*?</script>|<svg.*?</svg>|<[^>]+>`)
)

// summarize describes an output folder in a stable, reviewable text.
func summarize(t *testing.T, dir string) []byte {
	t.Helper()
	var files []string
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(files)
	var b strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(filepath.Join(dir, f))
		switch {
		case strings.HasPrefix(f, "schemas/"), f == "admin/config.yml", f == "admin/editor.js":
			b.WriteString("== " + f + "\n") // generated from the Go types, tested in build/admin
		case strings.HasPrefix(f, "assets/"):
			b.WriteString("== " + regexp.MustCompile(`\.[0-9a-f]{8}\.`).ReplaceAllString(f, ".HASH.") + "\n")
		case strings.HasSuffix(f, ".html"):
			b.WriteString("== " + f + "\n")
			s := string(data)
			if m := titleRE.FindStringSubmatch(s); m != nil {
				b.WriteString("title: " + m[1] + "\n")
			}
			for _, m := range alternateRE.FindAllStringSubmatch(s, -1) {
				b.WriteString("alternate " + m[1] + " " + m[2] + "\n")
			}
			for _, m := range switchRE.FindAllStringSubmatch(s, -1) {
				mark := ""
				if m[3] != "" {
					mark = " (nearest)"
				}
				b.WriteString("switch " + m[2] + " -> " + m[1] + mark + "\n")
			}
			for _, m := range langAttrRE.FindAllStringSubmatch(s, -1) {
				b.WriteString("lang=" + m[2] + ": " + strings.TrimSpace(m[3]) + "\n")
			}
			for _, m := range hintRE.FindAllStringSubmatch(s, -1) {
				b.WriteString(m[1] + ": " + m[2] + "\n")
			}
			if m := mainRE.FindStringSubmatch(s); m != nil {
				text := tagRE.ReplaceAllString(m[1], " ")
				text = strings.Join(strings.Fields(html.UnescapeString(text)), " ")
				b.WriteString("text: " + text + "\n")
			}
			seen := map[string]bool{}
			var links []string
			for _, m := range hrefRE.FindAllStringSubmatch(s, -1) {
				if !seen[m[1]] {
					seen[m[1]] = true
					links = append(links, m[1])
				}
			}
			sort.Strings(links)
			if len(links) > 0 {
				b.WriteString("links: " + strings.Join(links, " ") + "\n")
			}
		default:
			b.WriteString("== " + f + "\n")
			b.Write(data)
			if len(data) > 0 && data[len(data)-1] != '\n' {
				b.WriteByte('\n')
			}
		}
	}
	return []byte(b.String())
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n want: " + w + "\n got:  " + g
		}
	}
	return ""
}

// TestRebuildSkipsUnchanged: a second build of the same input does nothing;
// after an edit, the unchanged files are linked from the previous build,
// and the result is the same as a build from scratch.
func TestRebuildSkipsUnchanged(t *testing.T) {
	t.Parallel()
	fsys, _ := siteFS(t, "testdata/sites/multilingual.txtar")
	out := filepath.Join(t.TempDir(), "public")
	first := buildSite(t, fsys, out, Options{})
	if first.Failed(false) || first.UpToDate || first.Linked != 0 {
		t.Fatalf("first build: %+v", first)
	}
	second := buildSite(t, fsys, out, Options{})
	if !second.UpToDate || second.Files != 0 {
		t.Fatalf("second build with nothing changed: up to date %v, %d files", second.UpToDate, second.Files)
	}
	if second.Pages["fr"] != first.Pages["fr"] {
		t.Errorf("an up-to-date build reports %d French pages, want %d", second.Pages["fr"], first.Pages["fr"])
	}
	fsys["content/mobility.en.md"].Data = append(fsys["content/mobility.en.md"].Data, []byte("\nOne more line.\n")...)
	third := buildSite(t, fsys, out, Options{})
	if third.UpToDate || third.Linked == 0 || third.Linked >= third.Files {
		t.Fatalf("build after one edit: up to date %v, %d linked of %d", third.UpToDate, third.Linked, third.Files)
	}
	// The record of a build that linked files describes the folder too.
	if fourth := buildSite(t, fsys, out, Options{}); !fourth.UpToDate {
		t.Fatalf("the build after a build that linked files: repaired %v", fourth.Repaired)
	}
	fresh := filepath.Join(t.TempDir(), "public")
	buildSite(t, fsys, fresh, Options{})
	if a, b := readTree(t, out), readTree(t, fresh); a != b {
		t.Error("a build that links unchanged files differs from a build from scratch")
	}
}

func readTree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		data, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		b.WriteString(rel + "\n" + string(data) + "\n")
		return nil
	})
	return b.String()
}

// TestBuildRepairsOutput: a folder changed by hand since the last build
// (a language deleted, a page defaced, a file added) is not "up to date":
// the next build says what differs and restores the build's files.
func TestBuildRepairsOutput(t *testing.T) {
	t.Parallel()
	fsys, _ := siteFS(t, "testdata/sites/multilingual.txtar")
	out := filepath.Join(t.TempDir(), "public")
	buildSite(t, fsys, out, Options{})
	want := readTree(t, out)
	if err := os.RemoveAll(filepath.Join(out, "fr")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "en", "index.html"), []byte("defaced"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "notes.txt"), []byte("by hand"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := buildSite(t, fsys, out, Options{})
	if rep.UpToDate || rep.Repaired == nil {
		t.Fatalf("a changed folder was taken as up to date: %+v", rep)
	}
	got := rep.Repaired.String()
	for _, w := range []string{"missing files: fr/ (", "1 changed file: en/index.html", "1 extra: notes.txt"} {
		if !strings.Contains(got, w) {
			t.Errorf("repair report %q lacks %q", got, w)
		}
	}
	if readTree(t, out) != want {
		t.Error("the repaired folder differs from the build's")
	}
	again := buildSite(t, fsys, out, Options{})
	if !again.UpToDate || again.Repaired != nil {
		t.Errorf("the build after the repair: up to date %v, repaired %v", again.UpToDate, again.Repaired)
	}
	// The build's bookkeeping lives beside the folder, never in it.
	_ = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), "vitrine") {
			t.Errorf("bookkeeping inside the output folder: %s", p)
		}
		return nil
	})
	if _, err := os.Stat(filepath.Join(filepath.Dir(out), ".public.vitrine-record")); err != nil {
		t.Errorf("no record beside the output folder: %v", err)
	}
}

// TestHeadersAdmin: _headers gives /admin/ the editor's own policy, and a
// popup-friendly opener policy, after the public pages' rule (Netlify
// serves the last matching value); a site without the editor has no such
// rule.
func TestHeadersAdmin(t *testing.T) {
	t.Parallel()
	fsys, _ := siteFS(t, "testdata/sites/catalogue.txtar")
	headers := func(site fstest.MapFS) string {
		t.Helper()
		s, err := Memory(context.Background(), Options{Site: site, Now: today})
		if err != nil {
			t.Fatal(err)
		}
		return string(s.Outputs["_headers"].Body)
	}
	on := headers(fsys)
	i, j := strings.Index(on, "/*\n"), strings.Index(on, "/admin/*\n")
	if i < 0 || j < i {
		t.Fatalf("_headers has no /admin/ rule after the site's:\n%s", on)
	}
	admin := on[j:]
	if !strings.Contains(admin, "script-src 'self' 'unsafe-eval'") || !strings.Contains(admin, "frame-ancestors 'none'") ||
		!strings.Contains(admin, "Cross-Origin-Opener-Policy: same-origin-allow-popups") {
		t.Errorf("the /admin/ rule:\n%s", admin)
	}
	off := maps.Clone(fsys)
	off["site.yaml"] = &fstest.MapFile{Data: append(append([]byte{}, fsys["site.yaml"].Data...), "\nadmin: {enabled: false}\n"...)}
	if h := headers(off); strings.Contains(h, "admin") || !strings.Contains(h, "script-src 'self';") {
		t.Errorf("admin.enabled false: _headers is\n%s", h)
	}
}
