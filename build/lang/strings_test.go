package lang_test

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"
)

// testSet is fr, nl, en with English the default and the only fallback.
func testSet() *lang.Set {
	return lang.NewSet([]lang.Language{
		{Code: "fr", Label: "Français", Locale: "fr-BE", Tag: language.MustParse("fr-BE")},
		{Code: "nl", Label: "Nederlands", Locale: "nl-BE", Tag: language.MustParse("nl-BE")},
		{Code: "en", Label: "English", Locale: "en-GB", Tag: language.MustParse("en-GB")},
	}, "en", []string{"en"})
}

// themeAndSite are the theme's string files, then the site's.
var themeAndSite = []lang.StringFile{
	{Path: "themes/default/i18n/en.yaml", Lang: "en", Data: []byte(`home: Home
menu: Menu
search: Search
programmes:
  one: "{{.Count}} programme"
  other: "{{.Count}} programmes"
`)},
	{Path: "themes/default/i18n/fr.yaml", Lang: "fr", Data: []byte(`home: Accueil
menu: Menu
programmes:
  one: "{{.Count}} formation"
  other: "{{.Count}} formations"
`)},
	{Path: "themes/default/i18n/de.yaml", Lang: "de", Data: []byte("home: Startseite\n")}, // not a site language
	{Path: "i18n/en.yaml", Lang: "en", Data: []byte(`menu: Site menu
hello: "Hello {{.Name}}"
`)},
	{Path: "i18n/nl.yaml", Lang: "nl", Data: []byte(`home: Start
menu: Menu
search: Zoeken
`)},
}

func newStrings(t *testing.T, files []lang.StringFile) *lang.Strings {
	t.Helper()
	var l diag.List
	s := lang.NewStrings(testSet(), files, &l)
	if l.Len() != 0 {
		t.Fatalf("NewStrings: %s", l.String())
	}
	return s
}

func TestStringsT(t *testing.T) {
	s := newStrings(t, themeAndSite)
	tests := []struct {
		name  string
		code  string
		key   string
		count any
		data  map[string]any
		want  string
	}{
		{name: "theme string", code: "en", key: "home", want: "Home"},
		{name: "site overrides theme key by key", code: "en", key: "menu", want: "Site menu"},
		{name: "theme key kept beside site keys", code: "en", key: "search", want: "Search"},
		{name: "site-only key", code: "en", key: "hello", data: map[string]any{"Name": "Ana"}, want: "Hello Ana"},
		{name: "other language", code: "fr", key: "home", want: "Accueil"},
		{name: "site-only language", code: "nl", key: "search", want: "Zoeken"},
		{name: "plural one", code: "en", key: "programmes", count: 1, want: "1 programme"},
		{name: "plural other", code: "en", key: "programmes", count: 12, want: "12 programmes"},
		{name: "french zero is singular", code: "fr", key: "programmes", count: 0, want: "0 formation"},
		{name: "french plural", code: "fr", key: "programmes", count: 2, want: "2 formations"},
		{name: "count beside data", code: "fr", key: "programmes", count: 3, data: map[string]any{"Name": "x"}, want: "3 formations"},
		{name: "missing everywhere returns the key", code: "en", key: "nowhere", want: "nowhere"},
		{name: "language not in the site returns the key", code: "de", key: "home", want: "home"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.T(tt.code, tt.key, tt.count, tt.data); got != tt.want {
				t.Errorf("T(%s, %s) = %q, want %q", tt.code, tt.key, got, tt.want)
			}
		})
	}
}

// TestStringsFallback: a key missing in a language that has other strings
// falls back along the chain (fr → en) and is remembered for Missing.
func TestStringsFallback(t *testing.T) {
	s := newStrings(t, themeAndSite)
	got := s.T("fr", "search", nil, nil)
	if want := map[string][]string{"fr": {"search"}}; !maps.EqualFunc(s.Missing(), want, slices.Equal) {
		t.Errorf("Missing() = %v, want %v", s.Missing(), want)
	}
	if got != "Search" {
		t.Errorf(`T("fr", "search") = %q, want the English "Search": go-i18n's Localizer picks one language for the whole localizer (fr, which has strings) and on a missing key only falls back to the bundle's default language, returning that message together with a MessageNotFoundErr; Strings.T treats the error as "missing" and returns the key, so a key missing in one language shows the raw key instead of falling back along the site's chain`, got)
	}
}

// TestStringsFallbackChain: the chain is the site's, not English: with
// fallback [fr], a key missing in nl is taken from fr.
func TestStringsFallbackChain(t *testing.T) {
	set := lang.NewSet([]lang.Language{
		{Code: "fr", Tag: language.MustParse("fr-BE")},
		{Code: "nl", Tag: language.MustParse("nl-BE")},
		{Code: "en", Tag: language.MustParse("en-GB")},
	}, "fr", []string{"fr"})
	var l diag.List
	s := lang.NewStrings(set, []lang.StringFile{
		{Path: "i18n/fr.yaml", Lang: "fr", Data: []byte("apply: Postuler\n")},
		{Path: "i18n/en.yaml", Lang: "en", Data: []byte("apply: Apply\n")},
		{Path: "i18n/nl.yaml", Lang: "nl", Data: []byte("home: Start\n")},
	}, &l)
	if l.Len() != 0 {
		t.Fatal(l.String())
	}
	if got := s.T("nl", "apply", nil, nil); got != "Postuler" {
		t.Errorf(`T("nl", "apply") = %q with the chain nl → fr, want "Postuler": go-i18n only falls back to its bundle default (English, hard-coded in NewStrings), never along the site's fallback chain, and Strings.T drops even that result because Localize returns it with an error`, got)
	}
}

func TestStringsMissingAndUnused(t *testing.T) {
	s := newStrings(t, themeAndSite)
	s.T("en", "home", nil, nil)
	s.T("en", "menu", nil, nil)
	s.T("nl", "home", nil, nil)
	s.T("nl", "hello", nil, map[string]any{"Name": "x"})
	s.T("fr", "nowhere", nil, nil)
	s.T("fr", "nowhere", nil, nil)
	wantMissing := map[string][]string{"nl": {"hello"}, "fr": {"nowhere"}}
	if got := s.Missing(); !maps.EqualFunc(got, wantMissing, slices.Equal) {
		t.Errorf("Missing() = %v, want %v", got, wantMissing)
	}
	if got, want := s.Unused(), []string{"programmes", "search"}; !slices.Equal(got, want) {
		t.Errorf("Unused() = %v, want %v", got, want)
	}
	if got, want := s.Keys(), []string{"hello", "home", "menu", "programmes", "search"}; !slices.Equal(got, want) {
		t.Errorf("Keys() = %v, want %v", got, want)
	}
}

func TestStringsHasAndFile(t *testing.T) {
	s := newStrings(t, themeAndSite)
	tests := []struct {
		code, key string
		want      bool
	}{
		{"en", "home", true}, {"en", "hello", true}, {"fr", "hello", false},
		{"nl", "search", true}, {"de", "home", false}, {"xx", "home", false},
	}
	for _, tt := range tests {
		if got := s.Has(tt.code, tt.key); got != tt.want {
			t.Errorf("Has(%s, %s) = %v", tt.code, tt.key, got)
		}
	}
	files := map[string]string{
		"en": "i18n/en.yaml", // the site's, which defines it last
		"fr": "themes/default/i18n/fr.yaml",
		"de": "i18n/de.yaml", // no file: the site's would-be file
	}
	for code, want := range files {
		if got := s.File(code); got != want {
			t.Errorf("File(%s) = %q, want %q", code, got, want)
		}
	}
}

func TestStringsErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []string
		some bool // want is a subset of the diagnostics (go-i18n may add its own)
	}{
		{
			name: "bad plural category",
			data: "items:\n  one: x\n  several: y\n  other: z\n",
			want: []string{`i18n/en.yaml:3:3: error: items: "several" is not a plural form: use zero, one, two, few, many or other`},
			some: true,
		},
		{
			name: "list value",
			data: "home: Home\nlist: [a, b]\n",
			want: []string{"i18n/en.yaml:2:7: error: list: expected a string or plural forms (one: …, other: …)"},
		},
		{
			name: "not a mapping",
			data: "- a\n- b\n",
			want: []string{"i18n/en.yaml:1:1: error: expected a mapping of keys to strings, found a list"},
		},
		{
			name: "syntax error",
			data: "home: Home\nmenu: a: b\n",
			want: []string{"i18n/en.yaml:2:8: error: invalid YAML: the text of \"menu\" holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: menu: \"a: b\""},
		},
		{
			name: "plural forms with a description",
			data: "items:\n  description: shown on the list\n  one: \"{{.Count}} item\"\n  other: \"{{.Count}} items\"\n",
		},
		{
			name: "empty file",
			data: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l diag.List
			lang.NewStrings(testSet(), []lang.StringFile{{Path: "i18n/en.yaml", Lang: "en", Data: []byte(tt.data)}}, &l)
			var got []string
			for _, d := range l.Sorted() {
				got = append(got, d.Error())
			}
			if tt.some {
				for _, w := range tt.want {
					if !slices.Contains(got, w) {
						t.Errorf("missing diagnostic %q in:\n%s", w, strings.Join(got, "\n"))
					}
				}
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("diagnostics:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(tt.want, "\n      "))
			}
		})
	}
}

func TestReadStringFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"themes/default/i18n/en.yaml":    {Data: []byte("home: Home\n")},
		"themes/default/i18n/fr.yml":     {Data: []byte("home: Accueil\n")},
		"themes/default/i18n/README":     {Data: []byte("notes")},
		"themes/default/i18n/old/x.yaml": {Data: []byte("a: b\n")},
	}
	files, err := lang.ReadStringFiles(fsys, "themes/default/i18n", "themes/default/i18n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Path+"="+f.Lang)
	}
	if want := []string{"themes/default/i18n/en.yaml=en", "themes/default/i18n/fr.yml=fr"}; !slices.Equal(got, want) {
		t.Errorf("files = %v, want %v", got, want)
	}
	files, err = lang.ReadStringFiles(fsys, "i18n", "i18n")
	if err != nil || files != nil {
		t.Errorf("missing folder: %v, %v", files, err)
	}
}

// TestStringsFormatAsGoI18n: a string with data is formatted without
// go-i18n when its placeholders are all {{.Name}}; the text must be what
// go-i18n gives, for every string of the default theme and for crafted
// ones that take the slow path (trim markers, pipelines, comments, a
// missing or non-string value) or fall back along the chain (an empty
// result).
func TestStringsFormatAsGoI18n(t *testing.T) {
	crafted := `plain: "Hello {{.Name}}"
spaced: "{{ .Name }} and {{.Other}}."
twice: "{{.Name}}, {{.Name}}"
trim: "a {{- .Name -}} b"
pipe: "{{.Name | printf \"%q\"}}"
comment: "{{/* a comment */}}x{{.Name}}"
number: "{{.N}} items"
float: "{{.F}} km"
missing: "{{.Nowhere}}!"
empty: "{{.Empty}}"
open: "{{.Name"
braces: "}} {{.Name}} }}"
`
	files := []lang.StringFile{{Path: "i18n/en.yaml", Lang: "en", Data: []byte(crafted)}}
	for _, code := range []string{"fr", "nl", "en", "de", "es"} {
		b, err := os.ReadFile("../../themes/default/i18n/" + code + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, lang.StringFile{Path: code + ".yaml", Lang: code, Data: b})
	}
	set := lang.NewSet([]lang.Language{
		{Code: "fr", Tag: language.MustParse("fr-BE")}, {Code: "nl", Tag: language.MustParse("nl-BE")},
		{Code: "en", Tag: language.MustParse("en-GB")}, {Code: "de", Tag: language.MustParse("de-BE")},
		{Code: "es", Tag: language.MustParse("es")},
	}, "en", []string{"en"})
	var l diag.List
	s := lang.NewStrings(set, files, &l)
	if l.Len() != 0 {
		t.Fatal(l.String())
	}
	data := map[string]any{"Name": `<Zoë & "Ana">`, "Other": "O'Neil", "N": 42, "F": 1.5, "Empty": ""}
	placeholder := regexp.MustCompile(`\{\{\s*\.(\w+)`)
	checked := 0
	for _, f := range files {
		bundle := i18n.NewBundle(language.English)
		bundle.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
		mf, err := bundle.ParseMessageFileBytes(f.Data, f.Lang+".yaml")
		if err != nil {
			t.Fatal(err)
		}
		loc := i18n.NewLocalizer(bundle, f.Lang)
		for _, m := range mf.Messages {
			d := maps.Clone(data)
			for _, sub := range placeholder.FindAllStringSubmatch(m.Other, -1) {
				if _, ok := d[sub[1]]; !ok && sub[1] != "Nowhere" {
					d[sub[1]] = "«" + sub[1] + "»"
				}
			}
			want, err := loc.Localize(&i18n.LocalizeConfig{MessageID: m.ID, TemplateData: d})
			if err != nil || want == "" {
				want = m.ID // T then tries the chain: en has none of these keys but the crafted ones
				if f.Lang != "en" {
					continue
				}
			}
			if got := s.T(f.Lang, m.ID, nil, d); got != want {
				t.Errorf("%s %s: T = %q, go-i18n gives %q", f.Lang, m.ID, got, want)
			}
			checked++
		}
	}
	if checked < 100 {
		t.Errorf("only %d strings compared", checked)
	}
}
