package build

// Benchmarks of each pipeline stage — load, model, render, minify, write —
// and of the whole build, on a synthetic site of benchN programmes in five
// languages (bench/synth), written into a temporary folder once per
// benchmark. Run them with
//
//	go test ./build -run '^$' -bench . -benchtime 5x
//
// and profile one stage with -cpuprofile or -memprofile (docs/performance.md).
// Stages that run on a pool of workers (load, render, minify, write) use
// GOMAXPROCS of them, as in a real build; -cpu 1 measures the cost on one core.

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sync"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/bench/synth"
	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/render"
	"github.com/vitrine-ssg/vitrine/build/write"
)

// benchN is the number of programmes of the benchmarks' site: about 1,000
// pages in five languages, so that a stage runs in a fraction of a second.
const benchN = 200

// benchSite writes the synthetic site into a temporary folder and returns
// the build options that read it.
func benchSite(b testing.TB) Options {
	b.Helper()
	dir := b.TempDir()
	if err := synth.Vitrine(synth.Options{N: benchN}).Write(dir); err != nil {
		b.Fatal(err)
	}
	return Options{Site: os.DirFS(dir), Now: today, Version: "bench"}
}

// mustLoad runs the load and model stages and fails on any diagnostic: the
// synthetic site is meant to be clean.
func mustLoad(b testing.TB, opts Options) *Loaded {
	b.Helper()
	diags := &diag.List{}
	l, err := Load(context.Background(), opts, diags)
	if err != nil {
		b.Fatal(err)
	}
	if l == nil || diags.Len() > 0 {
		b.Fatalf("the synthetic site does not load cleanly:\n%s", diags)
	}
	return l
}

// newRenderer prepares the render stage as Build does.
func newRenderer(b testing.TB, l *Loaded, min *write.Minifier) (*render.Renderer, []render.Output) {
	b.Helper()
	assets, paths, err := assets(l.Theme, min, true)
	if err != nil {
		b.Fatal(err)
	}
	brand, err := render.BrandCSS(l.Config)
	if err != nil {
		b.Fatal(err)
	}
	paths["brand.css"] = write.Fingerprint("assets/brand.css", brand)
	assets = append(assets, render.Output{Path: paths["brand.css"], Body: brand})
	diags := &diag.List{}
	r, err := render.New(l.Site, render.Options{
		Theme: render.Theme{FS: l.Theme, Name: l.Theme.Name}, Strings: l.Strings, Markdown: l.Markdown,
		Assets: paths, Now: today, Version: "bench",
	}, diags)
	if err != nil {
		b.Fatal(err)
	}
	return r, assets
}

// renderAll renders every output of the site into memory.
func renderAll(r *render.Renderer) []render.Output {
	ch := make(chan render.Output, 64)
	go r.Render(context.Background(), ch)
	var outs []render.Output
	for o := range ch {
		outs = append(outs, o.Materialize())
	}
	return outs
}

// parallel runs f on every output with GOMAXPROCS workers.
func parallel(outs []render.Output, f func(render.Output) error) error {
	jobs := make(chan render.Output)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range jobs {
				if err := f(o); err != nil {
					mu.Lock()
					first = err
					mu.Unlock()
				}
			}
		}()
	}
	for _, o := range outs {
		jobs <- o
	}
	close(jobs)
	wg.Wait()
	return first
}

func totalBytes(outs []render.Output) int64 {
	var n int64
	for _, o := range outs {
		n += int64(len(o.Body))
	}
	return n
}

// BenchmarkLoad measures the load stage: reading and validating site.yaml,
// the Markdown pages and every catalogue entry.
func BenchmarkLoad(b *testing.B) {
	opts := benchSite(b)
	cfgSrc, err := fs.ReadFile(opts.Site, config.File)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		diags := &diag.List{}
		cfg := config.Parse(config.File, cfgSrc, diags)
		if _, err := content.Load(context.Background(), opts.Site, cfg.Langs, false, diags); err != nil {
			b.Fatal(err)
		}
		if _, err := catalog.Load(context.Background(), opts.Site, cfg.Langs, catalog.Options{Today: today}, diags); err != nil {
			b.Fatal(err)
		}
		if diags.Len() > 0 {
			b.Fatalf("the synthetic site does not load cleanly:\n%s", diags)
		}
	}
}

// BenchmarkModel measures the model stage: pages, URLs, translations and
// menus built from loaded inputs.
func BenchmarkModel(b *testing.B) {
	l := mustLoad(b, benchSite(b))
	static := make([]string, len(l.Static))
	for i, f := range l.Static {
		static[i] = f.Out
	}
	b.ReportAllocs()
	var pages int
	for b.Loop() {
		s := model.Build(l.Config, l.Pages, l.Catalog, static, model.Options{}, &diag.List{})
		pages = len(s.Pages)
	}
	b.ReportMetric(float64(pages), "pages")
}

// BenchmarkRender measures the render stage: templates, Markdown, JSON-LD,
// sitemaps and indexes, into memory, without minification.
func BenchmarkRender(b *testing.B) {
	l := mustLoad(b, benchSite(b))
	b.ReportAllocs()
	var outs []render.Output
	for b.Loop() {
		r, _ := newRenderer(b, l, nil)
		outs = renderAll(r)
	}
	b.SetBytes(totalBytes(outs))
	b.ReportMetric(float64(len(outs)), "outputs")
}

// BenchmarkMinify measures minification of every rendered output.
func BenchmarkMinify(b *testing.B) {
	l := mustLoad(b, benchSite(b))
	r, _ := newRenderer(b, l, nil)
	outs := renderAll(r)
	min := write.NewMinifier()
	b.SetBytes(totalBytes(outs))
	b.ReportAllocs()
	for b.Loop() {
		if err := parallel(outs, func(o render.Output) error {
			_, err := min.Bytes(o.MediaType, o.Body)
			return err
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWrite measures the write stage on minified outputs: a staging
// folder, one file per output, and the swap that replaces the previous
// build's folder (removing it).
func BenchmarkWrite(b *testing.B) {
	l := mustLoad(b, benchSite(b))
	min := write.NewMinifier()
	r, assets := newRenderer(b, l, min)
	outs := append(renderAll(r), assets...)
	for i, o := range outs {
		m, err := min.Bytes(o.MediaType, o.Body)
		if err != nil {
			b.Fatal(err)
		}
		outs[i].Body, outs[i].MediaType = m, ""
	}
	out := filepath.Join(b.TempDir(), "public")
	b.SetBytes(totalBytes(outs))
	b.ReportAllocs()
	for b.Loop() {
		dir, err := write.Open(out, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := parallel(outs, func(o render.Output) error { return dir.Write(o.Path, o.MediaType, o.Body) }); err != nil {
			b.Fatal(err)
		}
		if err := dir.Commit("bench", "", nil, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(outs)), "files")
}

// BenchmarkBuildDir builds the site in the folder named by the environment
// variable VITRINE_BENCH_SITE (skipped when unset), for profiling a large
// site written by vitrine-synth:
//
//	go run ./cmd/vitrine-synth -n 5000 -vitrine /tmp/v5000
//	VITRINE_BENCH_SITE=/tmp/v5000 go test ./build -run '^$' -bench BuildDir -benchtime 1x -cpuprofile cpu.out -memprofile mem.out
//
// Every iteration is a cold build into a new folder. With
// VITRINE_BENCH_PEAKHEAP=file, a heap profile of the peak is written there.
func BenchmarkBuildDir(b *testing.B) {
	dir := os.Getenv("VITRINE_BENCH_SITE")
	if dir == "" {
		b.Skip("set VITRINE_BENCH_SITE to a site folder")
	}
	opts := Options{Site: os.DirFS(dir), Now: today, Version: "bench"}
	if p := os.Getenv("VITRINE_BENCH_PEAKHEAP"); p != "" {
		defer peakHeap(b, p)()
	}
	tmp := b.TempDir()
	b.ReportAllocs()
	var rep *Report
	i := 0
	for b.Loop() {
		i++
		opts.Out = filepath.Join(tmp, fmt.Sprint("public-", i))
		var err error
		if rep, err = Build(context.Background(), opts); err != nil {
			b.Fatal(err)
		}
		if rep.Failed(false) {
			b.Fatalf("the site has errors: %v", rep.Diags)
		}
	}
	b.SetBytes(rep.Bytes)
	b.ReportMetric(float64(rep.Files), "files")
}

// BenchmarkBuild measures the whole pipeline as vitrine build runs it:
// cold builds into a new folder, with and without minification, and a build
// over the previous output when nothing changed.
func BenchmarkBuild(b *testing.B) {
	for _, bc := range []struct {
		name     string
		noMinify bool
		again    bool
	}{{"cold", false, false}, {"cold-no-minify", true, false}, {"again", false, true}} {
		b.Run(bc.name, func(b *testing.B) {
			opts := benchSite(b)
			opts.NoMinify = bc.noMinify
			tmp := b.TempDir()
			opts.Out = filepath.Join(tmp, "public")
			run := func() *Report {
				rep, err := Build(context.Background(), opts)
				if err != nil {
					b.Fatal(err)
				}
				if rep.Failed(true) {
					b.Fatalf("the synthetic site does not build cleanly: %v", rep.Diags)
				}
				return rep
			}
			if bc.again {
				run()
			}
			b.ReportAllocs()
			var rep *Report
			i := 0
			for b.Loop() {
				if !bc.again {
					i++
					opts.Out = filepath.Join(tmp, fmt.Sprint("public-", i))
				}
				rep = run()
			}
			if !bc.again {
				b.SetBytes(rep.Bytes)
				b.ReportMetric(float64(rep.Files), "files")
			}
		})
	}
}

// peakHeap samples the live heap every 100ms and, each time it reaches a
// new maximum, writes a heap profile to path: its inuse_space view then
// shows what was live at the peak of the build, which -memprofile (taken
// at the end) does not. It returns a function that stops sampling and
// reports the peak.
func peakHeap(b *testing.B, path string) (stop func()) {
	done := make(chan struct{})
	finished := make(chan uint64)
	go func() {
		var peak uint64
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				finished <- peak
				return
			case <-t.C:
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc <= peak+peak/20 {
				continue
			}
			peak = ms.HeapAlloc
			f, err := os.Create(path)
			if err != nil {
				continue
			}
			_ = pprof.WriteHeapProfile(f)
			f.Close()
		}
	}()
	return func() {
		close(done)
		b.ReportMetric(float64(<-finished)/(1<<20), "peak-heap-MiB")
	}
}
