package catalog

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/lang"
)

// TextCoverage counts, over every catalogue text field that has a value in
// some language, those written in code (written) and those that fall back to
// another language (fallback). Plain strings (proper names) count as written.
func TextCoverage(c *Catalog, code string) (written, fallback int) {
	for _, kind := range Kinds {
		for _, e := range c.Entries(kind) {
			walkTexts(reflect.ValueOf(e), make(textPath, 0, 8), func(_ textPath, t lang.Text) {
				if t.IsZero() {
					return
				}
				if t.Has(code) {
					written++
				} else {
					fallback++
				}
			})
		}
	}
	return written, fallback
}

// WalkTexts calls fn with every Text and Markdown value of an entry (or of
// any value of the catalogue's types), with its path as messages write it:
// "summary", "outcomes[2]", "materials[1].title".
func WalkTexts(v any, fn func(path string, t lang.Text)) {
	walkTexts(reflect.ValueOf(v), make(textPath, 0, 8), func(p textPath, t lang.Text) { fn(p.String(), t) })
}

// textPath is the path of a value inside an entry, kept as its steps so
// that the string, needed only by a message, is built only then: a root
// name, then field names and 1-based indexes. The steps' array is shared
// down one branch of the walk, so a textPath is valid only during the
// call that receives it.
type textPath []pathStep

// pathStep is one step of a textPath: a field name, or an index when name
// is empty.
type pathStep struct {
	name  string
	index int
}

// String writes the path as messages do: "materials[1].title".
func (p textPath) String() string {
	var b strings.Builder
	for _, s := range p {
		switch {
		case s.name == "":
			fmt.Fprintf(&b, "[%d]", s.index)
		case b.Len() > 0:
			b.WriteString("." + s.name)
		default:
			b.WriteString(s.name)
		}
	}
	return b.String()
}

func walkTexts(v reflect.Value, path textPath, fn func(textPath, lang.Text)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkTexts(v.Elem(), path, fn)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkTexts(v.Index(i), append(path, pathStep{index: i + 1}), fn)
		}
	case reflect.Struct:
		switch v.Type() {
		case textType:
			fn(path, v.Interface().(lang.Text))
			return
		case markdownType:
			fn(path, v.Interface().(Markdown).Text)
			return
		}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if !f.IsExported() || tag == "-" || (tag == "" && opts != "inline" && !f.Anonymous) {
				continue
			}
			p := path
			if tag != "" {
				p = append(path, pathStep{name: tag})
			}
			walkTexts(v.Field(i), p, fn)
		}
	}
}
