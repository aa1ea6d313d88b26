package render

import (
	"encoding/json"
	"slices"
	"strconv"
	"unicode/utf8"
)

// appendJSON appends v encoded as encoding/json encodes it (map keys
// sorted, <, > and & escaped), for the value trees of the structured data:
// maps of strings to values, slices, strings, numbers and booleans are
// encoded here, anything else by encoding/json itself. It is several times
// faster than json.Marshal on these trees, which every page has.
func appendJSON(dst []byte, v any) ([]byte, error) {
	var e jsonEncoder
	dst = e.value(dst, v)
	return dst, e.err
}

// jsonEncoder keeps the first error of encoding/json on a value it could
// not encode (a NaN, say), as json.Marshal would have returned it.
type jsonEncoder struct{ err error }

func (e *jsonEncoder) value(dst []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(dst, "null"...)
	case string:
		return appendJSONString(dst, v)
	case bool:
		return strconv.AppendBool(dst, v)
	case int:
		return strconv.AppendInt(dst, int64(v), 10)
	case map[string]any:
		return appendJSONMap(dst, v, e.value)
	case map[string]string:
		return appendJSONMap(dst, v, appendJSONString)
	case []any:
		return appendJSONSlice(dst, v, e.value)
	case []string:
		return appendJSONSlice(dst, v, appendJSONString)
	}
	b, err := json.Marshal(v)
	if err != nil {
		if e.err == nil {
			e.err = err
		}
		return append(dst, "null"...)
	}
	return append(dst, b...)
}

// appendJSONMap appends m as an object with its keys sorted, each value
// encoded by value.
func appendJSONMap[V any](dst []byte, m map[string]V, value func([]byte, V) []byte) []byte {
	if m == nil {
		return append(dst, "null"...)
	}
	var buf [16]string
	keys := buf[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	dst = append(dst, '{')
	for i, k := range keys {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, k)
		dst = append(dst, ':')
		dst = value(dst, m[k])
	}
	return append(dst, '}')
}

// appendJSONSlice appends s as an array, each element encoded by elem.
func appendJSONSlice[E any](dst []byte, s []E, elem func([]byte, E) []byte) []byte {
	if s == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, e := range s {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = elem(dst, e)
	}
	return append(dst, ']')
}

// appendJSONString appends s as a JSON string: as it is when no byte of it
// needs escaping, by encoding/json otherwise.
func appendJSONString(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c >= utf8.RuneSelf {
			if c >= utf8.RuneSelf && plainUTF8(s[i:]) {
				break
			}
			b, _ := json.Marshal(s)
			return append(dst, b...)
		}
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}

// plainUTF8 reports whether s needs no JSON escaping: valid UTF-8 with no
// control character, quote, backslash, <, >, &, U+2028 or U+2029.
func plainUTF8(s string) bool {
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r == '\u2028', r == '\u2029', r < 0x20, r == '"', r == '\\', r == '<', r == '>', r == '&':
			return false
		}
	}
	return true
}
