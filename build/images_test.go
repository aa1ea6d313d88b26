package build

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	_ "golang.org/x/image/webp" // image.DecodeConfig of the variants
)

// gpsPhoto returns a w×h JPEG carrying an EXIF block with a GPS position.
func gpsPhoto(t *testing.T, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x / 12), uint8(y / 8), uint8(x ^ y), 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 85}); err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	var tiff bytes.Buffer
	tiff.WriteString("II*\x00")
	binary.Write(&tiff, le, []uint32{8})
	binary.Write(&tiff, le, []uint16{1, 0x8825, 4})
	binary.Write(&tiff, le, []uint32{1, 26, 0})
	binary.Write(&tiff, le, []uint16{1, 0x0001, 2})
	binary.Write(&tiff, le, []uint32{2})
	tiff.WriteString("N\x00\x00\x00")
	binary.Write(&tiff, le, []uint32{0})
	seg := append([]byte("Exif\x00\x00"), tiff.Bytes()...)
	var out bytes.Buffer
	out.Write([]byte{0xff, 0xd8, 0xff, 0xe1})
	binary.Write(&out, binary.BigEndian, uint16(len(seg)+2))
	out.Write(seg)
	out.Write(b.Bytes()[2:])
	return out.Bytes()
}

const imageSite = `baseURL: https://example.org/site/
title: Study
languages:
  - {code: en, label: English, locale: en-GB}
`

// TestMarkdownPhoto is the acceptance: a 3,000×2,000 JPEG with GPS
// coordinates, referenced from a Markdown page, comes out as at least three
// widths with a WebP candidate, with width and height set and no metadata;
// the original is not published.
func TestMarkdownPhoto(t *testing.T) {
	photo := gpsPhoto(t, 3000, 2000)
	if !bytes.Contains(photo, []byte("Exif")) {
		t.Fatal("the test photo has no EXIF block")
	}
	fsys := fstest.MapFS{
		"site.yaml":                {Data: []byte(imageSite)},
		"content/_index.md":        {Data: []byte("---\ntitle: Home\n---\nHello.\n")},
		"content/campus.md":        {Data: []byte("---\ntitle: Campus\n---\nThe campus.\n\n![Students crossing the campus square](/images/campus.jpg)\n")},
		"static/images/campus.jpg": {Data: photo},
	}
	out := filepath.Join(t.TempDir(), "public")
	cache := filepath.Join(t.TempDir(), "cache")
	rep := buildSite(t, fsys, out, Options{Cache: cache})
	if rep.Failed(true) {
		t.Fatalf("build failed: %v", diagLines(rep))
	}
	page, err := os.ReadFile(filepath.Join(out, "en/campus/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	for _, want := range []string{`<picture>`, `type="image/webp"`, `width="1200"`, `height="800"`, `loading="lazy"`, `decoding="async"`, `alt="Students crossing the campus square"`} {
		if !strings.Contains(html, want) {
			t.Errorf("the page lacks %s:\n%s", want, html)
		}
	}
	webp := regexp.MustCompile(`/site/(images/campus-\d+w\.[0-9a-f]+\.webp) (\d+)w`).FindAllStringSubmatch(html, -1)
	if len(webp) < 3 {
		t.Fatalf("%d WebP candidates, want at least 3", len(webp))
	}
	for _, m := range webp {
		b, err := os.ReadFile(filepath.Join(out, m[1]))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte("Exif")) || bytes.Contains(b, []byte("GPS")) {
			t.Errorf("%s carries metadata", m[1])
		}
		cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
		if err != nil || strings.TrimSpace(m[2]) != strconv.Itoa(cfg.Width) {
			t.Errorf("%s: %v, %d pixels wide for a %sw candidate", m[1], err, cfg.Width, m[2])
		}
	}
	if _, err := os.Stat(filepath.Join(out, "images/campus.jpg")); err == nil {
		t.Error("the original, with its GPS position, was published")
	}
	// The second build, with a page edited (so not skipped as up to date),
	// encodes nothing: every variant comes from the cache.
	entries, _ := filepath.Glob(filepath.Join(cache, "images", "*", "*"))
	fsys["content/campus.md"] = &fstest.MapFile{Data: []byte("---\ntitle: The campus\n---\nThe campus.\n\n![Students crossing the campus square](/images/campus.jpg)\n")}
	var mtimes []int64
	for _, e := range entries {
		st, _ := os.Stat(e)
		mtimes = append(mtimes, st.ModTime().UnixNano())
	}
	if rep := buildSite(t, fsys, out, Options{Cache: cache}); rep.Failed(true) {
		t.Fatal(diagLines(rep))
	}
	for i, e := range entries {
		if st, _ := os.Stat(e); st.ModTime().UnixNano() != mtimes[i] {
			t.Errorf("%s was written again", e)
		}
	}
}

// TestCorruptImage: a damaged image fails the build, naming the page and
// the line that uses it; the output is not touched.
func TestCorruptImage(t *testing.T) {
	photo := gpsPhoto(t, 400, 300)
	fsys := fstest.MapFS{
		"site.yaml":             {Data: []byte(imageSite)},
		"content/_index.md":     {Data: []byte("---\ntitle: Home\n---\nHello.\n\nA picture:\n![The sea at Ostend](/images/sea.jpg)\n")},
		"content/about.md":      {Data: []byte("---\ntitle: About\nimage: /images/none.png\nimageAlt: Nothing\n---\nAbout.\n")},
		"static/images/sea.jpg": {Data: photo[:len(photo)/2]},
	}
	out := filepath.Join(t.TempDir(), "public")
	rep := buildSite(t, fsys, out, Options{})
	got := strings.Join(diagLines(rep), "\n")
	for _, want := range []string{
		"content/_index.md:7:1: error: image /images/sea.jpg: damaged JPEG file",
		"content/about.md:3:8: error: image /images/none.png: no file static/images/none.png",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("diagnostics lack %q:\n%s", want, got)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed build wrote the output folder")
	}
}
