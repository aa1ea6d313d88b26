package catalog

import (
	"strings"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/picture"
	"github.com/vitrine-ssg/vitrine/build/schema"
)

// Image is the picture of a programme, an institution, a chair or a
// network: a file under static/ and what goes with it. The render stage
// sends it through the image pipeline (build/picture).
type Image struct {
	// Src is the file's path under static/: "/images/campus.jpg".
	Src string `yaml:"src,required" json:"src,omitempty"`
	// Alt describes the image for someone who cannot see it, per
	// language, with the usual fallback. It is required unless Decorative.
	Alt lang.Text `yaml:"alt" json:"alt,omitzero"`
	// Decorative marks an image that says nothing the page does not: it
	// gets alt="" and screen readers skip it. It excludes Alt.
	Decorative bool `yaml:"decorative" json:"decorative,omitempty"`
	// Focus is the focal point, "0.3,0.6": what a crop keeps.
	Focus string `yaml:"focus" json:"focus,omitempty"`
	// Credit is the credit line shown under the image, per language.
	Credit lang.Text        `yaml:"credit" json:"credit,omitzero"`
	Pos    diag.Pos         `json:"-"`
	At     schema.Positions `json:"-"`
}

// ImageOf returns the entry's image, or nil when it has none (alumni
// offices and events have no image field).
func ImageOf(e Entry) *Image {
	switch v := e.(type) {
	case *Programme:
		return v.Image
	case *Institution:
		return v.Image
	case *Chair:
		return v.Image
	case *Network:
		return v.Image
	}
	return nil
}

// checkStaticPath reports what is wrong with a path under static/ written
// in a catalogue (an image's src, an institution's logo), or "".
func checkStaticPath(p string) string {
	switch {
	case strings.Contains(p, "://") || strings.HasPrefix(p, "//") || strings.Contains(p, ":"):
		return "use a path under static/, like /images/campus.jpg, not a URL"
	case strings.Contains(p, "..") || strings.ContainsAny(p, "\\\x00?#"):
		return "the path may not contain .., \\, ? or #: write it from static/, like /images/campus.jpg"
	}
	return ""
}

// validate checks an image at field ("image").
func (im *Image) validate(v *validator, field string) {
	if im == nil || len(im.At) == 0 {
		return // not given, or not a mapping (which the decoder reported)
	}
	at := func(k string) diag.Pos { return im.At.Of(k, im.Pos) }
	if msg := checkStaticPath(im.Src); msg != "" {
		v.errorf(at("src"), "%s.src: %q: %s", field, im.Src, msg)
	}
	switch {
	case im.Decorative && !im.Alt.IsZero():
		v.errorf(at("decorative"), "%s: an image with alt text is not decorative: remove decorative: true, or remove alt", field)
	case !im.Decorative && im.Alt.IsZero():
		v.errorf(im.Pos, "%s needs alt: describe what the image shows in each language, {fr: …, nl: …, en: …, de: …, es: …}, or write decorative: true for an image that adds nothing to the page", field)
	case !im.Decorative:
		if _, _, ok := im.Alt.Get(v.set.Chain(v.set.Default)); !ok {
			v.errorf(at("alt"), "%s.alt: no text in any language: describe what the image shows, or write decorative: true for an image that adds nothing to the page", field)
		}
	}
	if im.Focus != "" {
		if _, err := picture.ParseFocus(im.Focus); err != nil {
			v.errorf(at("focus"), "%s.%v", field, err)
		}
	}
}
