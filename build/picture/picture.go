package picture

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/vitrine-ssg/vitrine/build/diag"
)

// The defaults of Options.
var (
	DefaultWidths = []int{480, 800, 1200, 1600}
)

const (
	DefaultQuality   = 75
	DefaultMaxPixels = 50_000_000
)

// Options are the image settings of a site (site.yaml's images). The zero
// value means the defaults.
type Options struct {
	// Widths are the widths, in pixels, each image is made at (never above
	// the source's own width). Default: DefaultWidths.
	Widths []int
	// Quality is the WebP and JPEG quality, 1 to 100. Default: 75.
	Quality int
	// MaxPixels is the most pixels a source may have (width × height):
	// larger ones are refused before they are decoded. Default: 50 million.
	MaxPixels int
	// Cache is the folder where encoded variants are kept between builds;
	// "" keeps none.
	Cache string
}

func (o Options) withDefaults() Options {
	if len(o.Widths) == 0 {
		o.Widths = DefaultWidths
	}
	o.Widths = slices.Sorted(slices.Values(o.Widths))
	if o.Quality <= 0 {
		o.Quality = DefaultQuality
	}
	if o.MaxPixels <= 0 {
		o.MaxPixels = DefaultMaxPixels
	}
	return o
}

// IsRaster reports whether a file name has the extension of an image the
// pipeline processes. Such files under static/ are published only through
// the pipeline, never as they are: their metadata would go with them.
func IsRaster(name string) bool {
	return slices.Contains([]string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".heic", ".heif", ".avif", ".bmp"}, strings.ToLower(path.Ext(name)))
}

// Source is a file the pipeline can read: a static file of the site.
type Source struct {
	FS   fs.FS
	Path string // in FS
}

// Focus is a focal point: the fraction of the width and of the height
// where the subject is (0,0 top left, 1,1 bottom right). A crop keeps it as
// near its centre as the image allows.
type Focus struct {
	X, Y float64
	Set  bool // false: the crop is chosen from the image's details
}

// ParseFocus reads a focal point written "0.3,0.6".
func ParseFocus(s string) (Focus, error) {
	xs, ys, ok := strings.Cut(s, ",")
	x, errX := strconv.ParseFloat(strings.TrimSpace(xs), 64)
	y, errY := strconv.ParseFloat(strings.TrimSpace(ys), 64)
	if !ok || errX != nil || errY != nil || x < 0 || x > 1 || y < 0 || y > 1 || math.IsNaN(x) || math.IsNaN(y) {
		return Focus{}, fmt.Errorf("focus %q: write two numbers from 0 to 1, across then down, like 0.3,0.6 (0.5,0.5 is the centre)", s)
	}
	return Focus{X: x, Y: y, Set: true}, nil
}

// String writes the focus as ParseFocus reads it ("" when not set).
func (f Focus) String() string {
	if !f.Set {
		return ""
	}
	return strconv.FormatFloat(f.X, 'f', -1, 64) + "," + strconv.FormatFloat(f.Y, 'f', -1, 64)
}

// Spec says how a use shows an image.
type Spec struct {
	// Aspect is the width / height ratio to crop to; 0 keeps the image's
	// own shape.
	Aspect float64
	// Focus is the point a crop keeps.
	Focus Focus
	// MaxWidth is the largest width the use ever needs (0: the largest
	// configured width).
	MaxWidth int
	// Widths, when given, are the widths this use is made at instead of
	// the configured ones (never above the source's): for a logo shown a
	// few dozen pixels high, whose 1× and 2× widths the configured ones
	// would miss by far.
	Widths []int
	// Exact, when set, makes one JPEG (or PNG) variant of exactly this
	// width — scaled up if need be — and no WebP: for Open Graph images,
	// which sharing sites want at a fixed size.
	Exact int
}

// Picture is an image as a use shows it: the variants a browser chooses
// from.
type Picture struct {
	// Width and Height are the largest variant's, for the width and height
	// attributes that reserve the image's space before it loads.
	Width, Height int
	// WebP are the WebP variants, narrowest first (none for Spec.Exact).
	WebP []Variant
	// Fallback are the same widths in JPEG, or PNG for an image with
	// transparency, for browsers without WebP.
	Fallback []Variant
	// FallbackType is the media type of Fallback: image/jpeg or image/png.
	FallbackType string
}

// Variant is one encoded file of a picture.
type Variant struct {
	Path          string // output path, relative to the output root
	Width, Height int
}

// Processor plans and makes the variants of a site's images. It is safe for
// concurrent use: the render workers ask for pictures while pages are
// rendered, then Run encodes what they asked for.
type Processor struct {
	opts    Options
	sources map[string]Source // by site path: "images/campus.jpg"

	mu     sync.Mutex
	probes map[string]*probe
	jobs   map[string]*job // by output path
}

// probe is the header and checksum of a source, read once.
type probe struct {
	once sync.Once
	h    header
	sum  string
	err  error
}

// job is a variant to make.
type job struct {
	src    string // site path
	sum    string
	h      header
	spec   Spec
	width  int
	height int
	format Format // JPEG, PNG or WebP
	out    string
	key    string
	at     diag.Pos // the first use, for errors found while decoding
}

// New returns a processor for the given static files (keyed by their path
// in the output: "images/campus.jpg").
func New(opts Options, sources map[string]Source) *Processor {
	return &Processor{opts: opts.withDefaults(), sources: sources, probes: map[string]*probe{}, jobs: map[string]*job{}}
}

// Options returns the processor's options, defaults filled in.
func (p *Processor) Options() Options { return p.opts }

// Has reports whether name (a site path without leading slash) is a
// source the processor knows.
func (p *Processor) Has(name string) bool {
	_, ok := p.sources[name]
	return ok
}

// Get returns the picture of the image name (a site path such as
// "images/campus.jpg") shown as spec says, and records its variants for
// Run. at is where the image is used, for the errors only decoding finds.
// The error, worded for the author, says what is wrong with the file.
func (p *Processor) Get(name string, spec Spec, at diag.Pos) (*Picture, error) {
	pr, err := p.probe(name)
	if err != nil {
		return nil, err
	}
	return p.plan(name, pr, spec, at), nil
}

// probe reads the header and checksum of the source name, once.
func (p *Processor) probe(name string) (*probe, error) {
	src, ok := p.sources[name]
	if !ok {
		return nil, fmt.Errorf("no file static/%s: put the image under static/ and write its path from there, like /images/campus.jpg", name)
	}
	p.mu.Lock()
	pr := p.probes[name]
	if pr == nil {
		pr = &probe{}
		p.probes[name] = pr
	}
	p.mu.Unlock()
	pr.once.Do(func() {
		b, err := fs.ReadFile(src.FS, src.Path)
		if err != nil {
			pr.err = err
			return
		}
		sum := sha256.Sum256(b)
		pr.sum = hex.EncodeToString(sum[:])
		pr.h, pr.err = readHeader(b, p.opts.MaxPixels)
	})
	if pr.err != nil {
		return nil, pr.err
	}
	return pr, nil
}

// Size returns the width and height of the image name as it is shown
// (after its EXIF orientation), reading its header only.
func (p *Processor) Size(name string) (width, height int, err error) {
	pr, err := p.probe(name)
	if err != nil {
		return 0, 0, err
	}
	return pr.h.width, pr.h.height, nil
}

// cropSize returns the size of the region of a w×h image that an aspect
// ratio keeps (all of it for 0).
func cropSize(w, h int, aspect float64) (int, int) {
	if aspect <= 0 {
		return w, h
	}
	cw, ch := w, int(math.Round(float64(w)/aspect))
	if ch > h {
		cw, ch = int(math.Round(float64(h)*aspect)), h
	}
	return max(cw, 1), max(ch, 1)
}

// widths returns the widths a region cw pixels wide is made at: the
// configured ones it can fill, up to max, and its own width when it is
// narrower than the largest of them.
func widths(configured []int, cw, maxWidth int) []int {
	var out []int
	top := configured[len(configured)-1]
	if maxWidth > 0 {
		top = maxWidth
	}
	for _, w := range configured {
		if w <= cw && w <= top {
			out = append(out, w)
		}
	}
	if limit := min(cw, top); len(out) == 0 || out[len(out)-1] < limit {
		out = append(out, limit)
	}
	return out
}

func (p *Processor) plan(name string, pr *probe, spec Spec, at diag.Pos) *Picture {
	cw, ch := cropSize(pr.h.width, pr.h.height, spec.Aspect)
	pic := &Picture{FallbackType: "image/jpeg"}
	fallback := JPEG
	if pr.h.alpha {
		fallback, pic.FallbackType = PNG, "image/png"
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	add := func(w int, f Format) Variant {
		h := max(1, int(math.Round(float64(w)*float64(ch)/float64(cw))))
		if spec.Exact > 0 && spec.Aspect > 0 {
			h = max(1, int(math.Round(float64(w)/spec.Aspect)))
		}
		k := sha256.New()
		fmt.Fprintf(k, "vitrine-picture-1\x00%s\x00%s\x00%d\x00%d\x00%g\x00%s\x00%d", pr.sum, f, w, h, spec.Aspect, spec.Focus, p.opts.Quality)
		key := hex.EncodeToString(k.Sum(nil))
		ext := map[Format]string{JPEG: ".jpg", PNG: ".png", WebP: ".webp"}[f]
		stem := strings.TrimSuffix(name, path.Ext(name))
		out := fmt.Sprintf("%s-%dw.%s%s", stem, w, key[:10], ext)
		if p.jobs[out] == nil {
			p.jobs[out] = &job{src: name, sum: pr.sum, h: pr.h, spec: spec, width: w, height: h, format: f, out: out, key: key, at: at}
		}
		return Variant{Path: out, Width: w, Height: h}
	}
	if spec.Exact > 0 {
		v := add(spec.Exact, fallback)
		pic.Fallback = []Variant{v}
		pic.Width, pic.Height = v.Width, v.Height
		return pic
	}
	ws := widths(p.opts.Widths, cw, spec.MaxWidth)
	if len(spec.Widths) > 0 {
		ws = widths(spec.Widths, cw, spec.MaxWidth)
	}
	for _, w := range ws {
		pic.WebP = append(pic.WebP, add(w, WebP))
		v := add(w, fallback)
		pic.Fallback = append(pic.Fallback, v)
		pic.Width, pic.Height = v.Width, v.Height
	}
	return pic
}
