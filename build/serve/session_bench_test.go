package serve

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/bench/synth"
	"github.com/vitrine-ssg/vitrine/build"
)

var sessionN = flag.Int("session-n", 1000, "programmes in the synthetic site of BenchmarkSessionUpdate")

// BenchmarkSessionUpdate measures the dev server's incremental rebuild after
// one catalogue entry changed without changing the site's shape (parse,
// assemble, the model's update, render of the entry's pages), without the
// file watcher and the HTTP server.
func BenchmarkSessionUpdate(b *testing.B) {
	benchUpdate(b, func(s string) string { return strings.Replace(s, "summary:", "summary: # edited\n ", 1) })
}

// BenchmarkSessionUpdateTitle measures the same after an edit of a
// programme's title, which changes the site's shape: the model is built
// again, and every page waits to be rendered again.
func BenchmarkSessionUpdateTitle(b *testing.B) {
	benchUpdate(b, func(s string) string { return strings.Replace(s, "\n  en: \"", "\n  en: \"Edited ", 1) })
}

func benchUpdate(b *testing.B, edit func(string) string) {
	dir := b.TempDir()
	if err := synth.Vitrine(synth.Options{N: *sessionN, Seed: synth.DefaultSeed}).Write(dir); err != nil {
		b.Fatal(err)
	}
	s, err := NewSession(context.Background(), build.Options{Site: os.DirFS(dir), Version: "bench", NoMinify: true})
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "data", "programmes", "*.yaml"))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := files[i%len(files)]
		body, _ := os.ReadFile(f)
		edited := edit(string(body))
		if edited == string(body) {
			b.Fatalf("%s: the edit changes nothing", f)
		}
		if err := os.WriteFile(f, []byte(edited), 0o644); err != nil {
			b.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, f)
		if _, err := s.Update(context.Background(), []string{filepath.ToSlash(rel)}); err != nil {
			b.Fatal(err)
		}
	}
}
