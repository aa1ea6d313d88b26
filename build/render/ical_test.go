package render

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFoldLine(t *testing.T) {
	for _, s := range []string{
		"SHORT:value",
		"SUMMARY;LANGUAGE=fr:" + strings.Repeat("Étudier en Belgique, ", 12),
		"DESCRIPTION:" + strings.Repeat("x", 75-12), // exactly 75 octets: not folded
		"DESCRIPTION:" + strings.Repeat("x", 76-12), // 76: folded once
		"X:" + strings.Repeat("日本語", 40),            // three-octet characters across the folds
		"X:" + strings.Repeat("é", 100),
	} {
		out := string(appendFolded(nil, []byte(s)))
		if !strings.HasSuffix(out, "\r\n") {
			t.Errorf("%.20q: no CRLF at the end", s)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
		for i, l := range lines {
			if len(l) > 75 {
				t.Errorf("%.20q: line %d has %d octets", s, i+1, len(l))
			}
			if !utf8.ValidString(l) {
				t.Errorf("%.20q: line %d splits a character", s, i+1)
			}
			if i > 0 && !strings.HasPrefix(l, " ") {
				t.Errorf("%.20q: continuation line %d does not start with a space", s, i+1)
			}
		}
		if got := strings.ReplaceAll(strings.TrimSuffix(out, "\r\n"), "\r\n ", ""); got != s {
			t.Errorf("unfolding gives %q, want %q", got, s)
		}
		if len(s) <= 75 && len(lines) != 1 {
			t.Errorf("%.20q (%d octets) was folded", s, len(s))
		}
	}
}

func TestICalText(t *testing.T) {
	got := string(appendICalText(nil, "Liège; Leuven, Gent\\Brussels\nline two\r\x07"))
	want := `Liège\; Leuven\, Gent\\Brussels\nline two`
	if got != want {
		t.Errorf("icalText = %q, want %q", got, want)
	}
	// Invalid UTF-8 becomes U+FFFD, one for each byte that starts no
	// character, as strings.Builder.WriteRune of a range over s gives.
	if got, want := string(appendICalText(nil, "a\xffb\xed\xa0\x80c\xe2\x82")), "a\uFFFDb\uFFFD\uFFFD\uFFFDc\uFFFD\uFFFD"; got != want {
		t.Errorf("icalText of invalid UTF-8 = %q, want %q", got, want)
	}
}
