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
// one catalogue entry changed (parse, assemble, model, render of the
// entry's pages), without the file watcher and the HTTP server.
func BenchmarkSessionUpdate(b *testing.B) {
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
		if err := os.WriteFile(f, []byte(strings.Replace(string(body), "summary:", "summary: # edited\n ", 1)), 0o644); err != nil {
			b.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, f)
		if _, err := s.Update(context.Background(), []string{filepath.ToSlash(rel)}); err != nil {
			b.Fatal(err)
		}
	}
}
