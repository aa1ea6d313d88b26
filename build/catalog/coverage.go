package catalog

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/lang"
)

// walkStrings calls fn with every string in v: plain fields and every
// language of texts.
func walkStrings(v reflect.Value, fn func(string)) {
	switch v.Kind() {
	case reflect.String:
		fn(v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), fn)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), fn)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			walkStrings(iter.Value(), fn)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if tag := f.Tag.Get("yaml"); tag == "-" {
				continue // derived and reverse fields: visited from their own entry
			}
			walkStrings(v.Field(i), fn)
		}
	}
}

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
