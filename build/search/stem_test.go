package search

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	f, err := os.Open("testdata/stems.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	n := 0
	for s.Scan() {
		line := strings.TrimSpace(s.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Fields(line)
		if len(parts) != 3 {
			t.Fatalf("bad line %q", line)
		}
		if got := ForLanguage(parts[0]).Stem(parts[1]); got != parts[2] {
			t.Errorf("%s: Stem(%q) = %q, want %q", parts[0], parts[1], got, parts[2])
		}
		n++
	}
	if n < 20 {
		t.Fatalf("only %d cases", n)
	}
}

// TestStemIsPrefix checks what the index's lookups rely on: a stem less
// its last Reach letters is a prefix of its word, in every language.
func TestStemIsPrefix(t *testing.T) {
	for _, code := range []string{"fr", "nl", "en", "de", "es"} {
		a := ForLanguage(code)
		for _, w := range []string{"aux", "lessen", "ies", "stipendien", "es", "ss", "universités", "beurzen", "ab", "kinderen", "school", "graaf", "graven", "brieven", "x", ""} {
			w = Fold(w)
			if s := a.Stem(w); !strings.HasPrefix(w, a.Prefix(s)) || len([]rune(s)) < min(a.Min, len([]rune(w))) {
				t.Errorf("%s: Stem(%q) = %q", code, w, s)
			}
		}
	}
}

func TestWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Université de Liège", "universite de liege"},
		{"l’Université d'été", "universite ete"},
		{"Straße, Œuvre, Ærø", "strasse oeuvre aero"},
		{"2027 · B  LIEGE01", "2027 liege01"},
		{"<script>alert(1)</script>", "script alert script"},
		{"a " + strings.Repeat("x", 41) + " ok", "ok"},
	} {
		if got := strings.Join(Words(tc.in), " "); got != tc.want {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStopWordsAreFolded(t *testing.T) {
	for _, code := range []string{"fr", "nl", "en", "de", "es"} {
		for _, w := range ForLanguage(code).Stop {
			if Fold(w) != w || !slices.Equal(Words(w), []string{w}) {
				t.Errorf("%s: stop word %q is not a folded word", code, w)
			}
		}
	}
}

// TestFoldTable compares Fold, which folds Latin letters from a table,
// with its general rule, letter by letter and on mixed texts: accents
// before and after combining marks, capitals, other scripts.
func TestFoldTable(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		s := string(r)
		if got, want := Fold(s), foldRule(s); got != want {
			t.Errorf("Fold(%U) = %q, foldRule gives %q", r, got, want)
		}
	}
	for _, s := range []string{
		"Université de Liège", "ÉTUDES SUPÉRIEURES", "Straße, Ölförderung, Übersee", "Cañón, año, pingüino",
		"e\u0301te\u0301", "É\u0323", "Ǖ\u0328x", "Æsir Œuvre Ørsted Łódź Đakovo", "ꞔ İstanbul", "日本語 ÀÁ", "\xffé",
		"Ḗ", "ǅ", "ǰ",
		"l’été « Liège » : 12\u202f000 € — «\u0301x» e\u0301«", "\u00a0\u2000\u2001É…", "Ä\u00b5\u00aa\u00ba",
	} {
		if got, want := Fold(s), foldRule(s); got != want {
			t.Errorf("Fold(%q) = %q, foldRule gives %q", s, got, want)
		}
	}
}

// FuzzFold compares Fold with its general rule on any text: the table
// and the runs of non-ASCII text folded apart must not make a difference.
func FuzzFold(f *testing.F) {
	for _, s := range []string{
		"Université de Liège", "e\u0301te\u0301", "É\u0323x", "aǕ\u0328x", "l’été « Liège » : 12\u202f000 € — «\u0301x» e\u0301«",
		"XIXᵉ siècle", "Αθήνα Москва 東京", "\xffé\xe2\x80a", "Ḗ ǅ ǰ", "é\u0323\u0301\u0328", "ß\u0301ŒÆ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldRule(s); got != want {
			t.Errorf("Fold(%q) = %q, foldRule gives %q", s, got, want)
		}
	})
}

// TestFoldMixed compares Fold with its general rule on texts made at
// random of pieces that fold in every way: ASCII, capitals, letters of the
// table and not, combining marks, other scripts, invalid UTF-8.
func TestFoldMixed(t *testing.T) {
	pieces := []string{"a", "Z", " ", "’", "«", "€", "\u202f", "é", "É", "ß", "Œ", "\u0301", "\u0323", "\u0328", "\u034f", "Ǖ", "ǅ", "ǰ", "Ḗ", "ᵉ", "Α", "ή", "Ж", "東", "İ", "\xff", "\xe2\x80", "\u2000"}
	r := rng(1)
	for range 20000 {
		var b strings.Builder
		for range 1 + r.intn(12) {
			b.WriteString(pieces[r.intn(len(pieces))])
		}
		s := b.String()
		if got, want := Fold(s), foldRule(s); got != want {
			t.Fatalf("Fold(%q) = %q, foldRule gives %q", s, got, want)
		}
	}
}
