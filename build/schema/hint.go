package schema

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// A hint is a YAML syntax mistake explained for the person who made it:
// where it is, what YAML understood, and the line as it should be written.
type hint struct {
	line, col int // 1-based
	msg       string
}

// explain looks at src, which yaml.v3 refused, for the mistakes authors
// make most: a tab in the indentation, an apostrophe inside a single-quoted
// text, a colon followed by a space inside an unquoted text (French
// typography: "Attention : trois semaines"), and a key indented unlike its
// neighbours. yaml.v3 reports all of them as parser jargon, sometimes a line
// away from the mistake ("mapping values are not allowed in this context").
//
// It reads src line by line, as YAML's block style lays it out, and returns
// the first mistake at or before line limit (yaml.v3's line, which may be
// one too early or too late), or ok false when it sees none: the caller then
// reports yaml.v3's own message.
func explain(src []byte, limit int) (h hint, ok bool) {
	h, ok = explainBytes(src, limit)
	if ok {
		// Columns count characters, as yaml.v3's do: "Délai" is five.
		lines := bytes.Split(src, []byte("\n"))
		if l := lines[h.line-1]; h.col-1 <= len(l) {
			h.col = utf8.RuneCount(l[:h.col-1]) + 1
		}
	}
	return h, ok
}

// explainBytes is explain, with columns counted in bytes.
func explainBytes(src []byte, limit int) (h hint, ok bool) {
	type level struct {
		indent int
		key    string
		line   int
	}
	var (
		stack     []level // the keys of the open mappings, innermost last
		opened    bool    // the previous key has no value on its line: a deeper block may follow
		block     = -1    // inside a literal or folded block deeper than this indent
		prevValue bool    // the previous line was key: value (a plain continuation may follow)
	)
	lines := bytes.Split(src, []byte("\n"))
	for i, raw := range lines {
		n := i + 1
		if n > limit+1 {
			break
		}
		text := strings.TrimRight(string(raw), " \r")
		trimmed := strings.TrimLeft(text, " \t")
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		lead := text[:len(text)-len(trimmed)]
		if block >= 0 {
			if !strings.Contains(lead, "\t") && len(lead) > block {
				continue
			}
			block = -1
		}
		if t := strings.IndexByte(lead, '\t'); t >= 0 {
			return hint{n, t + 1, "a tab in the indentation: YAML indents with spaces only; replace the tab with spaces (two per level)"}, true
		}
		if trimmed == "---" || trimmed == "..." {
			stack, opened, prevValue = nil, false, false
			continue
		}
		indent := len(lead)
		body := trimmed
		// "- key: value" opens a mapping two columns further in.
		for strings.HasPrefix(body, "- ") {
			body = strings.TrimLeft(body[2:], " ")
			indent = len(text) - len(body)
		}
		key, value, isKey := splitKey(body)
		if !isKey {
			if h, ok := quoteMistake(body, text, n); ok {
				return h, true
			}
			prevValue = false
			continue
		}
		// Where this key stands among the open mappings.
		switch {
		case opened && (len(stack) == 0 || indent > stack[len(stack)-1].indent):
			stack = append(stack, level{indent, key, n})
		case prevValue && len(stack) > 0 && indent > stack[len(stack)-1].indent:
			top := stack[len(stack)-1]
			return hint{n, indent + 1, fmt.Sprintf("%q is indented more than %q on line %d, which has a value, and a key cannot sit under a value: line %q up with %q (%s)",
				key, top.key, top.line, key, top.key, spaces(top.indent))}, true
		default:
			var inner *level // the deeper key this one does not line up with
			for len(stack) > 0 && stack[len(stack)-1].indent > indent {
				l := stack[len(stack)-1]
				inner = &l
				stack = stack[:len(stack)-1]
			}
			if len(stack) == 0 {
				stack = append(stack, level{indent, key, n})
				break
			}
			top := &stack[len(stack)-1]
			if top.indent == indent {
				top.key, top.line = key, n
				break
			}
			msg := fmt.Sprintf("%q is indented by %s, which lines it up with no key above it: indent it like %q on line %d (%s)", key, spaces(indent), top.key, top.line, spaces(top.indent))
			if inner != nil {
				msg += fmt.Sprintf(", or like %q on line %d (%s)", inner.key, inner.line, spaces(inner.indent))
			}
			return hint{n, indent + 1, msg}, true
		}
		if h, ok := valueMistake(key, value, text, n); ok {
			return h, true
		}
		v := stripComment(value)
		opened = v == ""
		prevValue = v != ""
		if strings.HasPrefix(v, "|") || strings.HasPrefix(v, ">") {
			block, prevValue = indent, false
		}
	}
	return hint{}, false
}

// splitKey splits "key: value" (or "key:") at its first colon that ends a
// plain key. Quoted keys and flow collections are not keys here.
func splitKey(s string) (key, value string, ok bool) {
	if s == "" || strings.ContainsRune("\"'[{&*!|>%@`", rune(s[0])) {
		return "", "", false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':':
			if i+1 == len(s) || s[i+1] == ' ' {
				return s[:i], strings.TrimLeft(s[i+1:], " "), true
			}
		case ' ':
			if i+1 < len(s) && s[i+1] == '#' {
				return "", "", false
			}
		}
	}
	return "", "", false
}

// stripComment removes a trailing " # comment" from an unquoted value.
func stripComment(v string) string {
	v, _, _ = strings.Cut(v, " #")
	return strings.TrimSpace(v)
}

// valueMistake finds the mistakes inside the value of key on line n.
func valueMistake(key, value, text string, n int) (hint, bool) {
	if value == "" {
		return hint{}, false
	}
	start := len(text) - len(value) // column of the value, 0-based
	if value[0] == '\'' || value[0] == '"' {
		return quoteMistake(value, text, n)
	}
	if value[0] == '{' {
		return flowMistake(value, start, n)
	}
	if strings.ContainsRune("[|>&*!", rune(value[0])) {
		return hint{}, false
	}
	v := stripComment(value)
	i := strings.Index(v+" ", ": ")
	if i < 0 {
		return hint{}, false
	}
	quoted := `"` + strings.ReplaceAll(strings.ReplaceAll(v, `\`, `\\`), `"`, `\"`) + `"`
	return hint{n, start + i + 1, fmt.Sprintf("the text of %q holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: %s: %s",
		key, key, quoted)}, true
}

// quoteMistake finds a single-quoted text that an apostrophe closes early:
// 'l'université' is 'l' followed by stray text.
func quoteMistake(value, text string, n int) (hint, bool) {
	if value == "" || value[0] != '\'' {
		return hint{}, false
	}
	start := len(text) - len(value)
	for i := 1; i < len(value); i++ {
		if value[i] != '\'' {
			continue
		}
		if i+1 < len(value) && value[i+1] == '\'' {
			i++ // '' is an apostrophe inside single quotes
			continue
		}
		rest := strings.TrimLeft(value[i+1:], " ")
		if rest == "" || strings.HasPrefix(rest, "#") || rest[0] == ',' || rest[0] == '}' || rest[0] == ']' || rest[0] == ':' {
			return hint{}, false
		}
		// The text runs to the last quote of the line.
		end := strings.LastIndexByte(value, '\'')
		inner := value[1:end]
		dq := `"` + strings.ReplaceAll(strings.ReplaceAll(inner, `\`, `\\`), `"`, `\"`) + `"`
		sq := "'" + strings.ReplaceAll(inner, "'", "''") + "'"
		return hint{n, start + i + 1, fmt.Sprintf("the apostrophe here ends the text in single quotes: write the text in double quotes, %s, or double every apostrophe inside the single quotes, %s",
			dq, sq)}, true
	}
	return hint{}, false
}

// flowMistake finds a colon followed by a space inside an unquoted text of
// a one-line mapping: {fr: Attention : trois semaines, en: …}.
func flowMistake(value string, start, n int) (hint, bool) {
	end := strings.LastIndexByte(value, '}')
	if end < 0 {
		return hint{}, false
	}
	pos := 1
	for _, item := range strings.Split(value[1:end], ",") {
		k, v, ok := splitKey(strings.TrimLeft(item, " "))
		lead := len(item) - len(strings.TrimLeft(item, " "))
		if ok && v != "" && !strings.ContainsRune("\"'[{", rune(v[0])) {
			if i := strings.Index(v+" ", ": "); i >= 0 {
				col := start + pos + lead + len(k) + 1 + (len(item) - lead - len(k) - 1 - len(v)) + i
				quoted := `"` + strings.ReplaceAll(strings.TrimSpace(v), `"`, `\"`) + `"`
				return hint{n, col + 1, fmt.Sprintf("the text of %q holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: %s: %s",
					k, k, quoted)}, true
			}
		}
		pos += len(item) + 1
	}
	return hint{}, false
}

func spaces(n int) string {
	if n == 1 {
		return "1 space"
	}
	return fmt.Sprintf("%d spaces", n)
}
