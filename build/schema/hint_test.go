package schema_test

import (
	"testing"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/schema"
)

// TestYAMLMistakes holds the YAML mistakes authors make most, each with the
// exact message it gets: where it is (line and column of the mistake, not
// where the parser gave up), what YAML understood, and the fix.
func TestYAMLMistakes(t *testing.T) {
	type figure struct {
		ID    string `yaml:"id,required"`
		Value int    `yaml:"value"`
	}
	type figures struct {
		Figures []*figure `yaml:"figures"`
	}
	type entry struct {
		Title map[string]string `yaml:"title,required"`
		Level string            `yaml:"level,required"`
		Note  string            `yaml:"note"`
	}
	tests := []struct {
		name string
		src  string
		into any
		want []string
	}{
		{
			name: "colon and space in an unquoted value (French typography)",
			src:  "title:\n  fr: Attention : trois semaines\n  en: Beware, three weeks\nlevel: master\n",
			into: &entry{},
			want: []string{`f.yaml:2:17: error: invalid YAML: the text of "fr" holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: fr: "Attention : trois semaines"`},
		},
		{
			name: "colon and space in a one-line mapping",
			src:  "title: {fr: Délai : trois semaines, en: Deadline}\nlevel: master\n",
			into: &entry{},
			want: []string{`f.yaml:1:19: error: invalid YAML: the text of "fr" holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: fr: "Délai : trois semaines"`},
		},
		{
			name: "a value ending with a colon",
			src:  "title: {en: x}\nlevel: master\nnote: Deadline:\n",
			into: &entry{},
			want: []string{`f.yaml:3:15: error: invalid YAML: the text of "note" holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: note: "Deadline:"`},
		},
		{
			name: "apostrophe inside single quotes",
			src:  "title:\n  fr: 'l'université de Liège'\n  en: x\nlevel: master\n",
			into: &entry{},
			want: []string{`f.yaml:2:9: error: invalid YAML: the apostrophe here ends the text in single quotes: write the text in double quotes, "l'université de Liège", or double every apostrophe inside the single quotes, 'l''université de Liège'`},
		},
		{
			name: "doubled apostrophes inside single quotes are fine",
			src:  "title:\n  fr: 'l''université'\nlevel: master\nnote: a\n  b: c\n",
			into: &entry{},
			want: []string{`f.yaml:5:3: error: invalid YAML: "b" is indented more than "note" on line 4, which has a value, and a key cannot sit under a value: line "b" up with "note" (0 spaces)`},
		},
		{
			name: "tab in the indentation, at its own line",
			src:  "title:\n  fr: X\n\ten: Y\nlevel: master\n",
			into: &entry{},
			want: []string{`f.yaml:3:1: error: invalid YAML: a tab in the indentation: YAML indents with spaces only; replace the tab with spaces (two per level)`},
		},
		{
			name: "tab in a list",
			src:  "title: {en: x}\nlevel: master\nnote:\n  - a\n\t- b\n",
			into: &entry{},
			want: []string{`f.yaml:5:1: error: invalid YAML: a tab in the indentation: YAML indents with spaces only; replace the tab with spaces (two per level)`},
		},
		{
			name: "key indented more than its neighbour",
			src:  "title:\n  fr: X\n   en: Y\nlevel: master\n",
			into: &entry{},
			want: []string{`f.yaml:3:4: error: invalid YAML: "en" is indented more than "fr" on line 2, which has a value, and a key cannot sit under a value: line "en" up with "fr" (2 spaces)`},
		},
		{
			name: "key indented less than its neighbour",
			src:  "title:\n  fr: X\n en: Y\nlevel: master\n",
			into: &entry{},
			want: []string{`f.yaml:3:2: error: invalid YAML: "en" is indented by 1 space, which lines it up with no key above it: indent it like "title" on line 1 (0 spaces), or like "fr" on line 2 (2 spaces)`},
		},
		{
			name: "literal blocks are not read as keys",
			src:  "title:\n  fr: |\n    Attention : trois semaines\n      indented: more\n  en: x\nlevel: master\nnote: a: b\n",
			into: &entry{},
			want: []string{`f.yaml:7:8: error: invalid YAML: the text of "note" holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: note: "a: b"`},
		},
		{
			name: "a list where the file's mapping is expected (figures.yaml)",
			src:  "- id: students\n  value: 20\n",
			into: &figures{},
			want: []string{`f.yaml:1:1: error: expected a mapping (key: value), found a list: the list goes under the key "figures"; write "figures:" on the first line and indent the items under it by two spaces ("  - id: …")`},
		},
		{
			name: "a list where an entry's mapping is expected",
			src:  "- title: {en: x}\n  level: master\n",
			into: &entry{},
			want: []string{`f.yaml:1:1: error: expected a mapping (key: value), found a list: write the keys (title: …, level: …) at the start of their lines, without "- " in front of them`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l diag.List
			d := &schema.Decoder{File: "f.yaml", Diags: &l}
			if root := d.Parse([]byte(tt.src)); root != nil {
				d.Decode(root, tt.into)
			}
			diff(t, lines(&l), tt.want)
		})
	}
}
