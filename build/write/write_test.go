package write_test

import (
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build/write"
)

func TestFingerprint(t *testing.T) {
	body := []byte("body { color: #003 }")
	a := write.Fingerprint("assets/main.css", body)
	b := write.Fingerprint("assets/main.css", append([]byte(nil), body...))
	if a != b {
		t.Errorf("not stable: %q, %q", a, b)
	}
	if !strings.HasPrefix(a, "assets/main.") || !strings.HasSuffix(a, ".css") || len(a) != len("assets/main..css")+8 {
		t.Errorf("Fingerprint = %q, want assets/main.<8 hex>.css", a)
	}
	tests := []struct {
		name, file string
		body       string
		want       string
	}{
		// sha256("") starts e3b0c442.
		{"empty body", "main.css", "", "main.e3b0c442.css"},
		{"no extension", "LICENSE", "", "LICENSE.e3b0c442"},
		{"two dots", "app.min.js", "", "app.min.e3b0c442.js"},
		{"folder with a dot", "v1.2/app", "", "v1.2/app.e3b0c442"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := write.Fingerprint(tt.file, []byte(tt.body)); got != tt.want {
				t.Errorf("Fingerprint(%q) = %q, want %q", tt.file, got, tt.want)
			}
		})
	}
	if write.Fingerprint("main.css", []byte("a")) == write.Fingerprint("main.css", []byte("b")) {
		t.Error("different bodies, same fingerprint")
	}
}

// tree returns every file under dir with its content, the marker included.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// siblings lists the entries of out's parent folder other than out and its
// record, so that a test can check that no staging folder is left behind.
func siblings(t *testing.T, out string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.Name() != filepath.Base(out) && e.Name() != filepath.Base(write.RecordPath(out)) {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestOpen(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(t *testing.T, out string)
		err     string
	}{
		{name: "missing folder", prepare: func(t *testing.T, out string) {}},
		{name: "empty folder", prepare: func(t *testing.T, out string) {
			if err := os.Mkdir(out, 0o755); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "folder written by an older vitrine", prepare: func(t *testing.T, out string) {
			mustWrite(t, filepath.Join(out, write.LegacyMarker), "written by vitrine")
			mustWrite(t, filepath.Join(out, "index.html"), "old")
		}},
		{name: "folder with a record beside it", prepare: func(t *testing.T, out string) {
			mustWrite(t, filepath.Join(out, "index.html"), "old")
			mustWrite(t, write.RecordPath(out), "vitrine-record 1\n{}\nd 1 .\nf 3 1 index.html\n")
		}},
		{name: "folder of the user's", prepare: func(t *testing.T, out string) {
			mustWrite(t, filepath.Join(out, "thesis.docx"), "years of work")
		}, err: "exists and was not written by vitrine (no record .public.vitrine-record beside it)"},
		{name: "folder of the user's where a build once was", prepare: func(t *testing.T, out string) {
			mustWrite(t, filepath.Join(out, "thesis.docx"), "years of work")
			mustWrite(t, write.RecordPath(out), "vitrine-record 1\n{}\nd 1 .\nf 3 1 index.html\n")
		}, err: "holds none of the files its record"},
		{name: "folder with a hidden file only", prepare: func(t *testing.T, out string) {
			mustWrite(t, filepath.Join(out, ".git", "HEAD"), "ref: main")
		}, err: "exists and was not written by vitrine"},
		{name: "a file", prepare: func(t *testing.T, out string) {
			mustWrite(t, out, "a file")
		}, err: "output folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			tt.prepare(t, out)
			before := map[string]string{}
			if fi, err := os.Stat(out); err == nil && fi.IsDir() {
				before = tree(t, out)
			}
			d, err := write.Open(out, nil)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Open = %v, want an error containing %q", err, tt.err)
				}
				if fi, _ := os.Stat(out); fi != nil && fi.IsDir() && !mapsEqual(tree(t, out), before) {
					t.Error("a refused folder was changed")
				}
				if s := siblings(t, out); len(s) != 0 {
					t.Errorf("left beside the refused folder: %q", s)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := d.Abort(); err != nil {
				t.Fatal(err)
			}
			if s := siblings(t, out); len(s) != 0 {
				t.Errorf("Abort left %q beside the output folder", s)
			}
		})
	}
}

func mustWrite(t *testing.T, p, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestWriteRefusesPathsOutside(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	d, err := write.Open(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for _, p := range []string{
		"../x", "/abs", "/etc/passwd", "a/../../b", "..", "", ".", "a/../..", "..\\x", "a\\..\\..\\b",
	} {
		t.Run(p, func(t *testing.T) {
			if err := d.Write(p, "text/html", []byte("x")); err == nil {
				t.Errorf("Write(%q) accepted", p)
			}
		})
	}
	if s := siblings(t, out); len(s) != 1 || !strings.HasPrefix(s[0], ".public-staging-") {
		t.Errorf("files beside the staging folder: %q", s)
	}
	// Paths that stay inside are fine, even with a harmless "..".
	for _, p := range []string{"index.html", "fr/index.html", "a/../b.html", "fr/formations/droit-europeen/index.html"} {
		if err := d.Write(p, "", []byte("x")); err != nil {
			t.Errorf("Write(%q): %v", p, err)
		}
	}
	if err := d.Write("index.html", "", []byte("y")); err == nil || !strings.Contains(err.Error(), "two outputs write index.html") {
		t.Errorf("second Write of index.html = %v", err)
	}
}

func TestCommit(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	sources := map[string]write.SourceStat{
		"site.yaml":           {Size: 9, ModTime: 1e18, Change: 1e18 + 5, Ino: 42, Sum: [32]byte{1, 2, 3}},
		"content/a b.en.md":   {Size: 1, Sum: [32]byte{31: 0xff}},
		"\"quoted\"\nname.md": {Size: 2},
	}
	build := func(files map[string]string) {
		t.Helper()
		d, err := write.Open(out, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range keys(files) {
			if err := d.Write(p, "", []byte(files[p])); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.Commit("test", "", nil, nil, sources); err != nil {
			t.Fatal(err)
		}
	}
	build(map[string]string{"index.html": "one", "fr/old/index.html": "stale", "assets/main.1.css": "a", "fr/a/b/c/d/deep.html": "deep", "fr/a/b/c/e.html": "e"})
	build(map[string]string{"index.html": "two", "fr/index.html": "fr", "assets/main.2.css": "b"})
	got := tree(t, out)
	want := []string{"assets/main.2.css", "fr/index.html", "index.html"}
	if !slices.Equal(keys(got), want) {
		t.Errorf("files = %q, want %q (stale files removed, no bookkeeping inside)", keys(got), want)
	}
	if got["index.html"] != "two" {
		t.Errorf("contents = %q", got)
	}
	rec := write.ReadRecord(out)
	if rec == nil || rec.Generator != "vitrine test" || len(rec.Files) != 3 || rec.Files["index.html"].Size != 3 {
		t.Errorf("record = %+v", rec)
	}
	if rec != nil && !maps.Equal(rec.Sources, sources) {
		t.Errorf("sources read back = %+v, want %+v", rec.Sources, sources)
	}
	if s := siblings(t, out); len(s) != 0 {
		t.Errorf("left beside the output folder: %q", s)
	}
}

func TestAbortKeepsPreviousOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	d, err := write.Open(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	for p, body := range map[string]string{"index.html": "<p>good</p>", "fr/index.html": "bon", "data/programmes.json": "{}"} {
		if err := d.Write(p, "", []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Commit("1", "", nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	before := tree(t, out)

	d, err = write.Open(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Write("index.html", "", []byte("<p>broken</p>")); err != nil {
		t.Fatal(err)
	}
	if err := d.Write("new.html", "", []byte("half-written")); err != nil {
		t.Fatal(err)
	}
	if err := d.Abort(); err != nil {
		t.Fatal(err)
	}
	if after := tree(t, out); !mapsEqual(after, before) {
		t.Errorf("Abort changed the output:\nbefore %q\nafter  %q", before, after)
	}
	if s := siblings(t, out); len(s) != 0 {
		t.Errorf("left beside the output folder: %q", s)
	}
}

func TestCommitRefusesAFolderCreatedMeanwhile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	d, err := write.Open(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, filepath.Join(out, "notes.txt"), "the user's")
	if err := d.Commit("1", "", nil, nil, nil); err == nil {
		t.Fatal("Commit replaced a folder the user created during the build")
	}
	if got := tree(t, out); got["notes.txt"] != "the user's" || len(got) != 1 {
		t.Errorf("user folder changed: %q", got)
	}
	_ = d.Abort()
}

func TestCounters(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	d, err := write.Open(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := d.Write(filepath.ToSlash(filepath.Join("p", string(rune('a'+i%26))+strings.Repeat("x", i/26), "index.html")), "", []byte("1234")); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if d.Files() != 50 || d.Bytes() != 200 {
		t.Errorf("Files %d, Bytes %d", d.Files(), d.Bytes())
	}
}

func TestMinifier(t *testing.T) {
	m := write.NewMinifier()
	tests := []struct {
		mediaType string
		in, want  string
	}{
		{"text/html", "<!doctype html>\n<html lang=\"fr\">\n  <head>\n    <title>  Étudier  </title>\n  </head>\n  <body>\n    <p class=\"lead\">  Bonjour  </p>\n  </body>\n</html>\n",
			`<!doctype html><html lang="fr"><head><title>Étudier</title></head><body><p class="lead">Bonjour</p></body></html>`},
		{"text/css", "body {\n  color : #ff0000 ;\n  margin : 0px ;\n}\n", "body{color:red;margin:0}"},
		{"application/javascript", "function add ( a , b ) {\n  // sum\n  return a + b ;\n}\n", "function add(e,t){return e+t}"},
		{"application/json", "{\n  \"a\" : [ 1 , 2 ] ,\n  \"b\" : \"x y\"\n}\n", `{"a":[1,2],"b":"x y"}`},
		{"image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n  <!-- c -->\n  <rect x=\"0\" y=\"0\" width=\"10\" height=\"10\"/>\n</svg>\n",
			`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect x="0" y="0" width="10" height="10"/></svg>`},
		{"application/xml", "<?xml version=\"1.0\"?>\n<urlset>\n  <url> <loc>https://x.be/</loc> </url>\n</urlset>\n", `<?xml version="1.0"?><urlset><url><loc>https://x.be/</loc></url></urlset>`},
		{"application/atom+xml", "<feed>\n  <title> News </title>\n</feed>\n", `<feed><title>News</title></feed>`},
		{"text/plain", "  keep   me  \n", "  keep   me  \n"},
		{"", "  raw  ", "  raw  "},
	}
	for _, tt := range tests {
		t.Run(tt.mediaType, func(t *testing.T) {
			got, err := m.Bytes(tt.mediaType, []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	var nilM *write.Minifier
	if got, err := nilM.Bytes("text/css", []byte("a { }")); err != nil || string(got) != "a { }" {
		t.Errorf("nil minifier = %q, %v", got, err)
	}
	if _, err := m.Bytes("application/json", []byte("{nope")); err == nil || !strings.Contains(err.Error(), "minify application/json") {
		t.Errorf("bad JSON: %v", err)
	}
}

func TestWriteMinifies(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	d, err := write.Open(out, write.NewMinifier())
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Write("main.css", "text/css", []byte("a {\n  color : red ;\n}\n")); err != nil {
		t.Fatal(err)
	}
	if err := d.Write("photo.jpg", "image/jpeg", []byte("  \xff\xd8  ")); err != nil {
		t.Fatal(err)
	}
	if err := d.Write("bad.json", "application/json", []byte("{")); err == nil || !strings.HasPrefix(err.Error(), "bad.json: ") {
		t.Errorf("bad JSON: %v", err)
	}
	if err := d.Commit("1", "", nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	got := tree(t, out)
	if got["main.css"] != "a{color:red}" || got["photo.jpg"] != "  \xff\xd8  " {
		t.Errorf("files = %q", got)
	}
}

// TestCompare: every way a folder can differ from its record is found, and
// a folder that agrees with it differs in nothing.
func TestCompare(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, out string)
		want   string // Diff.String()
	}{
		{"nothing changed", func(t *testing.T, out string) {}, ""},
		{"a folder deleted", func(t *testing.T, out string) {
			if err := os.RemoveAll(filepath.Join(out, "fr")); err != nil {
				t.Fatal(err)
			}
		}, "2 missing files: fr/ (2 files)"},
		{"a file deleted", func(t *testing.T, out string) {
			if err := os.Remove(filepath.Join(out, "fr", "about", "index.html")); err != nil {
				t.Fatal(err)
			}
		}, "1 missing file: fr/about/index.html"},
		{"a page defaced, same size", func(t *testing.T, out string) {
			p := filepath.Join(out, "index.html")
			mustWrite(t, p, "<p>bad</p>")
			old := time.Now().Add(-time.Hour)
			if err := os.Chtimes(p, old, old); err != nil {
				t.Fatal(err)
			}
		}, "1 changed file: index.html"},
		{"a page defaced, another size", func(t *testing.T, out string) {
			mustWrite(t, filepath.Join(out, "index.html"), "<p>defaced by hand</p>")
		}, "1 changed file: index.html"},
		{"a file replaced by a folder", func(t *testing.T, out string) {
			p := filepath.Join(out, "index.html")
			_ = os.Remove(p)
			mustWrite(t, filepath.Join(p, "x"), "x")
		}, "1 changed file: index.html"},
		{"files and folders added", func(t *testing.T, out string) {
			mustWrite(t, filepath.Join(out, "notes.txt"), "n")
			if err := os.MkdirAll(filepath.Join(out, "empty", "deeper"), 0o755); err != nil {
				t.Fatal(err)
			}
		}, "2 extra: empty/, notes.txt"},
		{"a file added deep down", func(t *testing.T, out string) {
			mustWrite(t, filepath.Join(out, "fr", "about", "old.html"), "n")
		}, "1 extra: fr/about/old.html"},
		{"the whole folder deleted", func(t *testing.T, out string) {
			if err := os.RemoveAll(out); err != nil {
				t.Fatal(err)
			}
		}, "4 missing files: fr/ (2 files), data.json, index.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			// Twice: the second build links the first one's files.
			for range 2 {
				d, err := write.Open(out, nil)
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range []string{"index.html", "fr/index.html", "fr/about/index.html"} {
					if err := d.Write(p, "", []byte("<p>good</p>")); err != nil {
						t.Fatal(err)
					}
				}
				if err := d.WriteStream("data.json", func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err }); err != nil {
					t.Fatal(err)
				}
				if err := d.Commit("test", "inputs", nil, nil, nil); err != nil {
					t.Fatal(err)
				}
			}
			tt.change(t, out)
			diff, err := write.Compare(out, write.ReadRecord(out))
			if err != nil {
				t.Fatal(err)
			}
			if got := diff.String(); got != tt.want {
				t.Errorf("Compare = %q, want %q", got, tt.want)
			}
			if diff.Empty() != (tt.want == "") {
				t.Errorf("Empty = %v", diff.Empty())
			}
		})
	}
}
