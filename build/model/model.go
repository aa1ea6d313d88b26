// Package model is the second stage of the pipeline: from the loaded
// configuration, Markdown pages and catalogues it builds the Site — every
// page of every language with its URL, its translations, its parent and
// children, the menus, and the rules that pick a language switcher's target
// and resolve the links authors write as source paths.
//
// In: *config.Config, []*content.Page, *catalog.Catalog, the list of static
// files. Out: *Site and diagnostics. No I/O happens here; the Site is
// immutable once built and safe for concurrent use by the render workers
// (Replace, for the dev server, runs between renders).
//
// # Dependencies
//
// While it builds the pages, the model records what each page's output
// shows of the sources besides its own, so that the dev server renders
// again only what an edit changes: Site.DependsOn(file) returns those
// pages. The rule follows what the default theme's views show, erring
// towards more:
//
//   - every page shows its own Markdown file or catalogue entry;
//   - a section and a home show their children (cards: title, summary, date);
//   - a home shows its language's dated pages (recent), every programme
//     (the programme cards of entries "programmes") and the key figures
//     (charts, data/figures.yaml);
//   - a catalogue list shows every entry of its kind (entries, facets) and
//     every institution, which cards and the finder's facets name;
//   - an entry page shows the entries it refers to and those that refer to
//     it: a programme its institutions and networks; an institution its
//     programmes, chairs, networks and alumni office; a network its members
//     and programmes; a chair its host, partners and holders' institutions;
//     an alumni office its institution;
//   - an alias shows its target's title.
//
// Not recorded, because every page shows them: site.yaml, the theme, the
// UI strings and static files, and the titles and URLs of the pages in
// menus, breadcrumbs, language switchers and links. An edit of those, or
// one that adds or removes a page, changes the site's shape (SamePage and
// SameEntry tell): the model is built again and every page rendered again.
// A site's own layouts may show more than is recorded — they can call
// entry, list, entries, recent, figures, facets or charts on any page — so
// the dev server does not rely on DependsOn for a site that has some.
package model

import (
	"cmp"
	"fmt"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/privacy"
	"github.com/vitrine-ssg/vitrine/build/schema"
)

// Kind is what a page shows.
type Kind string

// The kinds of pages.
const (
	Home     Kind = "home"     // a language's home page
	Article  Kind = "page"     // a Markdown page
	Section  Kind = "section"  // a Markdown _index page listing its folder
	List     Kind = "list"     // a catalogue's list
	Entry    Kind = "entry"    // a catalogue entry
	NotFound Kind = "404"      // a language's 404 page
	Alias    Kind = "alias"    // a redirect from an old URL
	Chooser  Kind = "chooser"  // the language chooser at /
	Root404  Kind = "root-404" // /404.html, offering every language
	Search   Kind = "search"   // a language's search page
	// Accessibility is a language's accessibility statement, written from
	// site.yaml's accessibility section when it has one.
	Accessibility Kind = "accessibility"
)

// Page is one output page in one language.
type Page struct {
	Kind Kind
	Lang string
	// Key identifies the translation group: the same page in other languages
	// has the same Key.
	Key string
	// Path is the output path relative to the base URL: "fr/mobilite/" for
	// index pages (written as fr/mobilite/index.html), "fr/404.html".
	Path        string
	Title       string
	LinkTitle   string // the short title for menus and breadcrumbs; Title when not set
	TitleLang   string // language of Title when it fell back, else ""
	Description string
	Date        time.Time
	Weight      int
	Layout      string

	Source      *content.Page // for Home, Page and Section
	CatalogKind string        // for List and Entry
	Entry       catalog.Entry // for Entry

	Parent       *Page
	Children     []*Page
	Translations map[string]*Page // real pages of the same group, by language, this one included
	Target       *Page            // for Alias: the page it redirects to

	shows []string // the files and folders the page shows: see Site.DependsOn

	url, permalink string // Site.URL and Site.Permalink, worked out once in add
}

// Short returns the page's link title, or its title.
func (p *Page) Short() string {
	if p.LinkTitle != "" {
		return p.LinkTitle
	}
	return p.Title
}

// IsDir reports whether the page is written as a folder's index.html.
func (p *Page) IsDir() bool { return strings.HasSuffix(p.Path, "/") || p.Path == "" }

// File returns the output file path: "fr/mobilite/index.html".
func (p *Page) File() string {
	if p.IsDir() {
		return p.Path + "index.html"
	}
	return p.Path
}

// Ancestors returns the page's parents, the root first.
func (p *Page) Ancestors() []*Page {
	var out []*Page
	for a := p.Parent; a != nil; a = a.Parent {
		out = append([]*Page{a}, out...)
	}
	return out
}

// MenuItem is one entry of a menu in one language.
type MenuItem struct {
	Label  string // empty for catalogue lists: the theme names them
	Lang   string // language of the label when it fell back, else ""
	Page   *Page  // internal target, or nil
	URL    string // external target
	Weight int
}

// Options tune the model.
type Options struct {
	Drafts bool
}

// Site is the whole site, ready to render.
type Site struct {
	Config  *config.Config
	Langs   *lang.Set
	Catalog *catalog.Catalog
	Pages   []*Page // every page, sorted by Path
	Static  map[string]bool
	Homes   map[string]*Page            // by language
	Lists   map[string]map[string]*Page // kind → language → list page
	Menus   map[string]map[string][]MenuItem
	// Personal lists the personal e-mail addresses that pages, UI strings,
	// site.yaml, layouts and static files publish, each recorded in
	// site.yaml with its lawful basis (catalogue entries keep theirs in
	// catalog.Common.Personal). Set by the load stage, for the privacy
	// report.
	Personal []privacy.Use

	byPath  map[string]*Page
	groups  map[string]map[string]*Page // key → lang → page
	pathKey map[string]string           // content path ("news/x.md") → group key
	deps    map[string][]*Page          // file or folder → the pages that show it: see DependsOn
}

// Page returns the page with the given output path.
func (s *Site) Page(p string) *Page { return s.byPath[p] }

// Group returns the pages of a translation group by language.
func (s *Site) Group(key string) map[string]*Page { return s.groups[key] }

// EntryPage returns the page of a catalogue entry in a language.
func (s *Site) EntryPage(kind, id, code string) *Page { return s.groups[entryKey(kind, id)][code] }

// Build assembles the site. static lists the files under static/, as paths
// relative to it.
func Build(cfg *config.Config, pages []*content.Page, cat *catalog.Catalog, static []string, opts Options, diags *diag.List) *Site {
	s := &Site{
		Config:  cfg,
		Langs:   cfg.Langs,
		Catalog: cat,
		Static:  map[string]bool{},
		Homes:   map[string]*Page{},
		Lists:   map[string]map[string]*Page{},
		Menus:   map[string]map[string][]MenuItem{},
		byPath:  map[string]*Page{},
		groups:  map[string]map[string]*Page{},
		pathKey: map[string]string{},
	}
	for _, f := range static {
		s.Static[f] = true
	}
	b := &builder{s: s, diags: diags, opts: opts, sources: map[string]writer{}}
	b.content(pages)
	b.catalogue()
	b.special()
	b.aliases(pages)
	b.menus(pages)
	sortByPath(s.Pages)
	for _, p := range s.Pages {
		slices.SortStableFunc(p.Children, func(a, c *Page) int {
			return cmp.Or(
				c.Date.Compare(a.Date), // newest first
				cmp.Compare(a.Weight, c.Weight),
				strings.Compare(a.Title, c.Title),
				strings.Compare(a.Path, c.Path),
			)
		})
	}
	s.dependencies()
	return s
}

type builder struct {
	s       *Site
	diags   *diag.List
	opts    Options
	sources map[string]writer // output path → what writes it, for collision messages
}

// writer is what writes an output: a source named for messages, the place
// that decides the output's URL, and whether that place is a slug or an
// alias the author wrote (else the URL comes from a file name, an id or
// site.yaml's sections).
type writer struct {
	source   string
	pos      func() diag.Pos
	explicit bool
}

// add registers a page. Two sources that write the same output are
// reported at the one whose slug or alias causes the collision (the new
// one's when both or neither have one: then at its file, whose name gives
// the URL), naming the other. pos is computed only then; explicit says
// whether it is a slug or alias the author wrote.
func (b *builder) add(p *Page, source string, pos func() diag.Pos, explicit bool) bool {
	f := p.File()
	if other, dup := b.sources[f]; dup {
		at, hint := pos, "give one of them another slug"
		if !explicit && other.explicit {
			at = other.pos
		}
		if !explicit && !other.explicit {
			hint = "rename one of the files, or give one of them a slug in its front matter"
		}
		b.diags.Errorf(at(), "%s and %s both write /%s: %s", other.source, source, f, hint)
		return false
	}
	b.sources[f] = writer{source: source, pos: pos, explicit: explicit}
	p.url, p.permalink = b.s.url(p), b.s.absURL(p)
	b.s.byPath[p.Path] = p
	b.s.Pages = append(b.s.Pages, p)
	if p.Key != "" {
		g := b.s.groups[p.Key]
		if g == nil {
			g = map[string]*Page{}
			b.s.groups[p.Key] = g
		}
		g[p.Lang] = p
		p.Translations = g
	}
	return true
}

// content turns the Markdown pages into P, home and sections first so that
// children find their parent's URL.
func (b *builder) content(pages []*content.Page) {
	var kept []*content.Page
	seen := map[string]*content.Page{} // key+lang → page
	for _, cp := range pages {
		if cp.Meta.Draft && !b.opts.Drafts {
			continue
		}
		id := cp.Key + "\x00" + cp.Lang
		if other, dup := seen[id]; dup {
			b.diags.Errorf(diag.Pos{File: cp.File}, "%s and %s are both the %s version of the same page: remove one, or give them different translationKey values", other.File, cp.File, cp.Lang)
			continue
		}
		seen[id] = cp
		b.s.pathKey[cp.Path] = cp.Key
		kept = append(kept, cp)
	}
	// Shallow folders first, sections before pages, so parents exist.
	sort.SliceStable(kept, func(i, j int) bool {
		di, dj := depth(kept[i].Dir), depth(kept[j].Dir)
		if di != dj {
			return di < dj
		}
		if kept[i].IsSection() != kept[j].IsSection() {
			return kept[i].IsSection()
		}
		return kept[i].File < kept[j].File
	})
	sections := map[string]*Page{} // dir + "\x00" + lang → section page
	for _, code := range b.s.Langs.Codes() {
		// Every language has a home, written or not.
		home := &Page{Kind: Home, Lang: code, Key: "home", Path: code + "/", Layout: "home"}
		sections["\x00"+code] = home
		b.s.Homes[code] = home
	}
	for _, cp := range kept {
		if cp.IsSection() && cp.Dir == "" {
			home := b.s.Homes[cp.Lang]
			home.Source = cp
			home.Title = lang.Typeset(cp.Lang, cp.Meta.Title)
			home.Description = lang.Typeset(cp.Lang, cp.Meta.Description)
			if cp.Meta.TranslationKey != "" {
				b.diags.Errorf(cp.Meta.At.Of("translationKey", cp.Meta.Pos), "translationKey: the home page cannot take one")
			}
			continue
		}
		dir, name := cp.Dir, cp.Name // a section is named after its folder, in the folder above
		if cp.IsSection() {
			dir, name = parentDir(cp.Dir), path.Base(cp.Dir)
		}
		parent := b.parentSection(sections, dir, cp.Lang)
		slug := cmp.Or(cp.Meta.Slug, name)
		prefix := b.dirPath(sections, dir, cp.Lang)
		p := &Page{
			Kind:        Article,
			Lang:        cp.Lang,
			Key:         cp.Key,
			Path:        prefix + slug + "/",
			Title:       lang.Typeset(cp.Lang, cp.Meta.Title),
			LinkTitle:   lang.Typeset(cp.Lang, cp.Meta.LinkTitle),
			Description: lang.Typeset(cp.Lang, cp.Meta.Description),
			Date:        cp.Meta.Date.Time,
			Weight:      cp.Meta.Weight,
			Layout:      cp.Meta.Layout,
			Source:      cp,
			Parent:      parent,
		}
		if cp.IsSection() {
			p.Kind = Section
			sections[cp.Dir+"\x00"+cp.Lang] = p
		}
		p.Layout = cmp.Or(p.Layout, string(p.Kind))
		if b.add(p, cp.File, func() diag.Pos { return cp.Meta.At.Of("slug", diag.Pos{File: cp.File}) }, cp.Meta.Slug != "") {
			parent.Children = append(parent.Children, p)
		}
	}
	for _, code := range b.s.Langs.Codes() {
		home := b.s.Homes[code]
		src, pos := "the home page", diag.Pos{File: "site.yaml"}
		if home.Source != nil {
			src, pos = home.Source.File, diag.Pos{File: home.Source.File}
		}
		b.add(home, src, func() diag.Pos { return pos }, false)
	}
}

// dirPath returns the URL path of folder dir in code: its section page's,
// or, for a folder without one in that language, its parent's path followed
// by the folder's name — as Hugo does.
func (b *builder) dirPath(sections map[string]*Page, dir, code string) string {
	if p, ok := sections[dir+"\x00"+code]; ok {
		return p.Path
	}
	if dir == "" {
		return b.s.Homes[code].Path
	}
	return b.dirPath(sections, parentDir(dir), code) + path.Base(dir) + "/"
}

// parentDir returns the folder above dir, "" above a top-level folder.
func parentDir(dir string) string {
	d := path.Dir(dir)
	if d == "." {
		return ""
	}
	return d
}

// parentSection returns the section page of dir in code, or of its nearest
// ancestor folder that has one, or the home page.
func (b *builder) parentSection(sections map[string]*Page, dir, code string) *Page {
	for ; dir != ""; dir = parentDir(dir) {
		if p, ok := sections[dir+"\x00"+code]; ok {
			return p
		}
	}
	return b.s.Homes[code]
}

func depth(dir string) int {
	if dir == "" {
		return 0
	}
	return strings.Count(dir, "/") + 1
}

// catalogue adds a list page per kind and a page per entry, in every language.
func (b *builder) catalogue() {
	cat := b.s.Catalog
	if cat == nil {
		return
	}
	for _, kind := range catalog.Kinds {
		entries := cat.Entries(kind)
		if len(entries) == 0 {
			continue
		}
		b.s.Lists[kind] = map[string]*Page{}
		keys := make([]string, len(entries)) // computed once for every language
		for i, e := range entries {
			keys[i] = entryKey(kind, e.Meta().ID)
		}
		layout := EntryLayout(kind)
		for _, code := range b.s.Langs.Codes() {
			home := b.s.Homes[code]
			list := &Page{
				Kind:        List,
				Lang:        code,
				Key:         "list:" + kind,
				Path:        home.Path + b.s.Config.Section(kind, code) + "/",
				Layout:      kind,
				CatalogKind: kind,
				Parent:      home,
			}
			if !b.add(list, "the "+kind+" list", func() diag.Pos { return b.s.Config.Positions.Of("sections", diag.Pos{File: "site.yaml"}) }, false) {
				continue
			}
			b.s.Lists[kind][code] = list
			chain := b.s.Langs.Chain(code)
			for i, e := range entries {
				m := e.Meta()
				slug := cmp.Or(m.Slug.Values[code], m.Slug.Values[""], m.ID)
				title, in, _ := e.Name().Get(chain)
				title = lang.Typeset(in, title)
				p := &Page{
					Kind:        Entry,
					Lang:        code,
					Key:         keys[i],
					Path:        list.Path + slug + "/",
					Title:       title,
					Layout:      layout,
					CatalogKind: kind,
					Entry:       e,
					Parent:      list,
				}
				if in != code && in != "" {
					p.TitleLang = in
				}
				if b.add(p, m.File, func() diag.Pos { return m.At.Of("slug", diag.Pos{File: m.File}) }, slug != m.ID) {
					list.Children = append(list.Children, p)
				}
			}
		}
	}
}

// entryKey is the translation group of a catalogue entry's pages.
func entryKey(kind, id string) string { return "entry:" + kind + "/" + id }

// AccessibilityKey is the translation group of the accessibility
// statement's pages.
const AccessibilityKey = "vitrine:accessibility"

// siteYAML is where to report a problem of pages site.yaml makes.
func siteYAML() diag.Pos { return diag.Pos{File: "site.yaml"} }

// special adds the 404 pages, the search pages, the accessibility
// statements and the language chooser.
func (b *builder) special() {
	a11y := b.s.Config.Accessibility
	for _, code := range b.s.Langs.Codes() {
		b.add(&Page{Kind: NotFound, Lang: code, Key: "404", Path: code + "/404.html", Layout: "404", Parent: b.s.Homes[code]}, "the 404 page", siteYAML, false)
		b.add(&Page{Kind: Search, Lang: code, Key: "search", Path: code + "/" + b.s.Config.Section(config.SearchSection, code) + "/", Layout: "search", Parent: b.s.Homes[code]}, "the search page", siteYAML, false)
		if a11y != nil {
			at := func() diag.Pos { return a11y.Pos }
			b.add(&Page{Kind: Accessibility, Lang: code, Key: AccessibilityKey, Path: code + "/" + b.s.Config.Section(config.AccessibilitySection, code) + "/", Layout: "accessibility", Parent: b.s.Homes[code]}, "the accessibility statement (site.yaml accessibility)", at, false)
		}
	}
	b.add(&Page{Kind: Chooser, Lang: b.s.Langs.Default, Path: "", Layout: "chooser"}, "the language chooser", siteYAML, false)
	b.add(&Page{Kind: Root404, Lang: b.s.Langs.Default, Path: "404.html", Layout: "404"}, "the 404 page", siteYAML, false)
}

// aliases adds a redirect page for every alias.
func (b *builder) aliases(pages []*content.Page) {
	for _, cp := range pages {
		if len(cp.Meta.Aliases) == 0 || (cp.Meta.Draft && !b.opts.Drafts) {
			continue
		}
		target := b.s.groups[cp.Key][cp.Lang]
		if target == nil || target.Source != cp {
			continue
		}
		for _, a := range cp.Meta.Aliases {
			clean, err := content.CleanAlias(a)
			if err != nil {
				continue // reported by content
			}
			p := &Page{Kind: Alias, Lang: cp.Lang, Path: strings.TrimPrefix(clean, "/"), Layout: "alias", Target: target, Title: target.Title}
			b.add(p, cp.File+" (alias "+a+")", func() diag.Pos { return cp.Meta.At.Of("aliases", diag.Pos{File: cp.File}) }, true)
		}
	}
}

// menus assembles every menu in every language.
func (b *builder) menus(pages []*content.Page) {
	cfg := b.s.Config
	names := map[string]bool{}
	for name := range cfg.Menu {
		names[name] = true
	}
	for _, cp := range pages {
		for _, m := range cp.Meta.Menu {
			names[m] = true
		}
	}
	for name := range names {
		b.s.Menus[name] = map[string][]MenuItem{}
		for _, code := range b.s.Langs.Codes() {
			var items []MenuItem
			for i, e := range cfg.Menu[name] {
				item := MenuItem{Weight: cmp.Or(e.Weight, (i+1)*10)}
				if !e.Label.IsZero() {
					item.Label, item.Lang, _ = e.Label.Get(b.s.Langs.Chain(code))
					if item.Lang == code || e.Label.Plain {
						item.Lang = ""
					}
				}
				switch {
				case e.Page != "":
					p, err := b.s.lookupContent(strings.TrimPrefix(path.Clean("/"+e.Page), "/"), code)
					if err != nil {
						b.diags.Errorf(e.At.Of("page", e.Pos), "menu.%s: page %q: %v", name, e.Page, err)
						continue
					}
					item.Page = p
					if item.Label == "" {
						item.Label = p.Short()
						if p.Lang != code {
							item.Lang = p.Lang
						}
					}
				case e.Catalog != "":
					item.Page = b.s.Lists[e.Catalog][code]
					if item.Page == nil {
						continue // an empty catalogue has no list
					}
				case e.URL != "":
					item.URL = e.URL
					if strings.HasPrefix(e.URL, "/") {
						item.URL = b.s.Config.Base.Path + strings.TrimPrefix(e.URL, "/")
					}
				}
				items = append(items, item)
			}
			for _, p := range b.s.Pages {
				if p.Lang != code || p.Source == nil {
					continue
				}
				for _, m := range p.Source.Meta.Menu {
					if m == name {
						items = append(items, MenuItem{Label: p.Short(), Page: p, Weight: p.Weight})
					}
				}
			}
			sort.SliceStable(items, func(i, j int) bool { return items[i].Weight < items[j].Weight })
			b.s.Menus[name][code] = items
		}
	}
}

// URL returns the root-relative URL of p, base path included: "/site/fr/mobilite/".
func (s *Site) URL(p *Page) string {
	if p.url != "" {
		return p.url
	}
	return s.url(p)
}

func (s *Site) url(p *Page) string { return s.Config.Base.Path + p.Path }

// Permalink returns the absolute URL of p.
func (s *Site) Permalink(p *Page) string {
	if p.permalink != "" {
		return p.permalink
	}
	return s.absURL(p)
}

func (s *Site) absURL(p *Page) string {
	u := *s.Config.Base
	u.Path = s.Config.Base.Path + p.Path
	if u.Host == "" {
		return u.Path
	}
	return u.String()
}

// Switch returns where the language switcher of p leads for language code:
// the same page in that language when it exists (exact is true), or else the
// nearest ancestor that exists there — never a missing page.
func (s *Site) Switch(p *Page, code string) (target *Page, exact bool) {
	if t := p.Translations[code]; t != nil {
		return t, true
	}
	for a := p.Parent; a != nil; a = a.Parent {
		if t := a.Translations[code]; t != nil {
			return t, false
		}
	}
	return s.Homes[code], p.Kind == Home || p.Kind == Chooser
}

// lookupContent finds the page of content path rel ("news/_index.md") in
// code, or in the first language of the fallback chain that has it.
func (s *Site) lookupContent(rel, code string) (*Page, error) {
	key, ok := s.pathKey[rel]
	if !ok {
		return nil, fmt.Errorf("no page content/%s%s", strings.TrimSuffix(rel, ".md")+".<lang>.md", schema.DidYouMean(rel, slices.Sorted(maps.Keys(s.pathKey))))
	}
	if rel == "_index.md" {
		return s.Homes[code], nil
	}
	g := s.groups[key]
	for _, c := range slices.Concat(s.Langs.Chain(code), s.Langs.Codes()) {
		if p := g[c]; p != nil {
			return p, nil
		}
	}
	return nil, fmt.Errorf("content/%s is a draft or has no published translation", rel)
}

// Resolver returns the resolver for links written in p's Markdown (or in
// catalogue Markdown shown on p) whose source is in folder dir under content/.
func (s *Site) Resolver(p *Page, dir string) content.Resolver {
	return resolver{s: s, code: p.Lang, dir: dir}
}

type resolver struct {
	s    *Site
	code string
	dir  string
}

// Resolve implements content.Resolver.
func (r resolver) Resolve(dest string) (string, error) {
	target, frag, _ := strings.Cut(dest, "#")
	if frag != "" {
		frag = "#" + frag
	}
	if target == "" {
		return frag, nil
	}
	if strings.HasPrefix(target, "@") {
		p, err := r.s.catalogTarget(strings.TrimPrefix(target, "@"), r.code)
		if err != nil {
			return "", err
		}
		return r.s.URL(p) + frag, nil
	}
	if strings.ContainsAny(target, "?\\") {
		return "", fmt.Errorf("write a source path like mobility.md or ../news/_index.md")
	}
	var rel string
	if strings.HasPrefix(target, "/") {
		rel = path.Clean(target)
	} else {
		rel = path.Clean("/" + path.Join(r.dir, target))
		if strings.HasPrefix(path.Join(r.dir, target), "..") {
			return "", fmt.Errorf("the path leads outside content/")
		}
	}
	rel = strings.TrimPrefix(rel, "/")
	if strings.HasSuffix(rel, ".md") {
		p, err := r.s.lookupContent(rel, r.code)
		if err != nil {
			return "", err
		}
		return r.s.URL(p) + frag, nil
	}
	if r.s.Static[rel] {
		return r.s.Config.Base.Path + rel + frag, nil
	}
	if p := r.s.byPath[strings.TrimSuffix(rel, "/")+"/"]; p != nil && strings.HasSuffix(target, "/") {
		return r.s.URL(p) + frag, nil
	}
	return "", fmt.Errorf("no such page or file: link to a page by its source path (mobility.md), to a catalogue with @programmes or @chairs/rubens, or to a file under static/")
}

// catalogTarget resolves "programmes" or "chairs/rubens" in code.
func (s *Site) catalogTarget(ref, code string) (*Page, error) {
	kind, id, hasID := strings.Cut(ref, "/")
	lists, ok := s.Lists[kind]
	if !ok {
		if slices.Contains(catalog.Kinds, kind) {
			return nil, fmt.Errorf("the %s catalogue is empty", kind)
		}
		return nil, fmt.Errorf("@%s is not a catalogue: expected @%s", kind, strings.Join(catalog.Kinds, ", @"))
	}
	if !hasID {
		if lists[code] == nil {
			return nil, fmt.Errorf("the %s list has no page in this language (another page took its URL)", kind)
		}
		return lists[code], nil
	}
	p := s.EntryPage(kind, id, code)
	if p == nil {
		var ids []string
		for _, e := range s.Catalog.Entries(kind) {
			ids = append(ids, e.Meta().ID)
		}
		hint := ""
		if sug := schema.Suggest(id, ids); sug != "" {
			hint = fmt.Sprintf(" (did you mean @%s/%s?)", kind, sug)
		}
		return nil, fmt.Errorf("no entry %q in data/%s/%s", id, kind, hint)
	}
	return p, nil
}

// EntryLayout is the layout of a kind's entry pages: "programme",
// "institution", "network", "chair", "alumni-office", "event". A kind's list page
// uses the layout named after the kind ("programmes"), or "list".
func EntryLayout(kind string) string {
	if kind == catalog.Alumni {
		return "alumni-office"
	}
	return catalog.Singular(kind)
}
