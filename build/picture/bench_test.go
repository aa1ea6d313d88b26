//go:build unix

package picture

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build/diag"
)

// BenchmarkPhotos processes PHOTOS photos of 4,000×3,000 (default 20; the
// figure in docs/images.md is for 200) at the default widths, as a page
// shows them, twice: with an empty cache (every variant encoded), then
// with a new processor over the same cache (the second build: nothing
// encoded). Run it once:
//
//	PHOTOS=200 go test -run '^$' -bench BenchmarkPhotos -benchtime 1x ./build/picture
//
// The photos are one generated picture saved with a different comment
// each, so that every file is a source of its own for the cache. Besides
// the wall times it reports the CPU time used (photos/cpu-s: photos per
// second of one fully used core), which a shared machine does not blur.
func BenchmarkPhotos(b *testing.B) {
	n := 20
	if v, err := strconv.Atoi(os.Getenv("PHOTOS")); err == nil && v > 0 {
		n = v
	}
	dir := b.TempDir()
	img := image.NewYCbCr(image.Rect(0, 0, 4000, 3000), image.YCbCrSubsampleRatio420)
	for y := 0; y < 3000; y++ {
		for x := 0; x < 4000; x++ {
			r, g, bl := color.RGBToYCbCr(uint8(x/16), uint8(y/12), uint8((x*y)>>10))
			img.Y[img.YOffset(x, y)] = r
			img.Cb[img.COffset(x, y)], img.Cr[img.COffset(x, y)] = g, bl
		}
	}
	var base bytes.Buffer
	if err := jpeg.Encode(&base, img, &jpeg.Options{Quality: 88}); err != nil {
		b.Fatal(err)
	}
	srcs := map[string]Source{}
	fsys := os.DirFS(dir)
	for i := 0; i < n; i++ {
		com := []byte(fmt.Sprintf("photo %d", i))
		var f bytes.Buffer
		f.Write(base.Bytes()[:2])
		f.Write([]byte{0xff, 0xfe, 0, byte(len(com) + 2)})
		f.Write(com)
		f.Write(base.Bytes()[2:])
		name := fmt.Sprintf("photo-%03d.jpg", i)
		if err := os.WriteFile(filepath.Join(dir, name), f.Bytes(), 0o644); err != nil {
			b.Fatal(err)
		}
		srcs["images/"+name] = Source{FS: fsys, Path: name}
	}
	cache := filepath.Join(dir, "cache")
	// cpu returns the CPU time the process has used: on a shared machine
	// the wall time says more about the neighbours than about vitrine.
	cpu := func() time.Duration {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	run := func() (Stats, time.Duration, time.Duration) {
		p := New(Options{Cache: cache}, srcs)
		start, c0 := time.Now(), cpu()
		for name := range srcs {
			if _, err := p.Get(name, Spec{}, diag.Pos{}); err != nil {
				b.Fatal(err)
			}
		}
		var d diag.List
		st, err := p.Run(context.Background(), &d, func(string, []byte) error { return nil })
		if err != nil || d.Len() > 0 {
			b.Fatal(err, d.String())
		}
		return st, time.Since(start), cpu() - c0
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = os.RemoveAll(cache)
		first, t1, c1 := run()
		second, t2, c2 := run()
		if second.Encoded != 0 {
			b.Fatalf("the second build encoded %d variants", second.Encoded)
		}
		cores := float64(runtime.GOMAXPROCS(0))
		b.ReportMetric(float64(n)/t1.Seconds(), "photos/s")
		b.ReportMetric(float64(n)/t1.Seconds()/cores, "photos/s/core")
		b.ReportMetric(float64(first.Encoded), "variants")
		b.ReportMetric(t1.Seconds(), "first-s")
		b.ReportMetric(t2.Seconds(), "second-s")
		// Photos per second of one busy core: what one core of an idle
		// machine does.
		b.ReportMetric(float64(n)/c1.Seconds(), "photos/cpu-s")
		b.ReportMetric(c2.Seconds(), "second-cpu-s")
	}
}
