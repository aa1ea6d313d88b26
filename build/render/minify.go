package render

import (
	"bytes"
	"html/template"
	"strings"
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
		if m, ok := compactFragment(h); ok {
			return template.HTML(m)
		}
		if m, err := r.opts.Minify.Bytes("text/html", h); err == nil {
			return template.HTML(m)
		}
	}
	return template.HTML(h)
}

// compactFragment returns the simple HTML goldmark makes of most texts as
// the HTML minifier would write it, without running the minifier, or ok
// false. Simple is: paragraphs, headings, lists, links and emphasis with
// no attribute but id and href, one block a line, no character reference,
// no preformatted text, no run of spaces and no space at a block's edge.
// The minifier then only removes the line breaks between tags, which is
// all this does; anything else goes to the minifier (tests check the two
// agree).
func compactFragment(h []byte) (string, bool) {
	if bytes.IndexByte(h, '&') >= 0 || !nextIsBlock(h) {
		return "", false
	}
	var out strings.Builder
	out.Grow(len(h))
	var last byte      // the last byte written
	lastBlock := false // the last tag was a block's, and nothing followed it
	text := false      // text since the last block tag
	for i := 0; i < len(h); {
		switch c := h[i]; c {
		case '<':
			j := bytes.IndexByte(h[i:], '>')
			if j < 0 {
				return "", false
			}
			tag := h[i : i+j+1]
			block, ok := simpleTag(tag)
			if !ok {
				return "", false
			}
			if block && out.Len() > 0 && (last == ' ' || last == '\n') ||
				(block || tag[1] != '/') && i+j+1 < len(h) && h[i+j+1] == ' ' {
				return "", false // a space at a block's edge, or inside an element's: trimmed
			}
			out.Write(tag)
			last = '>'
			lastBlock = block
			if block {
				text = false
			}
			i += j + 1
			continue
		case '\n':
			switch {
			case i == 0 || i+1 < len(h) && (h[i+1] == ' ' || h[i+1] == '\n'):
				return "", false
			case lastBlock && h[i-1] == '>' && (i+1 == len(h) || h[i+1] == '<' && nextIsBlock(h[i+1:])):
				// Between blocks, or at the end: removed.
			case h[i-1] != ' ' && h[i-1] != '>' && i+1 < len(h) && h[i+1] != '<':
				out.WriteByte(c) // a line break in text stays
				last = c
			default:
				return "", false
			}
			i++
		case ' ':
			if !text || i == 0 || i+1 == len(h) || h[i+1] == ' ' || h[i+1] == '\n' || i+2 < len(h) && h[i+1] == '<' && h[i+2] == '/' {
				return "", false
			}
			out.WriteByte(c)
			last = c
			i++
		case '\t', '\r', '\f', '\v', '>':
			return "", false
		default:
			// A run of text up to the next byte the cases above look at.
			j := i + 1
			for j < len(h) && !compactStops[h[j]] {
				j++
			}
			out.Write(h[i:j])
			last = h[j-1]
			text = true
			i = j
		}
		lastBlock = false
	}
	return out.String(), true
}

// compactStops are the bytes compactFragment looks at one by one.
var compactStops = [256]bool{'<': true, '\n': true, ' ': true, '\t': true, '\r': true, '\f': true, '\v': true, '>': true}

// nextIsBlock reports whether h starts with a block's tag compactFragment
// knows.
func nextIsBlock(h []byte) bool {
	j := bytes.IndexByte(h, '>')
	if j < 0 {
		return false
	}
	block, ok := simpleTag(h[:j+1])
	return ok && block
}

// simpleTag reports whether tag is one compactFragment knows, and whether
// it is a block's.
func simpleTag(tag []byte) (block, ok bool) {
	if len(tag) < 3 || tag[0] != '<' {
		return false, false
	}
	t := tag[1 : len(tag)-1]
	closing := len(t) > 0 && t[0] == '/'
	if closing {
		t = t[1:]
	}
	n := 0
	for n < len(t) && ('a' <= t[n] && t[n] <= 'z' || '1' <= t[n] && t[n] <= '6') {
		n++
	}
	switch string(t[:n]) {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li":
		block = true
	case "a", "strong", "em", "del":
	default:
		return false, false
	}
	attrs := t[n:]
	if closing && len(attrs) > 0 {
		return false, false
	}
	for len(attrs) > 0 {
		rest, ok := bytes.CutPrefix(attrs, []byte(` id="`))
		if !ok {
			if rest, ok = bytes.CutPrefix(attrs, []byte(` href="`)); !ok {
				return false, false
			}
		}
		attrs = rest
		q := bytes.IndexByte(attrs, '"')
		if q <= 0 || bytes.IndexAny(attrs[:q], " \t\n\r\f\v<'=`") >= 0 {
			return false, false
		}
		attrs = attrs[q+1:]
	}
	return block, true
}
