package catalog

import (
	"reflect"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/schema"
)

// Export turns entries into JSON-ready values for the open-data files: the
// fields as written in YAML (texts in every language, references as ids),
// plus the id and the page URL in each language. Fields that fall back are
// left out of a language rather than copied, so a partner portal can tell a
// translation from a fallback.
func Export(entries []Entry, codes []string, urls map[string]map[string]string) []map[string]any {
	out := make([]map[string]any, 0, len(entries))
	for _, e := range entries {
		m := exportStruct(reflect.ValueOf(e).Elem(), codes)
		id := e.Meta().ID
		m["id"] = id
		if u := urls[id]; len(u) > 0 {
			m["pages"] = u // the entry's own url field keeps its name
		}
		out = append(out, m)
	}
	return out
}

// ExportFigures turns the key figures into JSON-ready values.
func ExportFigures(figs []*Figure) []map[string]any {
	out := make([]map[string]any, 0, len(figs))
	for _, f := range figs {
		out = append(out, exportStruct(reflect.ValueOf(f).Elem(), nil))
	}
	return out
}

var (
	dateType    = reflect.TypeFor[schema.Date]()
	instRefType = reflect.TypeFor[InstitutionRef]()
	refType     = reflect.TypeFor[Ref]()
)

func exportStruct(v reflect.Value, codes []string) map[string]any {
	m := map[string]any{}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if !f.IsExported() || tag == "-" {
			continue
		}
		if opts == "inline" {
			for k, x := range exportStruct(v.Field(i), codes) {
				m[k] = x
			}
			continue
		}
		if tag == "" {
			continue
		}
		if x, ok := exportValue(v.Field(i), codes); ok {
			m[tag] = x
		}
	}
	return m
}

// exportValue converts one field; ok is false for empty values, left out.
func exportValue(v reflect.Value, codes []string) (any, bool) {
	switch v.Type() {
	case textType:
		return exportText(v.Interface().(lang.Text))
	case markdownType:
		return exportText(v.Interface().(Markdown).Text)
	case dateType:
		d := v.Interface().(schema.Date)
		return d.String(), !d.IsZero()
	case refType:
		r := v.Interface().(Ref)
		return r.ID, r.ID != ""
	case instRefType:
		r := v.Interface().(InstitutionRef)
		if r.Inline != nil {
			return exportStruct(reflect.ValueOf(r.Inline).Elem(), codes), true
		}
		return r.ID, r.ID != ""
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return nil, false
		}
		return exportValue(v.Elem(), codes)
	case reflect.Slice:
		if v.Len() == 0 {
			return nil, false
		}
		list := make([]any, 0, v.Len())
		for i := 0; i < v.Len(); i++ {
			if x, ok := exportValue(v.Index(i), codes); ok {
				list = append(list, x)
			}
		}
		return list, len(list) > 0
	case reflect.Struct:
		m := exportStruct(v, codes)
		return m, len(m) > 0
	case reflect.String:
		return v.String(), v.String() != ""
	case reflect.Bool:
		return v.Bool(), v.Bool()
	case reflect.Int:
		return v.Int(), v.Int() != 0
	case reflect.Float64:
		return v.Float(), true
	}
	return nil, false
}

func exportText(t lang.Text) (any, bool) {
	if t.IsZero() {
		return nil, false
	}
	if t.Plain {
		return t.Values[""], true
	}
	m := map[string]string{}
	for k, s := range t.Values {
		m[k] = s
	}
	return m, true
}
