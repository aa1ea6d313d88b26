package model

import (
	"path"
	"reflect"
	"slices"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/lang"
)

// record notes what page p shows of the site's sources: the files, and the
// catalogue folders ("data/programmes/": every entry of the kind), whose
// edits change p's output. It is the one place that knows it; the rule is
// in the package documentation and follows the default theme's views.
// What a list or an entry page shows is the same in every language: it is
// recorded once, for the first of its translations (see group), and
// DependsOn answers with all of them. dated holds each language's dated
// pages, which its home lists.
func (s *Site) record(p *Page, dated map[string][]*Page) {
	var buf [8]string
	shows := buf[:0]
	add := func(f string) {
		if f != "" {
			shows = append(shows, f)
		}
	}
	add(p.own())
	switch p.Kind {
	case Home, Section:
		for _, c := range p.Children {
			add(c.own())
		}
	}
	switch p.Kind {
	case Home:
		for _, d := range dated[p.Lang] {
			add(d.own()) // the newest news (recent)
		}
		add(catalog.Dir + "/" + catalog.Programmes + "/") // the programme cards (entries)
		add(catalog.FiguresFile)                          // the key figures' charts (charts)
	case List:
		add(catalog.Dir + "/" + p.CatalogKind + "/")
		add(catalog.Dir + "/" + catalog.Institutions + "/") // cards and the finder's facets name institutions
	case Entry:
		related(p.Entry, func(e catalog.Entry) { add(e.Meta().File) })
	case Alias:
		add(p.Target.own())
	}
	slices.Sort(shows)
	p.shows = slices.Clone(slices.Compact(shows))
	for _, f := range p.shows {
		s.deps[f] = append(s.deps[f], p)
	}
}

// group returns the page under which p's dependencies are recorded: the
// first of its translations for a list or an entry page, else p itself.
func (s *Site) group(p *Page) *Page {
	if p.Kind != List && p.Kind != Entry {
		return p
	}
	for _, l := range s.Langs.List {
		if t := p.Translations[l.Code]; t != nil {
			return t
		}
	}
	return p
}

// own returns the file a page is built from, or "".
func (p *Page) own() string {
	switch {
	case p.Source != nil:
		return p.Source.File
	case p.Entry != nil:
		return p.Entry.Meta().File
	}
	return ""
}

// unrecord forgets what the given pages show, before they are recorded
// again: in one pass over each list they are in, however many they are.
func (s *Site) unrecord(pages map[*Page]bool) {
	files := map[string]bool{}
	for p := range pages {
		for _, f := range p.shows {
			files[f] = true
		}
		p.shows = nil
	}
	for f := range files {
		s.deps[f] = slices.DeleteFunc(s.deps[f], func(q *Page) bool { return pages[q] })
	}
}

// dependencies records what every page shows.
func (s *Site) dependencies() {
	s.deps = make(map[string][]*Page, len(s.groups))
	dated := map[string][]*Page{}
	for _, p := range s.Pages {
		if p.Kind == Article && !p.Date.IsZero() {
			dated[p.Lang] = append(dated[p.Lang], p)
		}
	}
	for _, p := range s.Pages {
		p.shows = nil
		if s.group(p) == p {
			s.record(p, dated)
		}
	}
}

// related calls fn with every entry the page of e shows: those it refers to
// and those that refer to it, as the catalogue resolved them. A reference
// field added to an entry kind must be added here (TestRelatedCoversReferences).
func related(e catalog.Entry, fn func(catalog.Entry)) {
	inst := func(refs ...catalog.InstitutionRef) {
		for _, r := range refs {
			if r.Target != nil {
				fn(r.Target)
			}
		}
	}
	// Programmes, institutions and chairs also list their upcoming events.
	switch v := e.(type) {
	case *catalog.Programme:
		inst(v.Institutions...)
		each(fn, v.NetworkTargets)
		each(fn, v.Events)
	case *catalog.Institution:
		each(fn, v.Programmes)
		each(fn, v.Chairs)
		each(fn, v.Networks)
		if v.Alumni != nil {
			fn(v.Alumni)
		}
		each(fn, v.Events)
	case *catalog.Network:
		inst(v.Members...)
		each(fn, v.Programmes)
	case *catalog.Chair:
		inst(v.Host)
		inst(v.Partners...)
		for _, h := range v.Holders {
			inst(h.Home)
		}
		each(fn, v.Events)
	case *catalog.AlumniOffice:
		inst(v.Institution)
	case *catalog.Event:
		each(fn, v.ProgrammeTargets)
		each(fn, v.InstitutionTargets)
		each(fn, v.ChairTargets)
	}
}

// each calls fn with every entry of list.
func each[T catalog.Entry](fn func(catalog.Entry), list []T) {
	for _, e := range list {
		fn(e)
	}
}

// DependsOn returns the pages whose output shows something read from the
// given source files (paths from the site's root: "content/about.en.md",
// "data/institutions/uliege.yaml"), the files' own pages included, sorted
// by path. What is recorded, and what is not, is in the package
// documentation.
func (s *Site) DependsOn(files ...string) []*Page {
	seen := map[*Page]bool{}
	var out []*Page
	add := func(p *Page) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, f := range files {
		for _, key := range []string{f, path.Dir(f) + "/"} {
			for _, p := range s.deps[key] {
				if p.Kind != List && p.Kind != Entry {
					add(p)
					continue
				}
				for _, t := range p.Translations {
					add(t)
				}
			}
		}
	}
	sortByPath(out)
	return out
}

func sortByPath(pages []*Page) {
	slices.SortFunc(pages, func(a, b *Page) int { return strings.Compare(a.Path, b.Path) })
}

// SamePage reports whether replacing Markdown page a by b keeps the site's
// shape: the same pages, URLs, titles, dates, menus and translations. Only
// the body and the description may differ, and they show on the pages
// DependsOn names. Otherwise the model must be built again.
func SamePage(a, b *content.Page) bool {
	ma, mb := a.Meta, b.Meta
	ma.Description, mb.Description = "", ""
	ma.Pos, mb.Pos = b.Meta.Pos, b.Meta.Pos
	ma.At, mb.At = nil, nil
	return a.File == b.File && a.Key == b.Key && a.Lang == b.Lang && reflect.DeepEqual(ma, mb)
}

// SameEntry reports whether replacing catalogue entry a by b keeps the
// site's shape: the same URL and name in every language, and the same
// draft state. Anything else shows on the pages DependsOn names.
func SameEntry(a, b catalog.Entry) bool {
	ma, mb := a.Meta(), b.Meta()
	return ma.File == mb.File && reflect.DeepEqual(ma.Slug.Values, mb.Slug.Values) &&
		reflect.DeepEqual(a.Name().Values, b.Name().Values) && ma.Draft == mb.Draft
}

// Replace applies edits that keep the site's shape (SamePage, SameEntry)
// in place: the pages of the edited files point to their new versions, the
// site to cat — the catalogue assembled again with the new entries, whose
// references may have changed — and what the entry pages show is recorded
// again. It returns the pages to render again, sorted by path: those that
// showed something of the old versions and those that show something of the
// new ones. Replace must not run while the site is being rendered.
func (s *Site) Replace(cat *catalog.Catalog, pages []*content.Page, entries []catalog.Entry) []*Page {
	files := make([]string, 0, len(pages)+len(entries))
	for _, cp := range pages {
		files = append(files, cp.File)
	}
	for _, e := range entries {
		files = append(files, e.Meta().File)
	}
	before := s.DependsOn(files...)
	s.Catalog = cat
	for _, cp := range pages {
		for _, p := range s.deps[cp.File] {
			if p.Source != nil && p.Source.File == cp.File {
				p.Source = cp
				p.Description = lang.Typeset(cp.Lang, cp.Meta.Description)
			}
		}
	}
	// Entry pages record the entries that refer to them: the old versions'
	// targets and the new versions' show something else now.
	again := map[*Page]bool{}
	for _, p := range before {
		if p.Kind == Entry {
			again[p] = true
		}
	}
	for _, e := range entries {
		m := e.Meta()
		for _, p := range s.groups[entryKey(m.Kind, m.ID)] {
			p.Entry = e
			again[p] = true
		}
		related(e, func(r catalog.Entry) {
			rm := r.Meta()
			for _, p := range s.groups[entryKey(rm.Kind, rm.ID)] {
				again[p] = true
			}
		})
	}
	groups := map[*Page]bool{}
	for p := range again {
		groups[s.group(p)] = true
	}
	s.unrecord(groups)
	for p := range groups {
		s.record(p, nil)
	}
	out := append(before, s.DependsOn(files...)...)
	sortByPath(out) // a page's path is its own: the same page twice comes twice in a row
	return slices.Compact(out)
}
