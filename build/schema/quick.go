package schema

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// The common form of YAML, read without yaml.v3.
//
// Catalogue entries, front matter and string files are written in a small
// part of YAML: keys of letters, digits, '_' and '-'; plain values on one
// line and strings quoted on one line; literal blocks ("|", "|-") for the
// Markdown texts and folded ones (">", ">-"); lists, and one-line flow
// lists and mappings; comments. yaml.v3 reads a file one character at a
// time, and on a catalogue of 5,000 programmes that was most of the load
// stage. readQuick reads that part of the language and returns the tree
// yaml.v3 returns, less the comments (nothing in vitrine reads them). A
// file with anything else in it — an anchor, a tag, an escape, a string
// over several lines that is not a block, a comment after a block's
// indicator, an empty value — it leaves to yaml.v3 (ok false).
// TestReadQuick and FuzzReadQuick hold it to yaml.v3's tree on every input
// it accepts.

// quick reads one file.
type quick struct {
	lines [][]byte    // the file's lines, each with its "\n"
	i     int         // the line being read
	free  []yaml.Node // nodes not yet handed out
}

// readQuick parses src as yaml.v3 would, or returns ok false when src is
// not in the form it reads.
func readQuick(src []byte) (doc *yaml.Node, ok bool) {
	if len(src) == 0 || src[len(src)-1] != '\n' || !plainText(src) {
		return nil, false
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	q := &quick{lines: lines[:len(lines)-1]} // the last is empty
	if !q.skip() || leadingSpaces(q.line()) != 0 {
		return nil, false
	}
	doc = q.node(yaml.DocumentNode, "", 1)
	var root *yaml.Node
	if isDash(q.line(), 0) {
		root, ok = q.sequence(0)
	} else {
		root, ok = q.mapping(0)
	}
	if !ok || q.skip() {
		return nil, false
	}
	doc.Content = []*yaml.Node{root}
	return doc, true
}

// line returns the current line without its "\n".
func (q *quick) line() []byte {
	l := q.lines[q.i]
	return l[:len(l)-1]
}

// skip moves to the next line with content, past empty lines and
// comments, and reports whether there is one. A tab before the content
// stops it on that line, which no reader accepts.
func (q *quick) skip() bool {
	for ; q.i < len(q.lines); q.i++ {
		l := q.line()
		sp := leadingSpaces(l)
		if sp < len(l) && l[sp] != '#' {
			return true
		}
	}
	return false
}

// node hands out a node of the current line.
func (q *quick) node(kind yaml.Kind, tag string, col int) *yaml.Node {
	if len(q.free) == 0 {
		q.free = make([]yaml.Node, 64)
	}
	n := &q.free[0]
	q.free = q.free[1:]
	n.Kind, n.Tag, n.Line, n.Column = kind, tag, q.i+1, col
	return n
}

// mapping reads a block mapping whose keys start at column indent (from
// 0), the first on the current line, which may have a sequence's "- "
// before it.
func (q *quick) mapping(indent int) (*yaml.Node, bool) {
	m := q.node(yaml.MappingNode, "!!map", indent+1)
	for {
		l := q.line()
		k := keyEnd(l, indent)
		if k < 0 {
			return nil, false
		}
		key := q.plain(string(l[indent:k]), false, indent+1)
		v := k + 1 + leadingSpaces(l[k+1:])
		var val *yaml.Node
		ok := false
		switch {
		case key == nil:
		case v == len(l) || l[v] == '#': // the value is on the lines below
			q.i++
			if !q.skip() {
				return nil, false
			}
			below := q.line()
			if sp := leadingSpaces(below); sp >= indent && isDash(below, sp) {
				val, ok = q.sequence(sp)
			} else if sp > indent {
				val, ok = q.mapping(sp)
			} // else an empty value: yaml.v3 knows where it puts it
		case l[v] == '|' || l[v] == '>':
			val, ok = q.block(l, v, indent)
		default:
			val, ok = q.inline(l, v)
		}
		if !ok {
			return nil, false
		}
		m.Content = append(m.Content, key, val)
		if !q.skip() {
			return m, true
		}
		if sp := leadingSpaces(q.line()); sp != indent {
			return m, sp < indent
		}
	}
}

// sequence reads a block sequence whose dashes are at column indent.
func (q *quick) sequence(indent int) (*yaml.Node, bool) {
	s := q.node(yaml.SequenceNode, "!!seq", indent+1)
	for {
		l := q.line()
		p := indent + 1 + leadingSpaces(l[indent+1:])
		var item *yaml.Node
		ok := false
		if p == len(l) || l[p] == '|' || l[p] == '>' {
			return nil, false
		} else if keyEnd(l, p) >= 0 {
			item, ok = q.mapping(p)
		} else {
			item, ok = q.inline(l, p)
		}
		if !ok {
			return nil, false
		}
		s.Content = append(s.Content, item)
		if !q.skip() {
			return s, true
		}
		// It ends at a line less indented, or at the next key of a
		// mapping indented as much.
		if l, sp := q.line(), leadingSpaces(q.line()); sp != indent || !isDash(l, sp) {
			return s, sp <= indent
		}
	}
}

// block reads the literal or folded block whose indicator is at l[at],
// the value of a key indented by parent.
func (q *quick) block(l []byte, at, parent int) (*yaml.Node, bool) {
	chomp := string(bytes.TrimRight(l[at+1:], " "))
	if chomp != "" && chomp != "-" {
		return nil, false
	}
	end, value, ok := blockBody(q.lines[q.i+1:], parent, l[at] == '>', chomp == "-")
	if !ok {
		return nil, false
	}
	n := q.node(yaml.ScalarNode, "!!str", at+1)
	n.Style = yaml.LiteralStyle
	if l[at] == '>' {
		n.Style = yaml.FoldedStyle
	}
	n.Value = value
	q.i += 1 + end
	return n, true
}

// inline reads the scalar or flow collection at l[at:], which only a
// comment may follow on the line, and moves to the next line.
func (q *quick) inline(l []byte, at int) (*yaml.Node, bool) {
	var n *yaml.Node
	end := len(l)
	switch l[at] {
	case '[', '{':
		n, end = q.flow(l, at)
	case '"', '\'':
		n, end = q.quoted(l, at)
	default:
		s := l[at:]
		if c := bytes.Index(s, []byte(" #")); c >= 0 {
			s = s[:c] // a comment follows
		}
		s = bytes.TrimRight(s, " ")
		end = at + len(s)
		n = q.plain(string(s), false, column(l, at))
	}
	if n == nil {
		return nil, false
	}
	if rest := l[end:]; len(rest) > 0 && rest[0] != ' ' {
		return nil, false
	} else if sp := leadingSpaces(rest); sp < len(rest) && rest[sp] != '#' {
		return nil, false // only a comment may follow
	}
	q.i++
	return n, true
}

// quoted reads the string quoted at l[at] and returns it with the index
// past its closing quote, or nil when it does not close on the line or
// has an escape.
func (q *quick) quoted(l []byte, at int) (*yaml.Node, int) {
	quote := l[at]
	var value []byte
	i := at + 1
	for {
		j := bytes.IndexByte(l[i:], quote)
		if j < 0 || quote == '"' && bytes.IndexByte(l[i:i+j], '\\') >= 0 {
			return nil, 0
		}
		value = append(value, l[i:i+j]...)
		i += j + 1
		if quote == '"' || i == len(l) || l[i] != '\'' {
			break
		}
		value = append(value, '\'') // '' stands for '
		i++
	}
	n := q.node(yaml.ScalarNode, "!!str", column(l, at))
	n.Value, n.Style = string(value), yaml.DoubleQuotedStyle
	if quote == '\'' {
		n.Style = yaml.SingleQuotedStyle
	}
	return n, i
}

// flow reads the one-line flow list ("[a, b]") or mapping ("{k: v}") at
// l[at] and returns it with the index past its closing bracket, or nil.
// Their items are scalars.
func (q *quick) flow(l []byte, at int) (*yaml.Node, int) {
	n := q.node(yaml.SequenceNode, "!!seq", column(l, at))
	closer := byte(']')
	if l[at] == '{' {
		n.Kind, n.Tag, closer = yaml.MappingNode, "!!map", '}'
	}
	n.Style = yaml.FlowStyle
	i := at + 1
	i += leadingSpaces(l[i:])
	if i < len(l) && l[i] == closer {
		return n, i + 1
	}
	for {
		if closer == '}' {
			k := keyEnd(l, i)
			if k < 0 || k+1 == len(l) {
				return nil, 0
			}
			key := q.plain(string(l[i:k]), true, column(l, i))
			if key == nil {
				return nil, 0
			}
			n.Content = append(n.Content, key)
			i = k + 1 + leadingSpaces(l[k+1:])
		}
		var item *yaml.Node
		if i == len(l) {
			return nil, 0
		} else if c := l[i]; c == '"' || c == '\'' {
			item, i = q.quoted(l, i)
		} else if j := i + bytes.IndexAny(l[i:], ",]}"); j >= i {
			item, i = q.plain(string(bytes.TrimRight(l[i:j], " ")), true, column(l, i)), j
		}
		if item == nil {
			return nil, 0
		}
		n.Content = append(n.Content, item)
		i += leadingSpaces(l[i:])
		switch {
		case i < len(l) && l[i] == closer:
			return n, i + 1
		case i < len(l) && l[i] == ',':
			i++
			i += leadingSpaces(l[i:])
			if i < len(l) && (l[i] == closer || l[i] == ',') {
				return nil, 0
			}
		default:
			return nil, 0
		}
	}
}

// plain makes the node of the plain scalar s at column col, or returns
// nil when s is not one readQuick reads.
func (q *quick) plain(s string, flow bool, col int) *yaml.Node {
	if !plainValue(s, flow) {
		return nil
	}
	tag, ok := plainTag(s)
	if !ok {
		return nil
	}
	n := q.node(yaml.ScalarNode, tag, col)
	n.Value = s
	return n
}

// keyEnd returns the index of the ':' that ends the key starting at
// l[at], or -1 when no key of letters, digits, '_' and '-' followed by
// ':' and a space (or the end of the line) starts there.
func keyEnd(l []byte, at int) int {
	k := at
	for k < len(l) && k-at < 128 && isKeyByte(l[k]) {
		k++
	}
	if k == at || l[at] == '-' || k == len(l) || l[k] != ':' || k+1 < len(l) && l[k+1] != ' ' {
		return -1
	}
	return k
}

// isDash reports whether a block sequence's item starts at l[at].
func isDash(l []byte, at int) bool {
	return at < len(l) && l[at] == '-' && (at+1 == len(l) || l[at+1] == ' ')
}

// plainValue reports whether s reads as one plain scalar, in a flow
// collection when flow is set: no indicator first (but "-x", "?x", ":x"),
// nothing that a comment, a key or (in a flow) a collection could start,
// nothing yaml.v3 refuses.
func plainValue(s string, flow bool) bool {
	if s == "" || strings.IndexByte(",[]{}#&*!|>'\"%@`", s[0]) >= 0 ||
		strings.IndexByte("-?:", s[0]) >= 0 && (len(s) == 1 || s[1] == ' ') ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") || s[len(s)-1] == ':' || strings.IndexByte(s, '\t') >= 0 {
		return false
	}
	if flow {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < utf8.RuneSelf && !isKeyByte(c) && strings.IndexByte(" ./+()'&", c) < 0 {
				return false // in a flow, only the punctuation of names and dates
			}
		}
	}
	return true
}

// plainTag returns the tag yaml.v3 resolves the plain scalar s to, as its
// resolve function does; ok is false for "<<" (a merge key, which yaml.v3
// treats apart) and for binary and octal forms it reads in ways of its own.
func plainTag(s string) (tag string, ok bool) {
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return "!!bool", true
	case "~", "null", "Null", "NULL":
		return "!!null", true
	case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		return "!!float", true
	case "<<":
		return "", false
	}
	switch c := s[0]; {
	case c == '.':
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return "!!float", true
		}
	case c == '+' || c == '-' || '0' <= c && c <= '9':
		if isTimestamp(s) {
			return "!!timestamp", true
		}
		plain := strings.ReplaceAll(s, "_", "")
		if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
			return "!!int", true
		}
		if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
			return "!!int", true
		}
		if yamlFloat.MatchString(plain) {
			if _, err := strconv.ParseFloat(plain, 64); err == nil {
				return "!!float", true
			}
		}
		if strings.HasPrefix(plain, "0b") || strings.HasPrefix(plain, "-0b") || strings.HasPrefix(plain, "0o") || strings.HasPrefix(plain, "-0o") {
			return "", false
		}
	}
	return "!!str", true
}

var yamlFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// isTimestamp reports whether yaml.v3 reads s as a timestamp: four digits,
// a '-', then a date in one of the forms it knows.
func isTimestamp(s string) bool {
	if len(s) < 5 || strings.Trim(s[:4], "0123456789") != "" || s[4] != '-' {
		return false
	}
	for _, layout := range []string{"2006-1-2T15:4:5.999999999Z07:00", "2006-1-2t15:4:5.999999999Z07:00", "2006-1-2 15:4:5.999999999", "2006-1-2"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// column returns the column (from 1, in characters) of l[at].
func column(l []byte, at int) int { return utf8.RuneCount(l[:at]) + 1 }

func isKeyByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

func leadingSpaces(b []byte) int { return len(b) - len(bytes.TrimLeft(b, " ")) }

// blockBody reads the content of a block scalar below a key indented by
// parent: it returns the number of lines the block spans and the block's
// value, or ok false for anything but the plain case — content indented
// by spaces alone, no tab before the text, no all-space line longer than
// the indentation.
// A folded block's lines are joined as yaml.v3 joins them: by a space
// between two lines of text, by the empty lines between them alone, as
// they are around a line that starts with a space.
func blockBody(lines [][]byte, parent int, folded, strip bool) (end int, value string, ok bool) {
	n := -1
	last := -1
	for j, l := range lines {
		body := l[:len(l)-1]
		sp := leadingSpaces(body)
		if sp == len(body) { // an empty or all-space line
			if n >= 0 && sp > n || n < 0 && sp > parent {
				return 0, "", false // spaces that may be content, or a leading line too deep
			}
			continue
		}
		if body[sp] == '\t' {
			return 0, "", false
		}
		if n < 0 {
			if sp <= parent {
				return 0, "", false // an empty block: yaml.v3's to read
			}
			n = sp
		}
		if sp < n {
			break
		}
		last = j
	}
	if last < 0 {
		return 0, "", false
	}
	size := 0
	for _, l := range lines[:last+1] {
		size += len(l)
	}
	var b strings.Builder
	b.Grow(size)
	breaks := 0 // line breaks since the last line of text
	var prev byte
	for _, l := range lines[:last+1] {
		body := l[:len(l)-1]
		if len(body) <= n {
			breaks++
			continue
		}
		text := body[n:]
		if folded && prev != 0 && prev != ' ' && text[0] != ' ' {
			if breaks == 1 {
				b.WriteByte(' ')
			}
			breaks--
		}
		for ; breaks > 0; breaks-- {
			b.WriteByte('\n')
		}
		b.Write(text)
		prev, breaks = text[0], 1
	}
	if !strip {
		b.WriteByte('\n')
	}
	// The block spans its content and the empty lines up to the next
	// text: those below the last content line are the parent's.
	return last + 1, b.String(), true
}

// plainText reports whether yaml.v3 reads s as it is: printable
// characters, tabs and line feeds, none that it takes for a line break
// (a carriage return, NEL, U+2028, U+2029) or refuses (other control
// characters, a byte order mark).
func plainText(s []byte) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if 0x20 <= c && c < 0x7f || c == '\n' || c == '\t' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return false
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
