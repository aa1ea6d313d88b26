package schema

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// sameTree describes the first difference between two node trees, or "".
// Comments are not compared: readQuick leaves them out.
func sameTree(a, b *yaml.Node, path string) string {
	if a.Kind != b.Kind || a.Style != b.Style || a.Tag != b.Tag || a.Value != b.Value || a.Anchor != b.Anchor ||
		a.Alias != nil || b.Alias != nil || a.Line != b.Line || a.Column != b.Column || len(a.Content) != len(b.Content) {
		return fmt.Sprintf("%s: %d:%d %q (kind %v, style %v, tag %s, %d children) against %d:%d %q (kind %v, style %v, tag %s, %d children)",
			path, a.Line, a.Column, a.Value, a.Kind, a.Style, a.Tag, len(a.Content), b.Line, b.Column, b.Value, b.Kind, b.Style, b.Tag, len(b.Content))
	}
	for i := range a.Content {
		if d := sameTree(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// checkQuick parses src both ways; it returns whether readQuick read it,
// failing the test if the trees differ.
func checkQuick(t *testing.T, name string, src []byte) bool {
	t.Helper()
	got, ok := readQuick(src)
	if !ok {
		return false
	}
	var want yaml.Node
	if err := yaml.Unmarshal(src, &want); err != nil {
		t.Errorf("%s: read, but yaml.v3 refuses the file: %v", name, err)
		return true
	}
	if d := sameTree(got, &want, ""); d != "" {
		t.Errorf("%s: trees differ at %s", name, d)
	}
	return true
}

// quickCases are inputs readQuick reads (true) or leaves to yaml.v3.
var quickCases = map[string]struct {
	src  string
	read bool
}{
	"clip":              {"a: |\n  one\n  two\nb: 1\n", true},
	"strip":             {"a: |-\n  one\n  two\nb: 1\n", true},
	"keep":              {"a: |+\n  one\n\n\nb: 1\n", false},
	"nested":            {"t:\n  fr: |\n    ### Titre\n\n    - un\n    - deux\n  en: |\n    text\n", true},
	"interior blanks":   {"a: |\n  one\n\n\n  two\n\nb: x\n", true},
	"leading blank":     {"a: |\n\n  one\nb: 2\n", true},
	"deeper lines":      {"a: |\n  one\n    indented code\n  back\n", true},
	"trailing spaces":   {"a: |\n  one  \n  two\t\n", true},
	"spaces-only lines": {"a: |\n  one\n    \n  two\n", false},
	"short blank":       {"a: |\n    one\n  \n    two\n", true},
	"tab in content":    {"a: |\n  one\ttab\n", true},
	"tab indent":        {"a: |\n\tone\n", false},
	"end of file":       {"a: |\n  one", false},
	"empty block":       {"a: |\nb: 1\n", false},
	"comment after":     {"a: |\n  one\n# comment\nb: 1\n", true},
	"comment header":    {"a: | # note\n  one\n", false},
	"indicator digit":   {"a: |2\n   one\n", false},
	"folded":            {"a: >\n  one\n  two\n\n  three\n    code\n  four\n  five\n\n\n  six\nb: >-\n  x\n   y\n  z\n", true},
	"in a sequence":     {"l:\n  - fr: |\n      one\n    en: |\n      two\n", true},
	"inside quotes":     {"a: \"x\n  b: |\n  y\"\nc: |\n  z\n", false},
	"inside a block":    {"a: |\n  b: |\n    c\n", true},
	"unicode":           {"a: |\n  Zoë — l’été 🎓 日本\n", true},
	"line separator":    {"a: |\n  one\u2028two\n", false},
	"nel":               {"a: |\n  one\u0085two\n", false},
	"bom inside":        {"a: |\n  one\ufefftwo\n", false},
	"hash in content":   {"a: |\n  # heading\n  text # not a comment\n", true},
	"document markers":  {"a: |\n  ---\n  ...\n---\n", false},
	"flow block":        {"{a: |\n  x}\n", false},
	"deep key":          {"a:\n      b: |\n        c\n      d: e\n", true},
	"less indented":     {"a:\n    b: |\n       c\n      d\n", false},
	"colon key":         {"a:b: |\n  c\n", false},
	"crlf":              {"a: |\r\n  one\r\n", false},

	"scalars":          {"a: word\nb: two words\nc: 60\nd: 2027-02-01\ne: true\nf: null\ng: 7.5\nh: https://example.org/x?y=1\n", true},
	"quoted":           {"a: \"Zoë — “x”\"\nb: 'it''s'\nc: \"\"\nd: ''\ne: \"tab\there\"\n", true},
	"escape":           {"a: \"line\\nbreak\"\n", false},
	"leading zero":     {"a: 0123\n", true},
	"big number":       {"a: 1234567890123456789012\n", true},
	"bad date":         {"a: 2027-02-30\n", true},
	"tilde":            {"a: ~\n", true},
	"numbers":          {"a: -5\nb: +1.5e3\nc: 0x1F\nd: 1_000\ne: .5\nf: .inf\ng: 0o17\nh: 09\ni: 0.5,0.4\n", true},
	"binary":           {"a: 0b101\nb: 0b-1\n", false},
	"times":            {"a: 2027-02-10T14:00\nb: 2027-02-10T14:00:00Z\nc: 2027-02-10 14:00:00\nd: --03-01\ne: 2027-1-5\n", true},
	"merge":            {"<<: 1\n", false},
	"trailing comment": {"a: b # note\nb: \"x\" # y\nc: [1] # z\nd: # e\n  f: 1\n", true},
	"head comment":     {"# yaml-language-server: $schema=x.json\n\n# about\na: 1\n  # indented\nb: 2\n", true},
	"empty value":      {"a:\nb: 1\n", false},
	"plain over lines": {"a: one\n  two\n", false},
	"anchor":           {"a: &x 1\nb: *x\n", false},
	"tag":              {"a: !!str 1\n", false},
	"flow list":        {"a: [\"é\", b, 3, 2027-01-01]\nb: []\nc: {}\n", true},
	"flow map":         {"a: {audience: eea, date: 2027-02-01, amount: 1100, name: \"x, y\"}\n", true},
	"flow nested":      {"a: [[1]]\n", false},
	"flow over lines":  {"a: [1,\n  2]\n", false},
	"flow trailing":    {"a: [1, 2,]\n", false},
	"flow colon":       {"a: {t: 10:30}\n", false},
	"sequence":         {"l:\n  - one\n  - \"two\"\n  - {k: v}\n  - [x]\nm:\n- a\n- b\nn: 1\n", true},
	"sequence of maps": {"d:\n  - audience: eea\n    date: 2027-02-01\n  - audience: non-eea\n    tags:\n    - a\n    - b\n", true},
	"root sequence":    {"- a\n- b: 1\n  c: 2\n", true},
	"nested sequence":  {"a:\n  - - x\n", false},
	"dash block":       {"a:\n  - |\n    x\n", false},
	"key with dash":    {"-a: 1\n", false},
	"indented root":    {"  a: 1\n", false},
	"deeper next":      {"a: 1\n  b: 2\n", false},
	"duplicate keys":   {"a: 1\na: 2\n", true},
	"control":          {"a: x\x01y\n", false},
	"no final newline": {"a: 1", false},
	"keys":             {"true: 1\n2025: x\nnull: y\n", true},
	"brackets":         {"a: Foo [bar] {baz}\nb: x:y\n", true},
	"tabs":             {"a:\tx\n", false},
}

func TestReadQuick(t *testing.T) {
	for name, c := range quickCases {
		if read := checkQuick(t, name, []byte(c.src)); read != c.read {
			t.Errorf("%s: read %v, want %v", name, read, c.read)
		}
	}
	// Every YAML file of the showcase is in the form readQuick reads.
	n := 0
	_ = filepath.WalkDir("../../data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(p, ".yaml") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !checkQuick(t, p, src) {
			t.Errorf("%s: left to yaml.v3", p)
		}
		n++
		return nil
	})
	if n == 0 {
		t.Error("no catalogue file found in the showcase")
	}
}

func FuzzReadQuick(f *testing.F) {
	for _, c := range quickCases {
		f.Add(c.src)
	}
	files, _ := filepath.Glob("../../data/*/*.yaml")
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkQuick(t, "input", []byte(src))
	})
}
