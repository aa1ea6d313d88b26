package render

import (
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/build/search"
)

// collapseSpace is strings.Join(strings.Fields(s), " ") without the slice
// of fields: runs of white space become one space, and none is left at
// either end.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	w := spacer{b: &b}
	w.write(s)
	return b.String()
}

func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", "  a  b\t\nc ", "\u00a0x\u2003y\u0085", "é  è", "a\r\n\r\nb", "\v\fz"} {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestHTMLText compares addHTML, which collapses white space as it
// strips tags, with stripping first and collapsing the result with
// strings.Fields, on every sequence of three pieces of HTML below.
func TestHTMLText(t *testing.T) {
	reference := func(h string) string {
		if !strings.ContainsAny(h, "<&") {
			return strings.TrimSpace(h) // plain text is only trimmed, as add does
		}
		var b strings.Builder
		eachHTMLText(h, func(s string) { b.WriteString(s) }, func() { b.WriteByte(' ') })
		return strings.Join(strings.Fields(b.String()), " ")
	}
	htmlText := func(h string) string {
		var w textWriter
		w.addHTML(search.Body, h)
		return w.text(search.Body)
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

// TestAddHTMLSeparates checks that text added after other text of its
// field follows the field's separator, and that HTML without text adds
// nothing, not even the separator.
func TestAddHTMLSeparates(t *testing.T) {
	var w textWriter
	w.add(search.Facts, "Liège")
	w.addHTML(search.Facts, "<p> </p>")
	w.addHTML(search.Facts, "<p>Master&nbsp;in law</p>")
	w.addHTML(search.Body, "<p>One</p>")
	w.addHTML(search.Body, "<li> two </li>")
	if got, want := w.text(search.Facts), "Liège · Master in law"; got != want {
		t.Errorf("facts %q, want %q", got, want)
	}
	if got, want := w.text(search.Body), "One two"; got != want {
		t.Errorf("body %q, want %q", got, want)
	}
}
