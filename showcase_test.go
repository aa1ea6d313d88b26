package vitrine

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// The showcase must be written in its own words: no run of overlapWords
// words or more may be shared with the public pages in ../shared/sources
// that its facts come from. Case, punctuation and spacing do not count.
const overlapWords = 10

// sourcesDir holds the showcase's sources, beside the repository (CI clones
// the repository next to ../shared).
const sourcesDir = "../shared/sources"

// officialNames may be quoted word for word: names that are not ours to
// rephrase. Keep this list short; docs/glossary.md documents it.
var officialNames = []string{
	// The three visiting chairs of Flemish studies in the United States, as
	// their universities name them.
	"The Peter Paul Rubens Chair for the History and Culture of the Southern Low Countries",
	"The Antoon Van Dyck Chair for the History and Culture of the Low Countries",
	"The Peter Brueghel Chair of Flemish Studies for the History and Culture of the Southern Low Countries",
}

// showcaseText lists the files the check reads: the showcase and the
// default theme's strings.
func showcaseText(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, root := range []string{"content", "data", "i18n", "themes/default/i18n"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return append(files, "site.yaml")
}

// word is a normalised word and where it starts in its file.
type word struct {
	w         string
	line, col int
}

// words splits text into lower-case words of letters and digits; everything
// else (punctuation, quotes, markup, spacing) separates them.
func words(text string) []word {
	var out []word
	var b strings.Builder
	line, col := 1, 0
	startLine, startCol := 0, 0
	flush := func() {
		if b.Len() > 0 {
			out = append(out, word{b.String(), startLine, startCol})
			b.Reset()
		}
	}
	for _, r := range text {
		col++
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if b.Len() == 0 {
				startLine, startCol = line, col
			}
			b.WriteRune(unicode.ToLower(r))
		} else {
			flush()
		}
		if r == '\n' {
			line, col = line+1, 0
		}
	}
	flush()
	return out
}

// gramHash hashes the n words starting at ws[i].
func gramHash(ws []word, i, n int) uint64 {
	h := fnv.New64a()
	for _, w := range ws[i : i+n] {
		h.Write([]byte(w.w))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// grams is the set of every n-word run of the texts.
func grams(texts []string, n int) map[uint64]bool {
	set := map[uint64]bool{}
	for _, t := range texts {
		ws := words(t)
		for i := 0; i+n <= len(ws); i++ {
			set[gramHash(ws, i, n)] = true
		}
	}
	return set
}

// allowed marks the words of text that belong to an allowed name, so that
// no shared run may start or end inside one.
func allowed(ws []word, names []string) []bool {
	mask := make([]bool, len(ws))
	for _, name := range names {
		nw := words(name)
		for i := 0; i+len(nw) <= len(ws); i++ {
			match := true
			for j := range nw {
				if ws[i+j].w != nw[j].w {
					match = false
					break
				}
			}
			if match {
				for j := range nw {
					mask[i+j] = true
				}
			}
		}
	}
	return mask
}

// overlaps returns the runs of n or more words of text found in set, each as
// "line:col: the run", allowed names excepted.
func overlaps(text string, set map[uint64]bool, n int, names []string) []string {
	ws := words(text)
	mask := allowed(ws, names)
	var out []string
	end := -1 // the last word of the current run
	start := 0
	report := func() {
		if end >= 0 {
			var run []string
			for _, w := range ws[start : end+1] {
				run = append(run, w.w)
			}
			out = append(out, fmt.Sprintf("%d:%d: %q", ws[start].line, ws[start].col, strings.Join(run, " ")))
			end = -1
		}
	}
	for i := 0; i+n <= len(ws); i++ {
		free := false
		for _, m := range mask[i : i+n] {
			if !m {
				free = true
				break
			}
		}
		if !free || !set[gramHash(ws, i, n)] {
			continue
		}
		if end >= 0 && i > end {
			report()
		}
		if end < 0 {
			start = i
		}
		end = i + n - 1
	}
	report()
	return out
}

func TestShowcaseOwnWords(t *testing.T) {
	entries, err := os.ReadDir(sourcesDir)
	if os.IsNotExist(err) {
		t.Skipf("%s is absent: the showcase's sources are not beside this repository, so its own-words check cannot run", sourcesDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(sourcesDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, string(b))
	}
	if len(sources) == 0 {
		t.Fatalf("%s holds no .txt source", sourcesDir)
	}
	set := grams(sources, overlapWords)
	files := showcaseText(t)
	sort.Strings(files)
	found := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range overlaps(string(b), set, overlapWords, officialNames) {
			t.Errorf("%s:%s shares %d or more words with %s: rewrite it in your own words", f, o, overlapWords, sourcesDir)
			found++
		}
	}
	t.Logf("%d files read against %d sources: %d shared runs of %d or more words", len(files), len(sources), found, overlapWords)
}

func TestOverlapsFindsRuns(t *testing.T) {
	src := []string{"One two three four five six seven eight nine ten eleven twelve."}
	set := grams(src, 10)
	cases := []struct {
		text string
		want int
	}{
		{"ONE, two — three four five six seven eight nine ten.", 1},        // case and punctuation do not count
		{"one two three four five six seven eight nine", 0},                // nine words
		{"x one two three four five six seven eight nine ten eleven y", 1}, // one run, however long
		{"one two three four five six seven eight nine ten\nz one two three four five six seven eight nine ten", 2},
	}
	for _, c := range cases {
		if got := overlaps(c.text, set, 10, nil); len(got) != c.want {
			t.Errorf("overlaps(%q) = %q, want %d runs", c.text, got, c.want)
		}
	}
	got := overlaps("a\n  one two three four five six seven eight nine ten eleven", set, 10, nil)
	if len(got) != 1 || got[0] != `2:3: "one two three four five six seven eight nine ten eleven"` {
		t.Errorf("position or run = %q", got)
	}
	if got := overlaps("one two three four five six seven eight nine ten", set, 10, []string{"One two three four five six seven eight nine ten"}); len(got) != 0 {
		t.Errorf("an allowed name is reported: %q", got)
	}
	if got := overlaps("one two three four five six seven eight nine ten eleven", set, 10, []string{"two three"}); len(got) != 1 {
		t.Errorf("a run around an allowed name is missed: %q", got)
	}
}
