package render

import (
	"fmt"
	"html"
	"math"
	"path"
	"strconv"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/picture"
)

// Image is a raster image as a layout shows it: the variants the image
// pipeline made, and the text that goes with it. Layouts write it with the
// picture partial ({{template "picture" .Hero}}), which makes a <picture>
// with a WebP <source> and a JPEG or PNG <img>.
type Image struct {
	// Src is the fallback variant a browser without srcset loads; SrcSet
	// lists every fallback variant ("/images/a-480w.1f2e.jpg 480w, …") and
	// WebPSrcSet the WebP ones ("" when there are none). Type is the
	// fallback's media type (image/jpeg or image/png).
	Src        string
	SrcSet     string
	WebPSrcSet string
	Type       string
	// Width and Height are the largest variant's, for the width and height
	// attributes: the browser reserves the space and nothing shifts.
	Width, Height int
	// Sizes is the sizes attribute: how wide the layout shows the image,
	// from which the browser picks the smallest variant that is enough.
	Sizes string
	// Alt is the alt text in the page's language ("" for a decorative
	// image); AltLang is set when it falls back to another language.
	Alt     string
	AltLang string
	// Credit is the image's credit line ("" for none); CreditLang as
	// AltLang.
	Credit     string
	CreditLang string
	// Eager is true for the image of the first screen (a hero): it loads
	// at once with fetchpriority="high"; the others load lazily.
	Eager bool
}

// How wide the default theme shows images (main.css): the sizes attributes
// of its layouts. A theme whose layout differs writes its own .Sizes.
const (
	// sizesWide: a page's image across the content column (.wrap: 72rem
	// at most, gutters of 1rem to 2rem).
	sizesWide = "(min-width: 76rem) 72rem, calc(100vw - 2rem)"
	// sizesProse: an image in the text (--measure: 68ch, about 40rem).
	sizesProse = "(min-width: 44rem) 40rem, calc(100vw - 2rem)"
	// sizesCard: a card of the grid (min 18rem, up to four across).
	sizesCard = "(min-width: 76rem) 23rem, (min-width: 40rem) 50vw, calc(100vw - 2rem)"
	// sizesEntry: an entry's image, beside its title on wide screens
	// (.page-header.has-image: 26rem), under it on phones.
	sizesEntry = "(min-width: 60rem) 26rem, calc(100vw - 2rem)"
	// sizesHero: the home page's banner image, beside the title on wide
	// screens, under it on phones.
	sizesHero = "(min-width: 56rem) 36rem, calc(100vw - 2rem)"
)

// Aspect ratios of the crops.
const (
	aspectCard = 3.0 / 2.0 // cards, and the image at the top of an entry's page
	aspectOG   = 1200.0 / 630.0
)

// How high the default theme shows an institution's logo, in CSS pixels
// (main.css: .logo-inline, .card-logo, .entry-logo).
const (
	logoInline = 24 // beside its name in a programme's facts
	logoCard   = 40 // on its card
	logoHeader = 64 // in its page's header
)

// logoHeights are the heights every raster logo is made at: 1× and 2× of
// each use, so that one set of variants serves them all.
var logoHeights = []int{logoInline, logoCard, 2 * logoInline, logoHeader, 2 * logoCard, 2 * logoHeader}

// checkable reports whether a path written in a catalogue may be looked up
// (a bad one was reported when the catalogue was loaded).
func checkable(src string) bool {
	return src != "" && !strings.ContainsAny(src, "\\?#:") && !strings.Contains(src, "..")
}

// entryImage returns the Image of an entry's image shown as spec says, its
// alt text and credit in the page's language, or nil (after reporting a
// missing or damaged file at the src line).
func (r *Renderer) entryImage(p *model.Page, im *catalog.Image, spec picture.Spec, sizes string) *Image {
	if !checkable(im.Src) {
		return nil
	}
	name, _ := staticPath(im.Src, "")
	spec.Focus, _ = picture.ParseFocus(im.Focus)
	img := r.picture(name, spec, sizes, im.At.Of("src", im.Pos))
	if img == nil {
		return nil
	}
	// text returns t in the page's language, and the language it fell
	// back to, or "".
	chain := r.site.Langs.Chain(p.Lang)
	text := func(t lang.Text) (string, string) {
		v, in, ok := t.Get(chain)
		if !ok || t.Plain || in == p.Lang {
			return lang.Typeset(p.Lang, v), ""
		}
		return lang.Typeset(in, v), in
	}
	if !im.Decorative {
		img.Alt, img.AltLang = text(im.Alt)
	}
	img.Credit, img.CreditLang = text(im.Credit)
	return img
}

// logo returns an institution's logo shown height CSS pixels high, or nil
// when it has none. It is decorative (alt ""): the default theme always
// writes the name beside it. A raster logo is made at the widths of
// logoHeights, and its sizes attribute is its width at that height; an SVG
// logo is published as it is.
func (r *Renderer) logo(inst *catalog.Institution, height int) *Image {
	if inst == nil || !checkable(inst.Logo) || r.opts.Images == nil {
		return nil
	}
	name, _ := staticPath(inst.Logo, "")
	at := inst.At.Of("logo", inst.Pos)
	if strings.EqualFold(path.Ext(name), ".svg") && r.site.Static[name] {
		return &Image{Src: r.relURL(name)}
	}
	w, h, err := r.opts.Images.Size(name)
	if err != nil {
		r.diags.Errorf(at, "logo /%s: %v", name, err)
		return nil
	}
	aspect := float64(w) / float64(h)
	var widths []int
	for _, lh := range logoHeights {
		widths = append(widths, int(math.Round(float64(lh)*aspect)))
	}
	shown := int(math.Round(float64(height) * aspect))
	return r.picture(name, picture.Spec{Widths: widths}, strconv.Itoa(shown)+"px", at)
}

// staticPath returns the static/ path of an image written in a page: "/"
// starts from the site root, anything else from the page's folder.
func staticPath(dest, dir string) (string, error) {
	if strings.ContainsAny(dest, "?#\\") {
		return "", fmt.Errorf("write the path of a file under static/, like /images/campus.jpg")
	}
	if strings.HasPrefix(dest, "/") {
		return strings.TrimPrefix(path.Clean(dest), "/"), nil
	}
	p := path.Join(dir, dest)
	if strings.HasPrefix(p, "..") {
		return "", fmt.Errorf("the path leads outside the site: write it from static/, like /images/campus.jpg")
	}
	return p, nil
}

// picture returns the Image of the static file name (a path under static/)
// shown as spec says, or nil after reporting the problem at at.
func (r *Renderer) picture(name string, spec picture.Spec, sizes string, at diag.Pos) *Image {
	if r.opts.Images == nil {
		return nil
	}
	if strings.EqualFold(path.Ext(name), ".svg") && r.site.Static[name] {
		// Vector images are published as they are, at any size.
		return &Image{Src: r.relURL(name), Sizes: sizes}
	}
	pic, err := r.opts.Images.Get(name, spec, at)
	if err != nil {
		r.diags.Errorf(at, "image /%s: %v", name, err)
		return nil
	}
	return r.imageOf(pic, sizes)
}

// imageOf makes the Image of a planned picture.
func (r *Renderer) imageOf(pic *picture.Picture, sizes string) *Image {
	img := &Image{Width: pic.Width, Height: pic.Height, Type: pic.FallbackType, Sizes: sizes}
	img.SrcSet = r.srcset(pic.Fallback)
	img.WebPSrcSet = r.srcset(pic.WebP)
	// The src of browsers without srcset: the variant nearest 800 pixels.
	src := pic.Fallback[0]
	for _, v := range pic.Fallback {
		if v.Width <= 800 {
			src = v
		}
	}
	img.Src = r.relURL(src.Path)
	return img
}

func (r *Renderer) srcset(vs []picture.Variant) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(r.relURL(v.Path))
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(v.Width))
		b.WriteByte('w')
	}
	return b.String()
}

// ogImage returns the absolute URL of the 1,200×630 Open Graph image of the
// static file name, or "".
func (r *Renderer) ogImage(name string, focus picture.Focus, at diag.Pos) string {
	if r.opts.Images == nil {
		return ""
	}
	if !r.opts.Images.Has(name) {
		return r.absURL(name) // an SVG, published as it is
	}
	pic, err := r.opts.Images.Get(name, picture.Spec{Aspect: aspectOG, Focus: focus, Exact: 1200}, at)
	if err != nil {
		r.diags.Errorf(at, "image /%s: %v", name, err)
		return ""
	}
	return r.absURL(pic.Fallback[0].Path)
}

// pictureHTML writes img as the picture partial of the default theme does: for
// the images of Markdown texts, which are rendered before any layout.
func pictureHTML(img *Image) string {
	var b strings.Builder
	attr := func(name, value string) {
		b.WriteString(" " + name + `="` + html.EscapeString(value) + `"`)
	}
	b.WriteString("<picture>")
	if img.WebPSrcSet != "" {
		b.WriteString(`<source type="image/webp"`)
		attr("srcset", img.WebPSrcSet)
		attr("sizes", img.Sizes)
		b.WriteString(">")
	}
	b.WriteString("<img")
	attr("src", img.Src)
	attr("srcset", img.SrcSet)
	attr("sizes", img.Sizes)
	attr("width", strconv.Itoa(img.Width))
	attr("height", strconv.Itoa(img.Height))
	attr("alt", img.Alt)
	if img.AltLang != "" {
		attr("lang", img.AltLang)
	}
	if img.Eager {
		attr("fetchpriority", "high")
	} else {
		attr("loading", "lazy")
	}
	attr("decoding", "async")
	b.WriteString("></picture>")
	return b.String()
}

// images resolves the links of a Markdown text and renders its local
// images through the pipeline (content.Images).
type images struct {
	content.Resolver
	r   *Renderer
	dir string // the page's folder under content/, for relative paths
}

func (r *Renderer) resolver(res content.Resolver, dir string) content.Resolver {
	return images{Resolver: res, r: r, dir: dir}
}

// Image implements content.Images.
func (im images) Image(dest, alt string, decorative bool, at diag.Pos) (string, error) {
	name, err := staticPath(dest, im.dir)
	if err != nil {
		return "", err
	}
	if im.r.opts.Images == nil || !im.r.opts.Images.Has(name) {
		if strings.EqualFold(path.Ext(name), ".svg") && im.r.site.Static[name] {
			// Vector images are published as they are.
			return `<img src="` + html.EscapeString(im.r.relURL(name)) + `" alt="` + html.EscapeString(alt) + `" loading="lazy" decoding="async">`, nil
		}
		if picture.IsRaster(name) || im.r.opts.Images == nil {
			return "", fmt.Errorf("no file static/%s: put the image under static/ and write its path from there, like /images/campus.jpg", name)
		}
		return "", fmt.Errorf("static/%s is not an image the pipeline reads (%s), nor an SVG", name, picture.Supported)
	}
	pic, err := im.r.opts.Images.Get(name, picture.Spec{MaxWidth: 1200}, at)
	if err != nil {
		return "", err
	}
	img := im.r.imageOf(pic, sizesProse)
	img.Alt = alt
	_ = decorative // alt is "" for a decorative image: nothing more to write
	return pictureHTML(img), nil
}
