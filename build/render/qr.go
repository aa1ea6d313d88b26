package render

import (
	"html/template"
	"strings"
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
// addresses all need one of a few versions. A plan is read-only once made;
// it lists the modules a text sets (qrPlan), so that placing a text's
// codewords visits those alone. svg reuses its buffers.
type qrCoder struct {
	plans sync.Map  // coding.Version → *qrPlan
	bufs  sync.Pool // *[]byte: svg's buffers, reused
}

// qrPlan is a coding.Plan made ready for placing codewords: the modules
// that do not depend on the text are drawn once, and the modules that do
// are listed with the bit of the codewords they show.
type qrPlan struct {
	size, stride int    // as in coding.Code
	base         []byte // the code's bitmap when every codeword bit is 0
	bits         []qrBit
}

// qrBit is a data or check module: bit offset of the codewords (counted
// from the most significant bit of the first byte) flips bit mask of
// byte index of the bitmap when it is 1.
type qrBit struct {
	offset, index uint32
	mask          byte
}

// newQRPlan prepares plan p as coding.Plan.Encode reads it: a module is
// black when its pixel is black, its mask applied, and a data or check
// module is flipped when its bit is 1.
func newQRPlan(p *coding.Plan) *qrPlan {
	size := len(p.Pixel)
	q := &qrPlan{size: size, stride: (size + 7) &^ 7}
	q.base = make([]byte, q.stride*size)
	for y, row := range p.Pixel {
		for x, pix := range row {
			index, mask := uint32(y*q.stride+x/8), byte(0x80>>(x%8))
			if role := pix.Role(); role == coding.Data || role == coding.Check {
				q.bits = append(q.bits, qrBit{offset: uint32(pix.Offset()), index: index, mask: mask})
			}
			if pix&coding.Black != 0 {
				q.base[index] |= mask
			}
		}
	}
	return q
}

// plan returns the plan of version v, made once.
func (q *qrCoder) plan(v coding.Version) *qrPlan {
	return memo(&q.plans, v, func() *qrPlan {
		made, err := coding.NewPlan(v, qrLevel, 0)
		if err != nil {
			return nil
		}
		return newQRPlan(made)
	})
}

// encode returns the code of text, or nil when text is too long for a QR
// code.
func (q *qrCoder) encode(text string) *coding.Code {
	// Whether text can be encoded as numeric or alphanumeric data
	// (coding.Num and coding.Alpha): their Check methods answer the same,
	// but make an error for every text they refuse.
	var enc coding.Encoding
	switch {
	case strings.Trim(text, "0123456789") == "":
		enc = coding.Num(text)
	case strings.Trim(text, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:") == "":
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
	p := q.plan(v)
	if p == nil {
		return nil
	}
	var b coding.Bits
	enc.Encode(&b, v)
	b.AddCheckBytes(v, qrLevel)
	words := b.Bytes()
	code := &coding.Code{Size: p.size, Stride: p.stride, Bitmap: make([]byte, len(p.base))}
	copy(code.Bitmap, p.base)
	for _, m := range p.bits {
		if words[m.offset/8]&(0x80>>(m.offset%8)) != 0 {
			code.Bitmap[m.index] ^= m.mask
		}
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
	buf, _ := q.bufs.Get().(*[]byte)
	if buf == nil {
		buf = new([]byte)
	}
	n := code.Size + 2*qrQuiet
	b := (*buf)[:0]
	b = append(b, `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 `...)
	b = appendSmallInt(b, n)
	b = append(b, ' ')
	b = appendSmallInt(b, n)
	b = append(b, `" role="img" aria-label="`...)
	b = append(b, template.HTMLEscapeString(label)...)
	b = append(b, `" shape-rendering="crispEdges"><rect width="`...)
	b = appendSmallInt(b, n)
	b = append(b, `" height="`...)
	b = appendSmallInt(b, n)
	// Each row's runs of black modules are segments of one line, one
	// module thick, along the middle of the row: "M4 5.5h7m2 0h3" draws
	// modules 4–10 and 13–15 of row 5. Half the bytes of a rectangle per
	// run.
	b = append(b, `" fill="#fff"/><path stroke="#000" d="`...)
	for y := 0; y < code.Size; y++ {
		row := code.Bitmap[y*code.Stride : (y+1)*code.Stride]
		dark := func(x int) bool { return row[x/8]&(0x80>>(x%8)) != 0 }
		end := -1 // where the last run of the row ended; -1 before the first
		for x := 0; x < code.Size; x++ {
			if !dark(x) {
				continue
			}
			run := 1
			for x+run < code.Size && dark(x+run) {
				run++
			}
			if end < 0 {
				b = append(b, 'M')
				b = appendSmallInt(b, x+qrQuiet)
				b = append(b, ' ')
				b = appendSmallInt(b, y+qrQuiet)
				b = append(b, ".5"...)
			} else {
				b = append(b, 'm')
				b = appendSmallInt(b, x-end)
				b = append(b, " 0"...)
			}
			b = append(b, 'h')
			b = appendSmallInt(b, run)
			end = x + run
			x += run - 1
		}
	}
	b = append(b, `"/></svg>`...)
	out := template.HTML(b)
	*buf = b
	q.bufs.Put(buf)
	return out
}

// appendSmallInt appends the decimal digits of n, 0 ≤ n < 1000 (a
// coordinate of a QR code), faster than strconv.AppendInt does.
func appendSmallInt(b []byte, n int) []byte {
	if n >= 100 {
		b = append(b, byte('0'+n/100))
	}
	if n >= 10 {
		b = append(b, byte('0'+n/10%10))
	}
	return append(b, byte('0'+n%10))
}
