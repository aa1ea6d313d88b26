package catalog

import (
	"reflect"
	"sort"

	"github.com/vitrine-ssg/vitrine/build/lang"
)

// PersonalEmails returns the personal-looking e-mail addresses in an entry's
// fields, sorted, without duplicates.
func PersonalEmails(e Entry) []string {
	found := map[string]bool{}
	walkStrings(reflect.ValueOf(e).Elem(), func(s string) {
		for _, addr := range addresses(s) {
			if PersonalEmail(addr) {
				found[addr] = true
			}
		}
	})
	out := make([]string, 0, len(found))
	for a := range found {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

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
			eachText(reflect.ValueOf(e).Elem(), func(t lang.Text) {
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

// eachText calls fn with every Text and Markdown value in v.
func eachText(v reflect.Value, fn func(lang.Text)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			eachText(v.Elem(), fn)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			eachText(v.Index(i), fn)
		}
	case reflect.Struct:
		switch v.Type() {
		case textType:
			fn(v.Interface().(lang.Text))
			return
		case markdownType:
			fn(v.Interface().(Markdown).Text)
			return
		}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() || f.Tag.Get("yaml") == "-" {
				continue
			}
			eachText(v.Field(i), fn)
		}
	}
}
