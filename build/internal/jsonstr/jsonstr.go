// Package jsonstr writes JSON strings exactly as encoding/json does,
// without its reflection and copies: the texts of a large catalogue's
// exports and search indexes are hundreds of thousands of strings, most of
// which need few escapes or none.
package jsonstr

import "unicode/utf8"

const hex = "0123456789abcdef"

// named are the control characters escaped by name: \b \f \n \r \t.
var named = [' ']byte{'\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't'}

// Append appends s to dst as a JSON string, as json.Marshal writes it:
// quotes and backslashes escaped, \b \f \n \r \t by name, other control
// characters, HTML's < > & and the line and paragraph separators as \u
// escapes, invalid UTF-8 as \ufffd. Runs of text that need no escape are
// copied whole.
func Append(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0 // the first byte of s not yet copied
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c < ' ' && named[c] != 0:
				dst = append(dst, '\\', named[c])
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			dst = append(append(dst, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(append(dst, s[start:i]...), '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
