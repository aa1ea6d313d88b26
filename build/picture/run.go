package picture

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/gen2brain/webp"
	"github.com/gohugoio/gift"
	"github.com/vitrine-ssg/vitrine/build/diag"
)

// webpMethod is libwebp's speed/size trade-off (0 fast … 6 small): 2 encodes
// about 2.5 times faster than the default 4 for files about 5 % larger
// (docs/images.md).
const webpMethod = 2

// Stats counts what Run did.
type Stats struct {
	Sources int64 // sources decoded
	Encoded int64 // variants encoded
	Cached  int64 // variants taken from the cache
}

// Run makes every variant that Get handed out and gives each to emit (from
// several goroutines at once), taking it from the cache when it is there
// and encoding it otherwise. Sources are processed in parallel, one per
// processor (GOMAXPROCS). A source that cannot be decoded is reported in
// diags at its first use; the first error of emit or of the cache stops
// Run and is returned.
func (p *Processor) Run(ctx context.Context, diags *diag.List, emit func(path string, body []byte) error) (Stats, error) {
	p.mu.Lock()
	bySrc := map[string][]*job{}
	for _, j := range p.jobs {
		bySrc[j.src] = append(bySrc[j.src], j)
	}
	p.mu.Unlock()
	for _, jobs := range bySrc {
		// Widest first: each size is resized from the one before.
		slices.SortFunc(jobs, func(a, b *job) int {
			return cmp.Or(cmp.Compare(b.width, a.width), strings.Compare(a.out, b.out))
		})
	}
	names := slices.Sorted(maps.Keys(bySrc))

	var st Stats
	var firstErr error
	var once sync.Once
	fail := func(err error) { once.Do(func() { firstErr = err }) }
	work := make(chan string)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for n := range work {
				if err := p.source(ctx, n, bySrc[n], &st, diags, emit); err != nil {
					fail(err)
				}
			}
		})
	}
	for _, n := range names {
		if ctx.Err() != nil {
			break
		}
		work <- n
	}
	close(work)
	wg.Wait()
	if firstErr != nil {
		return st, firstErr
	}
	return st, ctx.Err()
}

// source makes the variants of one source.
func (p *Processor) source(ctx context.Context, name string, jobs []*job, st *Stats, diags *diag.List, emit func(string, []byte) error) error {
	var missing []*job
	for _, j := range jobs {
		if b, ok := p.cached(j); ok {
			atomic.AddInt64(&st.Cached, 1)
			if err := emit(j.out, b); err != nil {
				return err
			}
			continue
		}
		missing = append(missing, j)
	}
	if len(missing) == 0 {
		return nil
	}
	src := p.sources[name]
	raw, err := fs.ReadFile(src.FS, src.Path)
	if err != nil {
		return fmt.Errorf("static/%s: %w", name, err)
	}
	img, err := decode(raw, missing[0].h)
	if err != nil {
		diags.Errorf(missing[0].at, "image /%s: %v", name, err)
		return nil
	}
	atomic.AddInt64(&st.Sources, 1)
	// Each crop is resized widest first, each size from the one before:
	// far cheaper than from the source every time, and as sharp, since
	// every step shrinks by less than a half.
	prev := map[string]image.Image{}
	for _, j := range missing {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		crop := fmt.Sprintf("%g|%s|%d", j.spec.Aspect, j.spec.Focus, j.spec.Exact)
		from := prev[crop]
		if from == nil || from.Bounds().Dx() < j.width {
			from = cropTo(img, j.spec)
		}
		small := resize(from, j.width, j.height)
		prev[crop] = small
		body, err := encode(small, j.format, p.opts.Quality)
		if err != nil {
			diags.Errorf(j.at, "image /%s: %v", name, err)
			return nil
		}
		atomic.AddInt64(&st.Encoded, 1)
		if err := p.store(j, body); err != nil {
			return err
		}
		if err := emit(j.out, body); err != nil {
			return err
		}
	}
	return nil
}

// cachePath returns where a job's variant is cached, "" when there is no
// cache.
func (p *Processor) cachePath(j *job) string {
	if p.opts.Cache == "" {
		return ""
	}
	return filepath.Join(p.opts.Cache, j.key[:2], j.key+filepath.Ext(j.out))
}

func (p *Processor) cached(j *job) ([]byte, bool) {
	cp := p.cachePath(j)
	if cp == "" {
		return nil, false
	}
	b, err := os.ReadFile(cp)
	return b, err == nil && len(b) > 0
}

// store writes a variant into the cache: through a temporary file renamed
// into place, so that a build stopped halfway never leaves a truncated one.
func (p *Processor) store(j *job, body []byte) error {
	cp := p.cachePath(j)
	if cp == "" {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(cp), 0o755); err != nil {
		return fmt.Errorf("image cache: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(cp), ".tmp-*")
	if err != nil {
		return fmt.Errorf("image cache: %w", err)
	}
	_, err = f.Write(body)
	if err = cmp.Or(err, f.Close()); err == nil {
		err = os.Rename(f.Name(), cp)
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("image cache: %w", err)
	}
	return nil
}

// decode decodes a source and turns it upright, as its EXIF orientation
// says.
func decode(b []byte, h header) (image.Image, error) {
	img, err := codecs[h.format].decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("damaged %s file: %v", codecs[h.format].name, err)
	}
	if upright := orientations[h.orientation]; upright != nil {
		g := gift.New(upright())
		dst := image.NewNRGBA(g.Bounds(img.Bounds()))
		g.Draw(dst, img)
		img = dst
	}
	return img, nil
}

// orientations are the filters that turn an image upright, by its EXIF
// orientation (2 to 8; 1 is upright).
var orientations = [9]func() gift.Filter{
	2: gift.FlipHorizontal,
	3: gift.Rotate180,
	4: gift.FlipVertical,
	5: gift.Transpose,
	6: gift.Rotate270,
	7: gift.Transverse,
	8: gift.Rotate90,
}

// cropTo returns the region of img that spec keeps.
func cropTo(img image.Image, spec Spec) image.Image {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	cw, ch := cropSize(w, h, spec.Aspect)
	if cw == w && ch == h {
		return img
	}
	var x, y int
	if spec.Focus.Set {
		x = clamp(int(math.Round(spec.Focus.X*float64(w)-float64(cw)/2)), 0, w-cw)
		y = clamp(int(math.Round(spec.Focus.Y*float64(h)-float64(ch)/2)), 0, h-ch)
	} else {
		x, y = attention(img, cw, ch)
	}
	r := image.Rect(b.Min.X+x, b.Min.Y+y, b.Min.X+x+cw, b.Min.Y+y+ch)
	if s, ok := img.(interface {
		SubImage(image.Rectangle) image.Image
	}); ok {
		return s.SubImage(r)
	}
	dst := image.NewNRGBA(image.Rect(0, 0, cw, ch))
	draw.Draw(dst, dst.Bounds(), img, r.Min, draw.Src)
	return dst
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// resize scales img to w×h with a Lanczos filter.
func resize(img image.Image, w, h int) image.Image {
	b := img.Bounds()
	if b.Dx() == w && b.Dy() == h {
		return img
	}
	g := gift.New(gift.Resize(w, h, gift.LanczosResampling))
	dst := image.NewNRGBA(g.Bounds(b))
	g.Draw(dst, img)
	return dst
}

// encode encodes pixels only: nothing of the source's metadata exists any
// more at this point.
func encode(img image.Image, f Format, quality int) (body []byte, err error) {
	var buf bytes.Buffer
	switch f {
	case JPEG:
		err = jpeg.Encode(&buf, opaque(img), &jpeg.Options{Quality: quality})
	case PNG:
		err = (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img)
	case WebP:
		defer func() {
			// The WebAssembly runtime panics when it cannot start: a
			// problem of the machine, reported instead of a crash.
			if r := recover(); r != nil {
				err = fmt.Errorf("the WebP encoder failed: %v", r)
			}
		}()
		err = webp.Encode(&buf, img, webp.Options{Quality: quality, Method: webpMethod})
	}
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %v", f, err)
	}
	return buf.Bytes(), nil
}

// opaque returns img as the JPEG encoder takes it fastest: *image.RGBA
// and *image.YCbCr have fast paths, the rest goes through color.Color.
func opaque(img image.Image) image.Image {
	switch img.(type) {
	case *image.RGBA, *image.YCbCr, *image.Gray:
		return img
	}
	if n, ok := img.(*image.NRGBA); ok && n.Opaque() {
		// Opaque NRGBA pixels are the same bytes as RGBA ones.
		return &image.RGBA{Pix: n.Pix, Stride: n.Stride, Rect: n.Rect}
	}
	dst := image.NewRGBA(img.Bounds())
	draw.Draw(dst, dst.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(dst, dst.Bounds(), img, img.Bounds().Min, draw.Over)
	return dst
}

// Knows reports whether path is the output path of a variant Get handed
// out.
func (p *Processor) Knows(path string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.jobs[path] != nil
}

// Make makes one variant now, from the cache or by encoding it: for the dev
// server, which processes an image when a browser first asks for it
// instead of every image before it starts. Problems with the source go to
// diags, as in Run; ok is false when the variant could not be made.
func (p *Processor) Make(ctx context.Context, path string, diags *diag.List) (body []byte, ok bool, err error) {
	p.mu.Lock()
	j := p.jobs[path]
	p.mu.Unlock()
	if j == nil {
		return nil, false, nil
	}
	var st Stats
	err = p.source(ctx, j.src, []*job{j}, &st, diags, func(_ string, b []byte) error {
		body = b
		return nil
	})
	return body, body != nil, err
}
