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
			WalkTexts(e, func(_ string, t lang.Text) {
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
	walkTexts(reflect.ValueOf(v), "", fn)
}

func walkTexts(v reflect.Value, path string, fn func(string, lang.Text)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkTexts(v.Elem(), path, fn)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkTexts(v.Index(i), fmt.Sprintf("%s[%d]", path, i+1), fn)
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
				p = strings.TrimPrefix(path+"."+tag, ".")
			}
			walkTexts(v.Field(i), p, fn)
		}
	}
}
