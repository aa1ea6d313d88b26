package build

import (
	"context"
	"errors"
	"io/fs"
	"path"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/render"
)

// Session is a site rendered into memory that can be updated file by file:
// the dev server's state. An edit re-parses only the files it touched and
// re-renders only the outputs that depend on them. A Session is not safe for
// concurrent use; the dev server serialises updates and copies outputs out.
type Session struct {
	opts    Options
	l       *Loaded
	r       *render.Renderer
	entries map[string]catalog.Entry // by file
	figures []*catalog.Figure
	// fileDiags are the diagnostics of parsing each file, by file; the
	// diagnostics that involve several files are recomputed on every update.
	fileDiags     map[string][]diag.Diagnostic
	crossDiags    []diag.Diagnostic
	renderDiags   []diag.Diagnostic // problems found while rendering (broken links, template errors)
	modelDiags    []diag.Diagnostic // problems the model found (URL collisions…), kept while no URL changes
	assembleDiags []diag.Diagnostic // problems of references between entries, kept while no entry changes
	rdiags        *diag.List        // where the renderer reports, since the last update

	keep          map[string]bool                  // assets and static files: kept across updates
	pending       map[string]*model.P              // pages to render when asked for
	pendingGroups map[string]*render.SiteFileGroup // whole-site files to render when asked for
	baseDiags     []diag.Diagnostic                // problems of site.yaml, the theme and UI strings: until the next full load

	// Outputs holds every output by path; assets keep their plain names
	// (assets/main.css) so that a stylesheet can be swapped in place.
	Outputs map[string]render.Output
}

// Change is the result of an update.
type Change struct {
	// Paths are the outputs that changed (added, modified or removed).
	Paths []string
	// Full is true when everything was rebuilt.
	Full bool
	// CSSOnly is true when only stylesheets changed.
	CSSOnly bool
}

// NewSession loads and renders the whole site into memory.
func NewSession(ctx context.Context, opts Options) (*Session, error) {
	s := &Session{opts: opts}
	_, err := s.full(ctx)
	return s, err
}

// Diags returns every diagnostic of the current state, sorted.
func (s *Session) Diags() []diag.Diagnostic {
	l := &diag.List{}
	for _, ds := range s.fileDiags {
		for _, d := range ds {
			l.Add(d)
		}
	}
	for _, d := range s.crossDiags {
		l.Add(d)
	}
	for _, d := range s.renderDiags {
		l.Add(d)
	}
	for _, d := range s.baseDiags {
		l.Add(d)
	}
	return l.Sorted()
}

// Failed reports whether the current state has errors.
func (s *Session) Failed() bool {
	for _, d := range s.Diags() {
		if d.Severity == diag.Error {
			return true
		}
	}
	return false
}

// PagesOf returns the output paths of the pages built from a source file
// (a Markdown page or a catalogue entry), for showing errors where they are.
func (s *Session) PagesOf(file string) []string {
	if s.l == nil || s.l.Site == nil {
		return nil
	}
	var out []string
	for _, p := range s.l.Site.Pages {
		if (p.Source != nil && p.Source.File == file) || (p.Entry != nil && p.Entry.Meta().File == file) {
			out = append(out, p.File())
		}
	}
	return out
}

// full reloads and re-renders everything.
func (s *Session) full(ctx context.Context) (*Change, error) {
	old := s.Outputs
	diags := &diag.List{}
	s.Outputs = map[string]render.Output{}
	s.entries = map[string]catalog.Entry{}
	s.fileDiags, s.crossDiags, s.renderDiags, s.baseDiags = map[string][]diag.Diagnostic{}, nil, nil, nil
	s.keep, s.pending, s.pendingGroups = map[string]bool{}, nil, nil
	l, err := Load(ctx, s.opts, diags)
	s.l = l
	if err != nil || l == nil {
		s.baseDiags = diags.Sorted()
		return &Change{Full: true, Paths: keys(old)}, err
	}
	for _, kind := range catalog.Kinds {
		for _, e := range l.Catalog.Entries(kind) {
			s.entries[e.Meta().File] = e
		}
	}
	s.figures = l.Catalog.Figures
	// Tell the diagnostics of single files from those that involve several,
	// which every update recomputes: assemble and model again, on their own.
	cross := &diag.List{}
	s.remodel(cross)
	isCross := map[diag.Diagnostic]bool{}
	for _, d := range cross.Sorted() {
		isCross[d] = true
	}
	for _, d := range diags.Sorted() {
		if isCross[d] {
			continue
		}
		if f := d.Pos.File; strings.HasPrefix(f, content.Dir+"/") || strings.HasPrefix(f, catalog.Dir+"/") {
			s.fileDiags[f] = append(s.fileDiags[f], d)
		} else {
			s.baseDiags = append(s.baseDiags, d)
		}
	}
	s.crossDiags = cross.Sorted()

	assets, paths, err := Assets(l.Theme, nil)
	if err != nil {
		return nil, err
	}
	for _, a := range assets {
		name := "assets/" + path.Base(strings.Replace(a.Path, "."+hashOf(a.Path)+".", ".", 1))
		paths[path.Base(name)] = name
		a.Path = name
		a.MediaType = mediaType(name)
		s.Outputs[name] = a
		s.keep[name] = true
	}
	brand, err := render.BrandCSS(l.Config)
	if err != nil {
		s.baseDiags = append(s.baseDiags, diag.Diagnostic{Pos: l.Config.Positions.Of("params", diag.Pos{File: config.File}), Msg: err.Error()})
	}
	paths["brand.css"] = "assets/brand.css"
	s.Outputs["assets/brand.css"] = render.Output{Path: "assets/brand.css", MediaType: "text/css", Body: brand}
	s.keep["assets/brand.css"] = true
	for _, st := range l.Static {
		body, err := fs.ReadFile(st.FS, st.Path)
		if err != nil {
			return nil, err
		}
		s.Outputs[st.Out] = render.Output{Path: st.Out, Body: body}
		s.keep[st.Out] = true
	}
	rdiags := &diag.List{}
	s.r, err = render.New(l.Site, render.Options{
		Theme: render.Theme{FS: l.Theme, Name: l.Theme.Name}, Strings: l.Strings, Markdown: l.Markdown,
		Assets: paths, Now: time.Now(), Version: s.opts.Version,
	}, rdiags)
	if err != nil {
		return nil, err
	}
	outs := make(chan render.Output, 64)
	go s.r.Render(ctx, outs)
	for o := range outs {
		s.Outputs[o.Path] = o.Materialize()
	}
	s.renderDiags = rdiags.Sorted()
	s.rdiags = rdiags
	return &Change{Full: true, Paths: changed(old, s.Outputs)}, ctx.Err()
}

// remodel assembles the catalogue and builds the model again from the
// session's parsed pages and entries.
func (s *Session) remodel(cross *diag.List) {
	l := s.l
	s.assemble(cross)
	static := make([]string, len(l.Static))
	for i, f := range l.Static {
		static[i] = f.Out
	}
	mdl := &diag.List{}
	l.Site = model.Build(l.Config, l.Pages, l.Catalog, static, model.Options{Drafts: s.opts.Drafts}, mdl)
	s.modelDiags = mdl.Sorted()
	cross.Merge(mdl)
}

// assemble builds the catalogue again from the session's entries.
func (s *Session) assemble(cross *diag.List) {
	list := make([]catalog.Entry, 0, len(s.entries))
	for _, e := range s.entries {
		list = append(list, e)
	}
	ad := &diag.List{}
	s.l.Catalog = catalog.Assemble(list, s.figures, catalog.Options{Today: day(time.Now()), Drafts: s.opts.Drafts}, ad)
	s.assembleDiags = ad.Sorted()
	cross.Merge(ad)
}

// patch updates the model in place after edits that change no URL, title
// or the set of pages: the pages of the edited files point to the new
// versions of their sources, and the catalogue is assembled again (its
// entries' reverse links may have changed). Rebuilding the model for a
// site of 25,000 pages would cost more than the rest of the update.
func (s *Session) patch(cross *diag.List, touched map[string]bool) {
	entries := false
	for f := range touched {
		entries = entries || strings.HasPrefix(f, catalog.Dir+"/")
	}
	if entries {
		s.assemble(cross)
	} else {
		for _, d := range s.assembleDiags {
			cross.Add(d)
		}
	}
	site := s.l.Site
	site.Catalog = s.l.Catalog
	pages := map[string]*content.Page{}
	for _, p := range s.l.Pages {
		if touched[p.File] {
			pages[p.File] = p
		}
	}
	for _, p := range site.Pages {
		if p.Entry != nil {
			if e := s.entries[p.Entry.Meta().File]; e != nil && e != p.Entry {
				p.Entry = e
			}
		}
		if p.Source != nil {
			if np := pages[p.Source.File]; np != nil {
				p.Source = np
				p.Description = np.Meta.Description
			}
		}
	}
	for _, d := range s.modelDiags {
		cross.Add(d)
	}
}

// hashOf returns the fingerprint in a fingerprinted asset path.
func hashOf(p string) string {
	parts := strings.Split(path.Base(p), ".")
	if len(parts) >= 3 {
		return parts[len(parts)-2]
	}
	return ""
}

// Update applies edits to the files named (paths relative to the site root,
// slash-separated): Markdown pages and catalogue entries are re-parsed alone;
// anything else (site.yaml, layouts, UI strings, figures, static files)
// rebuilds everything.
func (s *Session) Update(ctx context.Context, files []string) (*Change, error) {
	if s.l == nil || s.l.Site == nil || s.r == nil {
		return s.full(ctx)
	}
	known := map[string]bool{}
	for _, p := range s.l.Pages {
		known[p.File] = true
	}
	var pages, entries []string
	for _, f := range files {
		if _, err := fs.Stat(s.opts.Site, f); errors.Is(err, fs.ErrNotExist) && !known[f] && s.entries[f] == nil {
			continue // an editor's temporary file, created and removed within the burst
		}
		switch {
		case strings.HasPrefix(f, "content/") && strings.HasSuffix(f, ".md"):
			pages = append(pages, f)
		case strings.HasPrefix(f, "data/") && strings.Count(f, "/") == 2 && (strings.HasSuffix(f, ".yaml") || strings.HasSuffix(f, ".yml")):
			entries = append(entries, f)
		case isCSS(f):
			return s.cssOnly(ctx, f)
		default:
			return s.full(ctx)
		}
	}
	if len(pages)+len(entries) == 0 {
		return &Change{}, nil
	}
	return s.incremental(ctx, pages, entries)
}

func isCSS(f string) bool {
	return strings.HasSuffix(f, ".css") && (strings.HasPrefix(f, "themes/") && strings.Contains(f, "/assets/"))
}

// cssOnly re-reads the theme's assets: a stylesheet changed.
func (s *Session) cssOnly(ctx context.Context, f string) (*Change, error) {
	assets, _, err := Assets(s.l.Theme, nil)
	if err != nil {
		return nil, err
	}
	ch := &Change{CSSOnly: true}
	for _, a := range assets {
		name := "assets/" + path.Base(strings.Replace(a.Path, "."+hashOf(a.Path)+".", ".", 1))
		if !strings.HasSuffix(name, ".css") {
			continue
		}
		if old, ok := s.Outputs[name]; !ok || string(old.Body) != string(a.Body) {
			s.Outputs[name] = render.Output{Path: name, MediaType: "text/css", Body: a.Body}
			ch.Paths = append(ch.Paths, name)
		}
	}
	if len(ch.Paths) == 0 {
		// A stylesheet that is new, or not in the theme's assets: rebuild.
		return s.full(ctx)
	}
	return ch, nil
}

// incremental re-parses the given pages and entries and re-renders what
// depends on them.
func (s *Session) incremental(ctx context.Context, pages, entries []string) (*Change, error) {
	l := s.l
	diags := &diag.List{}
	parsed := map[string]bool{}
	structural := false // URLs, titles or the set of pages changed: re-render everything
	touched := map[string]bool{}

	// Markdown pages.
	byFile := map[string]int{}
	for i, p := range l.Pages {
		byFile[p.File] = i
	}
	for _, f := range pages {
		parsed[f] = true
		src, err := fs.ReadFile(s.opts.Site, f)
		var np *content.Page
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, err
		default:
			np = content.Parse(strings.TrimPrefix(f, content.Dir+"/"), src, l.Config.Langs, s.opts.Drafts, diags)
		}
		i, existed := byFile[f]
		if np == nil && err == nil && existed {
			continue // unparsable: keep the last good version while the errors are shown
		}
		switch {
		case np == nil && existed:
			l.Pages = append(l.Pages[:i], l.Pages[i+1:]...)
			structural = true
			byFile = reindex(l.Pages)
		case np == nil:
		case existed:
			old := l.Pages[i]
			if !sameMeta(old, np) {
				structural = true
			}
			l.Pages[i] = np
			touched[f] = true
		default:
			l.Pages = append(l.Pages, np)
			sort.Slice(l.Pages, func(a, b int) bool { return l.Pages[a].File < l.Pages[b].File })
			byFile = reindex(l.Pages)
			structural = true
		}
	}

	// Catalogue entries.
	for _, f := range entries {
		parsed[f] = true
		rel := strings.TrimPrefix(f, catalog.Dir+"/")
		kind := path.Dir(rel)
		id := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
		src, err := fs.ReadFile(s.opts.Site, f)
		var ne catalog.Entry
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, err
		default:
			if err := catalog.CheckID(id); err != nil {
				diags.Errorf(diag.Pos{File: f}, "file name: %v", err)
			} else {
				ne = catalog.Parse(f, kind, id, src, l.Config.Langs, catalog.Options{Today: day(time.Now()), Drafts: s.opts.Drafts}, diags)
			}
		}
		old, existed := s.entries[f]
		if ne == nil && err == nil && existed {
			continue // unparsable: keep the last good version while the errors are shown
		}
		switch {
		case ne == nil:
			if existed {
				delete(s.entries, f)
				structural = true
			}
		default:
			if !existed || !sameSlug(old, ne) {
				structural = true
			}
			s.entries[f] = ne
			touched[f] = true
		}
	}

	// Reassemble, remodel, re-render.
	for f := range parsed {
		delete(s.fileDiags, f)
	}
	for _, d := range diags.Sorted() {
		s.fileDiags[d.Pos.File] = append(s.fileDiags[d.Pos.File], d)
	}
	cross := &diag.List{}
	if structural {
		s.remodel(cross)
	} else {
		s.patch(cross, touched)
	}
	rdiags := &diag.List{}
	s.r.Reset(l.Site, !structural, rdiags)
	s.rdiags = rdiags
	old := s.Outputs
	next := old // no page came or went: update in place
	if structural {
		next = make(map[string]render.Output, len(old))
		for p, o := range old {
			if s.keep[p] {
				next[p] = o // assets and static files
			}
		}
	}
	before := map[string][]byte{} // the edited pages' last versions, to tell what changed
	// The edited files' own pages are rendered now: they are what the
	// author looks at, and their errors must show at once. Every other page
	// that may have changed — all of them after a change of URLs or titles,
	// else the lists and pages that show the edited entries — and the
	// whole-site files are rendered when a browser asks for them.
	s.pending = map[string]*model.P{}
	s.pendingGroups = map[string]*render.SiteFileGroup{}
	affected := map[*model.P]bool{}
	if !structural {
		for _, p := range s.affected(touched) {
			affected[p] = true
		}
	}
	var eager []string
	for _, p := range l.Site.Pages {
		f := p.File()
		own := (p.Source != nil && touched[p.Source.File]) || (p.Entry != nil && touched[p.Entry.Meta().File])
		switch {
		case own:
			before[f] = old[f].Body
			if o, ok := s.r.RenderPage(p); ok {
				next[f] = o
				eager = append(eager, f)
			}
		case structural || affected[p]:
			s.pending[f] = p
			if o, ok := old[f]; ok {
				next[f] = o // the last version until it is rendered again
			}
		default:
			if o, ok := old[f]; ok {
				next[f] = o
			} else {
				s.pending[f] = p
			}
		}
	}
	groups := s.r.SiteFileGroups()
	for i := range groups {
		for _, p := range groups[i].Paths {
			s.pendingGroups[p] = &groups[i]
			if o, ok := old[p]; ok {
				next[p] = o
			}
		}
	}
	s.Outputs = next
	s.crossDiags = cross.Sorted()
	if structural {
		s.renderDiags = rdiags.Sorted()
	} else {
		// Keep what earlier renders found in pages not rendered again.
		var kept []diag.Diagnostic
		for _, d := range s.renderDiags {
			if !parsed[d.Pos.File] {
				kept = append(kept, d)
			}
		}
		s.renderDiags = dedup(append(kept, rdiags.Sorted()...))
	}
	ch := &Change{}
	for _, f := range eager {
		if b, ok := before[f]; !ok || b == nil || string(b) != string(next[f].Body) {
			ch.Paths = append(ch.Paths, f)
		}
	}
	for f := range s.pending {
		ch.Paths = append(ch.Paths, f)
	}
	if structural {
		for f := range old {
			if _, ok := next[f]; !ok {
				if _, pending := s.pendingGroups[f]; !pending {
					ch.Paths = append(ch.Paths, f) // removed
				}
			}
		}
	}
	sort.Strings(ch.Paths)
	return ch, ctx.Err()
}

// Pending reports whether an output is waiting to be rendered again.
func (s *Session) Pending(p string) bool {
	if _, ok := s.pending[p]; ok {
		return true
	}
	_, ok := s.pendingGroups[p]
	return ok
}

// Resolve renders a pending output now, with the others rendered along with
// it (the whole-site files come in groups), and returns the paths it
// rendered; their outputs are in Outputs (absent when rendering failed).
func (s *Session) Resolve(p string) []string {
	if pg, ok := s.pending[p]; ok {
		delete(s.pending, p)
		if o, ok := s.r.RenderPage(pg); ok {
			s.Outputs[p] = o
		} else {
			delete(s.Outputs, p)
		}
		s.renderDiags = dedup(append(s.renderDiags, s.rdiags.Sorted()...))
		return []string{p}
	}
	g, ok := s.pendingGroups[p]
	if !ok {
		return nil
	}
	for _, q := range g.Paths {
		delete(s.pendingGroups, q)
		delete(s.Outputs, q)
	}
	for _, o := range g.Render() {
		s.Outputs[o.Path] = o.Materialize()
	}
	return g.Paths
}

func dedup(ds []diag.Diagnostic) []diag.Diagnostic {
	l := &diag.List{}
	for _, d := range ds {
		l.Add(d)
	}
	return l.Sorted()
}

func reindex(pages []*content.Page) map[string]int {
	m := make(map[string]int, len(pages))
	for i, p := range pages {
		m[p.File] = i
	}
	return m
}

// affected returns the pages to re-render after the given source files
// changed without changing any URL or title: their own pages, and the pages
// that show them (lists, referencing entries, the home pages).
func (s *Session) affected(files map[string]bool) []*model.P {
	site := s.l.Site
	want := map[*model.P]bool{}
	ids := map[string]bool{}
	for f := range files {
		if strings.HasPrefix(f, catalog.Dir+"/") {
			rel := strings.TrimPrefix(f, catalog.Dir+"/")
			ids[path.Dir(rel)+"/"+strings.TrimSuffix(path.Base(rel), path.Ext(rel))] = true
		}
	}
	for _, p := range site.Pages {
		switch {
		case p.Source != nil && files[p.Source.File]:
			want[p] = true
			if p.Parent != nil {
				want[p.Parent] = true
			}
		case p.Entry != nil && files[p.Entry.Meta().File]:
			want[p] = true
			want[p.Parent] = true
		case p.Entry != nil && len(ids) > 0 && refersTo(p.Entry, ids):
			want[p] = true
		case p.Kind == model.Home && len(ids) > 0:
			want[p] = true
		}
	}
	out := make([]*model.P, 0, len(want))
	for p := range want {
		if p != nil {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// refersTo reports whether entry e links to one of the entries ids
// ("programmes/ma-law") or is linked from one: the pages that list it.
func refersTo(e catalog.Entry, ids map[string]bool) bool {
	hit := func(kind, id string) bool { return ids[kind+"/"+id] }
	switch v := e.(type) {
	case *catalog.Institution:
		for _, p := range v.Programmes {
			if hit(catalog.Programmes, p.ID) {
				return true
			}
		}
		for _, c := range v.Chairs {
			if hit(catalog.Chairs, c.ID) {
				return true
			}
		}
		for _, n := range v.Networks {
			if hit(catalog.Networks, n.ID) {
				return true
			}
		}
		return v.Alumni != nil && hit(catalog.AlumniKind, v.Alumni.ID)
	case *catalog.Programme:
		for _, r := range v.Institutions {
			if hit(catalog.Institutions, r.ID) {
				return true
			}
		}
		for _, n := range v.NetworkTargets {
			if hit(catalog.Networks, n.ID) {
				return true
			}
		}
	case *catalog.Network:
		for _, p := range v.Programmes {
			if hit(catalog.Programmes, p.ID) {
				return true
			}
		}
		for _, r := range v.Members {
			if hit(catalog.Institutions, r.ID) {
				return true
			}
		}
	case *catalog.Chair:
		if hit(catalog.Institutions, v.Host.ID) {
			return true
		}
		for _, r := range v.Partners {
			if hit(catalog.Institutions, r.ID) {
				return true
			}
		}
	case *catalog.Alumni:
		return hit(catalog.Institutions, v.Institution.ID)
	}
	return false
}

// sameMeta reports whether a page's edit leaves other pages unchanged:
// only the body (and the description, shown on the page itself and in its
// section's list) changed.
func sameMeta(a, b *content.Page) bool {
	ma, mb := a.Meta, b.Meta
	ma.Description, mb.Description = "", ""
	ma.Pos, mb.Pos = b.Meta.Pos, b.Meta.Pos
	ma.At, mb.At = nil, nil
	return a.Key == b.Key && a.Lang == b.Lang && reflect.DeepEqual(ma, mb)
}

// sameSlug reports whether an entry kept its URL and name in every language.
func sameSlug(a, b catalog.Entry) bool {
	ma, mb := a.Meta(), b.Meta()
	return reflect.DeepEqual(ma.Slug.Values, mb.Slug.Values) && reflect.DeepEqual(a.Name().Values, b.Name().Values) && ma.Draft == mb.Draft
}

func keys(m map[string]render.Output) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// changed lists the paths whose body differs between two output sets.
func changed(old, cur map[string]render.Output) []string {
	var out []string
	for p, o := range cur {
		if prev, ok := old[p]; !ok || string(prev.Body) != string(o.Body) {
			out = append(out, p)
		}
	}
	for p := range old {
		if _, ok := cur[p]; !ok {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}
