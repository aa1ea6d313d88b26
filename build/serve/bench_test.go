package serve

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/bench/synth"
)

var benchN = flag.Int("serve-n", 5000, "programmes in the synthetic site of the dev-server benchmarks")

// benchSite writes the synthetic site of the performance issue and starts a
// server on it.
func benchSite(b *testing.B) (dir, url string, events *sse) {
	b.Helper()
	dir = b.TempDir()
	if err := synth.Vitrine(synth.Options{N: *benchN, Seed: synth.DefaultSeed}).Write(dir); err != nil {
		b.Fatal(err)
	}
	t := &testing.T{}
	_ = t
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Dir: dir, Addr: "127.0.0.1:0", Debounce: 10 * time.Millisecond, Ready: func(u string) { ready <- u }})
	}()
	b.Cleanup(func() { cancel(); <-done })
	select {
	case url = <-ready:
	case err := <-done:
		b.Fatal(err)
	}
	return dir, url, listenB(b, url)
}

func listenB(b *testing.B, url string) *sse {
	b.Helper()
	t := &testing.T{}
	return listen(t, url)
}

// edit saves a file the way editors do, then waits for the reload event and
// returns the time from the save to the event.
func edit(b *testing.B, events *sse, file string, change func(string) string) time.Duration {
	b.Helper()
	body, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	tmp := file + ".tmp"
	if err := os.WriteFile(tmp, []byte(change(string(body))), 0o644); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if err := os.Rename(tmp, file); err != nil {
		b.Fatal(err)
	}
	select {
	case <-events.cond:
	case <-time.After(60 * time.Second):
		b.Fatal("no reload event")
	}
	d := time.Since(start)
	events.mu.Lock()
	events.events = nil
	events.mu.Unlock()
	return d
}

func report(b *testing.B, ds []time.Duration) {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(ds[len(ds)-1].Microseconds())/1000, "ms-max")
}

// BenchmarkReloadAfterEntryEdit measures the time from saving one catalogue
// entry to the reload event, on the synthetic site (-serve-n programmes in
// five languages). The debounce (10 ms, the default) is included.
func BenchmarkReloadAfterEntryEdit(b *testing.B) {
	dir, _, events := benchSite(b)
	files, _ := filepath.Glob(filepath.Join(dir, "data", "programmes", "*.yaml"))
	var ds []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := files[i%len(files)]
		ds = append(ds, edit(b, events, f, func(s string) string {
			return strings.Replace(s, "summary:", "summary: # edited\n ", 1)
		}))
	}
	report(b, ds)
}

// BenchmarkReloadAfterPageEdit measures the same for one Markdown page.
func BenchmarkReloadAfterPageEdit(b *testing.B) {
	dir, _, events := benchSite(b)
	files, _ := filepath.Glob(filepath.Join(dir, "content", "*.en.md"))
	if len(files) == 0 {
		b.Fatal("no Markdown page in the synthetic site")
	}
	var ds []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := i
		ds = append(ds, edit(b, events, files[0], func(s string) string {
			return s + "\nOne more paragraph, number " + strings.Repeat("I", n%5+1) + ".\n"
		}))
	}
	report(b, ds)
}

// BenchmarkServeBurst writes 300 pages at once into a small site, as a git
// checkout does, and reports how many rebuilds the burst took until every
// page was served (rebuilds/burst: 1 when the debounce caught the whole
// burst).
func BenchmarkServeBurst(b *testing.B) {
	dir := site(b)
	url := start(b, dir)
	events := listen(b, url)
	total := 0
	for i := 0; b.Loop(); i++ {
		total += burst(b, dir, url, events, "burst"+strconv.Itoa(i), 300)
	}
	b.ReportMetric(float64(total)/float64(b.N), "rebuilds/burst")
}
