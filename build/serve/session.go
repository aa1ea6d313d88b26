package serve

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/render"
	"github.com/vitrine-ssg/vitrine/themes"
)

// Session is a site rendered into memory that can be updated file by file:
// the dev server's state. A full rebuild runs the pipeline as every build
// does (build.Prepare); an edit of Markdown pages or catalogue entries
// re-parses only those files and re-renders only the outputs the model
// says depend on them (model.Site.DependsOn). A Session is not safe for
// concurrent use; the dev server serialises updates and copies outputs out.
type Session struct {
	opts build.Options
	// now is the instant the session renders for: opts.Now when the build
	// is dated (SOURCE_DATE_EPOCH), else the clock at the last full
	// rebuild; NextDay tells when it must move on.
	now     time.Time
	p       *build.Pipeline
	entries map[string]catalog.Entry // by file
	figures []*catalog.Figure
	// ownLayouts is true when the site has layouts of its own: they may show
	// more of other pages than the model records, so every edit renders
	// every page again (when it is asked for).
	ownLayouts bool
	// fileDiags are the diagnostics of parsing each file, by file; the
	// diagnostics that involve several files are recomputed on every update.
	fileDiags     map[string][]diag.Diagnostic
	crossDiags    []diag.Diagnostic
	renderDiags   []diag.Diagnostic // problems found while rendering (broken links, template errors)
	modelDiags    []diag.Diagnostic // problems the model found (URL collisions…), kept while no URL changes
	assembleDiags []diag.Diagnostic // problems of references between entries, kept while no entry changes
	rdiags        *diag.List        // where the renderer reports, since the last update

	keep          map[string]bool                  // assets and static files: kept across updates
	pending       map[string]*model.Page           // pages to render when asked for
	pendingGroups map[string]*render.SiteFileGroup // whole-site files to render when asked for
	lazyGroups    []*render.SiteFileGroup          // those of them that claim paths by Match
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

// NewSession loads and renders the whole site into memory. Assets keep their
// own names (opts.PlainAssetNames is set), so that an edited stylesheet
// replaces the old one in place.
func NewSession(ctx context.Context, opts build.Options) (*Session, error) {
	opts.PlainAssetNames = true
	s := &Session{opts: opts}
	_, err := s.full(ctx)
	return s, err
}

// Diags returns every diagnostic of the current state, sorted.
func (s *Session) Diags() []diag.Diagnostic {
	all := slices.Concat(s.crossDiags, s.renderDiags, s.baseDiags)
	for _, ds := range s.fileDiags {
		all = append(all, ds...)
	}
	return dedup(all)
}

// PagesOf returns the output paths of the pages built from a source file
// (a Markdown page or a catalogue entry), for showing errors where they are.
func (s *Session) PagesOf(file string) []string {
	if s.p == nil || s.p.Site == nil {
		return nil
	}
	var out []string
	for _, p := range s.p.Site.Pages {
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
	s.keep, s.pending, s.pendingGroups, s.lazyGroups = map[string]bool{}, nil, nil, nil
	opts := s.opts
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	s.now = opts.Now
	p, err := build.Prepare(ctx, opts, diags)
	s.p = p
	if err != nil || p == nil {
		s.baseDiags = diags.Sorted()
		return &Change{Full: true, Paths: slices.Sorted(maps.Keys(old))}, err
	}
	for _, kind := range catalog.Kinds {
		for _, e := range p.Catalog.Entries(kind) {
			s.entries[e.Meta().File] = e
		}
	}
	s.figures = p.Catalog.Figures
	s.ownLayouts = ownLayouts(p.Theme)
	// Tell the diagnostics of single files from those that involve several,
	// which every update recomputes: assemble and model again, on their own.
	cross := &diag.List{}
	s.remodel(cross)
	rdiags := &diag.List{}
	p.Renderer.Reset(p.Site, true, rdiags)
	for _, a := range p.Assets {
		s.keep[a.Path] = true
	}
	for _, st := range p.Static {
		s.keep[st.Out] = true
	}
	err = p.Collect(ctx, s.Outputs)
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
	s.renderDiags = rdiags.Sorted()
	s.rdiags = rdiags
	return &Change{Full: true, Paths: changed(old, s.Outputs)}, err
}

// NextDay returns the instant the session's "today" ends: the next
// midnight in the site's time zone after the session's time. It returns the
// zero time when the session is dated once and for all (Options.Now) or the
// site could not be loaded. The dev server rebuilds everything then
// (Refresh), so that deadlines close and events move to the archive as
// they would in a build made the next morning.
func (s *Session) NextDay() time.Time {
	if !s.opts.Now.IsZero() || s.p == nil || s.p.Config == nil {
		return time.Time{}
	}
	return nextMidnight(s.now, s.p.Config.Location)
}

// nextMidnight returns the first instant of the day after now's in loc.
// A day that starts at 01:00 because of a change of time (no 00:00) starts
// at its first instant, as time.Date normalises it.
func nextMidnight(now time.Time, loc *time.Location) time.Time {
	y, m, d := now.In(loc).Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, loc)
}

// Refresh loads and renders everything again with the clock's time: for a
// new day.
func (s *Session) Refresh(ctx context.Context) (*Change, error) {
	return s.full(ctx)
}

// ownLayouts reports whether a theme has layouts of the site's own: files
// under layouts/ that come from the site and differ from the built-in
// theme's.
func ownLayouts(theme *themes.Layered) bool {
	own := false
	_ = fs.WalkDir(theme, "layouts", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !theme.FromSite(p) {
			return nil
		}
		mine, err1 := fs.ReadFile(theme, p)
		builtin, err2 := fs.ReadFile(themes.Default(), p)
		if err1 != nil || err2 != nil || !bytes.Equal(mine, builtin) {
			own = true
			return fs.SkipAll
		}
		return nil
	})
	return own
}

// remodel assembles the catalogue and builds the model again from the
// session's parsed pages and entries.
func (s *Session) remodel(cross *diag.List) {
	s.assemble(cross)
	mdl := &diag.List{}
	s.p.Model(mdl)
	s.modelDiags = mdl.Sorted()
	cross.Merge(mdl)
}

// assemble builds the catalogue again from the session's entries.
func (s *Session) assemble(cross *diag.List) {
	ad := &diag.List{}
	s.p.Catalog = catalog.Assemble(slices.Collect(maps.Values(s.entries)), s.figures, s.catalogOptions(), ad)
	s.assembleDiags = ad.Sorted()
	cross.Merge(ad)
}

// catalogOptions are the options of parsing and assembling entries, as
// build.Load sets them.
func (s *Session) catalogOptions() catalog.Options {
	return catalog.Options{Today: s.p.Config.Today(s.now), Location: s.p.Config.Location, Drafts: s.opts.Drafts, Privacy: s.p.Policy}
}

// replace applies edits that keep the site's shape to the model in place
// (see model.Site.Replace) and returns the pages they change. Building the
// model again for a site of 25,000 pages would cost more than the rest of
// the update.
func (s *Session) replace(cross *diag.List, pages []*content.Page, entries []catalog.Entry) []*model.Page {
	if len(entries) > 0 {
		s.assemble(cross) // the entries' references, and so their reverse links, may have changed
	} else {
		for _, d := range s.assembleDiags {
			cross.Add(d)
		}
	}
	for _, d := range s.modelDiags {
		cross.Add(d)
	}
	return s.p.Site.Replace(s.p.Catalog, pages, entries)
}

// Update applies edits to the files named (paths relative to the site root,
// slash-separated): Markdown pages and catalogue entries are re-parsed alone;
// anything else (site.yaml, layouts, UI strings, figures, static files)
// rebuilds everything.
func (s *Session) Update(ctx context.Context, files []string) (*Change, error) {
	if s.p == nil || s.p.Site == nil || s.p.Renderer == nil {
		return s.full(ctx)
	}
	known := map[string]bool{}
	for _, p := range s.p.Pages {
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
		case strings.HasSuffix(f, ".css") && strings.HasPrefix(f, "themes/") && strings.Contains(f, "/assets/"):
			return s.cssOnly(ctx)
		default:
			return s.full(ctx)
		}
	}
	if len(pages)+len(entries) == 0 {
		return &Change{}, nil
	}
	return s.incremental(ctx, pages, entries)
}

// cssOnly re-reads the theme's assets: a stylesheet changed.
func (s *Session) cssOnly(ctx context.Context) (*Change, error) {
	assets, _, err := s.p.ReadAssets(&diag.List{})
	if err != nil {
		return nil, err
	}
	ch := &Change{CSSOnly: true}
	for _, a := range assets {
		if !strings.HasSuffix(a.Path, ".css") {
			continue
		}
		if old, ok := s.Outputs[a.Path]; !ok || !bytes.Equal(old.Body, a.Body) {
			s.Outputs[a.Path] = a
			ch.Paths = append(ch.Paths, a.Path)
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
	l := s.p
	diags := &diag.List{}
	parsed := map[string]bool{}
	structural := false // the site's shape changed (model.SamePage, model.SameEntry): re-render everything
	touched := map[string]bool{}
	var newPages []*content.Page
	var newEntries []catalog.Entry

	// Markdown pages.
	byFile := reindex(l.Pages)
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
			l.Policy.Check(f, src, diags) // personal addresses, as the build scans them
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
			structural = structural || !model.SamePage(l.Pages[i], np)
			l.Pages[i] = np
			touched[f] = true
			newPages = append(newPages, np)
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
				ne = catalog.Parse(f, kind, id, src, l.Config.Langs, s.catalogOptions(), diags)
			}
		}
		old, existed := s.entries[f]
		if ne == nil {
			// Removed, it goes; unparsable, the last good version is kept
			// while the errors are shown.
			if existed && err != nil {
				delete(s.entries, f)
				structural = true
			}
			continue
		}
		structural = structural || !existed || !model.SameEntry(old, ne)
		s.entries[f] = ne
		touched[f] = true
		newEntries = append(newEntries, ne)
	}

	// Reassemble, remodel, re-render.
	for f := range parsed {
		delete(s.fileDiags, f)
	}
	for _, d := range diags.Sorted() {
		s.fileDiags[d.Pos.File] = append(s.fileDiags[d.Pos.File], d)
	}
	cross := &diag.List{}
	affected := map[*model.Page]bool{}
	if structural {
		s.remodel(cross)
	} else {
		for _, p := range s.replace(cross, newPages, newEntries) {
			affected[p] = true
		}
	}
	everything := structural || s.ownLayouts
	rdiags := &diag.List{}
	l.Renderer.Reset(l.Site, !structural, rdiags)
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
	// that may have changed — all of them after a change of the site's
	// shape, else those the model says show the edited files — and the
	// whole-site files are rendered when a browser asks for them.
	s.pending = map[string]*model.Page{}
	s.pendingGroups, s.lazyGroups = map[string]*render.SiteFileGroup{}, nil
	var eager []string
	for _, p := range l.Site.Pages {
		if !s.renders(p) {
			continue
		}
		f := p.File()
		if (p.Source != nil && touched[p.Source.File]) || (p.Entry != nil && touched[p.Entry.Meta().File]) {
			before[f] = old[f].Body
			if o, ok := l.Renderer.RenderPage(p); ok {
				next[f] = o
				eager = append(eager, f)
			}
			continue
		}
		o, ok := old[f]
		if ok {
			next[f] = o // the last version, until it is rendered again if it is pending
		}
		if !ok || everything || affected[p] {
			s.pending[f] = p
		}
	}
	groups := l.Renderer.SiteFileGroups()
	for i := range groups {
		g := &groups[i]
		for _, p := range g.Paths {
			s.pendingGroups[p] = g
			if o, ok := old[p]; ok {
				next[p] = o
			}
		}
		if g.Match != nil {
			s.lazyGroups = append(s.lazyGroups, g)
			if structural {
				for p, o := range old {
					if g.Match(p) {
						next[p] = o // the last version until it is rendered again
					}
				}
			}
		}
	}
	s.Outputs = next
	s.crossDiags = cross.Sorted()
	if structural {
		s.renderDiags = rdiags.Sorted()
	} else {
		// Keep what earlier renders found in pages not rendered again.
		kept := slices.DeleteFunc(s.renderDiags, func(d diag.Diagnostic) bool { return parsed[d.Pos.File] })
		s.renderDiags = dedup(append(kept, rdiags.Sorted()...))
	}
	ch := &Change{}
	for _, f := range eager {
		if b, ok := before[f]; !ok || b == nil || string(b) != string(next[f].Body) {
			ch.Paths = append(ch.Paths, f)
		}
	}
	ch.Paths = slices.AppendSeq(ch.Paths, maps.Keys(s.pending))
	if structural {
		for f := range old {
			if _, ok := next[f]; !ok && s.pendingGroup(f) == nil {
				ch.Paths = append(ch.Paths, f) // removed
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
	if _, ok := s.Outputs[p]; !ok && s.p != nil && s.p.Images != nil && s.p.Images.Knows(p) {
		return true // an image variant, made when first asked for
	}
	return s.pendingGroup(p) != nil
}

// pendingGroup returns the pending group of whole-site files that writes
// p, or nil.
func (s *Session) pendingGroup(p string) *render.SiteFileGroup {
	if g, ok := s.pendingGroups[p]; ok {
		return g
	}
	for _, g := range s.lazyGroups {
		if g.Match(p) {
			return g
		}
	}
	return nil
}

// Resolve renders a pending output now, with the others rendered along with
// it (the whole-site files come in groups), and returns the paths it
// rendered; their outputs are in Outputs (absent when rendering failed).
func (s *Session) Resolve(p string) []string {
	if pg, ok := s.pending[p]; ok {
		delete(s.pending, p)
		if o, ok := s.p.Renderer.RenderPage(pg); ok {
			s.Outputs[p] = o
		} else {
			delete(s.Outputs, p)
		}
		s.renderDiags = dedup(append(s.renderDiags, s.rdiags.Sorted()...))
		return []string{p}
	}
	if s.p != nil && s.p.Images != nil && s.p.Images.Knows(p) {
		idiags := &diag.List{}
		body, ok, err := s.p.Images.Make(context.Background(), p, idiags)
		if ok && err == nil {
			s.Outputs[p] = render.Output{Path: p, Body: body, Minified: true}
		}
		s.renderDiags = dedup(append(s.renderDiags, idiags.Sorted()...))
		return []string{p}
	}
	g := s.pendingGroup(p)
	if g == nil {
		return nil
	}
	// What the group wrote last goes, and what it writes now comes: a
	// search index's chunks change names with their content.
	paths := slices.Clone(g.Paths)
	for _, q := range g.Paths {
		delete(s.pendingGroups, q)
		delete(s.Outputs, q)
	}
	if g.Match != nil {
		s.lazyGroups = slices.DeleteFunc(s.lazyGroups, func(h *render.SiteFileGroup) bool { return h == g })
		for q := range s.Outputs {
			if g.Match(q) {
				delete(s.Outputs, q)
				paths = append(paths, q)
			}
		}
	}
	for _, o := range g.Render() {
		s.Outputs[o.Path] = o.Materialize()
		paths = append(paths, o.Path)
	}
	slices.Sort(paths)
	return slices.Compact(paths)
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

// renders reports whether the session renders page p: the pages of the
// languages asked for (Options.Langs), as render.Renderer.Render does.
func (s *Session) renders(p *model.Page) bool {
	return s.p.Only == nil || s.p.Only[p.Lang] || p.Kind == model.Chooser || p.Kind == model.Root404
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
