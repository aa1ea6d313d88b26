package render

import (
	"fmt"
	"html/template"
	"strings"

	"rsc.io/qr"
)

// qrQuiet is the quiet zone around a QR code, in modules: the four the
// standard asks for, so that a phone finds the code on a busy flyer.
const qrQuiet = 4

// qrSVG draws text as a QR code in inline SVG: one path of unit squares on
// a grid of modules, black on white, scaled by CSS. Level M (15 % of the
// code may be damaged) suits a printed flyer that gets folded. label is
// the text alternative. It returns "" when text is too long to encode.
func qrSVG(text, label string) template.HTML {
	code, err := qr.Encode(text, qr.M)
	if err != nil {
		return ""
	}
	n := code.Size + 2*qrQuiet
	var d strings.Builder
	for y := 0; y < code.Size; y++ {
		for x := 0; x < code.Size; x++ {
			if !code.Black(x, y) {
				continue
			}
			// A run of black modules on a row is one rectangle.
			run := 1
			for x+run < code.Size && code.Black(x+run, y) {
				run++
			}
			fmt.Fprintf(&d, "M%d %dh%dv1h-%dz", x+qrQuiet, y+qrQuiet, run, run)
			x += run - 1
		}
	}
	return template.HTML(fmt.Sprintf(`<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-label="%s" shape-rendering="crispEdges"><rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="%s"/></svg>`,
		n, n, template.HTMLEscapeString(label), n, n, d.String()))
}
