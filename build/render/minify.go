package render

import (
	"bytes"
	"html/template"
)

// Minification at the source.
//
// Minifying every page costs as much as a fifth of a large build, and most
// of what it removes comes from the templates, the same on every page. So
// when a build minifies, the templates are minified once, when parsed (the
// minifier knows Go template actions and leaves them as written), and what
// is inserted into them whole — the HTML of Markdown texts — is minified as
// it is rendered. Everything else a template writes is escaped text or
// compact HTML from Go (JSON-LD, charts, fallback marks). A test checks
// that minifying the pages again changes nothing.

// templateSource is a template file as written and as minified.
type templateSource struct {
	orig, min []byte
}

// position maps a line and column of the minified source, as the template
// package reports them (the column counts bytes from 0), to the source as
// written. Actions are copied as they are, in the same order: the action
// around the position is found again by its text and rank.
func (s templateSource) position(line, col int) (int, int) {
	off := offsetOf(s.min, line, col)
	if off < 0 || off > len(s.min) {
		return line, col
	}
	start := bytes.LastIndex(s.min[:min(off+2, len(s.min))], []byte("{{"))
	if start < 0 {
		return line, col
	}
	end := bytes.Index(s.min[start:], []byte("}}"))
	if end < 0 || start+end+2 < off {
		return line, col
	}
	action := s.min[start : start+end+2]
	rank := bytes.Count(s.min[:start], action)
	at := -1
	for i, rest := 0, 0; i <= rank; i++ {
		j := bytes.Index(s.orig[rest:], action)
		if j < 0 {
			return line, col
		}
		at = rest + j
		rest = at + len(action)
	}
	return lineCol(s.orig, at+(off-start))
}

// offsetOf returns the byte offset of a line (from 1) and column (bytes
// from 0) in src, or -1.
func offsetOf(src []byte, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return off + col
}

// lineCol is the inverse of offsetOf.
func lineCol(src []byte, off int) (int, int) {
	off = min(off, len(src))
	before := src[:off]
	line := 1 + bytes.Count(before, []byte("\n"))
	if nl := bytes.LastIndexByte(before, '\n'); nl >= 0 {
		return line, off - nl - 1
	}
	return line, off
}

// minifyFragment minifies HTML that a template inserts whole, when the
// templates were minified.
func (r *Renderer) minifyFragment(h []byte) template.HTML {
	if r.preMinified {
		if m, err := r.opts.Minify.Bytes("text/html", h); err == nil {
			return template.HTML(m)
		}
	}
	return template.HTML(h)
}
