package render

import (
	"cmp"
	"fmt"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/picture"
)

// Views.
//
// A layout receives one Go value per page, built here in plain Go: every
// label, date, amount, link and fallback mark is resolved before the
// template runs, so that a layout is a short loop over facts and links.
// Every view embeds *Page, the facts all pages share; the view of each kind
// adds its own (views.go). docs/themes.md documents every type and field,
// and a test keeps it complete.

// Page is what every layout receives, whatever the page's kind: the head,
// the header, the breadcrumbs and the footer are written from it.
type Page struct {
	// Kind is the page's kind: "home", "page", "section", "list", "entry",
	// "404", "root-404", "chooser", "search", "accessibility" or "alias".
	Kind string `search:"-"`
	// CatalogKind is the catalogue of a list or entry page ("programmes",
	// "institutions", "networks", "chairs", "alumni"), or "".
	CatalogKind string `search:"-"`
	// Lang is the page's language.
	Lang lang.Language
	// Title is the page's title; TitleLang is its language when it fell
	// back to another one ("" otherwise), and TitleHint the sentence that
	// says so.
	Title     string `search:"title"`
	TitleLang string `search:"-"`
	TitleHint string `search:"-"`
	// HeadTitle is the text of the <title> element: the page's title and
	// the site's, or the site's alone on the home page and the chooser.
	HeadTitle   string `search:"-"`
	Description string `search:"summary"`
	// Content is the page's Markdown body, rendered.
	Content template.HTML `search:"body"`
	// URL is the page's path from the site root, base path included;
	// Canonical its absolute URL.
	URL       string
	Canonical string
	// OGType is the Open Graph type: "website" on the home page, else "article".
	OGType string `search:"-"`
	// Image is the absolute URL of the page's Open Graph image: the front
	// matter image cropped to 1,200×630, or "".
	Image string `search:"-"`
	// Hero is the front matter image as the top of the page shows it
	// (loaded first, with fetchpriority="high"), or nil.
	Hero       *Image       `search:"-"`
	Switcher   []SwitchItem `search:"-"`
	Alternates []Alternate  `search:"-"`
	// HeadHTML is the page's own part of <head> (its title, description,
	// canonical and hreflang links, Open Graph tags), SwitcherHTML the
	// language switcher and BreadcrumbsHTML the breadcrumbs, written in
	// Go from the fields above as the default theme shows them: as
	// templates they cost every page some ninety escaper calls
	// (docs/themes.md has the equivalent templates).
	HeadHTML        template.HTML `search:"-"`
	SwitcherHTML    template.HTML `search:"-"`
	BreadcrumbsHTML template.HTML `search:"-"`
	Breadcrumbs     []Link        `search:"-"`
	// Menus are the site's menus by name ("main", "footer"), with the
	// items that lead to this page or one of its parents marked Active.
	Menus map[string][]Link `search:"-"`
	// JSONLD is the page's schema.org structured data, a script element.
	JSONLD template.HTML `search:"-"`
	// Feed is the URL of the language's Atom feed, or "" when it has none.
	Feed      string `search:"-"`
	Generator string `search:"-"`
	// Draft is true on a page or entry marked draft: true, published only by
	// build --drafts and serve --drafts; the default theme shows a banner.
	Draft bool `search:"-"`
	// Site holds what every page of the language shows of the site.
	Site *SiteInfo `search:"-"`

	layout string // the layout the page is rendered with
}

// SiteInfo is what every page of a language shows of the site.
type SiteInfo struct {
	Title     string
	Copyright string
	// Logo is the URL of the logo (site.yaml params.logo), or "".
	Logo    string
	HomeURL string
	// ProgrammesURL is the URL of the programmes list, or "" when the site
	// has no programmes; ProgrammesData the URL of their open-data export.
	ProgrammesURL  string
	ProgrammesData string
	NetworksURL    string
	ChairsURL      string
	SitemapURL     string
	// SearchURL is the URL of the language's search page, where the
	// header's search form leads.
	SearchURL string
	// AccessibilityURL is the URL of the language's accessibility
	// statement, or "" when site.yaml has none; the footer links to it.
	AccessibilityURL string
}

// SwitchItem is one language of the switcher.
type SwitchItem struct {
	Lang lang.Language
	URL  string
	// Exact is true when the same page exists in that language; else URL
	// leads to the nearest page that does (its parent, or the home page).
	Exact   bool
	Current bool
	// Hint is the tooltip of a link that is not exact ("nearest page in
	// Deutsch"), or "".
	Hint string
	// Upper is the language code in capitals, as the switcher shows it.
	Upper string
}

// Alternate is one hreflang link.
type Alternate struct {
	Hreflang string
	URL      string
}

// Link is a labelled internal or external link.
type Link struct {
	Label  string
	Lang   string // language of Label when it fell back, else ""
	URL    string
	Active bool
}

// Common returns the facts every page shares. base.html writes the head,
// the header and the footer from it, and its partials receive it.
func (v *Page) Common() *Page { return v }

// ActiveKey names which items of a menu are active on the page ("2", or ""
// for none): the key of a menu cached with partialCached.
func (v *Page) ActiveKey(menu string) string {
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

// page builds the view every page shares.
func (r *Renderer) pageOf(p *model.Page) *Page {
	s := r.site
	code := p.Lang
	v := &Page{
		Kind:        string(p.Kind),
		CatalogKind: p.CatalogKind,
		Lang:        r.langOf(code),
		Title:       p.Title,
		TitleLang:   p.TitleLang,
		Description: p.Description,
		URL:         s.URL(p),
		Canonical:   s.Permalink(p),
		OGType:      "article",
		Generator:   "vitrine " + r.opts.Version,
		Site:        r.siteInfo[code],
	}
	switch p.Kind {
	case model.Home:
		v.OGType = "website"
		v.Title = cmp.Or(v.Title, r.plain(code, s.Config.Title))
		v.Description = cmp.Or(v.Description, r.plain(code, s.Config.Description))
	case model.List:
		v.Title = r.t(code, "kind."+p.CatalogKind+".title")
		v.Description = r.t(code, "kind."+p.CatalogKind+".intro")
	case model.Entry:
		v.Description = r.entryDescription(p)
	case model.NotFound, model.Root404:
		v.Title = r.t(code, "notFound.title")
	case model.Search:
		v.Title = r.t(code, "search.title")
	case model.Accessibility:
		v.Title = r.t(code, "a11y.title")
		v.Description = r.t(code, "a11y.description")
	case model.Chooser:
		v.Title, _, _ = s.Config.Title.Get(s.Langs.Chain(code))
	}
	if v.TitleLang != "" {
		v.TitleHint = r.opts.Strings.T(code, "fallback.title", nil, map[string]any{"Language": r.langOf(v.TitleLang).Label})
	}
	v.HeadTitle = v.Site.Title
	if v.Title != "" && p.Kind != model.Home && p.Kind != model.Chooser {
		v.HeadTitle = v.Title + " · " + v.Site.Title
	}
	v.Draft = (p.Source != nil && p.Source.Meta.Draft) || (p.Entry != nil && p.Entry.Meta().Draft)
	if p.Source != nil {
		v.Content = r.body(p)
		// A path with .. or \ was reported when the page was loaded.
		if m := p.Source.Meta; m.Image != "" && !strings.ContainsAny(m.Image, "\\") && !strings.Contains(m.Image, "..") {
			name, _ := staticPath(m.Image, "")
			at := m.At.Of("image", diag.Pos{File: p.Source.File})
			focus, _ := picture.ParseFocus(m.ImageFocus)
			v.Image = r.ogImage(name, focus, at)
			sizes := sizesWide
			if p.Kind == model.Home {
				sizes = sizesHero
			}
			if v.Hero = r.picture(name, picture.Spec{Focus: focus}, sizes, at); v.Hero != nil {
				v.Hero.Eager = true
				if m.ImageAlt != nil {
					v.Hero.Alt = *m.ImageAlt
				}
				v.Hero.Credit = m.ImageCredit
			}
		}
	}
	if p.Entry != nil {
		// An entry's image: its Open Graph image, and the image at the top
		// of its page, cropped to 3:2 around its focal point like its card
		// (the two share their files).
		if im := catalog.ImageOf(p.Entry); im != nil && checkable(im.Src) {
			name, _ := staticPath(im.Src, "")
			focus, _ := picture.ParseFocus(im.Focus)
			v.Image = r.ogImage(name, focus, im.At.Of("src", im.Pos))
			if v.Hero = r.entryImage(p, im, picture.Spec{Aspect: aspectCard}, sizesEntry); v.Hero != nil {
				v.Hero.Eager = true
			}
		}
	}
	if p.Kind != model.Alias {
		v.Switcher = r.switcher(p)
		v.Alternates = r.alternates(p)
		v.SwitcherHTML = r.switcherHTML(code, v.Switcher)
		v.Breadcrumbs = r.breadcrumbs(p, v.Title)
		v.BreadcrumbsHTML = r.breadcrumbsHTML(code, v.Breadcrumbs)
		v.Menus = r.menus(p)
		if r.hasFeed(code) {
			v.Feed = s.Config.Base.Path + code + "/index.xml"
		}
		v.JSONLD = r.jsonLD(p, v)
	}
	v.HeadHTML = headHTML(v)
	return v
}

// siteInfos builds the SiteInfo of every language, once.
func (r *Renderer) siteInfos() map[string]*SiteInfo {
	s := r.site
	out := map[string]*SiteInfo{}
	url := func(p *model.Page) string { // "" for a page the site does not have
		if p == nil {
			return ""
		}
		return s.URL(p)
	}
	for _, l := range s.Langs.List {
		code := l.Code
		si := &SiteInfo{
			Title:            r.plain(code, s.Config.Title),
			Copyright:        r.plain(code, s.Config.Copyright),
			SitemapURL:       r.relURL("sitemap.xml"),
			HomeURL:          url(s.Homes[code]),
			SearchURL:        url(r.searchPage(code)),
			AccessibilityURL: url(r.sectionPage(code, config.AccessibilitySection, model.Accessibility)),
			ProgrammesURL:    url(s.Lists[catalog.Programmes][code]),
			NetworksURL:      url(s.Lists[catalog.Networks][code]),
			ChairsURL:        url(s.Lists[catalog.Chairs][code]),
		}
		if logo, ok := r.param(code, "logo"); ok && logo != nil && fmt.Sprint(logo) != "" {
			si.Logo = r.relURL(fmt.Sprint(logo))
		}
		if si.ProgrammesURL != "" {
			si.ProgrammesData = r.relURL("data/programmes.json")
		}
		out[code] = si
	}
	return out
}

func (r *Renderer) entryDescription(p *model.Page) string {
	chain := r.site.Langs.Chain(p.Lang)
	if t, ok := catalog.Abstract(p.Entry); ok {
		s, in, _ := t.Get(chain)
		return lang.Typeset(in, s)
	}
	name := ""
	if a, ok := p.Entry.(*catalog.AlumniOffice); ok && a.Institution.Target != nil {
		name, _, _ = a.Institution.Target.Title.Get(chain)
	}
	return r.opts.Strings.T(p.Lang, "alumni.description", nil, map[string]any{"Institution": name})
}

func (r *Renderer) switcher(p *model.Page) []SwitchItem {
	var out []SwitchItem
	for _, l := range r.site.Langs.List {
		it := SwitchItem{Lang: l, Upper: strings.ToUpper(l.Code), Exact: true}
		if p.Kind == model.Chooser || p.Kind == model.Root404 {
			it.URL = r.site.URL(r.site.Homes[l.Code])
		} else {
			t, exact := r.site.Switch(p, l.Code)
			it.URL, it.Exact, it.Current = r.site.URL(t), exact, l.Code == p.Lang
		}
		if !it.Exact {
			it.Hint = r.opts.Strings.T(p.Lang, "switcher.nearest", nil, map[string]any{"Language": l.Label})
		}
		out = append(out, it)
	}
	return out
}

func (r *Renderer) alternates(p *model.Page) []Alternate {
	if p.Kind == model.NotFound || p.Kind == model.Root404 || len(p.Translations) == 0 {
		return nil
	}
	var out []Alternate
	def := p.Translations[r.site.Langs.Default]
	for _, l := range r.site.Langs.List {
		if t := p.Translations[l.Code]; t != nil {
			out = append(out, Alternate{Hreflang: l.Locale, URL: r.permalink(t)})
			def = cmp.Or(def, t)
		}
	}
	if p.Kind == model.Home || p.Kind == model.Chooser {
		out = append(out, Alternate{Hreflang: "x-default", URL: r.permalink(r.site.Page(""))})
	} else if def != nil {
		out = append(out, Alternate{Hreflang: "x-default", URL: r.permalink(def)})
	}
	return out
}

// switcherHTML writes the switcher of a page in code, as the template in
// docs/themes.md ("Markup written in Go") writes it, minified: nothing
// when the site has one language.
func (r *Renderer) switcherHTML(code string, items []SwitchItem) template.HTML {
	if len(items) < 2 {
		return ""
	}
	var m markup
	m.Grow(200 + 200*len(items))
	m.raw(`<nav class="lang-switcher" aria-label="`).text(r.t(code, "switcher.label")).raw(`"><ul>`)
	for _, it := range items {
		if it.Current {
			m.raw(`<li><span class="lang-current" aria-current="true" lang="`).text(it.Lang.Code).raw(`" title="`).text(it.Lang.Label).raw(`">`).text(it.Upper).raw("</span></li>")
			continue
		}
		m.raw(`<li><a href="`).url(it.URL).raw(`" hreflang="`).text(it.Lang.Code).raw(`" lang="`).text(it.Lang.Code)
		if it.Hint != "" {
			m.raw(`" class="lang-nearest" title="`).text(it.Hint)
		} else {
			m.raw(`" title="`).text(it.Lang.Label)
		}
		m.raw(`"><span aria-hidden="true">`).text(it.Upper).raw(`</span><span class="visually-hidden">`).text(it.Lang.Label).raw("</span>")
		if !it.Exact {
			m.raw(`<span class="lang-nearest-mark" aria-hidden="true">*</span><span class="visually-hidden"> (`).text(r.t(code, "switcher.nearestShort")).raw(")</span>")
		}
		m.raw("</a></li>")
	}
	return m.raw("</ul></nav>").html()
}

// headHTML writes the page's own tags of <head>, as the template in
// docs/themes.md writes them, minified.
func headHTML(v *Page) template.HTML {
	var m markup
	m.Grow(700 + 120*len(v.Alternates) + 2*len(v.Description))
	m.raw("<title>").text(v.HeadTitle).raw("</title>")
	if v.Description != "" {
		m.raw(`<meta name="description" content="`).text(v.Description).raw("\">\n")
	}
	m.raw(`<link rel="canonical" href="`).url(v.Canonical).raw("\">\n")
	for _, a := range v.Alternates {
		m.raw(`<link rel="alternate" hreflang="`).text(a.Hreflang).raw(`" href="`).url(a.URL).raw("\">\n")
	}
	m.raw(`<meta property="og:type" content="`).text(v.OGType).raw("\">\n", `<meta property="og:title" content="`).text(v.Title).raw(`">`)
	if v.Description != "" {
		m.raw(`<meta property="og:description" content="`).text(v.Description).raw("\">\n")
	}
	m.raw(`<meta property="og:url" content="`).text(v.Canonical).raw("\">\n")
	if v.Image != "" {
		m.raw(`<meta property="og:image" content="`).text(v.Image).raw("\">\n")
	}
	return m.html()
}

// breadcrumbsHTML writes the breadcrumbs of a page in code, as the
// template in docs/themes.md writes them, minified: nothing on a page
// with no parent.
func (r *Renderer) breadcrumbsHTML(code string, links []Link) template.HTML {
	if len(links) < 2 {
		return ""
	}
	var m markup
	m.Grow(100 + 100*len(links))
	m.raw(`<nav class="breadcrumbs wrap" aria-label="`).text(r.t(code, "nav.breadcrumbs")).raw(`"><ol>`)
	for _, l := range links {
		if l.Active {
			m.raw(`<li><span aria-current="page">`).text(l.Label).raw("</span></li>")
		} else {
			m.raw(`<li><a href="`).url(l.URL).raw(`">`).text(l.Label).raw("</a></li>")
		}
	}
	return m.raw("</ol></nav>").html()
}

func (r *Renderer) breadcrumbs(p *model.Page, title string) []Link {
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
func (r *Renderer) pageTitle(p *model.Page) string {
	switch p.Kind {
	case model.Home:
		return r.t(p.Lang, "nav.home")
	case model.List:
		return r.t(p.Lang, "kind."+p.CatalogKind+".title")
	}
	return p.Short()
}

func (r *Renderer) menus(p *model.Page) map[string][]Link {
	// Which items are active depends on the page and its ancestors only
	// where they are items: the pages under one parent that are not items
	// themselves share their menus (every programme of a language), built
	// once. Nothing changes a view's menus after this.
	if p.Parent == nil || r.inMenu(p) {
		return r.buildMenus(p)
	}
	return memo(&r.menuCache, p.Parent, func() map[string][]Link { return r.buildMenus(p) })
}

// inMenu reports whether p is the page of an item of a menu.
func (r *Renderer) inMenu(p *model.Page) bool {
	for _, byLang := range r.site.Menus {
		if slices.ContainsFunc(byLang[p.Lang], func(it model.MenuItem) bool { return it.Page == p }) {
			return true
		}
	}
	return false
}

// buildMenus builds the menus of p.
func (r *Renderer) buildMenus(p *model.Page) map[string][]Link {
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
		if !p.Date.IsZero() && p.Kind == model.Article {
			out[p.Lang] = true
		}
	}
	return out
}

// t returns the UI string key in code.
func (r *Renderer) t(code, key string) string { return r.opts.Strings.T(code, key, nil, nil) }

// fallbackBlock wraps HTML that fell back to another language.
func (r *Renderer) fallbackBlock(code, in string, h template.HTML) template.HTML {
	hint := template.HTMLEscapeString(r.opts.Strings.T(code, "fallback.hint", nil, map[string]any{"Language": r.langOf(in).Label}))
	return template.HTML(fmt.Sprintf(`<div class="fallback" lang="%s"><p class="fallback-hint" lang="%s">%s</p>%s</div>`, in, code, hint, h))
}

// text returns a Text in code as HTML, marked when it fell back.
func (r *Renderer) text(code string, t lang.Text) template.HTML {
	v, in, ok := t.Get(r.site.Langs.Chain(code))
	if !ok {
		return ""
	}
	in = cmp.Or(in, code)
	esc := template.HTMLEscapeString(lang.Typeset(in, v))
	if t.Plain || in == code || in == "" {
		return template.HTML(esc)
	}
	hint := template.HTMLEscapeString(r.opts.Strings.T(code, "fallback.short", nil, map[string]any{"Language": r.langOf(in).Label}))
	return template.HTML(fmt.Sprintf(`<span lang="%s">%s</span> <small class="untranslated" title="%s">%s</small>`, in, esc, hint, strings.ToUpper(in)))
}

// plain returns a Text in code (or its fallback) as a plain string.
func (r *Renderer) plain(code string, t lang.Text) string {
	v, in, _ := t.Get(r.site.Langs.Chain(code))
	return lang.Typeset(cmp.Or(in, code), v)
}

// date formats a time in code's locale.
func (r *Renderer) date(code string, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return r.fmts[code].Date(t)
}

// isoDate formats a time as the datetime attribute writes it.
func isoDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// relURL prefixes a site path with the base path.
func (r *Renderer) relURL(p string) string {
	return r.site.Config.Base.Path + strings.TrimPrefix(p, "/")
}

// absURL makes a site path absolute.
func (r *Renderer) absURL(p string) string {
	u := *r.site.Config.Base
	u.Path = r.site.Config.Base.Path + strings.TrimPrefix(p, "/")
	return u.String()
}

// param returns a site.yaml param, localized when it is a {fr: …, en: …} map.
func (r *Renderer) param(code, key string) (any, bool) {
	v, ok := r.site.Config.Params[key]
	if m, isMap := v.(map[string]any); isMap {
		if x, ok := m[code]; ok {
			return x, true
		}
	}
	return v, ok
}

// colon is ": " as the language writes it: French puts a no-break space before it.
func colon(code string) string {
	if code == "fr" {
		return "\u00a0: "
	}
	return ": "
}
