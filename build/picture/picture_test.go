package picture

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/vitrine-ssg/vitrine/build/diag"
	_ "golang.org/x/image/webp"
)

// photo returns a w×h JPEG with some detail in it.
func photo(t testing.TB, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), uint8((x ^ y) & 0xff), 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// withExif inserts an APP1 Exif segment carrying an orientation and a GPS
// position (48°51′N) right after the JPEG's SOI marker.
func withExif(jpg []byte, orientation uint16) []byte {
	le := binary.LittleEndian
	var t bytes.Buffer
	t.WriteString("II*\x00")
	binary.Write(&t, le, uint32(8))
	// IFD0: orientation, GPS IFD pointer.
	binary.Write(&t, le, uint16(2))
	binary.Write(&t, le, []uint16{0x0112, 3})
	binary.Write(&t, le, uint32(1))
	binary.Write(&t, le, []uint16{orientation, 0})
	binary.Write(&t, le, []uint16{0x8825, 4})
	binary.Write(&t, le, uint32(1))
	binary.Write(&t, le, uint32(8+2+24+4))
	binary.Write(&t, le, uint32(0))
	// GPS IFD: GPSLatitudeRef "N", GPSLatitude 48/1 51/1 0/1.
	binary.Write(&t, le, uint16(2))
	binary.Write(&t, le, []uint16{0x0001, 2})
	binary.Write(&t, le, uint32(2))
	t.WriteString("N\x00\x00\x00")
	binary.Write(&t, le, []uint16{0x0002, 5})
	binary.Write(&t, le, uint32(3))
	binary.Write(&t, le, uint32(8+2+24+4+2+24+4))
	binary.Write(&t, le, uint32(0))
	binary.Write(&t, le, []uint32{48, 1, 51, 1, 0, 1})
	seg := append([]byte("Exif\x00\x00"), t.Bytes()...)
	var out bytes.Buffer
	out.Write(jpg[:2])
	out.Write([]byte{0xff, 0xe1})
	binary.Write(&out, binary.BigEndian, uint16(len(seg)+2))
	out.Write(seg)
	out.Write(jpg[2:])
	return out.Bytes()
}

type run struct {
	mu    sync.Mutex
	files map[string][]byte
	diags diag.List
	stats Stats
}

func process(t *testing.T, p *Processor) *run {
	t.Helper()
	r := &run{files: map[string][]byte{}}
	st, err := p.Run(context.Background(), &r.diags, func(path string, body []byte) error {
		r.mu.Lock()
		r.files[path] = body
		r.mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	r.stats = st
	return r
}

func sources(files map[string][]byte) map[string]Source {
	fsys := fstest.MapFS{}
	out := map[string]Source{}
	for n, b := range files {
		fsys["static/"+n] = &fstest.MapFile{Data: b}
		out[n] = Source{FS: fsys, Path: "static/" + n}
	}
	return out
}

func TestPhotoWithGPSAndOrientation(t *testing.T) {
	if testing.Short() {
		t.Skip("encodes a 1,800×1,300 photo in every width (left to the full run)")
	}
	src := withExif(photo(t, 1800, 1300), 6) // stored sideways: shown 1300×1800
	if exifOrientation(src) != 6 {
		t.Fatalf("orientation not read")
	}
	p := New(Options{Cache: t.TempDir()}, sources(map[string][]byte{"images/campus.jpg": src}))
	pic, err := p.Get("images/campus.jpg", Spec{}, diag.Pos{File: "content/a.md", Line: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(pic.WebP) < 3 || len(pic.WebP) != len(pic.Fallback) {
		t.Fatalf("want at least 3 widths in both formats, got %+v", pic)
	}
	if pic.Width != 1300 || pic.Height != 1800 {
		t.Errorf("largest variant %d×%d, want 1300×1800 (turned upright)", pic.Width, pic.Height)
	}
	r := process(t, p)
	if r.diags.Len() > 0 {
		t.Fatal(r.diags.String())
	}
	for _, v := range append(pic.WebP, pic.Fallback...) {
		b := r.files[v.Path]
		if b == nil {
			t.Fatalf("%s not emitted", v.Path)
		}
		if bytes.Contains(b, []byte("Exif")) || bytes.Contains(b, []byte("GPS")) || bytes.Contains(b, []byte("XMP")) {
			t.Errorf("%s carries metadata", v.Path)
		}
		cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", v.Path, err)
		}
		if cfg.Width != v.Width || cfg.Height != v.Height {
			t.Errorf("%s is %d×%d, want %d×%d", v.Path, cfg.Width, cfg.Height, v.Width, v.Height)
		}
		if want := map[bool]string{true: "webp", false: "jpeg"}[strings.HasSuffix(v.Path, ".webp")]; format != want {
			t.Errorf("%s is %s", v.Path, format)
		}
	}
	if r.stats.Encoded != 8 || r.stats.Cached != 0 {
		t.Errorf("first run: %+v", r.stats)
	}
	// A second build with the same image encodes nothing.
	p2 := New(Options{Cache: p.opts.Cache}, sources(map[string][]byte{"images/campus.jpg": src}))
	if _, err := p2.Get("images/campus.jpg", Spec{}, diag.Pos{}); err != nil {
		t.Fatal(err)
	}
	r2 := process(t, p2)
	if r2.stats.Encoded != 0 || r2.stats.Cached != 8 || r2.stats.Sources != 0 {
		t.Errorf("second run: %+v", r2.stats)
	}
	for k, v := range r.files {
		if !bytes.Equal(r2.files[k], v) {
			t.Errorf("%s differs from the cache", k)
		}
	}
}

func TestWidthsNeverUpscale(t *testing.T) {
	for _, c := range []struct {
		name      string
		cw, max   int
		want      []int
		configure []int
	}{
		{"large", 4000, 0, []int{480, 800, 1200, 1600}, DefaultWidths},
		{"between", 1000, 0, []int{480, 800, 1000}, DefaultWidths},
		{"tiny", 300, 0, []int{300}, DefaultWidths},
		{"card", 4000, 800, []int{480, 800}, DefaultWidths},
		{"exact-top", 1600, 0, []int{480, 800, 1200, 1600}, DefaultWidths},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := widths(c.configure, c.cw, c.max)
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("got %v, want %v", got, c.want)
				}
			}
		})
	}
}

// bomb returns a PNG header claiming w×h pixels, with no pixels after it.
func bomb(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 2
	binary.Write(&b, binary.BigEndian, uint32(13))
	chunk := append([]byte("IHDR"), ihdr...)
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

func TestHostileAndCarelessImages(t *testing.T) {
	good := photo(t, 800, 600)
	var png16 bytes.Buffer
	deep := image.NewNRGBA64(image.Rect(0, 0, 640, 480))
	for y := 0; y < 480; y++ {
		for x := 0; x < 640; x++ {
			deep.SetNRGBA64(x, y, color.NRGBA64{uint16(x * 100), uint16(y * 130), 40000, 0xffff})
		}
	}
	if err := png.Encode(&png16, deep); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"bomb.png":      bomb(30000, 30000),
		"truncated.jpg": good[:len(good)/3],
		"garbage.jpg":   []byte("this is not an image at all"),
		"photo.heic":    append([]byte("\x00\x00\x00\x18ftypheic"), make([]byte, 20)...),
		"deep.png":      png16.Bytes(),
	}
	p := New(Options{}, sources(files))
	for _, c := range []struct{ name, want string }{
		{"bomb.png", "30000×30000 pixels is more than the 50 megapixels"},
		{"garbage.jpg", "not an image the pipeline can read"},
		{"photo.heic", "HEIC is not supported"},
		{"missing.jpg", "no file static/missing.jpg"},
	} {
		_, err := p.Get(c.name, Spec{}, diag.Pos{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
	// A truncated JPEG has a good header: decoding finds the damage, and
	// says so at the place that uses it.
	if _, err := p.Get("truncated.jpg", Spec{}, diag.Pos{File: "content/news.md", Line: 7, Col: 1}); err != nil {
		t.Fatal(err)
	}
	pic, err := p.Get("deep.png", Spec{}, diag.Pos{})
	if err != nil {
		t.Fatal(err)
	}
	if pic.FallbackType != "image/jpeg" {
		t.Errorf("an opaque 16-bit PNG falls back to %s, want JPEG", pic.FallbackType)
	}
	r := process(t, p)
	got := r.diags.String()
	if !strings.Contains(got, "content/news.md:7:1: error: image /truncated.jpg: damaged JPEG file") {
		t.Errorf("diagnostics: %s", got)
	}
	for _, v := range pic.WebP {
		if r.files[v.Path] == nil {
			t.Errorf("16-bit PNG: %s not made", v.Path)
		}
	}
}

func TestTransparencyKeepsPNG(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 500, 300))
	for i := range img.Pix {
		img.Pix[i] = uint8(i)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	p := New(Options{}, sources(map[string][]byte{"logo.png": b.Bytes()}))
	pic, err := p.Get("logo.png", Spec{}, diag.Pos{})
	if err != nil {
		t.Fatal(err)
	}
	if pic.FallbackType != "image/png" || !strings.HasSuffix(pic.Fallback[0].Path, ".png") {
		t.Errorf("fallback %s %s", pic.FallbackType, pic.Fallback[0].Path)
	}
}

func TestCropKeepsTheSubject(t *testing.T) {
	// A flat image with a detailed patch on the right: a square crop
	// without focus goes where the detail is; with a focus, to the focus.
	img := image.NewRGBA(image.Rect(0, 0, 900, 300))
	for y := 0; y < 300; y++ {
		for x := 0; x < 900; x++ {
			c := color.RGBA{200, 200, 200, 255}
			if x > 620 && x < 880 && (x/7+y/7)%2 == 0 {
				c = color.RGBA{10, 10, 10, 255}
			}
			img.Set(x, y, c)
		}
	}
	x, y := attention(img, 300, 300)
	if y != 0 || x < 560 {
		t.Errorf("automatic crop at %d,%d: misses the detail on the right", x, y)
	}
	sub := cropTo(img, Spec{Aspect: 1, Focus: Focus{X: 0, Y: 0.5, Set: true}})
	if b := sub.Bounds(); b.Min.X != 0 || b.Dx() != 300 || b.Dy() != 300 {
		t.Errorf("focus 0,0.5 crops %v", b)
	}
	if _, err := ParseFocus("1.2,0.5"); err == nil {
		t.Errorf("focus out of range accepted")
	}
	if f, err := ParseFocus("0.3, 0.6"); err != nil || f.X != 0.3 || f.Y != 0.6 {
		t.Errorf("ParseFocus: %v %v", f, err)
	}
}

func TestOpenGraphIsExact(t *testing.T) {
	p := New(Options{}, sources(map[string][]byte{"small.jpg": photo(t, 900, 900)}))
	pic, err := p.Get("small.jpg", Spec{Aspect: 1200.0 / 630, Exact: 1200}, diag.Pos{})
	if err != nil {
		t.Fatal(err)
	}
	if pic.Width != 1200 || pic.Height != 630 || len(pic.WebP) != 0 {
		t.Fatalf("%+v", pic)
	}
	r := process(t, p)
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(r.files[pic.Fallback[0].Path]))
	if err != nil || cfg.Width != 1200 || cfg.Height != 630 {
		t.Errorf("OG image %+v %v", cfg, err)
	}
}

// TestCMYKAndDeepImagesJustWork: a CMYK JPEG as print workflows save it
// (testdata/cmyk.jpg: Adobe marker, inverted values, made with Pillow:
// a red band over a blue one), and 16-bit PNGs (colour with transparency,
// and grey), come out as ordinary variants in the right colours.
func TestCMYKAndDeepImagesJustWork(t *testing.T) {
	cmyk, err := os.ReadFile("testdata/cmyk.jpg")
	if err != nil {
		t.Fatal(err)
	}
	// 16-bit colour with an alpha channel: red above, blue below, the
	// right-hand quarter half transparent.
	deep := image.NewNRGBA64(image.Rect(0, 0, 96, 64))
	grey := image.NewGray16(image.Rect(0, 0, 96, 64))
	for y := 0; y < 64; y++ {
		for x := 0; x < 96; x++ {
			c := color.NRGBA64{0xe000, 0x2000, 0x2000, 0xffff}
			if y >= 32 {
				c = color.NRGBA64{0x2000, 0x6000, 0xe000, 0xffff}
			}
			if x >= 72 {
				c.A = 0x8000
			}
			deep.SetNRGBA64(x, y, c)
			g := uint16(0xf000)
			if y >= 32 {
				g = 0x1000
			}
			grey.SetGray16(x, y, color.Gray16{g})
		}
	}
	var deepPNG, greyPNG bytes.Buffer
	if err := png.Encode(&deepPNG, deep); err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(&greyPNG, grey); err != nil {
		t.Fatal(err)
	}
	p := New(Options{}, sources(map[string][]byte{"cmyk.jpg": cmyk, "deep.png": deepPNG.Bytes(), "grey.png": greyPNG.Bytes()}))
	type rgb struct{ r, g, b uint8 }
	cases := []struct {
		name          string
		fallback      string
		top, bottom   rgb
		transparentAt image.Point // a pixel that must stay half transparent, or (0,0)
	}{
		{"cmyk.jpg", "image/jpeg", rgb{235, 23, 23}, rgb{23, 97, 235}, image.Point{}},
		{"deep.png", "image/png", rgb{224, 32, 32}, rgb{32, 96, 224}, image.Point{X: 90, Y: 10}},
		{"grey.png", "image/jpeg", rgb{240, 240, 240}, rgb{16, 16, 16}, image.Point{}},
	}
	pics := map[string]*Picture{}
	for _, c := range cases {
		pic, err := p.Get(c.name, Spec{}, diag.Pos{File: "content/x.md", Line: 3, Col: 1})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if pic.Width != 96 || pic.Height != 64 || pic.FallbackType != c.fallback {
			t.Errorf("%s: %d×%d %s, want 96×64 %s", c.name, pic.Width, pic.Height, pic.FallbackType, c.fallback)
		}
		pics[c.name] = pic
	}
	r := process(t, p)
	if s := r.diags.String(); s != "" {
		t.Fatalf("diagnostics: %s", s)
	}
	near := func(a, b uint8) bool { return int(a)-int(b) < 24 && int(b)-int(a) < 24 }
	for _, c := range cases {
		pic := pics[c.name]
		for _, v := range append(pic.Fallback, pic.WebP...) {
			body := r.files[v.Path]
			if body == nil {
				t.Errorf("%s: %s not made", c.name, v.Path)
				continue
			}
			img, _, err := image.Decode(bytes.NewReader(body))
			if err != nil {
				t.Errorf("%s: %s does not decode: %v", c.name, v.Path, err)
				continue
			}
			for _, at := range []struct {
				y    int
				want rgb
			}{{10, c.top}, {54, c.bottom}} {
				r16, g16, b16, _ := img.At(20, at.y).RGBA()
				got := rgb{uint8(r16 >> 8), uint8(g16 >> 8), uint8(b16 >> 8)}
				if !near(got.r, at.want.r) || !near(got.g, at.want.g) || !near(got.b, at.want.b) {
					t.Errorf("%s: %s at (20,%d) is %v, want about %v", c.name, v.Path, at.y, got, at.want)
				}
			}
			if pt := c.transparentAt; pt != (image.Point{}) {
				if _, _, _, a := img.At(pt.X, pt.Y).RGBA(); a < 0x6000 || a > 0xa000 {
					t.Errorf("%s: %s at %v has alpha %#x, want about half", c.name, v.Path, pt, a)
				}
			}
		}
	}
}

// TestLogoWidths: a use that names its own widths (a logo's 1× and 2×)
// gets those, never above the source's width, and Size reads the
// dimensions without planning anything.
func TestLogoWidths(t *testing.T) {
	p := New(Options{}, sources(map[string][]byte{"logo.jpg": photo(t, 300, 100)}))
	w, h, err := p.Size("logo.jpg")
	if err != nil || w != 300 || h != 100 {
		t.Fatalf("Size: %d×%d, %v; want 300×100", w, h, err)
	}
	if len(p.jobs) != 0 {
		t.Errorf("Size planned %d variants", len(p.jobs))
	}
	pic, err := p.Get("logo.jpg", Spec{Widths: []int{96, 192, 384}}, diag.Pos{})
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, v := range pic.Fallback {
		got = append(got, v.Width)
	}
	if want := []int{96, 192, 300}; !slices.Equal(got, want) {
		t.Errorf("widths %v, want %v", got, want)
	}
	if _, _, err := p.Size("nothing.png"); err == nil {
		t.Error("Size of a missing file: no error")
	}
}
