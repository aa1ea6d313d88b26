// Package jsonstr writes JSON strings exactly as encoding/json does,
// without its reflection and copies for the common case: the texts of a
// large catalogue's exports and search indexes are hundreds of thousands
// of strings, most of which need no escape at all.
package jsonstr

import (
	"encoding/json"
	"unicode/utf8"
)

// Append appends s to dst as a JSON string, as json.Marshal writes it:
// text without quotes, backslashes, control characters, HTML's < > & or
// the line and paragraph separators, in valid UTF-8, as it is; any other
// through json.Marshal.
func Append(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				q, _ := json.Marshal(s)
				return append(dst, q...)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			q, _ := json.Marshal(s)
			return append(dst, q...)
		}
		i += n
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}
