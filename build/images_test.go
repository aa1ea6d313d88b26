package build

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
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
	t.Parallel()
	if testing.Short() {
		t.Skip("encodes a 3,000×2,000 photo (left to the full run)")
	}
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
	t.Parallel()
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

// TestCatalogueImages: an institution's image and logo and a programme's
// image go through the pipeline and reach their pages, cards and Open
// Graph image, with their alt text in the page's language (marked when it
// falls back); a missing file is an error at its src line.
func TestCatalogueImages(t *testing.T) {
	t.Parallel()
	var logo bytes.Buffer
	li := image.NewNRGBA(image.Rect(0, 0, 300, 100))
	for y := 0; y < 100; y++ {
		for x := 0; x < 300; x++ {
			li.Set(x, y, color.NRGBA{uint8(x), 40, 90, uint8(255 - y)})
		}
	}
	if err := png.Encode(&logo, li); err != nil {
		t.Fatal(err)
	}
	site := imageSite + "  - {code: fr, label: Français, locale: fr-BE}\ndefaultLanguage: en\nfallback: [en]\n"
	fsys := fstest.MapFS{
		"site.yaml":                     {Data: []byte(site)},
		"content/_index.md":             {Data: []byte("---\ntitle: Home\n---\nHello.\n")},
		"content/_index.fr.md":          {Data: []byte("---\ntitle: Accueil\n---\nBonjour.\n")},
		"data/institutions/uliege.yaml": {Data: []byte("name: University of Liège\ncountry: BE\ncity: Liège\nurl: https://www.uliege.be/\nlogo: /logos/uliege.png\nimage:\n  src: /images/hall.jpg\n  alt: {en: The great hall, fr: La grande salle}\n  credit: Photo ULiège\n")},
		"data/programmes/law.yaml":      {Data: []byte("title: Law\nsummary: Law.\nlevel: master\nects: 120\nduration: P2Y\nlanguages: [en]\nfields: [\"0421\"]\ninstitutions: [uliege]\nimage:\n  src: /images/court.jpg\n  alt: {en: A court room}\n  focus: 0.3,0.6\n")},
		"data/programmes/history.yaml":  {Data: []byte("title: History\nsummary: History.\nlevel: master\nects: 120\nduration: P2Y\nlanguages: [en]\nfields: [\"0222\"]\ninstitutions: [uliege]\nimage:\n  src: /images/missing.jpg\n  decorative: true\n")},
		"static/images/hall.jpg":        {Data: gpsPhoto(t, 1200, 900)},
		"static/images/court.jpg":       {Data: gpsPhoto(t, 1000, 700)},
		"static/logos/uliege.png":       {Data: logo.Bytes()},
	}
	out := filepath.Join(t.TempDir(), "public")
	rep := buildSite(t, fsys, out, Options{})
	got := strings.Join(diagLines(rep), "\n")
	if want := "data/programmes/history.yaml:10:8: error: image /images/missing.jpg: no file static/images/missing.jpg"; !strings.Contains(got, want) {
		t.Fatalf("diagnostics lack %q:\n%s", want, got)
	}
	delete(fsys, "data/programmes/history.yaml")
	rep = buildSite(t, fsys, out, Options{})
	if rep.Failed(false) { // the French alt text missing is a warning
		t.Fatalf("build failed: %v", diagLines(rep))
	}
	read := func(p string) string {
		b, err := os.ReadFile(filepath.Join(out, p))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	inst, instFR, prog, list := read("en/institutions/uliege/index.html"), read("fr/etablissements/uliege/index.html"), read("en/programmes/law/index.html"), read("en/programmes/index.html")
	for _, c := range []struct{ name, html, want string }{
		{"institution hero", inst, `alt="The great hall" fetchpriority="high"`},
		{"institution credit", inst, `Photo ULiège</figcaption>`},
		{"institution logo", inst, `sizes="192px"`},
		{"institution og", inst, `property="og:image" content="https://example.org/site/images/hall-1200w.`},
		{"French alt", instFR, `alt="La grande salle"`},
		{"programme hero", prog, `alt="A court room" fetchpriority="high"`},
		{"programme logo", prog, `sizes="72px"`},
		{"programme og", prog, `property="og:image" content="https://example.org/site/images/court-1200w.`},
		{"programme card", list, `alt="A court room" loading="lazy"`},
		{"institution JSON-LD image", inst, `"image":"https://example.org/site/images/hall-1200w.`},
		{"institution JSON-LD logo", inst, `"logo":"https://example.org/site/logos/uliege-300w.`},
		{"programme JSON-LD image", prog, `"image":"https://example.org/site/images/court-1200w.`},
	} {
		if !strings.Contains(c.html, c.want) {
			t.Errorf("%s: the page lacks %s", c.name, c.want)
		}
	}
	// The fallback mark: the programme's alt exists in English only.
	progFR := read("fr/formations/law/index.html")
	if !strings.Contains(progFR, `alt="A court room" lang="en"`) {
		t.Error("the French page shows the English alt text without lang=\"en\"")
	}
	// The logo is made at its 1× and 2× widths, never at images.widths.
	for _, w := range []int{72, 120, 144, 192, 240, 300} {
		if m, _ := filepath.Glob(filepath.Join(out, "logos", "uliege-"+strconv.Itoa(w)+"w.*.webp")); len(m) != 1 {
			t.Errorf("logo: %d variants %dw", len(m), w)
		}
	}
	if m, _ := filepath.Glob(filepath.Join(out, "logos", "uliege-480w.*")); len(m) != 0 {
		t.Errorf("logo made at 480 pixels: %v", m)
	}
}
