package lang

import "strings"

// frenchSpaces puts the no-break spaces French typography wants: a narrow
// one before ; ! ? and a regular one before : and inside « ».
var frenchSpaces = strings.NewReplacer(
	" :", "\u00a0:",
	" ;", "\u202f;",
	" !", "\u202f!",
	" ?", "\u202f?",
	"« ", "«\u00a0",
	" »", "\u00a0»",
)

// Typeset applies a language's typography to plain text (titles,
// descriptions, catalogue text), as the Markdown renderer does for bodies:
// typographic apostrophes in every language, and French no-break spaces.
func Typeset(code, s string) string {
	if strings.IndexByte(s, '\'') >= 0 {
		s = apostrophes(s)
	}
	if code == "fr" {
		s = frenchSpaces.Replace(s)
	}
	return s
}

// apostrophes turns ' between letters into ’ (l'université, don't), and
// leaves other quotes alone.
func apostrophes(s string) string {
	r := []rune(s)
	for i, c := range r {
		if c == '\'' && i > 0 && i+1 < len(r) && isLetter(r[i-1]) && isLetter(r[i+1]) {
			r[i] = '’'
		}
	}
	return string(r)
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && r != 0xD7 && r != 0xF7
}
