package lang

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/internal/jsonstr"
	"github.com/vitrine-ssg/vitrine/build/schema"
	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"
)

// Language is one language of a site.
type Language struct {
	Code   string // ISO 639-1: "fr"
	Label  string // its own name, for the switcher: "Français"
	Locale string // BCP 47 locale for formats and hreflang: "fr-BE"
	Tag    language.Tag
}

// Set is the languages of a site, in switcher order, with the default
// language and the fallback chain that applies after a page's own language.
type Set struct {
	List     []Language
	Default  string
	Fallback []string
	index    map[string]int
	chains   map[string][]string // Chain of each language of List
}

// NewSet returns a Set. Codes must already be validated.
func NewSet(list []Language, def string, fallback []string) *Set {
	s := &Set{List: list, Default: def, Fallback: fallback, index: map[string]int{}}
	s.chains = make(map[string][]string, len(list))
	for i, l := range list {
		s.index[l.Code] = i
		s.chains[l.Code] = slices.Clip(s.chain(l.Code))
	}
	return s
}

// Has reports whether code is a language of the site.
func (s *Set) Has(code string) bool { _, ok := s.index[code]; return ok }

// Get returns the language with the code.
func (s *Set) Get(code string) (Language, bool) {
	i, ok := s.index[code]
	if !ok {
		return Language{}, false
	}
	return s.List[i], true
}

// Codes returns the language codes in switcher order.
func (s *Set) Codes() []string {
	out := make([]string, len(s.List))
	for i, l := range s.List {
		out[i] = l.Code
	}
	return out
}

// Chain returns the languages to try for text in code: code itself, the
// fallback chain, then the default language, without repetition. The
// slice is shared: callers must not change it.
func (s *Set) Chain(code string) []string {
	if c, ok := s.chains[code]; ok {
		return c
	}
	return s.chain(code)
}

func (s *Set) chain(code string) []string {
	out := []string{code}
	for _, c := range append(slices.Clip(s.Fallback), s.Default) {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// Text is a multilingual string: a value per language, or one value for
// every language (Plain) when written as a plain string in YAML, as proper
// names are.
type Text struct {
	Values map[string]string
	Plain  bool
	Pos    schema.Positions // position of each language's value; "" for a plain string
}

// IsZero reports whether the text has no value at all.
func (t Text) IsZero() bool { return len(t.Values) == 0 }

// MarshalJSON writes the text as the open-data exports publish it: the
// string itself when it is the same in every language, else an object of
// the languages written (a fallback is never copied in).
func (t Text) MarshalJSON() ([]byte, error) {
	if t.Plain {
		return jsonstr.Append(nil, t.Values[""]), nil
	}
	// As json.Marshal writes the map (keys sorted, strings escaped alike),
	// without sorting it through reflection: the open-data export of a
	// large catalogue writes hundreds of thousands of texts.
	keys := make([]string, 0, len(t.Values))
	size := 2
	for k, v := range t.Values {
		keys = append(keys, k)
		size += len(k) + len(v) + 8
	}
	sort.Strings(keys)
	b := make([]byte, 0, size)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonstr.Append(b, k)
		b = jsonstr.Append(append(b, ':'), t.Values[k])
	}
	return append(b, '}'), nil
}

// Get returns the text in the first language of chain that has it, and that language.
func (t Text) Get(chain []string) (value, in string, ok bool) {
	if t.Plain {
		if len(chain) == 0 {
			return t.Values[""], "", true
		}
		return t.Values[""], chain[0], true
	}
	for _, c := range chain {
		if v, ok := t.Values[c]; ok && v != "" {
			return v, c, true
		}
	}
	return "", "", false
}

// Has reports whether the text has its own value in code.
func (t Text) Has(code string) bool {
	if t.Plain {
		return true
	}
	return t.Values[code] != ""
}

var langKeyRE = regexp.MustCompile(`^[a-z]{2}$`)

// DecodeYAML decodes a plain string or a mapping of language codes to strings.
func (t *Text) DecodeYAML(d *schema.Decoder, n *yaml.Node) {
	t.Pos = schema.Positions{}
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return
		}
		t.Values = map[string]string{"": n.Value}
		t.Plain = true
		t.Pos[""] = d.Pos(n)
	case yaml.MappingNode:
		t.Values = map[string]string{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if !langKeyRE.MatchString(k.Value) {
				d.Errorf(k, "%q is not a language code: write the text as {fr: …, nl: …, en: …, de: …, es: …}, or as a plain string for a name that is the same in every language", k.Value)
				continue
			}
			if _, dup := t.Values[k.Value]; dup {
				d.Errorf(k, "language %q appears twice", k.Value)
				continue
			}
			if v.Kind != yaml.ScalarNode {
				d.Push(k.Value)
				d.Errorf(v, "expected text, found %s", schema.Describe(v))
				d.Pop()
				continue
			}
			if v.Tag == "!!null" {
				continue
			}
			t.Values[k.Value] = v.Value
			t.Pos[k.Value] = d.Pos(v)
		}
	default:
		d.Errorf(n, "expected text or {fr: …, en: …}, found %s", schema.Describe(n))
	}
}

// CheckLanguages reports every language key of t that is not a language of s.
func (t Text) CheckLanguages(d *schema.Decoder, s *Set, where string) {
	if t.Plain {
		return
	}
	for _, k := range slices.Sorted(maps.Keys(t.Values)) {
		switch {
		case s.Has(k):
		case Has(LanguageCode, k):
			s.NotPublished(d.Diags, k, t.Pos[k].File)
		default:
			d.Diags.Errorf(t.Pos[k], "%s: %q is not a language of this site (%s)", where, k, strings.Join(s.Codes(), ", "))
		}
	}
}

// NotPublished notes that file holds text in code, a language that is not
// one of the site's: such text is left out, and the site gets one warning
// per language that lists every file concerned, not one per key. Removing
// a language from site.yaml is a choice, not a mistake in every file.
func (s *Set) NotPublished(diags *diag.List, code, file string) {
	diags.AddFile(diag.Diagnostic{
		Pos:      diag.Pos{File: "site.yaml"},
		Severity: diag.Warning,
		Msg: fmt.Sprintf("%[1]s is not among the languages of site.yaml (%[2]s), so its text is not published: add {code: %[1]s, …} to languages to publish it, or delete the .%[1]s.md files and the %[1]s: keys of these files",
			code, strings.Join(s.Codes(), ", ")),
	}, file)
}

// ParseLocale validates a BCP 47 locale such as "fr-BE".
func ParseLocale(s string) (language.Tag, error) {
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, fmt.Errorf("%q is not a locale: expected a BCP 47 tag like \"fr-BE\"", s)
	}
	return tag, nil
}
