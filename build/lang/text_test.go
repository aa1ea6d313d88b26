package lang_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/schema"
	"golang.org/x/text/language"
)

// fiveSet is the showcase site's languages: default en, fallback en then fr.
func fiveSet() *lang.Set {
	var list []lang.Language
	for _, l := range []struct{ code, locale string }{
		{"fr", "fr-BE"}, {"nl", "nl-BE"}, {"en", "en-GB"}, {"de", "de-BE"}, {"es", "es-ES"},
	} {
		list = append(list, lang.Language{Code: l.code, Label: l.code, Locale: l.locale, Tag: language.MustParse(l.locale)})
	}
	return lang.NewSet(list, "en", []string{"en", "fr"})
}

func TestSetChain(t *testing.T) {
	five := fiveSet()
	noFallback := lang.NewSet(five.List, "fr", nil)
	defaultLast := lang.NewSet(five.List, "de", []string{"nl", "fr"})
	tests := []struct {
		name string
		set  *lang.Set
		code string
		want []string
	}{
		{"own language, then fallback", five, "nl", []string{"nl", "en", "fr"}},
		{"no repetition of the own language", five, "en", []string{"en", "fr"}},
		{"fallback order kept", five, "fr", []string{"fr", "en"}},
		{"default when no fallback", noFallback, "es", []string{"es", "fr"}},
		{"default language alone", noFallback, "fr", []string{"fr"}},
		{"default after the fallback", defaultLast, "es", []string{"es", "nl", "fr", "de"}},
		{"default language first", defaultLast, "de", []string{"de", "nl", "fr"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.set.Chain(tt.code); !slices.Equal(got, tt.want) {
				t.Errorf("Chain(%s) = %v, want %v", tt.code, got, tt.want)
			}
		})
	}
}

func TestSetLookup(t *testing.T) {
	s := fiveSet()
	if got := s.Codes(); !slices.Equal(got, []string{"fr", "nl", "en", "de", "es"}) {
		t.Errorf("Codes() = %v", got)
	}
	if !s.Has("de") || s.Has("it") || s.Has("") {
		t.Error("Has")
	}
	if l, ok := s.Get("de"); !ok || l.Locale != "de-BE" {
		t.Errorf("Get(de) = %+v, %v", l, ok)
	}
	if _, ok := s.Get("it"); ok {
		t.Error("Get(it) found")
	}
	codes := s.Codes()
	codes[0] = "xx"
	if s.Codes()[0] != "fr" {
		t.Error("Codes() returns shared state")
	}
}

func TestTextGet(t *testing.T) {
	chain := fiveSet().Chain("nl") // nl, en, fr
	tests := []struct {
		name     string
		text     lang.Text
		chain    []string
		want, in string
		ok       bool
	}{
		{"own language", lang.Text{Values: map[string]string{"nl": "Hallo", "en": "Hello"}}, chain, "Hallo", "nl", true},
		{"first fallback", lang.Text{Values: map[string]string{"fr": "Bonjour", "en": "Hello"}}, chain, "Hello", "en", true},
		{"second fallback", lang.Text{Values: map[string]string{"fr": "Bonjour", "de": "Hallo"}}, chain, "Bonjour", "fr", true},
		{"empty value falls back", lang.Text{Values: map[string]string{"nl": "", "en": "Hello"}}, chain, "Hello", "en", true},
		{"outside the chain", lang.Text{Values: map[string]string{"de": "Hallo"}}, chain, "", "", false},
		{"zero text", lang.Text{}, chain, "", "", false},
		{"plain is every language", lang.PlainText("KU Leuven"), chain, "KU Leuven", "nl", true},
		{"plain with an empty chain", lang.PlainText("KU Leuven"), nil, "KU Leuven", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, in, ok := tt.text.Get(tt.chain)
			if v != tt.want || in != tt.in || ok != tt.ok {
				t.Errorf("Get = %q, %q, %v; want %q, %q, %v", v, in, ok, tt.want, tt.in, tt.ok)
			}
		})
	}
}

func TestTextHasAndIsZero(t *testing.T) {
	tx := lang.Text{Values: map[string]string{"fr": "Bonjour", "nl": ""}}
	if !tx.Has("fr") || tx.Has("nl") || tx.Has("en") {
		t.Error("Has on a Text of languages")
	}
	p := lang.PlainText("UCLouvain")
	if !p.Has("es") || !p.Plain || p.IsZero() {
		t.Error("PlainText")
	}
	if !(lang.Text{}).IsZero() || tx.IsZero() {
		t.Error("IsZero")
	}
}

type textDoc struct {
	Title lang.Text `yaml:"title"`
}

func decodeText(src string) (lang.Text, []string) {
	var l diag.List
	d := &schema.Decoder{File: "site.yaml", Diags: &l}
	var doc textDoc
	if n := d.Parse([]byte(src)); n != nil {
		d.Decode(n, &doc)
		doc.Title.CheckLanguages(d, fiveSet(), "title")
	}
	var out []string
	for _, x := range l.Sorted() {
		out = append(out, x.Error())
	}
	return doc.Title, out
}

func TestTextDecodeYAML(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		values map[string]string
		plain  bool
		diags  []string
	}{
		{
			name:   "plain string",
			src:    "title: KU Leuven",
			values: map[string]string{"": "KU Leuven"},
			plain:  true,
		},
		{
			name:   "languages",
			src:    "title: {fr: Étudier, en: Study}",
			values: map[string]string{"fr": "Étudier", "en": "Study"},
		},
		{
			name:   "null language skipped",
			src:    "title:\n  fr: Étudier\n  nl:\n",
			values: map[string]string{"fr": "Étudier"},
		},
		{
			name:   "not a language key",
			src:    "title: {fr: Étudier, french: Étudier}",
			values: map[string]string{"fr": "Étudier"},
			diags:  []string{`site.yaml:1:22: error: title: "french" is not a language code: write the text as {fr: …, nl: …, en: …, de: …, es: …}, or as a plain string for a name that is the same in every language`},
		},
		{
			name:   "upper-case key",
			src:    "title: {FR: Étudier}",
			values: map[string]string{},
			diags:  []string{`site.yaml:1:9: error: title: "FR" is not a language code: write the text as {fr: …, nl: …, en: …, de: …, es: …}, or as a plain string for a name that is the same in every language`},
		},
		{
			name:   "language twice",
			src:    "title:\n  fr: a\n  fr: b\n",
			values: map[string]string{"fr": "a"},
			diags:  []string{`site.yaml:3:3: error: title: language "fr" appears twice`},
		},
		{
			name:   "list value",
			src:    "title: {fr: [a]}",
			values: map[string]string{},
			diags:  []string{`site.yaml:1:13: error: title.fr: expected text, found a list`},
		},
		{
			name:  "list",
			src:   "title: [a, b]",
			diags: []string{`site.yaml:1:8: error: title: expected text or {fr: …, en: …}, found a list`},
		},
		{
			name:   "language not in the site",
			src:    "title: {fr: Étudier, it: Studiare}",
			values: map[string]string{"fr": "Étudier", "it": "Studiare"},
			diags:  []string{`site.yaml: warning: it is not among the languages of site.yaml (fr, nl, en, de, es), so its text is not published: add {code: it, …} to languages to publish it, or delete the .it.md files and the it: keys of these files: site.yaml`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, diags := decodeText(tt.src)
			if !slices.Equal(diags, tt.diags) {
				t.Errorf("diagnostics:\n got: %s\nwant: %s", strings.Join(diags, "\n      "), strings.Join(tt.diags, "\n      "))
			}
			if tt.values != nil && !mapsEqual(got.Values, tt.values) {
				t.Errorf("Values = %q, want %q", got.Values, tt.values)
			}
			if got.Plain != tt.plain {
				t.Errorf("Plain = %v", got.Plain)
			}
		})
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestTextPositions(t *testing.T) {
	tx, diags := decodeText("title:\n  fr: Étudier\n  en:   Study\n")
	if len(diags) != 0 {
		t.Fatal(diags)
	}
	if p := tx.Pos["en"]; p.Line != 3 || p.Col != 9 || p.File != "site.yaml" {
		t.Errorf("Pos[en] = %v", p)
	}
	plain, _ := decodeText("title: UCLouvain\n")
	if p := plain.Pos[""]; p.Line != 1 || p.Col != 8 {
		t.Errorf("plain Pos = %v", p)
	}
}

func TestParseLocale(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{in: "fr-BE", want: "fr-BE"},
		{in: "nl", want: "nl"},
		{in: "en_GB", want: "en-GB"},
		{in: "es-419", want: "es-419"},
		{in: "french", err: true},
		{in: "", err: true},
		{in: "fr-BE-x-", err: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			tag, err := lang.ParseLocale(tt.in)
			if tt.err {
				if err == nil {
					t.Fatalf("ParseLocale(%q) = %v, want an error", tt.in, tag)
				}
				if want := `"` + tt.in + `" is not a locale: expected a BCP 47 tag like "fr-BE"`; err.Error() != want {
					t.Errorf("error = %q, want %q", err, want)
				}
				return
			}
			if err != nil || tag.String() != tt.want {
				t.Errorf("ParseLocale(%q) = %v, %v; want %s", tt.in, tag, err, tt.want)
			}
		})
	}
}

// TestTextMarshalJSON checks that a text is written as encoding/json writes
// its map of languages (sorted keys, the same escapes), or its one string.
func TestTextMarshalJSON(t *testing.T) {
	type Text = lang.Text
	for _, tc := range []Text{
		{Values: map[string]string{"fr": "« Étudier » & <apprendre>", "en": "Study \"abroad\"\n", "de": "Straße\u2028", "nl": "", "es": "a\\b\x01"}},
		{Values: map[string]string{}},
		{Values: map[string]string{"en": "one"}},
		lang.PlainText("<b>same</b> & all"),
	} {
		got, err := json.Marshal(tc)
		if err != nil {
			t.Fatal(err)
		}
		var ref any = tc.Values
		if tc.Plain {
			ref = tc.Values[""]
		}
		want, err := json.Marshal(ref)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%v:\n got %s\nwant %s", tc.Values, got, want)
		}
	}
}
