package schema

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Literal block scalars, read ahead of yaml.v3.
//
// Catalogue entries hold their Markdown texts in literal blocks
// ("fr: |" and indented lines below), and those texts are most of the
// bytes of a catalogue. yaml.v3 reads a block scalar one character at a
// time, appending each to the value; on a catalogue of 5,000 programmes
// that was most of the load stage. liftBlocks reads the common form of
// these blocks itself and hands yaml.v3 the file with each such block cut
// down to one character, every line kept in its place so that positions do
// not move; the values go back into the nodes afterwards. It is an
// optimization and nothing else: a block in any other form is left to
// yaml.v3, and unless yaml.v3 parses every lifted block as a literal block
// at the very position expected, with the expected stand-in value, the file
// is parsed again as it is written.

// blockAt is the position of a block's indicator, as yaml.v3 reports it.
type blockAt struct{ line, col int }

// lifted is a block taken out of the source.
type lifted struct {
	value string // the block's value, as YAML defines it
	stub  string // the value yaml.v3 should give the stand-in
	used  bool
}

// parseLifted parses src with its literal blocks lifted out, or returns
// ok false when it cannot vouch for the result (the caller then parses
// src as it is).
func parseLifted(src []byte) (root *yaml.Node, ok bool) {
	skeleton, blocks := liftBlocks(src)
	if len(blocks) == 0 {
		return nil, false
	}
	var n yaml.Node
	if err := yaml.Unmarshal(skeleton, &n); err != nil {
		return nil, false
	}
	if !restoreBlocks(&n, blocks) {
		return nil, false
	}
	for _, b := range blocks {
		if !b.used {
			return nil, false
		}
	}
	return &n, true
}

// restoreBlocks puts the lifted values back into the literal scalars of n.
func restoreBlocks(n *yaml.Node, blocks map[blockAt]*lifted) bool {
	if n.Kind == yaml.ScalarNode && n.Style&yaml.LiteralStyle != 0 {
		if b, ok := blocks[blockAt{n.Line, n.Column}]; ok {
			if b.used || n.Value != b.stub {
				return false
			}
			n.Value, b.used = b.value, true
		}
	}
	for _, c := range n.Content {
		if !restoreBlocks(c, blocks) {
			return false
		}
	}
	return true
}

// liftBlocks returns src with the content of its plain literal blocks —
// "key: |" or "key: |-" at the end of a line, an indented content below —
// replaced by empty lines and one line "x" at the content's indentation,
// and the blocks' values by position. It lifts nothing from a file with
// carriage returns.
func liftBlocks(src []byte) ([]byte, map[blockAt]*lifted) {
	if bytes.IndexByte(src, '\r') >= 0 || bytes.Index(src, []byte(": |")) < 0 {
		return nil, nil
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	var out []byte
	var blocks map[blockAt]*lifted
	copied := 0 // lines[:copied] are in out
	for i := 0; i < len(lines); i++ {
		indent, col, strip, ok := blockHeader(lines[i])
		if !ok {
			continue
		}
		end, n, value, ok := blockBody(lines[i+1:], indent, strip)
		if !ok {
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(src)/4)
			blocks = map[blockAt]*lifted{}
		}
		for _, l := range lines[copied : i+1] {
			out = append(out, l...)
		}
		// The stand-in: as many empty lines as the block had, then "x" at
		// the content's indentation on its last line, so that what
		// follows the block (comments, blank lines) is as it was.
		for range end - 1 {
			out = append(out, '\n')
		}
		out = append(out, bytes.Repeat([]byte(" "), n)...)
		out = append(out, 'x', '\n')
		stub := strings.Repeat("\n", end-1) + "x\n"
		if strip {
			stub = stub[:len(stub)-1]
		}
		blocks[blockAt{i + 1, col + 1}] = &lifted{value: value, stub: stub}
		i += end
		copied = i + 1
	}
	if out == nil {
		return nil, nil
	}
	for _, l := range lines[copied:] {
		out = append(out, l...)
	}
	return out, blocks
}

// blockHeader recognizes a line "<spaces>key: |" or "<spaces>key: |-", with
// a key of letters, digits, '_' and '-', and returns the key's indentation
// and the indicator's column (from 0).
func blockHeader(line []byte) (indent, col int, strip, ok bool) {
	line = bytes.TrimRight(line, " \n")
	indent = leadingSpaces(line)
	k := indent
	for k < len(line) && isKeyByte(line[k]) {
		k++
	}
	if k == indent || k >= len(line) || line[k] != ':' {
		return 0, 0, false, false
	}
	rest := line[k+1:]
	sp := leadingSpaces(rest)
	if sp == 0 {
		return 0, 0, false, false
	}
	switch string(rest[sp:]) {
	case "|":
	case "|-":
		strip = true
	default:
		return 0, 0, false, false
	}
	return indent, k + 1 + sp, strip, true
}

func isKeyByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

func leadingSpaces(b []byte) int { return len(b) - len(bytes.TrimLeft(b, " ")) }

// blockBody reads the content of a literal block below a key indented by
// parent: it returns the number of lines the block spans, the content's
// indentation and the block's value, or
// ok false for anything but the plain case — content indented by spaces
// alone, no tab before the text, no all-space line longer than the
// indentation, no character yaml.v3 reads as a line break or refuses, and a
// final line break.
func blockBody(lines [][]byte, parent int, strip bool) (end, n int, value string, ok bool) {
	n = -1
	last := -1
	for j, l := range lines {
		body := bytes.TrimSuffix(l, []byte("\n"))
		sp := leadingSpaces(body)
		if sp == len(body) { // an empty or all-space line
			if n >= 0 && sp > n || n < 0 && sp > parent {
				return 0, 0, "", false // spaces that may be content, or a leading line too deep
			}
			if j == len(lines)-1 && len(body) > 0 {
				return 0, 0, "", false
			}
			continue
		}
		if body[sp] == '\t' {
			return 0, 0, "", false
		}
		if n < 0 {
			if sp <= parent {
				return 0, 0, "", false // an empty block: yaml.v3's to read
			}
			n = sp
		}
		if sp < n {
			break
		}
		if l[len(l)-1] != '\n' || !plainText(body[n:]) {
			return 0, 0, "", false
		}
		last = j
	}
	if last < 0 {
		return 0, 0, "", false
	}
	size := 0
	for _, l := range lines[:last+1] {
		size += len(l)
	}
	var b strings.Builder
	b.Grow(size)
	for j, l := range lines[:last+1] {
		body := bytes.TrimSuffix(l, []byte("\n"))
		if len(body) > n {
			b.Write(body[n:])
		}
		if j < last || !strip {
			b.WriteByte('\n')
		}
	}
	// The block spans its content and the empty lines up to the next
	// text: those below the last content line are the parent's.
	return last + 1, n, b.String(), true
}

// plainText reports whether yaml.v3 reads s as it is within a block:
// printable characters and tabs, none that it takes for a line break
// (NEL, U+2028, U+2029) or refuses (control characters, a byte order
// mark).
func plainText(s []byte) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != '\t' && (c < 0x20 || c == 0x7f) {
				return false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRune(s[i:])
		switch {
		case r == utf8.RuneError, r == 0x85, r == 0x2028, r == 0x2029, r == 0xfeff, r < 0xa0,
			0xd800 <= r && r <= 0xdfff, r == 0xfffe, r == 0xffff:
			return false
		}
		i += w
	}
	return true
}
