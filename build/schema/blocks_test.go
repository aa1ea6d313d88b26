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
func sameTree(a, b *yaml.Node, path string) string {
	if a.Kind != b.Kind || a.Style != b.Style || a.Tag != b.Tag || a.Value != b.Value || a.Anchor != b.Anchor ||
		a.Line != b.Line || a.Column != b.Column || a.HeadComment != b.HeadComment || a.LineComment != b.LineComment ||
		a.FootComment != b.FootComment || len(a.Content) != len(b.Content) {
		return fmt.Sprintf("%s: %d:%d %q (style %v, %d children) against %d:%d %q (style %v, %d children)",
			path, a.Line, a.Column, a.Value, a.Style, len(a.Content), b.Line, b.Column, b.Value, b.Style, len(b.Content))
	}
	for i := range a.Content {
		if d := sameTree(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// checkLifted parses src both ways; it returns whether the blocks were
// lifted, failing the test if the trees differ.
func checkLifted(t *testing.T, name string, src []byte) bool {
	t.Helper()
	got, ok := parseLifted(src)
	if !ok {
		return false
	}
	var want yaml.Node
	if err := yaml.Unmarshal(src, &want); err != nil {
		t.Errorf("%s: lifted, but yaml.v3 refuses the file: %v", name, err)
		return true
	}
	if d := sameTree(got, &want, ""); d != "" {
		t.Errorf("%s: trees differ at %s", name, d)
	}
	return true
}

var blockCases = map[string]string{
	"clip":              "a: |\n  one\n  two\nb: 1\n",
	"strip":             "a: |-\n  one\n  two\nb: 1\n",
	"keep":              "a: |+\n  one\n\n\nb: 1\n",
	"nested":            "t:\n  fr: |\n    ### Titre\n\n    - un\n    - deux\n  en: |\n    text\n",
	"interior blanks":   "a: |\n  one\n\n\n  two\n\nb: x\n",
	"leading blank":     "a: |\n\n  one\nb: 2\n",
	"deeper lines":      "a: |\n  one\n    indented code\n  back\n",
	"trailing spaces":   "a: |\n  one  \n  two\t\n",
	"spaces-only lines": "a: |\n  one\n    \n  two\n",
	"short blank":       "a: |\n    one\n  \n    two\n",
	"tab in content":    "a: |\n  one\ttab\n",
	"tab indent":        "a: |\n\tone\n",
	"end of file":       "a: |\n  one",
	"empty block":       "a: |\nb: 1\n",
	"comment after":     "a: |\n  one\n# comment\nb: 1\n",
	"comment header":    "a: | # note\n  one\n",
	"indicator digit":   "a: |2\n   one\n",
	"folded":            "a: >\n  one\n  two\n",
	"in a sequence":     "l:\n  - fr: |\n      one\n    en: |\n      two\n",
	"inside quotes":     "a: \"x\n  b: |\n  y\"\nc: |\n  z\n",
	"inside a block":    "a: |\n  b: |\n    c\n",
	"unicode":           "a: |\n  Zoë — l’été 🎓 日本\n",
	"line separator":    "a: |\n  one\u2028two\n",
	"nel":               "a: |\n  one\u0085two\n",
	"bom inside":        "a: |\n  one\ufefftwo\n",
	"hash in content":   "a: |\n  # heading\n  text # not a comment\n",
	"document markers":  "a: |\n  ---\n  ...\n---\n",
	"flow":              "{a: |\n  x}\n",
	"deep key":          "a:\n      b: |\n        c\n      d: e\n",
	"less indented":     "a:\n    b: |\n       c\n      d\n",
	"colon key":         "a:b: |\n  c\n",
	"crlf":              "a: |\r\n  one\r\n",
}

func TestLiftedBlocksParseAsYAMLDoes(t *testing.T) {
	for name, src := range blockCases {
		checkLifted(t, name, []byte(src))
	}
	// Every lifted block of real sites: the showcase, the golden sites'
	// data are in txtar files and are covered by the build tests.
	lifted := 0
	_ = filepath.WalkDir("../../data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if checkLifted(t, p, src) {
			lifted++
		}
		return nil
	})
	if lifted == 0 {
		t.Error("no catalogue file of the showcase had its blocks lifted")
	}
}

func TestLiftBlocksKeepsLines(t *testing.T) {
	src := []byte(blockCases["nested"])
	skeleton, blocks := liftBlocks(src)
	if len(blocks) != 2 {
		t.Fatalf("%d blocks lifted, want 2", len(blocks))
	}
	if got, want := strings.Count(string(skeleton), "\n"), strings.Count(string(src), "\n"); got != want {
		t.Errorf("skeleton has %d lines, the source %d", got, want)
	}
	if b := blocks[blockAt{2, 7}]; b == nil || b.value != "### Titre\n\n- un\n- deux\n" {
		t.Errorf("block at 2:7 = %+v", b)
	}
}

func FuzzLiftBlocks(f *testing.F) {
	for _, src := range blockCases {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkLifted(t, "input", []byte(src))
	})
}
