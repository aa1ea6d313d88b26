package render

import (
	"strings"
	"testing"
)

func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", "  a  b\t\nc ", "\u00a0x\u2003y\u0085", "é  è", "a\r\n\r\nb", "\v\fz"} {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestHTMLText compares htmlText, which collapses white space as it
// strips tags, with stripping first and collapsing the result with
// strings.Fields, on every sequence of three pieces of HTML below.
func TestHTMLText(t *testing.T) {
	reference := func(h string) string {
		if !strings.ContainsAny(h, "<&") {
			return h
		}
		var b strings.Builder
		eachHTMLText(h, func(s string) { b.WriteString(s) }, func() { b.WriteByte(' ') })
		return strings.Join(strings.Fields(b.String()), " ")
	}
	pieces := []string{"", " ", "<p>", "</p>\n", "<em>", "</em>", "word", "Zoë", "a\u00a0:", "&amp; ", "&nbsp;", "\t\n", "<br>",
		`<span class="fallback-hint">(not translated)</span>`, "<li>x</li>", "<a href=\"/x\">link</a>", "<", "\u2003", "é"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				h := a + b + c
				if got, want := htmlText(h), reference(h); got != want {
					t.Errorf("htmlText(%q) = %q, want %q", h, got, want)
				}
			}
		}
	}
}
