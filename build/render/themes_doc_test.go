package render

import (
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/themes"
)

// viewTypes are the values layouts receive; every type reachable from
// their fields is documented too.
var viewTypes = []any{
	&Page{}, &HomeView{}, &ArticleView{}, &SectionView{}, &ListView{},
	&ProgrammeView{}, &InstitutionView{}, &NetworkView{}, &ChairView{}, &AlumniView{}, &EventView{},
	&ChooserView{}, &SearchView{}, &AccessibilityView{}, &AliasView{}, Chart{}, Facets{},
}

// documentedTypes returns the struct types of the theme API by name: the
// views and the types of their fields, in this package or lang.Language.
func documentedTypes() map[string]reflect.Type {
	out := map[string]reflect.Type{}
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || out[t.Name()] != nil {
			return
		}
		if t.PkgPath() != reflect.TypeFor[Page]().PkgPath() && t != reflect.TypeFor[lang.Language]() {
			return
		}
		out[t.Name()] = t
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).IsExported() {
				visit(t.Field(i).Type)
			}
		}
	}
	for _, v := range viewTypes {
		visit(reflect.TypeOf(v))
	}
	return out
}

// docSections splits docs/themes.md into its "### Name" sections.
func docSections(t *testing.T) (doc string, sections map[string]string) {
	b, err := os.ReadFile("../../docs/themes.md")
	if err != nil {
		t.Fatal(err)
	}
	doc = string(b)
	sections = map[string]string{}
	parts := regexp.MustCompile(`(?m)^### (\w+)\n`).Split(doc, -1)
	names := regexp.MustCompile(`(?m)^### (\w+)\n`).FindAllStringSubmatch(doc, -1)
	for i, n := range names {
		body := parts[i+1]
		if j := strings.Index(body, "\n## "); j >= 0 {
			body = body[:j]
		}
		sections[n[1]] = body
	}
	return doc, sections
}

// rowNames returns the names in the first column of a Markdown table.
func rowNames(section string) map[string]bool {
	out := map[string]bool{}
	for _, m := range regexp.MustCompile("(?m)^\\| `([\\w-]+)` \\|").FindAllStringSubmatch(section, -1) {
		out[m[1]] = true
	}
	return out
}

// TestThemesDocListsEveryField fails when a view type, one of its fields
// or methods, has no entry in docs/themes.md, or when the page documents one
// that does not exist.
func TestThemesDocListsEveryField(t *testing.T) {
	_, sections := docSections(t)
	types := documentedTypes()
	for name, typ := range types {
		sec, ok := sections[name]
		if !ok {
			t.Errorf("docs/themes.md has no section \"### %s\" for the view type %s", name, typ)
			continue
		}
		rows := rowNames(sec)
		want := map[string]bool{}
		for i := 0; i < typ.NumField(); i++ {
			if f := typ.Field(i); f.IsExported() {
				want[f.Name] = true
			}
		}
		pt := reflect.PointerTo(typ)
		for i := 0; i < pt.NumMethod(); i++ {
			m := pt.Method(i)
			// Promoted methods are documented on the type that declares them.
			if _, promoted := promotedFrom(typ, m.Name); !promoted {
				want[m.Name] = true
			}
		}
		for f := range want {
			if !rows[f] {
				t.Errorf("docs/themes.md, section %s: no row for %s.%s", name, name, f)
			}
		}
		for f := range rows {
			if !want[f] {
				t.Errorf("docs/themes.md, section %s: row %s names nothing %s has", name, f, name)
			}
		}
	}
	for name := range sections {
		if types[name] == nil {
			t.Errorf("docs/themes.md documents a type %s that layouts do not receive", name)
		}
	}
}

// promotedFrom reports whether method name of *typ comes from an embedded field.
func promotedFrom(typ reflect.Type, name string) (string, bool) {
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if !f.Anonymous {
			continue
		}
		ft := f.Type
		if ft.Kind() != reflect.Pointer {
			ft = reflect.PointerTo(ft)
		}
		if _, ok := ft.MethodByName(name); ok {
			return f.Name, true
		}
	}
	return "", false
}

// TestThemesDocListsEveryFunction fails when a template function has no row
// in the table of functions, or a row names one that does not exist.
func TestThemesDocListsEveryFunction(t *testing.T) {
	doc, _ := docSections(t)
	start := strings.Index(doc, "\n## Functions\n")
	if start < 0 {
		t.Fatal(`docs/themes.md has no "## Functions" section`)
	}
	sec := doc[start:]
	if end := strings.Index(sec[1:], "\n## "); end >= 0 {
		sec = sec[:end+1]
	}
	rows := rowNames(sec)
	r := &Renderer{}
	funcs := r.funcs("en")
	for name := range funcs {
		if !rows[name] {
			t.Errorf("docs/themes.md: the function %s has no row under \"## Functions\"", name)
		}
	}
	for name := range rows {
		if _, ok := funcs[name]; !ok {
			t.Errorf("docs/themes.md documents a function %s that does not exist", name)
		}
	}
}

// TestThemesDocListsEveryLayout fails when a layout file or a partial of the
// default theme is not named in docs/themes.md.
func TestThemesDocListsEveryLayout(t *testing.T) {
	doc, _ := docSections(t)
	layouts, err := fs.Glob(themes.Default(), "layouts/*.html")
	if err != nil || len(layouts) == 0 {
		t.Fatalf("no layouts in the default theme: %v", err)
	}
	for _, l := range layouts {
		name := strings.TrimPrefix(l, "layouts/")
		if !strings.Contains(doc, "| `"+name+"` |") {
			t.Errorf("docs/themes.md: the layout %s has no row", name)
		}
	}
	partials, _ := fs.Glob(themes.Default(), "layouts/partials/*.html")
	defines := regexp.MustCompile(`\{\{-? ?define "([^"]+)"`)
	var names []string
	for _, p := range append(partials, "layouts/programmes.html") {
		src, err := fs.ReadFile(themes.Default(), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range defines.FindAllStringSubmatch(string(src), -1) {
			if m[1] != "main" && m[1] != "head" {
				names = append(names, m[1])
			}
		}
	}
	sort.Strings(names)
	if len(names) < 10 {
		t.Fatalf("found only %d partials: %v", len(names), names)
	}
	for _, n := range names {
		if !strings.Contains(doc, "| `"+n+"` |") {
			t.Errorf("docs/themes.md: the partial %s has no row", n)
		}
	}
}
