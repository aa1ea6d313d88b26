package render

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// View is what a layout receives as dot.
type View struct {
	Page        *model.P
	Site        *model.Site
	Lang        lang.Language
	Title       string
	TitleLang   string // language of Title when it fell back
	Description string
	Content     template.HTML
	Canonical   string
	URL         string
	Switcher    []SwitchItem
	Alternates  []Alternate
	Breadcrumbs []Link
	Menus       map[string][]Link
	JSONLD      template.HTML
	Entry       any // the catalogue entry, typed (*catalog.Programme, …)
	Children    []*model.P
	Feed        string // URL of the language's Atom feed, or ""
	Generator   string
}

// SwitchItem is one language of the switcher.
type SwitchItem struct {
	Lang    lang.Language
	URL     string
	Exact   bool // the same page exists in that language
	Current bool
}

// Alternate is one hreflang link.
type Alternate struct {
	Hreflang string
	URL      string
}

// Link is a labelled internal or external link.
type Link struct {
	Label  string
	Lang   string // language of Label when it fell back
	URL    string
	Active bool
}

func (r *Renderer) view(p *model.P) *View {
	s := r.site
	v := &View{
		Page:      p,
		Site:      s,
		Lang:      r.langOf(p.Lang),
		Title:     p.Title,
		TitleLang: p.TitleLang,
		URL:       s.URL(p),
		Canonical: s.Permalink(p),
		Entry:     p.Entry,
		Children:  p.Children,
		Generator: "vitrine " + r.opts.Version,
	}
	v.Description = p.Description
	switch p.Kind {
	case model.Home:
		if v.Title == "" {
			v.Title = r.plain(p.Lang, s.Config.Title)
		}
		if v.Description == "" {
			v.Description = r.plain(p.Lang, s.Config.Description)
		}
	case model.List:
		v.Title = r.opts.Strings.T(p.Lang, "kind."+p.CatalogKind+".title", nil, nil)
		v.Description = r.opts.Strings.T(p.Lang, "kind."+p.CatalogKind+".intro", nil, nil)
	case model.Entry:
		v.Description = r.entryDescription(p)
	case model.NotFound, model.Root404:
		v.Title = r.opts.Strings.T(p.Lang, "notFound.title", nil, nil)
	case model.Chooser:
		v.Title, _, _ = s.Config.Title.Get(s.Langs.Chain(p.Lang))
	}
	if p.Source != nil {
		v.Content = r.body(p)
	}
	if p.Kind != model.Alias {
		v.Switcher = r.switcher(p)
		v.Alternates = r.alternates(p)
		v.Breadcrumbs = r.breadcrumbs(p, v.Title)
		v.Menus = r.menus(p)
		if r.hasFeed(p.Lang) {
			v.Feed = s.Config.Base.Path + p.Lang + "/index.xml"
		}
		v.JSONLD = r.jsonLD(p, v)
	}
	return v
}

func (r *Renderer) entryDescription(p *model.P) string {
	chain := r.site.Langs.Chain(p.Lang)
	if t, ok := catalog.Abstract(p.Entry); ok {
		s, in, _ := t.Get(chain)
		return lang.Typeset(in, s)
	}
	name := ""
	if a, ok := p.Entry.(*catalog.Alumni); ok && a.Institution.Target != nil {
		name, _, _ = a.Institution.Target.Title.Get(chain)
	}
	return r.opts.Strings.T(p.Lang, "alumni.description", nil, map[string]any{"Institution": name})
}

func (r *Renderer) switcher(p *model.P) []SwitchItem {
	var out []SwitchItem
	for _, l := range r.site.Langs.List {
		if p.Kind == model.Chooser || p.Kind == model.Root404 {
			out = append(out, SwitchItem{Lang: l, URL: r.site.URL(r.site.Homes[l.Code]), Exact: true})
			continue
		}
		t, exact := r.site.Switch(p, l.Code)
		out = append(out, SwitchItem{Lang: l, URL: r.site.URL(t), Exact: exact, Current: l.Code == p.Lang})
	}
	return out
}

func (r *Renderer) alternates(p *model.P) []Alternate {
	if p.Kind == model.NotFound || p.Kind == model.Root404 || len(p.Translations) == 0 {
		return nil
	}
	var out []Alternate
	for _, l := range r.site.Langs.List {
		if t := p.Translations[l.Code]; t != nil {
			out = append(out, Alternate{Hreflang: l.Locale, URL: r.site.Permalink(t)})
		}
	}
	def := p.Translations[r.site.Langs.Default]
	if def == nil {
		for _, l := range r.site.Langs.List {
			if t := p.Translations[l.Code]; t != nil {
				def = t
				break
			}
		}
	}
	if p.Kind == model.Home || p.Kind == model.Chooser {
		out = append(out, Alternate{Hreflang: "x-default", URL: r.site.Permalink(r.site.Page(""))})
	} else if def != nil {
		out = append(out, Alternate{Hreflang: "x-default", URL: r.site.Permalink(def)})
	}
	return out
}

func (r *Renderer) breadcrumbs(p *model.P, title string) []Link {
	if p.Kind == model.Home || p.Kind == model.Chooser || p.Kind == model.Root404 {
		return nil
	}
	var out []Link
	for _, a := range p.Ancestors() {
		out = append(out, Link{Label: r.pageTitle(a), URL: r.site.URL(a)})
	}
	out = append(out, Link{Label: title, URL: r.site.URL(p), Active: true})
	return out
}

// pageTitle is the title of any page in its language, computed the way the
// page's own view computes it.
func (r *Renderer) pageTitle(p *model.P) string {
	switch p.Kind {
	case model.Home:
		return r.opts.Strings.T(p.Lang, "nav.home", nil, nil)
	case model.List:
		return r.opts.Strings.T(p.Lang, "kind."+p.CatalogKind+".title", nil, nil)
	}
	return p.Short()
}

func (r *Renderer) menus(p *model.P) map[string][]Link {
	out := map[string][]Link{}
	for name, byLang := range r.site.Menus {
		for _, it := range byLang[p.Lang] {
			l := Link{Label: it.Label, Lang: it.Lang, URL: it.URL}
			if it.Page != nil {
				l.URL = r.site.URL(it.Page)
				if l.Label == "" {
					l.Label = r.pageTitle(it.Page)
				}
				for a := p; a != nil; a = a.Parent {
					if a == it.Page && a.Kind != model.Home {
						l.Active = true
					}
				}
			}
			out[name] = append(out[name], l)
		}
	}
	return out
}

// hasFeed reports whether code has dated pages, and so an Atom feed.
func (r *Renderer) hasFeed(code string) bool { return r.dated[code] }

// datedLangs returns the languages that have dated pages.
func datedLangs(s *model.Site) map[string]bool {
	out := map[string]bool{}
	for _, p := range s.Pages {
		if !p.Date.IsZero() && p.Kind == model.Page {
			out[p.Lang] = true
		}
	}
	return out
}

// fallbackBlock wraps HTML that fell back to another language.
func (r *Renderer) fallbackBlock(code, in string, h template.HTML) template.HTML {
	l := r.langOf(in)
	hint := template.HTMLEscapeString(r.opts.Strings.T(code, "fallback.hint", nil, map[string]any{"Language": l.Label}))
	return template.HTML(fmt.Sprintf(`<div class="fallback" lang="%s"><p class="fallback-hint" lang="%s">%s</p>%s</div>`, in, code, hint, h))
}

// text returns a Text in code as HTML, marked when it fell back.
func (r *Renderer) text(code string, t lang.Text) template.HTML {
	v, in, ok := t.Get(r.site.Langs.Chain(code))
	if !ok {
		return ""
	}
	if in == "" {
		in = code
	}
	esc := template.HTMLEscapeString(lang.Typeset(in, v))
	if t.Plain || in == code || in == "" {
		return template.HTML(esc)
	}
	l := r.langOf(in)
	hint := template.HTMLEscapeString(r.opts.Strings.T(code, "fallback.short", nil, map[string]any{"Language": l.Label}))
	return template.HTML(fmt.Sprintf(`<span lang="%s">%s</span> <small class="untranslated" title="%s">%s</small>`, in, esc, hint, strings.ToUpper(in)))
}

// plain returns a Text in code (or its fallback) as a plain string.
func (r *Renderer) plain(code string, t lang.Text) string {
	v, in, _ := t.Get(r.site.Langs.Chain(code))
	if in == "" {
		in = code
	}
	return lang.Typeset(in, v)
}

// date formats a time in code's locale.
func (r *Renderer) date(code string, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return r.fmts[code].Date(t)
}

// ActiveKey names which items of a menu are active on the page ("2", or ""
// for none): the key of a menu cached with partialCached.
func (v *View) ActiveKey(menu string) string {
	var b strings.Builder
	for i, l := range v.Menus[menu] {
		if l.Active {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(i))
		}
	}
	return b.String()
}
