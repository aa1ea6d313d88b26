// Package htmlesc writes strings into HTML exactly as html/template escapes
// them, for the few fragments the renderer writes in Go because they are on
// every page and a template would spend dozens of escaper calls on each
// one (the hreflang links of the head, the language switcher). A test
// compares every function with html/template itself.
package htmlesc

import "strings"

// textRefs are what html/template writes for the bytes it escapes in HTML
// text and attribute values ("" for the bytes it keeps).
var textRefs = [256]string{0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}

// Text appends s to b as html/template writes a string in HTML text or in
// a quoted attribute value: NUL becomes U+FFFD, and " & ' + < > become
// character references.
func Text(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if repl := textRefs[s[i]]; repl != "" {
			b.WriteString(s[start:i])
			b.WriteString(repl)
			start = i + 1
		}
	}
	b.WriteString(s[start:])
}

// URL appends s to b as html/template writes a string as the whole value
// of a quoted URL attribute (href, src): a URL whose scheme is not http,
// https or mailto becomes "#ZgotmplZ"; bytes a URL may not hold are
// percent-encoded, valid escapes kept; then the result is escaped as an
// attribute value.
func URL(b *strings.Builder, s string) {
	if !safeURL(s) {
		b.WriteString("#ZgotmplZ")
		return
	}
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			continue
		case strings.IndexByte("-._~!#$*,/:;=?@[]", c) >= 0:
			continue
		case c == '&' || c == '+':
			// Kept in the URL, escaped in the attribute.
			b.WriteString(s[start:i])
			b.WriteString(textRefs[c])
			start = i + 1
			continue
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			continue
		}
		b.WriteString(s[start:i])
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
		start = i + 1
	}
	b.WriteString(s[start:])
}

// safeURL reports whether s is relative or its scheme is http, https or
// mailto (in any case).
func safeURL(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || strings.Contains(scheme, "/") {
		return true
	}
	return strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
