package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/tools/txtar"
)

// previous writes an earlier build into out: a failed build must leave it
// byte for byte as it was.
func previous(t *testing.T, out string) {
	t.Helper()
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{".vitrine-output": "earlier\n", "index.html": "earlier build\n"} {
		if err := os.WriteFile(filepath.Join(out, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func unchanged(t *testing.T, out string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil || string(b) != "earlier build\n" {
		t.Fatalf("a failed build changed the previous output (%v)", err)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 2 {
		t.Fatalf("a failed build changed the previous output: %d entries", len(entries))
	}
	siblings, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".public-staging-*"))
	if len(siblings) > 0 {
		t.Fatalf("a failed build left its staging folder: %v", siblings)
	}
}

// buildGuarded builds with a deadline far above any real build: it catches
// hangs, it does not measure speed.
func buildGuarded(t *testing.T, opts Options) *Report {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	opts.Now, opts.Version = today, "test"
	done := make(chan *Report, 1)
	go func() {
		rep, err := Build(ctx, opts)
		if err != nil {
			t.Errorf("build: %v", err)
		}
		done <- rep
	}()
	select {
	case rep := <-done:
		return rep
	case <-ctx.Done():
		t.Fatal("the build hung")
	}
	return nil
}

// TestHostileInput builds every site of testdata/hostile: each gets exactly
// the diagnostics of its expect.txt and leaves the previous output untouched,
// or (with safe.txt) builds, and its HTML contains none of the "!" lines of
// safe.txt and all the others.
func TestHostileInput(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("testdata/hostile/*.txtar")
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := fstest.MapFS{}
			var expect, safe []string
			hasExpect := false
			for _, f := range a.Files {
				lines := strings.Split(strings.TrimSpace(string(f.Data)), "\n")
				switch f.Name {
				case "expect.txt":
					hasExpect = true
					for _, l := range lines {
						if l != "" {
							expect = append(expect, l)
						}
					}
				case "safe.txt":
					for _, l := range lines {
						if l != "" {
							safe = append(safe, l)
						}
					}
				default:
					fsys[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
				}
			}
			out := filepath.Join(t.TempDir(), "public")
			previous(t, out)
			rep := buildGuarded(t, Options{Site: fsys, Out: out, NoMinify: true})
			got := diagLines(rep)
			if hasExpect && *update {
				for i, f := range a.Files {
					if f.Name == "expect.txt" {
						a.Files[i].Data = []byte(strings.Join(got, "\n") + "\n")
					}
				}
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if hasExpect {
				if strings.Join(got, "\n") != strings.Join(expect, "\n") {
					t.Fatalf("diagnostics:\n got:\n  %s\n want:\n  %s", strings.Join(got, "\n  "), strings.Join(expect, "\n  "))
				}
				if rep.Failed(false) {
					unchanged(t, out)
				}
				return
			}
			if rep.Failed(false) {
				t.Fatalf("build failed:\n%s", strings.Join(got, "\n"))
			}
			all := readAll(t, out)
			for _, s := range safe {
				if strings.HasPrefix(s, "!") {
					if strings.Contains(all, s[1:]) {
						t.Errorf("the output contains %q", s[1:])
					}
				} else if !strings.Contains(all, s) {
					t.Errorf("the output lacks %q", s)
				}
			}
		})
	}
}

func readAll(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	_ = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".html") {
			data, _ := os.ReadFile(p)
			b.Write(data)
		}
		return nil
	})
	return b.String()
}

// TestHostileGenerated covers inputs too big to keep in files: nesting
// 10,000 deep, a 100 MB file, and symbolic links that point outside the site.
func TestHostileGenerated(t *testing.T) {
	t.Parallel()
	site := "title: Test\nlanguages:\n  - {code: en, label: English}\n"
	t.Run("deep-nesting", func(t *testing.T) {
		deep := "name: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n"
		fsys := fstest.MapFS{"site.yaml": {Data: []byte(site)}, "data/institutions/x.yaml": {Data: []byte(deep)}}
		out := filepath.Join(t.TempDir(), "public")
		previous(t, out)
		rep := buildGuarded(t, Options{Site: fsys, Out: out})
		want := "data/institutions/x.yaml:1:1: error: nesting is 10000 levels deep, more than the 64 allowed"
		if got := strings.Join(diagLines(rep), "\n"); got != want {
			t.Fatalf("got:\n%s\nwant:\n%s", got, want)
		}
		unchanged(t, out)
	})
	t.Run("huge-file", func(t *testing.T) {
		dir := t.TempDir()
		write := func(name, body string) {
			p := filepath.Join(dir, name)
			_ = os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write("site.yaml", site)
		f, err := os.Create(filepath.Join(dir, "content", "big.en.md"))
		if err != nil {
			_ = os.MkdirAll(filepath.Join(dir, "content"), 0o755)
			f, err = os.Create(filepath.Join(dir, "content", "big.en.md"))
			if err != nil {
				t.Fatal(err)
			}
		}
		if err := f.Truncate(100 << 20); err != nil { // a sparse 100 MB file
			t.Fatal(err)
		}
		f.Close()
		out := filepath.Join(t.TempDir(), "public")
		previous(t, out)
		rep := buildGuarded(t, Options{Site: os.DirFS(dir), Out: out})
		want := "content/big.en.md:1:1: error: the file is 104857600 bytes, more than the 4194304 allowed"
		if got := strings.Join(diagLines(rep), "\n"); got != want {
			t.Fatalf("got:\n%s\nwant:\n%s", got, want)
		}
		unchanged(t, out)
	})
	t.Run("symlinks", func(t *testing.T) {
		dir := t.TempDir()
		outside := t.TempDir()
		secret := filepath.Join(outside, "secret.md")
		if err := os.WriteFile(secret, []byte("---\ntitle: Secret\n---\nsecret text\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_ = os.WriteFile(filepath.Join(dir, "site.yaml"), []byte(site), 0o644)
		for _, d := range []string{"content", "data/institutions", "static"} {
			_ = os.MkdirAll(filepath.Join(dir, d), 0o755)
		}
		links := map[string]string{
			"content/leak.en.md":          secret,
			"data/institutions/leak.yaml": secret,
			"static/leak.txt":             secret,
			"content/dir":                 outside,
		}
		for name, target := range links {
			if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
				t.Skipf("symlinks unavailable: %v", err)
			}
		}
		out := filepath.Join(t.TempDir(), "public")
		previous(t, out)
		rep := buildGuarded(t, Options{Site: os.DirFS(dir), Out: out})
		want := []string{
			"content/leak.en.md: error: symbolic links are not followed: copy the file into content/",
			"data/institutions/leak.yaml: error: symbolic links are not followed: copy the file into data/",
			"static/leak.txt: error: symbolic links are not followed: copy the file into static/",
		}
		if got := diagLines(rep); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		unchanged(t, out)
	})
}
