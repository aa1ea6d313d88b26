package render

import (
	"fmt"
	"html/template"
	"sort"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/schema"
)

// StringKeys are the UI strings the renderer itself looks up, besides those
// the templates name; a trailing dot stands for every key with that prefix.
var StringKeys = []string{"kind.", "unit.", "fallback.", "alumni.description", "nav.home", "notFound.title", "chooser.", "switcher.nearest", "programme.eqf", "programme.per.", "a11y."}

// funcs returns the template functions bound to language code. The set is
// the theme's API; docs/themes.md documents each one.
func (r *Renderer) funcs(code string) template.FuncMap {
	return template.FuncMap{
		// T returns a UI string: T "key", T "key" count, T "key" count (dict "Name" x).
		"T": func(key string, args ...any) string {
			var count any
			var data map[string]any
			for _, a := range args {
				if m, ok := a.(map[string]any); ok {
					data = m
				} else {
					count = a
				}
			}
			return r.opts.Strings.T(code, key, count, data)
		},
		// text writes a multilingual text, marking a fallback with its lang and a hint.
		"text": func(t lang.Text) template.HTML { return r.text(code, t) },
		// str returns a multilingual text as a plain string (for attributes).
		"str": func(t lang.Text) string { return r.plain(code, t) },
		// md renders catalogue Markdown; file names its source for
		// messages; an optional level makes its top headings that level.
		"md": func(m catalog.Markdown, file string, level ...int) template.HTML {
			l := 2
			if len(level) > 0 {
				l = level[0]
			}
			return r.markdown(code, m, file, l)
		},
		// has reports whether a text or Markdown has any value.
		"has": func(v any) bool {
			switch t := v.(type) {
			case lang.Text:
				return !t.IsZero()
			case catalog.Markdown:
				return !t.IsZero()
			case string:
				return t != ""
			}
			return v != nil
		},
		// label returns a built-in vocabulary label: label "country" "BE".
		"label": func(vocab string, c any) string { return r.label(code, lang.Vocab(vocab), fmt.Sprint(c)) },
		// date writes a date in the language: date .Entry.Meta.Updated.
		"date": func(t any) string {
			switch v := t.(type) {
			case time.Time:
				return r.date(code, v)
			case schema.Date:
				return r.date(code, v.Time)
			}
			return ""
		},
		// isodate writes a date as 2006-01-02, for datetime attributes.
		"isodate": func(t any) string {
			switch v := t.(type) {
			case time.Time:
				return isoDate(v)
			case schema.Date:
				return v.String()
			}
			return ""
		},
		"month":    func(m int) string { return r.fmts[code].MonthName(m) },
		"number":   func(x any) string { return r.fmts[code].Number(toFloat(x)) },
		"percent":  func(x any) string { return r.fmts[code].Percent(toFloat(x)) },
		"money":    func(x any, cur string) string { return r.fmts[code].Money(toFloat(x), cur) },
		"duration": func(d catalog.Duration) string { return r.duration(code, d) },
		// relURL prefixes a site path with the base path: relURL "images/x.png".
		"relURL": r.relURL,
		// absURL makes a site path absolute.
		"absURL": r.absURL,
		// asset returns the fingerprinted URL of a theme asset: asset "main.css".
		"asset": func(name string) (string, error) {
			p, ok := r.opts.Assets[name]
			if !ok {
				return "", fmt.Errorf("no asset %q in the theme's assets/", name)
			}
			return r.site.Config.Base.Path + p, nil
		},
		// cards returns the cards of a catalogue's entries in this
		// language, sorted by title: cards "programmes".
		"cards": func(kind string) []*Card {
			l := r.site.Lists[kind][code]
			if l == nil {
				return nil
			}
			return r.cardsOf(r.sortedChildren(l))
		},
		// recent returns the cards of the n newest dated pages.
		"recent": func(n int) []*Card { return r.cardsOf(r.recent(code, n)) },
		// first returns the first n cards.
		"first":  func(n int, cards []*Card) []*Card { return cards[:min(n, len(cards))] },
		"charts": func() []Chart { return r.charts(code) },
		"facets": func() Facets { return r.facets(code) },
		// param returns a site.yaml param, localized when it is a map of languages.
		"param": func(key string) any {
			v, _ := r.param(code, key)
			return v
		},
		"dict": func(kv ...any) (map[string]any, error) {
			if len(kv)%2 != 0 {
				return nil, fmt.Errorf("dict needs key and value pairs")
			}
			m := map[string]any{}
			for i := 0; i < len(kv); i += 2 {
				k, ok := kv[i].(string)
				if !ok {
					return nil, fmt.Errorf("dict keys are strings")
				}
				m[k] = kv[i+1]
			}
			return m, nil
		},
		"join":  func(sep string, items []string) string { return strings.Join(items, sep) },
		"add":   func(a, b int) int { return a + b },
		"upper": strings.ToUpper,
		// langStrings returns a UI string in another language.
		"langStrings": func(c, key string) string { return r.opts.Strings.T(c, key, nil, nil) },
		// now is the build's time (vitrine build's --now, else the clock).
		"now": func() time.Time { return r.opts.Now },
		// colon writes ": " as the language does: French puts a no-break space before it.
		"colon": func() string { return colon(code) },
		// csp is the Content-Security-Policy of the pages' meta element.
		"csp": func() string { return MetaCSP },
		// partialCached runs a partial once per language, layout and keys,
		// and reuses its HTML on the other pages: for partials that are the
		// same on many pages (a footer; a menu, keyed by its active item).
		// As in Hugo, the first page's data is what the partial sees.
		"partialCached": func(name string, data any, keys ...any) (template.HTML, error) {
			return r.partialCached(code, name, data, keys)
		},
	}
}

// sortedByTitle returns pages sorted by their collation keys, computed once.
func sortedByTitle(pages []*model.Page) []*model.Page {
	type keyed struct {
		key string
		p   *model.Page
	}
	ks := make([]keyed, len(pages))
	for i, p := range pages {
		ks[i] = keyed{collate(p.Title), p}
	}
	sort.SliceStable(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	out := make([]*model.Page, len(ks))
	for i, k := range ks {
		out[i] = k.p
	}
	return out
}

func toFloat(x any) float64 {
	switch v := x.(type) {
	case int:
		return float64(v)
	case int64:
		return float64(v)
	case float64:
		return v
	case float32:
		return float64(v)
	}
	return 0
}

// duration writes a duration in words with the UI strings' plural rules:
// "2 ans", "18 maanden", "1 year 6 months".
func (r *Renderer) duration(code string, d catalog.Duration) string {
	var parts []string
	add := func(n int, key string) {
		if n > 0 {
			parts = append(parts, r.opts.Strings.T(code, key, n, nil))
		}
	}
	add(d.Years, "unit.years")
	add(d.Months, "unit.months")
	add(d.Weeks, "unit.weeks")
	add(d.Days, "unit.days")
	return strings.Join(parts, " ")
}

// collate folds a title for sorting: case and common accents ignored, so
// "École" sorts with "E".
func collate(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'à', 'á', 'â', 'ä', 'À', 'Á', 'Â', 'Ä':
			return 'a'
		case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
			return 'e'
		case 'í', 'ì', 'î', 'ï', 'Í', 'Î':
			return 'i'
		case 'ó', 'ò', 'ô', 'ö', 'Ó', 'Ô', 'Ö':
			return 'o'
		case 'ú', 'ù', 'û', 'ü', 'Ú', 'Û', 'Ü':
			return 'u'
		case 'ç', 'Ç':
			return 'c'
		case 'ñ', 'Ñ':
			return 'n'
		}
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}, s)
}

// partialCached runs the partial name of the set of the page's layout with
// data, or returns its HTML from a previous page with the same keys.
func (r *Renderer) partialCached(code, name string, data any, keys []any) (template.HTML, error) {
	layout := "page"
	if v, ok := data.(pageView); ok {
		layout = v.page().layout
	}
	var key strings.Builder
	key.WriteString(code + "\x00" + layout + "\x00" + name)
	for _, k := range keys {
		fmt.Fprintf(&key, "\x00%v", k)
	}
	if h, ok := r.partials.Load(key.String()); ok {
		return h.(template.HTML), nil
	}
	t := r.layouts[code][layout]
	if t == nil || t.Lookup(name) == nil {
		return "", fmt.Errorf("partialCached: no template %q", name)
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, name, data); err != nil {
		return "", err
	}
	h := template.HTML(b.String())
	r.partials.Store(key.String(), h)
	return h, nil
}
