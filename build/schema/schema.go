// Package schema decodes YAML into typed Go values, strictly, for the load
// stage: unknown keys, wrong types, missing required keys, duplicate keys and
// YAML aliases are reported with their position, every one of them, instead
// of stopping at the first. config, content and catalog decode through it so
// that site.yaml, front matter and catalogue entries all speak the same
// language to the person who must fix them.
//
// Struct fields are matched by their `yaml:"name"` tag; the option
// `yaml:"name,required"` makes a key mandatory. A field of type diag.Pos named
// Pos receives the position of the mapping, and a field of type Positions
// receives the position of every key's value. A type that implements
// Unmarshaler decodes itself.
package schema

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"gopkg.in/yaml.v3"
)

// MaxFileSize is the largest YAML input accepted, in bytes. Real catalogue
// entries and front matter are a few kilobytes; anything this large is a
// mistake or an attack, and is refused before it is parsed.
const MaxFileSize = 4 << 20

// maxDepth bounds nesting: no vitrine schema goes deeper than a handful of
// levels, and free-form params stay far below this.
const maxDepth = 64

// Unmarshaler is implemented by types that decode themselves from a node.
// They report problems through d and never panic.
type Unmarshaler interface {
	DecodeYAML(d *Decoder, n *yaml.Node)
}

// Positions maps a mapping's keys to the positions of their values, and
// "key[i]" (from 1) to the position of a list's items.
type Positions map[string]diag.Pos

// Of returns the position of key's value, or fallback when key is absent.
func (p Positions) Of(key string, fallback diag.Pos) diag.Pos {
	if pos, ok := p[key]; ok {
		return pos
	}
	return fallback
}

// Decoder decodes the nodes of one file. It is not safe for concurrent use;
// use one per file.
type Decoder struct {
	File       string
	LineOffset int // added to node lines: front matter starts after the "---" line
	Diags      *diag.List
	// Failed is set once the decoder has reported an error.
	Failed bool
	path   []string
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Parse parses src as one YAML document and returns its root node, or nil
// after reporting why it could not. An empty document yields nil without error.
func (d *Decoder) Parse(src []byte) *yaml.Node {
	if len(src) > MaxFileSize {
		d.Failed = true
		d.Diags.Errorf(diag.Pos{File: d.File, Line: d.LineOffset + 1, Col: 1},
			"the file is %d bytes, more than the %d allowed: split it or remove what does not belong", len(src), MaxFileSize)
		return nil
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	var root yaml.Node
	if n, ok := readQuick(src); ok { // valid UTF-8, and flows one level deep
		root = *n
	} else if !utf8.Valid(src) {
		line, col := InvalidUTF8(src)
		d.Failed = true
		d.Diags.Errorf(diag.Pos{File: d.File, Line: d.LineOffset + line, Col: col},
			"invalid UTF-8: save the file as UTF-8")
		return nil
	} else if depth := nesting(src); depth > maxDepth {
		d.Failed = true
		d.Diags.Errorf(diag.Pos{File: d.File, Line: d.LineOffset + 1, Col: 1},
			"nesting is %d levels deep, more than the %d allowed", depth, maxDepth)
		return nil
	} else if err := yaml.Unmarshal(src, &root); err != nil {
		d.syntaxError(src, err)
		return nil
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil
	}
	doc := root.Content[0]
	if !d.checkAliases(doc, 0) {
		return nil
	}
	return doc
}

func (d *Decoder) syntaxError(src []byte, err error) {
	msg := err.Error()
	line, col := 1, 1
	if m := yamlLineRE.FindStringSubmatch(strings.SplitN(msg, "\n", 2)[0]); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		// yaml.v3 numbers parser errors from 0 and scanner errors from 1.
		if slices.ContainsFunc(parserErrors, func(p string) bool { return strings.HasPrefix(msg, p) }) {
			line++
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	if h, ok := explain(src, line); ok {
		d.Failed = true
		d.Diags.Errorf(diag.Pos{File: d.File, Line: d.LineOffset + h.line, Col: h.col}, "invalid YAML: %s", h.msg)
		return
	}
	lines := bytes.Split(src, []byte("\n"))
	if line-1 < len(lines) {
		l := lines[line-1]
		if i := bytes.IndexByte(l, '\t'); i >= 0 && len(bytes.TrimLeft(l[:i], " ")) == 0 {
			msg += ": indent with spaces, not tabs"
			col = i + 1
		}
	}
	if strings.Contains(msg, "could not find expected ':'") {
		msg += ": each line of a mapping is `key: value`"
	}
	d.Failed = true
	d.Diags.Errorf(diag.Pos{File: d.File, Line: d.LineOffset + line, Col: col}, "invalid YAML: %s", msg)
}

// parserErrors are the messages of yaml.v3's parser (as opposed to its
// scanner), whose line numbers it counts from 0.
var parserErrors = []string{
	"did not find expected key",
	"did not find expected node content",
	"did not find expected '-' indicator",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected <document start>",
	"did not find expected <stream-start>",
	"found undefined tag handle",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found duplicate %TAG directive",
}

// nesting estimates the flow-collection depth ([ and {) of src cheaply, so
// that pathological inputs are refused before the parser sees them.
func nesting(src []byte) int {
	depth, deepest := 0, 0
	for i := 0; i < len(src); i++ {
		for i < len(src) && !nestingBytes[src[i]] {
			i++ // most bytes: skipped in this loop alone
		}
		if i == len(src) {
			break
		}
		switch c := src[i]; c {
		case '"', '\'':
			// The quote ends at the next one, or at the end of the line.
			rest := src[i+1:]
			end := bytes.IndexByte(rest, c)
			if nl := bytes.IndexByte(rest, '\n'); end < 0 || nl >= 0 && nl < end {
				end = nl
			}
			if end < 0 {
				return deepest
			}
			i += 1 + end
		case '[', '{':
			depth++
			deepest = max(deepest, depth)
		default: // ']', '}'
			depth = max(depth-1, 0)
		}
	}
	return deepest
}

// nestingBytes are the bytes nesting looks at.
var nestingBytes = [256]bool{'"': true, '\'': true, '[': true, '{': true, ']': true, '}': true}

// InvalidUTF8 returns the line and column (1-based, in characters) of the
// first byte of src that is not UTF-8, or the position after the end of src
// when it is all valid.
func InvalidUTF8(src []byte) (line, col int) {
	line, col = 1, 1
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		src = src[size:]
	}
	return line, col
}

func (d *Decoder) checkAliases(n *yaml.Node, depth int) bool {
	if depth > maxDepth {
		d.Errorf(n, "nesting is deeper than the %d levels allowed", maxDepth)
		return false
	}
	if n.Kind == yaml.AliasNode {
		d.Errorf(n, "YAML aliases (*%s) are not supported: write the value out in full", n.Value)
		return false
	}
	for _, c := range n.Content {
		if !d.checkAliases(c, depth+1) {
			return false // one message is enough: an alias bomb has thousands
		}
	}
	return true
}

// Pos returns the position of n in the file.
func (d *Decoder) Pos(n *yaml.Node) diag.Pos {
	if n == nil {
		return diag.Pos{File: d.File}
	}
	return diag.Pos{File: d.File, Line: n.Line + d.LineOffset, Col: n.Column}
}

// Path returns the dotted path of the value being decoded ("deadlines[1].date").
func (d *Decoder) Path() string {
	var b strings.Builder
	for _, p := range d.path {
		if b.Len() > 0 && !strings.HasPrefix(p, "[") {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}

// Errorf reports an error at n, prefixed with the current key path.
func (d *Decoder) Errorf(n *yaml.Node, format string, args ...any) {
	d.Failed = true
	d.Diags.Errorf(d.Pos(n), "%s", d.prefix(fmt.Sprintf(format, args...)))
}

// Warnf reports a warning at n, prefixed with the current key path.
func (d *Decoder) Warnf(n *yaml.Node, format string, args ...any) {
	d.Diags.Warnf(d.Pos(n), "%s", d.prefix(fmt.Sprintf(format, args...)))
}

func (d *Decoder) prefix(msg string) string {
	if p := d.Path(); p != "" {
		return p + ": " + msg
	}
	return msg
}

// Push enters key (or "[i]") for the messages of nested values; Pop leaves it.
func (d *Decoder) Push(key string) { d.path = append(d.path, key) }

// Pop leaves the innermost key.
func (d *Decoder) Pop() { d.path = d.path[:len(d.path)-1] }

var (
	unmarshalerType = reflect.TypeFor[Unmarshaler]()
	posType         = reflect.TypeFor[diag.Pos]()
	positionsType   = reflect.TypeFor[Positions]()
)

// Decode decodes n into the value out points to.
func (d *Decoder) Decode(n *yaml.Node, out any) {
	v := reflect.ValueOf(out)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		panic("schema: Decode needs a non-nil pointer") // programming error, not input error
	}
	d.decode(n, v.Elem())
}

// IsNull reports whether n is absent or an explicit null (`key:` with nothing after it).
func IsNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

func (d *Decoder) decode(n *yaml.Node, v reflect.Value) {
	if v.CanAddr() && v.Addr().Type().Implements(unmarshalerType) {
		v.Addr().Interface().(Unmarshaler).DecodeYAML(d, n)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if IsNull(n) {
			return
		}
		p := reflect.New(v.Type().Elem())
		d.decode(n, p.Elem())
		v.Set(p)
	case reflect.Interface:
		var x any
		if err := n.Decode(&x); err != nil {
			// yaml.v3's own wording is several lines long; say it plainly.
			d.Errorf(n, "this value cannot be read (%s)", firstLine(err))
			return
		}
		if x != nil {
			v.Set(reflect.ValueOf(x))
		}
	case reflect.String:
		if s, ok := d.scalar(n, "text"); ok {
			v.SetString(s)
		}
	case reflect.Bool:
		s, ok := d.scalar(n, "true or false")
		if !ok {
			return
		}
		switch s {
		case "true", "yes", "on":
			v.SetBool(true)
		case "false", "no", "off":
			v.SetBool(false)
		default:
			d.Errorf(n, "%q is not true or false", s)
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		s, ok := d.scalar(n, "a whole number")
		if !ok {
			return
		}
		i, err := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 10, 64)
		if err != nil || v.OverflowInt(i) {
			d.Errorf(n, "%q is not a whole number", s)
			return
		}
		v.SetInt(i)
	case reflect.Float64:
		s, ok := d.scalar(n, "a number")
		if !ok {
			return
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
		if err != nil {
			d.Errorf(n, "%q is not a number (write 1234.5, without a thousands separator)", s)
			return
		}
		v.SetFloat(f)
	case reflect.Slice:
		d.decodeSlice(n, v)
	case reflect.Map:
		d.decodeMap(n, v)
	case reflect.Struct:
		d.decodeStruct(n, v)
	default:
		panic("schema: unsupported type " + v.Type().String())
	}
}

func firstLine(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: unmarshal errors:\n")
	msg = strings.TrimSpace(strings.SplitN(msg, "\n", 2)[0])
	return strings.TrimPrefix(yamlLinePrefix.ReplaceAllString(msg, ""), "yaml: ")
}

var yamlLinePrefix = regexp.MustCompile(`^line \d+: `)

// scalar returns the text of a scalar node, or reports that want was expected.
func (d *Decoder) scalar(n *yaml.Node, want string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		d.Errorf(n, "expected %s, found %s", want, Describe(n))
		return "", false
	}
	if n.Tag == "!!null" {
		return "", false
	}
	return n.Value, true
}

// Describe names the kind of a node for messages ("a list", "a mapping").
func Describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping (key: value)"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

func (d *Decoder) decodeSlice(n *yaml.Node, v reflect.Value) {
	if IsNull(n) {
		return
	}
	items := n.Content
	if n.Kind != yaml.SequenceNode {
		// A single value where a list is expected is a list of one: `menu: main`.
		if n.Kind == yaml.ScalarNode && v.Type().Elem().Kind() == reflect.String {
			items = []*yaml.Node{n}
		} else {
			d.Errorf(n, "expected a list, found %s", Describe(n))
			return
		}
	}
	s := reflect.MakeSlice(v.Type(), len(items), len(items))
	for i, item := range items {
		d.Push(fmt.Sprintf("[%d]", i+1))
		if isBlank(item) && v.Type().Elem().Kind() != reflect.Struct { // a struct's required keys speak for it
			d.Errorf(item, "an empty item: remove it, or write its value")
		}
		d.decode(item, s.Index(i))
		d.Pop()
	}
	v.Set(s)
}

func (d *Decoder) decodeMap(n *yaml.Node, v reflect.Value) {
	if IsNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.Errorf(n, "expected a mapping (key: value), found %s", Describe(n))
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			d.Errorf(k, "key %q appears twice", k.Value)
			continue
		}
		seen[k.Value] = true
		ev := reflect.New(v.Type().Elem()).Elem()
		d.Push(k.Value)
		d.decode(val, ev)
		d.Pop()
		m.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), ev)
	}
	v.Set(m)
}

type fieldInfo struct {
	index    []int
	name     string
	required bool
}

// structFields lists the YAML keys of a struct type, including those of
// embedded structs tagged `yaml:",inline"`, and the indexes of its Pos and
// Positions fields (nil when absent).
func structFields(t reflect.Type) (fields []fieldInfo, posField, positionsField []int) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if opts == "inline" && f.Type.Kind() == reflect.Struct {
			inner, p, ps := structFields(f.Type)
			for _, in := range inner {
				in.index = append([]int{i}, in.index...)
				fields = append(fields, in)
			}
			if posField == nil && p != nil {
				posField = append([]int{i}, p...)
			}
			if positionsField == nil && ps != nil {
				positionsField = append([]int{i}, ps...)
			}
			continue
		}
		if tag == "-" || tag == "" {
			switch {
			case f.Type == posType && f.Name == "Pos":
				posField = []int{i}
			case f.Type == positionsType:
				positionsField = []int{i}
			}
			continue
		}
		fields = append(fields, fieldInfo{index: []int{i}, name: name, required: opts == "required"})
	}
	return fields, posField, positionsField
}

func (d *Decoder) decodeStruct(n *yaml.Node, v reflect.Value) {
	fields, posField, positionsField := structFields(v.Type())
	if posField != nil {
		v.FieldByIndex(posField).Set(reflect.ValueOf(d.Pos(n)))
	}
	if IsNull(n) {
		d.missing(n, fields, nil)
		return
	}
	if n.Kind != yaml.MappingNode {
		d.Errorf(n, "expected a mapping (key: value), found %s%s", Describe(n), expectedShape(n, v.Type(), fields))
		return
	}
	byName := make(map[string]fieldInfo, len(fields))
	for _, f := range fields {
		byName[f.name] = f
	}
	positions := Positions{}
	present := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		f, ok := byName[k.Value]
		if !ok {
			d.Errorf(k, "%s", unknownKey(k.Value, fields))
			continue
		}
		if present[k.Value] {
			d.Errorf(k, "key %q appears twice", k.Value)
			continue
		}
		present[k.Value] = true
		positions[k.Value] = d.Pos(val)
		if val.Kind == yaml.SequenceNode {
			// Items keep their own positions: "fields[2]".
			for i, item := range val.Content {
				positions[k.Value+"["+strconv.Itoa(i+1)+"]"] = d.Pos(item)
			}
		}
		if IsNull(val) {
			continue
		}
		if f.required && isBlank(val) {
			d.Errorf(val, "%q is empty: write its value", k.Value)
		}
		d.Push(k.Value)
		d.decode(val, v.FieldByIndex(f.index))
		d.Pop()
	}
	if positionsField != nil {
		v.FieldByIndex(positionsField).Set(reflect.ValueOf(positions))
	}
	d.missing(n, fields, func(name string) bool {
		p, ok := positions[name]
		return ok && p.Line > 0 && !isEmptyAt(n, name)
	})
}

// isEmptyAt reports whether key's value is absent, null or an empty list or
// mapping: a required key needs a value.
func isEmptyAt(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			v := n.Content[i+1]
			return IsNull(v) || ((v.Kind == yaml.SequenceNode || v.Kind == yaml.MappingNode) && len(v.Content) == 0)
		}
	}
	return true
}

// isBlank reports whether n is null or a string of nothing but spaces.
func isBlank(n *yaml.Node) bool {
	return IsNull(n) || n.Kind == yaml.ScalarNode && n.Tag == "!!str" && strings.TrimSpace(n.Value) == ""
}

func (d *Decoder) missing(n *yaml.Node, fields []fieldInfo, has func(string) bool) {
	for _, f := range fields {
		if f.required && (has == nil || !has(f.name)) {
			d.Errorf(n, "%q is required but missing or empty", f.name)
		}
	}
}

func unknownKey(key string, fields []fieldInfo) string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	sort.Strings(names)
	if s := Suggest(key, names); s != "" {
		return fmt.Sprintf("unknown key %q: did you mean %q?", key, s)
	}
	return fmt.Sprintf("unknown key %q: expected one of %s", key, strings.Join(names, ", "))
}

// Suggest returns the candidate closest to s when it is close enough to be a
// likely typo, or "".
func Suggest(s string, candidates []string) string {
	best, bestDist := "", 1<<30
	ls := strings.ToLower(s)
	for _, c := range candidates {
		dist := levenshtein(ls, strings.ToLower(c))
		if dist < bestDist {
			best, bestDist = c, dist
		}
	}
	limit := 2
	if len(s) <= 4 {
		limit = 1
	}
	if bestDist <= limit {
		return best
	}
	return ""
}

// DidYouMean returns ` (did you mean "x"?)` when x, a candidate, is a
// likely typo of s (Suggest), or "": the end of a message that names s.
func DidYouMean(s string, candidates []string) string {
	if m := Suggest(s, candidates); m != "" {
		return fmt.Sprintf(" (did you mean %q?)", m)
	}
	return ""
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// expectedShape tells, after "found a list", how the mapping that was
// expected is written: a file that holds one list (data/figures.yaml) puts
// it under its key; a mapping written as list items loses its "- ".
func expectedShape(n *yaml.Node, t reflect.Type, fields []fieldInfo) string {
	if n.Kind != yaml.SequenceNode || len(fields) == 0 {
		return ""
	}
	if len(fields) == 1 {
		f := t.FieldByIndex(fields[0].index)
		if f.Type.Kind() == reflect.Slice {
			item := "…"
			if et := f.Type.Elem(); et.Kind() == reflect.Pointer && et.Elem().Kind() == reflect.Struct || et.Kind() == reflect.Struct {
				if et.Kind() == reflect.Pointer {
					et = et.Elem()
				}
				if ef, _, _ := structFields(et); len(ef) > 0 {
					item = ef[0].name + ": …"
				}
			}
			return fmt.Sprintf(": the list goes under the key %[1]q; write \"%[1]s:\" on the first line and indent the items under it by two spaces (\"  - %[2]s\")", fields[0].name, item)
		}
	}
	if len(n.Content) == 0 || n.Content[0].Kind != yaml.MappingNode {
		return ""
	}
	var keys []string
	for _, f := range fields {
		if f.required {
			keys = append(keys, f.name)
		}
	}
	if len(keys) == 0 {
		keys = append(keys, fields[0].name)
	}
	if len(keys) > 3 {
		keys = keys[:3]
	}
	return fmt.Sprintf(": write the keys (%s: …) at the start of their lines, without \"- \" in front of them", strings.Join(keys, ": …, "))
}
