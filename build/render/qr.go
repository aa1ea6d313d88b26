package render

import (
	"html/template"
	"strconv"
	"sync"

	"rsc.io/qr/coding"
)

// qrQuiet is the quiet zone around a QR code, in modules: the four the
// standard asks for, so that a phone finds the code on a busy flyer.
const qrQuiet = 4

// qrLevel is the error correction of the flyers' codes: level M (15 % of
// the code may be damaged) suits a printed flyer that gets folded.
const qrLevel = coding.M

// qrCoder encodes QR codes as rsc.io/qr's Encode does (the smallest
// encoding and version that hold the text, mask 0), but keeps the plan of
// each version: building a plan (the placement of every module) costs
// several times more than encoding a text with it, and a site's flyer
// addresses all need one of a few versions. A plan is read-only once made.
type qrCoder struct {
	plans sync.Map // coding.Version → *coding.Plan
}

// encode returns the code of text, or nil when text is too long for a QR
// code.
func (q *qrCoder) encode(text string) *coding.Code {
	var enc coding.Encoding
	switch {
	case coding.Num(text).Check() == nil:
		enc = coding.Num(text)
	case coding.Alpha(text).Check() == nil:
		enc = coding.Alpha(text)
	default:
		enc = coding.String(text)
	}
	v := coding.Version(coding.MinVersion)
	for enc.Bits(v) > v.DataBytes(qrLevel)*8 {
		if v++; v > coding.MaxVersion {
			return nil
		}
	}
	var p *coding.Plan
	if cached, ok := q.plans.Load(v); ok {
		p = cached.(*coding.Plan)
	} else {
		made, err := coding.NewPlan(v, qrLevel, 0)
		if err != nil {
			return nil
		}
		cached, _ = q.plans.LoadOrStore(v, made)
		p = cached.(*coding.Plan)
	}
	code, err := p.Encode(enc)
	if err != nil {
		return nil
	}
	return code
}

// svg draws text as a QR code in inline SVG: one path of unit squares on
// a grid of modules, black on white, scaled by CSS. label is the text
// alternative. It returns "" when text is too long to encode.
func (q *qrCoder) svg(text, label string) template.HTML {
	code := q.encode(text)
	if code == nil {
		return ""
	}
	n := strconv.Itoa(code.Size + 2*qrQuiet)
	b := make([]byte, 0, 4096)
	b = append(b, `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 `...)
	b = append(b, n...)
	b = append(b, ' ')
	b = append(b, n...)
	b = append(b, `" role="img" aria-label="`...)
	b = append(b, template.HTMLEscapeString(label)...)
	b = append(b, `" shape-rendering="crispEdges"><rect width="`...)
	b = append(b, n...)
	b = append(b, `" height="`...)
	b = append(b, n...)
	b = append(b, `" fill="#fff"/><path fill="#000" d="`...)
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
			b = append(b, 'M')
			b = strconv.AppendInt(b, int64(x+qrQuiet), 10)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(y+qrQuiet), 10)
			b = append(b, 'h')
			b = strconv.AppendInt(b, int64(run), 10)
			b = append(b, "v1h-"...)
			b = strconv.AppendInt(b, int64(run), 10)
			b = append(b, 'z')
			x += run - 1
		}
	}
	b = append(b, `"/></svg>`...)
	return template.HTML(b)
}
