package schema_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/schema"
	"gopkg.in/yaml.v3"
)

// Base is embedded inline in Entry, as catalog.Common is in every entry.
type Base struct {
	ID  string `yaml:"id"`
	Pos diag.Pos
}

// Deadline is a nested strict struct with its own positions.
type Deadline struct {
	Audience string      `yaml:"audience,required"`
	Date     schema.Date `yaml:"date,required"`
	Pos      diag.Pos
	At       schema.Positions
}

// Entry is a representative strict struct: every kind of field the decoder
// supports.
type Entry struct {
	Base      `yaml:",inline"`
	Title     string            `yaml:"title,required"`
	Count     int               `yaml:"count"`
	Small     int32             `yaml:"small"`
	Open      bool              `yaml:"open"`
	Ratio     float64           `yaml:"ratio"`
	Tags      []string          `yaml:"tags"`
	Intake    []int             `yaml:"intake"`
	Deadlines []Deadline        `yaml:"deadlines"`
	Labels    map[string]string `yaml:"labels"`
	Params    map[string]any    `yaml:"params"`
	Note      *string           `yaml:"note"`
	Extra     any               `yaml:"extra"`
	Date      schema.Date       `yaml:"date"`
	Hidden    string            `yaml:"-"`
	At        schema.Positions
}

// decode parses src as f.yaml and decodes it into out, returning the sorted
// diagnostics.
func decode(src string, out any) []string {
	var l diag.List
	d := &schema.Decoder{File: "f.yaml", Diags: &l}
	if n := d.Parse([]byte(src)); n != nil {
		d.Decode(n, out)
	}
	return lines(&l)
}

func lines(l *diag.List) []string {
	var out []string
	for _, d := range l.Sorted() {
		out = append(out, d.Error())
	}
	return out
}

func diff(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "valid",
			src:  "title: x\ncount: 2\nopen: true\nratio: 1.5\ntags: [a, b]\n",
		},
		{
			name: "unknown key with suggestion",
			src:  "title: x\ncuont: 2\n",
			want: []string{`f.yaml:2:1: error: unknown key "cuont": did you mean "count"?`},
		},
		{
			name: "unknown key without suggestion lists the keys",
			src:  "title: x\nzzzzzz: 1\n",
			want: []string{`f.yaml:2:1: error: unknown key "zzzzzz": expected one of count, date, deadlines, extra, id, intake, labels, note, open, params, ratio, small, tags, title`},
		},
		{
			name: "misspelt required key is unknown and missing",
			src:  "titel: x\n",
			want: []string{
				`f.yaml:1:1: error: "title" is required but missing or empty`,
				`f.yaml:1:1: error: unknown key "titel": did you mean "title"?`,
			},
		},
		{
			name: "a yaml:- field is not a key",
			src:  "title: x\nhidden: y\n",
			want: []string{`f.yaml:2:1: error: unknown key "hidden": expected one of count, date, deadlines, extra, id, intake, labels, note, open, params, ratio, small, tags, title`},
		},
		{
			name: "int from text",
			src:  "title: x\ncount: abc\n",
			want: []string{`f.yaml:2:8: error: count: "abc" is not a whole number`},
		},
		{
			name: "int from list",
			src:  "title: x\ncount: [1]\n",
			want: []string{`f.yaml:2:8: error: count: expected a whole number, found a list`},
		},
		{
			name: "int overflow",
			src:  "title: x\ncount: 99999999999999999999\n",
			want: []string{`f.yaml:2:8: error: count: "99999999999999999999" is not a whole number`},
		},
		{
			name: "int32 overflow",
			src:  "title: x\nsmall: 3000000000\n",
			want: []string{`f.yaml:2:8: error: small: "3000000000" is not a whole number`},
		},
		{
			name: "int with underscores",
			src:  "title: x\ncount: 1_000\n",
		},
		{
			name: "int from float",
			src:  "title: x\ncount: 1.5\n",
			want: []string{`f.yaml:2:8: error: count: "1.5" is not a whole number`},
		},
		{
			name: "bool from text",
			src:  "title: x\nopen: maybe\n",
			want: []string{`f.yaml:2:7: error: open: "maybe" is not true or false`},
		},
		{
			name: "bool from mapping",
			src:  "title: x\nopen: {a: 1}\n",
			want: []string{`f.yaml:2:7: error: open: expected true or false, found a mapping (key: value)`},
		},
		{
			name: "float with a comma",
			src:  "title: x\nratio: 1,5\n",
			want: []string{`f.yaml:2:8: error: ratio: "1,5" is not a number (write 1234.5, without a thousands separator)`},
		},
		{
			name: "text from list",
			src:  "title: [a, b]\n",
			want: []string{`f.yaml:1:8: error: title: expected text, found a list`},
		},
		{
			name: "text from mapping",
			src:  "title: {a: b}\n",
			want: []string{`f.yaml:1:8: error: title: expected text, found a mapping (key: value)`},
		},
		{
			name: "list from mapping",
			src:  "title: x\ntags: {a: b}\n",
			want: []string{`f.yaml:2:7: error: tags: expected a list, found a mapping (key: value)`},
		},
		{
			name: "list of structs from a scalar",
			src:  "title: x\ndeadlines: soon\n",
			want: []string{`f.yaml:2:12: error: deadlines: expected a list, found "soon"`},
		},
		{
			name: "list of ints from a scalar",
			src:  "title: x\nintake: 9\n",
			want: []string{`f.yaml:2:9: error: intake: expected a list, found "9"`},
		},
		{
			name: "mapping from list",
			src:  "title: x\nlabels: [a]\n",
			want: []string{`f.yaml:2:9: error: labels: expected a mapping (key: value), found a list`},
		},
		{
			name: "mapping value of the wrong type",
			src:  "title: x\nlabels:\n  fr: [a]\n",
			want: []string{`f.yaml:3:7: error: labels.fr: expected text, found a list`},
		},
		{
			name: "struct from scalar",
			src:  "title: x\ndeadlines: [soon]\n",
			want: []string{`f.yaml:2:13: error: deadlines[1]: expected a mapping (key: value), found "soon"`},
		},
		{
			name: "document that is not a mapping",
			src:  "- a\n- b\n",
			want: []string{`f.yaml:1:1: error: expected a mapping (key: value), found a list`},
		},
		{
			name: "missing required",
			src:  "count: 1\n",
			want: []string{`f.yaml:1:1: error: "title" is required but missing or empty`},
		},
		{
			name: "null required",
			src:  "title:\ncount: 1\n",
			want: []string{`f.yaml:1:1: error: "title" is required but missing or empty`},
		},
		{
			name: "tilde required",
			src:  "title: ~\n",
			want: []string{`f.yaml:1:1: error: "title" is required but missing or empty`},
		},
		{
			name: "missing required in a list item",
			src:  "title: x\ndeadlines:\n  - audience: eea\n    date: 2026-01-15\n  - audience: eea\n",
			want: []string{`f.yaml:5:5: error: deadlines[2]: "date" is required but missing or empty`},
		},
		{
			name: "null list item with required keys",
			src:  "title: x\ndeadlines:\n  -\n",
			want: []string{
				`f.yaml:3:4: error: deadlines[1]: "audience" is required but missing or empty`,
				`f.yaml:3:4: error: deadlines[1]: "date" is required but missing or empty`,
			},
		},
		{
			name: "duplicate key",
			src:  "title: x\ncount: 1\ncount: 2\n",
			want: []string{`f.yaml:3:1: error: key "count" appears twice`},
		},
		{
			name: "duplicate key in a map",
			src:  "title: x\nlabels: {fr: a, fr: b}\n",
			want: []string{`f.yaml:2:17: error: labels: key "fr" appears twice`},
		},
		{
			name: "duplicate key in a nested struct",
			src:  "title: x\ndeadlines:\n  - audience: eea\n    audience: all\n    date: 2026-01-15\n",
			want: []string{`f.yaml:4:5: error: deadlines[1]: key "audience" appears twice`},
		},
		{
			name: "null values are absent",
			src:  "title: x\ncount:\nopen: ~\ntags:\nlabels: null\nnote:\nextra:\ndeadlines:\n",
		},
		{
			name: "path through a list into a struct",
			src:  "title: x\ndeadlines:\n  - {audience: eea, date: 2026-01-15}\n  - {audience: eea, date: 2026-13-01}\n",
			want: []string{`f.yaml:4:27: error: deadlines[2].date: "2026-13-01" is not a date: write it as YYYY-MM-DD, like 2026-11-23`},
		},
		{
			name: "path through a list of ints",
			src:  "title: x\nintake: [9, two]\n",
			want: []string{`f.yaml:2:13: error: intake[2]: "two" is not a whole number`},
		},
		{
			name: "unknown key in a nested struct",
			src:  "title: x\ndeadlines:\n  - {audience: eea, date: 2026-01-15, dat: x}\n",
			want: []string{`f.yaml:3:39: error: deadlines[1]: unknown key "dat": did you mean "date"?`},
		},
		{
			name: "every problem is reported",
			src:  "title: [x]\ncount: abc\nopen: maybe\nzzzzzz: 1\n",
			want: []string{
				`f.yaml:1:8: error: title: expected text, found a list`,
				`f.yaml:2:8: error: count: "abc" is not a whole number`,
				`f.yaml:3:7: error: open: "maybe" is not true or false`,
				`f.yaml:4:1: error: unknown key "zzzzzz": expected one of count, date, deadlines, extra, id, intake, labels, note, open, params, ratio, small, tags, title`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e Entry
			diff(t, decode(tt.src, &e), tt.want)
		})
	}
}

// TestDecodeFreeFormErrors: problems inside free-form values (params,
// fields of type any) read like every other message: one line, the
// decoder's path, no "yaml:" prefix.
func TestDecodeFreeFormErrors(t *testing.T) {
	tests := []struct{ name, src string }{
		{"duplicate key", "title: x\nparams: {brand: {a: 1, a: 2}}\n"},
		{"bad tagged value", "title: x\nextra: !!int abc\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e Entry
			got := decode(tt.src, &e)
			if len(got) != 1 {
				t.Fatalf("diagnostics = %q", got)
			}
			_, msg, _ := strings.Cut(got[0], "error: ")
			if strings.Contains(msg, "\n") || strings.Contains(msg, "yaml:") {
				t.Errorf("%q: an error inside a free-form value should be one plain line, without yaml.v3's wording", got[0])
			}
		})
	}
}

func TestDecodeValues(t *testing.T) {
	src := `id: mobility
title: Mobility
count: 1_234
small: -5
open: yes
ratio: 0.25
tags: news
intake: [9, 2]
labels: {fr: Mobilité, nl: Mobiliteit}
params: {colour: "#003", size: 3, list: [a, b]}
note: hello
extra: [1, two]
date: 2026-11-23
deadlines:
  - audience: eea
    date: 2026-03-01
`
	var e Entry
	diff(t, decode(src, &e), nil)
	if e.ID != "mobility" {
		t.Errorf("inline ID = %q", e.ID)
	}
	if e.Title != "Mobility" || e.Count != 1234 || e.Small != -5 || !e.Open || e.Ratio != 0.25 {
		t.Errorf("scalars = %q %d %d %v %v", e.Title, e.Count, e.Small, e.Open, e.Ratio)
	}
	if !slices.Equal(e.Tags, []string{"news"}) {
		t.Errorf("a single value where a list of strings is expected: Tags = %q, want [news]", e.Tags)
	}
	if !slices.Equal(e.Intake, []int{9, 2}) {
		t.Errorf("Intake = %v", e.Intake)
	}
	if e.Labels["fr"] != "Mobilité" || e.Labels["nl"] != "Mobiliteit" || len(e.Labels) != 2 {
		t.Errorf("Labels = %v", e.Labels)
	}
	if e.Params["colour"] != "#003" || e.Params["size"] != 3 {
		t.Errorf("Params = %#v", e.Params)
	}
	if e.Note == nil || *e.Note != "hello" {
		t.Errorf("Note = %v", e.Note)
	}
	if fmt.Sprint(e.Extra) != "[1 two]" {
		t.Errorf("Extra = %#v", e.Extra)
	}
	if e.Date.String() != "2026-11-23" || !e.Date.Equal(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Date = %v", e.Date)
	}
	if len(e.Deadlines) != 1 || e.Deadlines[0].Audience != "eea" || e.Deadlines[0].Date.String() != "2026-03-01" {
		t.Errorf("Deadlines = %+v", e.Deadlines)
	}
}

func TestDecodeNullsLeaveZeroValues(t *testing.T) {
	e := Entry{Count: 7, Tags: []string{"keep"}}
	diff(t, decode("title: x\ncount:\ntags: ~\nnote:\n", &e), nil)
	if e.Count != 7 || !slices.Equal(e.Tags, []string{"keep"}) || e.Note != nil {
		t.Errorf("null values changed fields: %+v", e)
	}
	for _, k := range []string{"count", "tags", "note"} {
		if _, ok := e.At[k]; !ok {
			t.Errorf("At[%q] missing: a null value still has a position", k)
		}
	}
}

func TestPositions(t *testing.T) {
	src := "# comment\nid: x\ntitle:   Mobility\ndeadlines:\n  - audience: eea\n    date: 2026-03-01\n  -   {audience: all, date: 2026-04-01}\n"
	var e Entry
	var l diag.List
	d := &schema.Decoder{File: "content/x.md", LineOffset: 1, Diags: &l}
	n := d.Parse([]byte(src))
	if n == nil {
		t.Fatal(l.String())
	}
	d.Decode(n, &e)
	diff(t, lines(&l), nil)
	pos := func(line, col int) diag.Pos { return diag.Pos{File: "content/x.md", Line: line, Col: col} }
	checks := []struct {
		name      string
		got, want diag.Pos
	}{
		{"inline Pos is the mapping", e.Pos, pos(3, 1)},
		{"At[id]", e.At["id"], pos(3, 5)},
		{"At[title]", e.At["title"], pos(4, 10)},
		{"At[deadlines]", e.At["deadlines"], pos(6, 3)},
		{"deadline 1 Pos", e.Deadlines[0].Pos, pos(6, 5)},
		{"deadline 1 At[date]", e.Deadlines[0].At["date"], pos(7, 11)},
		{"deadline 2 Pos", e.Deadlines[1].Pos, pos(8, 7)},
		{"deadline 2 At[audience]", e.Deadlines[1].At["audience"], pos(8, 18)},
		{"Of absent key", e.At.Of("count", pos(99, 1)), pos(99, 1)},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestPathPushPop(t *testing.T) {
	var l diag.List
	d := &schema.Decoder{File: "f.yaml", Diags: &l}
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: "x", Line: 2, Column: 3}
	d.Errorf(n, "top")
	d.Push("deadlines")
	d.Push("[2]")
	d.Push("date")
	if got := d.Path(); got != "deadlines[2].date" {
		t.Errorf("Path() = %q", got)
	}
	d.Warnf(n, "bad %s", "date")
	d.Pop()
	d.Pop()
	d.Pop()
	if got := d.Path(); got != "" {
		t.Errorf("Path() after Pop = %q", got)
	}
	diff(t, lines(&l), []string{
		"f.yaml:2:3: error: top",
		"f.yaml:2:3: warning: deadlines[2].date: bad date",
	})
}

func TestDate(t *testing.T) {
	type doc struct {
		Date schema.Date `yaml:"date"`
	}
	tests := []struct {
		name string
		src  string
		want string
		diag []string
	}{
		{name: "iso", src: "date: 2026-11-23", want: "2026-11-23"},
		{name: "quoted", src: `date: "2026-02-28"`, want: "2026-02-28"},
		{name: "leap day", src: "date: 2028-02-29", want: "2028-02-29"},
		{name: "not a leap year", src: "date: 2026-02-29", diag: []string{`f.yaml:1:7: error: date: "2026-02-29" is not a date: write it as YYYY-MM-DD, like 2026-11-23`}},
		{name: "day first", src: "date: 23/11/2026", diag: []string{`f.yaml:1:7: error: date: "23/11/2026" is not a date: write it as YYYY-MM-DD, like 2026-11-23`}},
		{name: "one-digit month", src: "date: 2026-1-23", diag: []string{`f.yaml:1:7: error: date: "2026-1-23" is not a date: write it as YYYY-MM-DD, like 2026-11-23`}},
		{name: "timestamp", src: "date: 2026-11-23T10:00:00Z", diag: []string{`f.yaml:1:7: error: date: "2026-11-23T10:00:00Z" is not a date: write it as YYYY-MM-DD, like 2026-11-23`}},
		{name: "list", src: "date: [2026-11-23]", diag: []string{`f.yaml:1:7: error: date: expected a date like 2026-11-23, found a list`}},
		{name: "null", src: "date:", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			diff(t, decode(tt.src, &d), tt.diag)
			if got := d.Date.String(); got != tt.want {
				t.Errorf("Date = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	nested := func(open, close string, n int) string {
		return "a: " + strings.Repeat(open, n) + strings.Repeat(close, n) + "\n"
	}
	var mapBomb strings.Builder
	mapBomb.WriteString("a: ")
	for range 10000 {
		mapBomb.WriteString("{a: ")
	}
	mapBomb.WriteString("1")
	mapBomb.WriteString(strings.Repeat("}", 10000))

	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "byte order mark",
			src:  "\xef\xbb\xbftitle: x\n",
		},
		{
			name: "crlf",
			src:  "title: x\r\ncount: 2\r\n",
		},
		{
			name: "invalid utf-8 on line 3",
			src:  "title: x\ncount: 2\nnote: é\xff\n",
			want: []string{"f.yaml:3:8: error: invalid UTF-8: save the file as UTF-8"},
		},
		{
			name: "invalid utf-8 at the start",
			src:  "\xc3(title: x\n",
			want: []string{"f.yaml:1:1: error: invalid UTF-8: save the file as UTF-8"},
		},
		{
			name: "tab indentation",
			src:  "title: x\ndeadlines:\n\t- audience: eea\n",
			want: []string{"f.yaml:3:1: error: invalid YAML: a tab in the indentation: YAML indents with spaces only; replace the tab with spaces (two per level)"},
		},
		{
			name: "tab after spaces",
			src:  "title: x\n  \tcount: 2\n",
			want: []string{"f.yaml:2:3: error: invalid YAML: a tab in the indentation: YAML indents with spaces only; replace the tab with spaces (two per level)"},
		},
		{
			name: "alias",
			src:  "title: &t x\nnote: *t\n",
			want: []string{"f.yaml:2:7: error: YAML aliases (*t) are not supported: write the value out in full"},
		},
		{
			name: "merge key",
			src:  "base: &b {count: 1}\nother:\n  <<: *b\n",
			want: []string{"f.yaml:3:7: error: YAML aliases (*b) are not supported: write the value out in full"},
		},
		{
			name: "deep flow sequences",
			src:  nested("[", "]", 10000),
			want: []string{"f.yaml:1:1: error: nesting is 10000 levels deep, more than the 64 allowed"},
		},
		{
			name: "deep flow mappings",
			src:  mapBomb.String(),
			want: []string{"f.yaml:1:1: error: nesting is 10000 levels deep, more than the 64 allowed"},
		},
		{
			name: "deep block sequences",
			src:  strings.Repeat("- ", 200) + "x\n",
			want: []string{"f.yaml:1:131: error: nesting is deeper than the 64 levels allowed"},
		},
		{
			name: "65 levels are refused",
			src:  nested("[", "]", 65),
			want: []string{"f.yaml:1:1: error: nesting is 65 levels deep, more than the 64 allowed"},
		},
		{
			name: "brackets in quotes do not count",
			src:  `a: "` + strings.Repeat("[", 100) + `"` + "\n",
		},
		{
			name: "over MaxFileSize",
			src:  "a: " + strings.Repeat("x", schema.MaxFileSize) + "\n",
			want: []string{fmt.Sprintf("f.yaml:1:1: error: the file is %d bytes, more than the %d allowed: split it or remove what does not belong", schema.MaxFileSize+4, schema.MaxFileSize)},
		},
		{
			name: "parser error: unclosed flow sequence",
			src:  "title: [a\ncount: 2\n",
			want: []string{"f.yaml:2:1: error: invalid YAML: did not find expected ',' or ']'"},
		},
		{
			name: "parser error: list after mapping",
			src:  "title: x\ncount: 2\n- a\n",
			want: []string{"f.yaml:3:1: error: invalid YAML: did not find expected key"},
		},
		{
			name: "parser error: bad indentation",
			src:  "a:\n  b: 1\n c: 2\n",
			want: []string{"f.yaml:3:2: error: invalid YAML: \"c\" is indented by 1 space, which lines it up with no key above it: indent it like \"a\" on line 1 (0 spaces), or like \"b\" on line 2 (2 spaces)"},
		},
		{
			name: "parser error: mapping after list",
			src:  "- a\nb: c\n",
			want: []string{"f.yaml:2:1: error: invalid YAML: did not find expected '-' indicator"},
		},
		{
			name: "scanner error: mapping values",
			src:  "title: x\ncount: a: b\n",
			want: []string{"f.yaml:2:9: error: invalid YAML: the text of \"count\" holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: count: \"a: b\""},
		},
		{
			name: "scanner error: mapping values after indentation",
			src:  "title: x\nnote: y\n  count: 2\n",
			want: []string{"f.yaml:3:3: error: invalid YAML: \"count\" is indented more than \"note\" on line 2, which has a value, and a key cannot sit under a value: line \"count\" up with \"note\" (0 spaces)"},
		},
		{
			name: "scanner error: anchor",
			src:  "title: x\nnote: &\n",
			want: []string{"f.yaml:2:1: error: invalid YAML: did not find expected alphabetic or numeric character"},
		},
		{
			name: "scanner error: missing colon",
			src:  "title: x\n{a\n",
			want: []string{"f.yaml:2:1: error: invalid YAML: could not find expected ':': each line of a mapping is `key: value`"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l diag.List
			d := &schema.Decoder{File: "f.yaml", Diags: &l}
			n := d.Parse([]byte(tt.src))
			diff(t, lines(&l), tt.want)
			if (n == nil) != (len(tt.want) > 0) {
				t.Errorf("Parse returned %v with %d diagnostics", n, len(tt.want))
			}
		})
	}
}

// TestParseSyntaxErrorLines holds the syntax errors whose line yaml.v3
// reports differently from the ones above.
func TestParseSyntaxErrorLines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
		bug  string
	}{
		{
			name: "scanner error: block scalar header",
			src:  "title: x\nnote: |x\n",
			want: "f.yaml:2:1: error: invalid YAML: did not find expected comment or line break",
			bug:  `schema.syntaxError adds 1 to the line of every "did not find expected …" message, taking it for a parser error, but "did not find expected comment or line break" is a scanner error whose line yaml.v3 already counts from 1: reported on line 3 instead of 2`,
		},
		{
			name: "scanner error: escape",
			src:  "title: x\nnote: \"\\xZZ\"\n",
			want: "f.yaml:2:1: error: invalid YAML: did not find expected hexdecimal number",
			bug:  `schema.syntaxError adds 1 to the line of "did not find expected hexdecimal number", a scanner error already counted from 1: reported on line 3 instead of 2 (only "alphabetic" is excluded; whitespace, tag URI, '!', digit… scanner errors have the same problem)`,
		},
		{
			name: "parser error: undefined tag handle",
			src:  "title: x\nnote: !e!foo bar\n",
			want: "f.yaml:2:1: error: invalid YAML: found undefined tag handle",
			bug:  `schema.syntaxError only adds 1 to parser errors that start with "did not find expected", but "found undefined tag handle" is a parser error too, counted from 0: reported on line 1 instead of 2`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l diag.List
			d := &schema.Decoder{File: "f.yaml", Diags: &l}
			d.Parse([]byte(tt.src))
			got := lines(&l)
			if !slices.Equal(got, []string{tt.want}) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseLineOffset(t *testing.T) {
	var l diag.List
	d := &schema.Decoder{File: "content/a.md", LineOffset: 1, Diags: &l}
	d.Parse([]byte("title: x\ncount: a: b\n"))
	diff(t, lines(&l), []string{"content/a.md:3:9: error: invalid YAML: the text of \"count\" holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: count: \"a: b\""})
}

func TestParseCRLFValues(t *testing.T) {
	var e Entry
	diff(t, decode("title: Mobility\r\ntags:\r\n  - a\r\n  - b\r\n", &e), nil)
	if e.Title != "Mobility" || !slices.Equal(e.Tags, []string{"a", "b"}) {
		t.Errorf("CRLF values kept a carriage return: %q %q", e.Title, e.Tags)
	}
}

func TestParseBOMPositions(t *testing.T) {
	var e Entry
	diff(t, decode("\xef\xbb\xbftitle: x\ncount: abc\n", &e), []string{`f.yaml:2:8: error: count: "abc" is not a whole number`})
	if e.Title != "x" {
		t.Errorf("Title = %q", e.Title)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "\n", "# only a comment\n", "\xef\xbb\xbf"} {
		var l diag.List
		d := &schema.Decoder{File: "f.yaml", Diags: &l}
		if n := d.Parse([]byte(src)); n != nil {
			t.Errorf("Parse(%q) = %v, want nil", src, n)
		}
		if l.Len() != 0 {
			t.Errorf("Parse(%q): %s", src, l.String())
		}
	}
}

// TestBillionLaughs feeds the classic alias bomb: nine levels of ten aliases
// each, 10^9 strings once expanded. The decoder must refuse it without
// expanding it: one diagnostic per alias written, not per alias expanded.
func TestBillionLaughs(t *testing.T) {
	var b strings.Builder
	b.WriteString("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	for c := 'b'; c <= 'i'; c++ {
		prev := string(c - 1)
		fmt.Fprintf(&b, "%c: &%c [%s]\n", c, c, strings.TrimSuffix(strings.Repeat("*"+prev+",", 10), ","))
	}
	src := b.String()
	var l diag.List
	d := &schema.Decoder{File: "bomb.yaml", Diags: &l}
	if n := d.Parse([]byte(src)); n != nil {
		t.Fatal("alias bomb accepted")
	}
	aliases := strings.Count(src, "*")
	if l.Len() == 0 || l.Len() > aliases {
		t.Fatalf("%d diagnostics for %d aliases written", l.Len(), aliases)
	}
	first := l.Sorted()[0].Error()
	if first != "bomb.yaml:2:8: error: YAML aliases (*a) are not supported: write the value out in full" {
		t.Errorf("first diagnostic = %q", first)
	}
}

func TestIsNull(t *testing.T) {
	tests := []struct {
		name string
		n    *yaml.Node
		want bool
	}{
		{"nil", nil, true},
		{"null tag", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}, true},
		{"empty string", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str"}, false},
		{"empty list", &yaml.Node{Kind: yaml.SequenceNode}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := schema.IsNull(tt.n); got != tt.want {
				t.Errorf("IsNull = %v", got)
			}
		})
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		name string
		n    *yaml.Node
		want string
	}{
		{"list", &yaml.Node{Kind: yaml.SequenceNode}, "a list"},
		{"mapping", &yaml.Node{Kind: yaml.MappingNode}, "a mapping (key: value)"},
		{"null", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}, "nothing"},
		{"scalar", &yaml.Node{Kind: yaml.ScalarNode, Value: `a"b`}, `"a\"b"`},
		{"document", &yaml.Node{Kind: yaml.DocumentNode}, "something else"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := schema.Describe(tt.n); got != tt.want {
				t.Errorf("Describe = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	candidates := []string{"title", "description", "date", "slug", "translationKey"}
	tests := []struct {
		in, want string
	}{
		{"titel", "title"},
		{"Title", "title"},
		{"descripton", "description"},
		{"dat", "date"},
		{"sulg", ""}, // two edits on a short word
		{"translationkey", "translationKey"},
		{"weight", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := schema.Suggest(tt.in, candidates); got != tt.want {
				t.Errorf("Suggest(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	if got := schema.Suggest("x", nil); got != "" {
		t.Errorf("Suggest with no candidates = %q", got)
	}
}

func TestPositionsOf(t *testing.T) {
	p := schema.Positions{"a": {File: "f", Line: 2, Col: 3}}
	fb := diag.Pos{File: "f", Line: 1}
	if got := p.Of("a", fb); got.Line != 2 {
		t.Errorf("Of(a) = %v", got)
	}
	if got := p.Of("b", fb); got != fb {
		t.Errorf("Of(b) = %v", got)
	}
	var nilP schema.Positions
	if got := nilP.Of("a", fb); got != fb {
		t.Errorf("nil Positions: Of(a) = %v", got)
	}
}

// FuzzDecode decodes arbitrary bytes into a representative strict struct:
// whatever the input, Decode reports problems and never panics, and every
// diagnostic carries the file name.
func FuzzDecode(f *testing.F) {
	seeds := []string{
		"title: x\ncount: 2\nopen: true\nratio: 1.5\ntags: [a, b]\n",
		"id: a\ntitle: b\ndeadlines:\n  - {audience: eea, date: 2026-01-15}\n  - audience: all\n",
		"labels: {fr: a, nl: b}\nparams: {x: [1, {y: z}]}\nnote: ~\nextra: !!binary aGVsbG8=\n",
		"titel: x\ncount: abc\nopen: maybe\n",
		"a: &x 1\nb: *x\n",
		"- a\n- b\n",
		"title: [a\n",
		"\xef\xbb\xbftitle: x\r\n",
		"title: x\n\xff\n",
		"\t- a\n",
		"date: 2026-02-30\nsmall: 99999999999\n",
		"? [a, b]\n: c\n",
		"title: !!map {a: b}\n",
		"{a: {a: {a: {a: 1}}}}",
		"title: |\n  text\n  more\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var l diag.List
		d := &schema.Decoder{File: "fuzz.yaml", Diags: &l}
		var e Entry
		if n := d.Parse(src); n != nil {
			d.Decode(n, &e)
		}
		for _, dg := range l.Sorted() {
			if dg.Pos.File != "fuzz.yaml" {
				t.Errorf("diagnostic without the file: %v", dg)
			}
			if dg.Pos.Line < 0 || dg.Pos.Col < 0 {
				t.Errorf("negative position: %v", dg)
			}
		}
		if len(src) > 0 && bytes.Equal(src, []byte("title: x\n")) && l.Len() != 0 {
			t.Errorf("valid input reported: %s", l.String())
		}
	})
}
