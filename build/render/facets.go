package render

import (
	"cmp"
	"html/template"
	"slices"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// Facets are the programme finder's filters with the options present in
// the catalogue, labelled in one language.
type Facets struct {
	Levels, Fields, Languages, Cities, Institutions, Degrees, Modes []Option
	// Open is the number of programmes open for application on the build's
	// date (a deadline of some audience still ahead).
	Open int
}

// Option is one value of a filter.
type Option struct {
	Value string
	Label string
	Count int
}

func (r *Renderer) facets(code string) Facets {
	var f Facets
	if r.site.Catalog == nil {
		return f
	}
	counts := map[string]map[string]int{}
	labels := map[string]map[string]string{}
	add := func(facet, value, label string) {
		if counts[facet] == nil {
			counts[facet] = map[string]int{}
			labels[facet] = map[string]string{}
		}
		counts[facet][value]++
		labels[facet][value] = label
	}
	chain := r.site.Langs.Chain(code)
	lbl := func(v lang.Vocab, c string) string { return vocabLabel(string(v), c, code) }
	for _, p := range r.site.Catalog.Programmes {
		if p.Open(r.opts.Today) {
			f.Open++
		}
		add("level", p.Level, lbl(lang.Level, p.Level))
		seen := map[string]bool{}
		for _, fl := range p.Fields {
			if b := fl[:2]; !seen[b] {
				seen[b] = true
				add("field", b, lbl(lang.Field, b))
			}
		}
		for _, l := range p.Languages {
			add("lang", l, lbl(lang.LanguageCode, l))
		}
		cities := map[string]bool{}
		for _, ref := range p.Institutions {
			if ref.Target == nil {
				continue
			}
			name, _, _ := ref.Target.Title.Get(chain)
			if ref.Target.Short != "" {
				name = ref.Target.Short
			}
			add("inst", ref.Target.ID, name)
			city, _, _ := ref.Target.City.Get(chain)
			if !cities[city] {
				cities[city] = true
				add("city", city, city)
			}
		}
		add("degree", p.Degree, lbl(lang.Degree, p.Degree))
		add("mode", p.Mode, lbl(lang.Mode, p.Mode))
	}
	opts := func(facet string, order []string) []Option {
		var out []Option
		for v, n := range counts[facet] {
			out = append(out, Option{Value: v, Label: labels[facet][v], Count: n})
		}
		rank := map[string]int{}
		for i, v := range order {
			rank[v] = i + 1
		}
		slices.SortFunc(out, func(a, b Option) int {
			return cmp.Or(cmp.Compare(rank[a.Value], rank[b.Value]), strings.Compare(collate(a.Label), collate(b.Label)))
		})
		return out
	}
	f.Levels = opts("level", catalog.Levels)
	f.Fields = opts("field", nil)
	f.Languages = opts("lang", nil)
	f.Cities = opts("city", nil)
	f.Institutions = opts("inst", nil)
	f.Degrees = opts("degree", catalog.Degrees)
	f.Modes = opts("mode", catalog.Modes)
	return f
}

// summary returns the one-line description of a page for cards: a
// catalogue entry's summary (marked when it fell back) or a page's description.
func (r *Renderer) summary(p *model.Page) template.HTML {
	if p.Entry == nil {
		return template.HTML(template.HTMLEscapeString(p.Description))
	}
	if t, ok := catalog.Abstract(p.Entry); ok {
		return r.text(p.Lang, t)
	}
	return template.HTML(template.HTMLEscapeString(r.entryDescription(p)))
}

// recent returns the n newest dated pages of a language.
func (r *Renderer) recent(code string, n int) []*model.Page {
	var out []*model.Page
	for _, p := range r.site.Pages {
		if p.Lang == code && p.Kind == model.Article && !p.Date.IsZero() {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b *model.Page) int {
		return cmp.Or(b.Date.Compare(a.Date), strings.Compare(a.Path, b.Path))
	})
	return out[:min(n, len(out))]
}
