// Package search builds the site search's index: it turns the text of the
// pages of one language into an inverted index of folded words, split in
// chunks that the search page's script fetches as a query needs them.
//
// It is part of the render stage: render hands it one Doc per page, built
// from the page's typed view in the same pass as the page, and writes the
// files it returns. The text analysis (folding, tokenizing, stemming, stop
// words) is the one the script applies to queries: the rules are data
// (Analyzer), written into the index, and search.js runs the same small
// engine over them; testdata/stems.txt keeps the two in step.
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// appendFold appends s to dst lower-cased and with its accents stripped,
// as the script folds it: toLowerCase, NFD, then the combining marks
// U+0300–U+036F removed, and the letters that do not decompose spelled out
// (ß → ss, œ → oe, æ → ae, ø → o, ł → l, đ → d).
//
// Text in the site's languages is ASCII and Latin letters with accents:
// those are folded letter by letter, from a table (latinFolds) made with
// the general rule; any other text goes through the general rule, run of
// non-ASCII characters by run.
//
// A run of non-ASCII text with a character the table does not fold goes
// through the general rule alone: ASCII characters are starters that NFD
// neither reorders nor decomposes, so the general rule folds the text on
// either side of one apart.
func appendFold(dst []byte, s string) []byte {
	// The run of non-ASCII text being folded starts at s[run], its fold at
	// dst[mark].
	run, mark := 0, len(dst)
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			// ASCII: what folding keeps by runs, capitals one by one.
			j := i
			for j < len(s) && s[j] < utf8.RuneSelf && (s[j] < 'A' || s[j] > 'Z') {
				j++
			}
			dst = append(dst, s[i:j]...)
			if j < len(s) && 'A' <= s[j] && s[j] <= 'Z' {
				dst = append(dst, s[j]+'a'-'A')
				j++
			}
			i, run, mark = j, j, len(dst)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= latinFirst && r < latinFirst+rune(len(latinFolds)) && latinFolds[r-latinFirst] != "\x00":
			dst = append(dst, latinFolds[r-latinFirst]...)
			i += n
		case unchanged(r):
			dst = append(dst, s[i:i+n]...)
			i += n
		default:
			for i < len(s) && s[i] >= utf8.RuneSelf {
				i++
			}
			dst = append(dst[:mark], foldRule(s[run:i])...)
		}
	}
	return dst
}

// unchanged reports whether foldRule leaves r as it is, whatever comes
// around it: the punctuation, spaces and signs of Latin-1 (the no-break
// space, « », °) and of the General Punctuation and Currency Symbols blocks
// (’ “ ” – — … the narrow no-break space of French typography, €), none
// of which has a case, a canonical decomposition or a combining class —
// but for U+2000 and U+2001, which NFD turns into U+2002 and U+2003.
// TestFoldTable checks every one of them against foldRule.
func unchanged(r rune) bool {
	return 0x80 <= r && r <= 0xBF || 0x2002 <= r && r <= 0x205F || 0x20A0 <= r && r <= 0x20C0
}

// latinFirst is the first letter of latinFolds.
const latinFirst = 0xC0

// latinFolds holds the folds of the letters from U+00C0 to U+024F (Latin-1
// Supplement to Latin Extended-B) by foldRule, or "\x00" for a letter
// that Fold must leave to foldRule: one whose fold keeps a combining mark,
// which NFD might reorder with the marks of the letters around it.
// TestFoldTable checks it against foldRule.
var latinFolds = func() [0x250 - latinFirst]string {
	var t [0x250 - latinFirst]string
	for i := range t {
		f := foldRule(string(rune(latinFirst + i)))
		for _, r := range f {
			if r >= utf8.RuneSelf && norm.NFD.PropertiesString(string(r)).CCC() != 0 || r == utf8.RuneError {
				f = "\x00"
				break
			}
		}
		t[i] = f
	}
	return t
}()

// foldRule is Fold's general rule.
func foldRule(s string) string {
	s = norm.NFD.String(strings.ToLower(s))
	// Most text is ASCII: copy it by runs, and look only at the rest.
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r >= 0x300 && r <= 0x36f:
		case r == 'ß':
			b.WriteString("ss")
		case r == 'œ':
			b.WriteString("oe")
		case r == 'æ':
			b.WriteString("ae")
		case r == 'ø':
			b.WriteByte('o')
		case r == 'ł':
			b.WriteByte('l')
		case r == 'đ':
			b.WriteByte('d')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// MaxWord is the longest word indexed, in bytes: longer runs of letters
// are identifiers or garbage, not words anyone types.
const MaxWord = 40

// eachWord calls yield with each word of the folded text f, in order: the
// runs of letters and digits (Unicode categories L and N, as the script's
// /[\p{L}\p{N}]+/u). Single letters and words longer than MaxWord are
// left out.
func eachWord(f string, yield func(w string)) {
	start := -1
	for i := 0; i < len(f); {
		// A run of ASCII letters and digits goes in one step.
		if asciiLetters[f[i]] {
			if start < 0 {
				start = i
			}
			for i++; i < len(f) && asciiLetters[f[i]]; i++ {
			}
			continue
		}
		n, letter := 1, false
		if f[i] >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(f[i:])
			letter = unicode.IsLetter(r) || unicode.IsNumber(r)
		}
		if letter {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			if isWord(f[start:i]) {
				yield(f[start:i])
			}
			start = -1
		}
		i += n
	}
	if start >= 0 && isWord(f[start:]) {
		yield(f[start:])
	}
}

// asciiLetters tells the ASCII letters and digits, by byte (false for the
// bytes of other characters).
var asciiLetters = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
	}
	return t
}()

// isWord reports whether a run of letters and digits is a word of the
// index: two letters or more (a letter takes up to 4 bytes), at most
// MaxWord bytes.
func isWord(w string) bool {
	return len(w) <= MaxWord && (len(w) > utf8.UTFMax || utf8.RuneCountInString(w) >= 2)
}
