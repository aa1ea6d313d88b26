// Package render is the third stage of the pipeline: it turns the model into
// outputs — every page through the theme's html/template layouts, plus the
// language chooser, sitemaps, robots.txt, Atom feeds, the programme finder's
// indexes and the open-data exports. Outputs stream to the caller as they are
// rendered, from a pool of GOMAXPROCS workers.
//
// In: *model.Site, the theme (an fs.FS), UI strings, a Markdown renderer and
// the URLs of the fingerprinted assets. Out: Output values on a channel and
// positioned diagnostics.
package render

import (
	"bytes"
	"cmp"
	"context"
	"html/template"
	"io"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/picture"
)

// Output is one file of the built site.
type Output struct {
	Path      string // relative to the output folder: "fr/mobilite/index.html"
	MediaType string // "text/html", "application/json", …
	Body      []byte
	// Key names the model page the output comes from, or "" for outputs that
	// depend on the whole site (sitemaps, indexes).
	Key string
	// Stream, when set, writes the body in place of Body: the large files
	// that depend on the whole site (open-data exports, sitemaps) go to
	// their file as they are produced instead of being held in memory. A
	// streamed body is written compact and is not minified again.
	Stream func(w io.Writer) error
	// Minified is true when Body is minified already (rendered from
	// minified templates, or JSON written compact): writers must not
	// minify it again.
	Minified bool

	buf  *bytes.Buffer // Body's buffer, from pool: see Release
	pool *sync.Pool
}

// Release gives the output's buffer back for another page once its body is
// written and no longer used. Consumers that keep bodies do not call it.
func (o Output) Release() {
	if o.buf != nil && o.pool != nil {
		o.buf.Reset()
		o.pool.Put(o.buf)
	}
}

// Materialize returns o with its whole body in Body (running Stream), for
// the consumers that keep outputs in memory.
func (o Output) Materialize() Output {
	if o.Stream == nil {
		return o
	}
	var buf bytes.Buffer
	_ = o.Stream(&buf) // writing to memory does not fail
	o.Body, o.Stream = buf.Bytes(), nil
	return o
}

// Theme is a theme's files: layouts/, partials/ and i18n/ — already layered
// (site overrides over the theme, the theme over the built-in default).
type Theme struct {
	FS fs.FS
	// Name returns the path to show in messages for a file of FS.
	Name func(p string) string
}

// Options are the inputs of Render besides the site.
type Options struct {
	Theme    Theme
	Strings  *lang.Strings
	Markdown *content.Markdown
	// Assets maps an asset's name ("main.css") to its fingerprinted path
	// relative to the output root ("assets/main.3f2a1c9e.css").
	Assets map[string]string
	// Now is the build time, in the site's time zone, for feeds' updated
	// element when no page is dated.
	Now time.Time
	// Today is the build's date in the site's time zone, as midnight UTC
	// (config.Config.Today): deadlines that passed before it are closed,
	// events that ended before it are in the archive.
	Today time.Time
	// Version is written in the generator meta tag.
	Version string
	// Only restricts rendering to pages of these languages (nil: all).
	Only map[string]bool
	// Images is the image pipeline: every raster image a page shows goes
	// through it. nil shows none (tests of other parts).
	Images *picture.Processor
	// Minify, when set, minifies the templates once and the Markdown
	// fragments as they are rendered: pages then come out minified
	// (Output.Minified).
	Minify Minifier
	// AdminCSP is the Content Security Policy of the editor at /admin/
	// (build/admin), or "" when the site has none: _headers then gives
	// /admin/ that policy instead of the public pages' one.
	AdminCSP string
}

// Minifier minifies templates and fragments (write.Minifier is one).
type Minifier interface {
	// Template minifies the source of an HTML template, leaving its
	// actions as they are.
	Template(src []byte) ([]byte, error)
	// Bytes minifies b as mediaType.
	Bytes(mediaType string, b []byte) ([]byte, error)
}

// Renderer renders a site. Build it with New; it is safe for concurrent use.
type Renderer struct {
	site    *model.Site
	opts    Options
	layouts map[string]map[string]*template.Template // lang → layout → template
	diags   *diag.List
	broken  bool            // a template did not parse: its error says it all
	dated   map[string]bool // languages with dated pages (and so a feed)
	fmts    map[string]lang.Formatter
	bodies  sync.Map // *content.Page → template.HTML, rendered once
	cards   sync.Map // *model.Page → *Card, built once
	sorted  sync.Map // list *model.Page → its children sorted by title
	// menuCache holds the menus shared by the pages under one parent
	// (*model.Page → map[string][]Link): see menus.
	menuCache sync.Map
	siteInfo  map[string]*SiteInfo
	bufs      sync.Pool // *bytes.Buffer for page bodies: see Output.Release
	mdBufs    sync.Pool // *bytes.Buffer for Markdown's HTML, which minifyFragment copies
	qr        qrCoder   // the flyers' QR codes
	// searchFields holds, by view type, the fields searchDoc reads
	// (reflect.Type → []searchField).
	searchFields sync.Map
	// partials holds the HTML of partialCached calls, by language,
	// layout, name and keys; Reset empties it.
	partials sync.Map
	// preMinified is true when the layouts were minified when parsed;
	// sources then maps template names to their sources, for positions.
	preMinified bool
	sources     map[string]templateSource
}

var templateErrRE = regexp.MustCompile(`template: ([^:]+):(\d+):(?:(\d+):)? ?(.*)`)

// layoutDir and partialDir are the theme folders of templates.
const (
	layoutDir  = "layouts"
	partialDir = "layouts/partials"
)

// New parses the theme's templates for every language.
func New(site *model.Site, opts Options, diags *diag.List) (*Renderer, error) {
	if opts.Today.IsZero() {
		opts.Today = site.Config.Today(opts.Now)
	}
	r := &Renderer{site: site, opts: opts, layouts: map[string]map[string]*template.Template{}, diags: diags, fmts: map[string]lang.Formatter{}, dated: datedLangs(site), sources: map[string]templateSource{}}
	for _, l := range site.Langs.List {
		r.fmts[l.Code] = lang.NewFormatter(l.Tag)
	}
	r.siteInfo = r.siteInfos()
	names, err := fs.Glob(opts.Theme.FS, layoutDir+"/*.html")
	if err != nil {
		return nil, err
	}
	partials, err := fs.Glob(opts.Theme.FS, partialDir+"/*.html")
	if err != nil {
		return nil, err
	}
	parsed, ok := r.parseSet(names, partials, false)
	if !ok {
		return r, nil
	}
	if opts.Minify != nil {
		// Minified once here rather than on every page: the output of the
		// minified templates needs no minifying but for what is inserted
		// into them (Markdown, see minifyFragment). Errors were reported
		// from the sources as written; should the minified sources not
		// parse, the pages are minified whole instead.
		if m, ok := r.parseSet(names, partials, true); ok {
			parsed, r.preMinified = m, true
		}
	}
	folds := map[string]*textFolds{}
	for name, t := range parsed {
		folds[name] = learnTextFolds(t, r.funcs(r.site.Langs.Default))
	}
	for _, l := range site.Langs.List {
		r.layouts[l.Code] = map[string]*template.Template{}
		for name, t := range parsed {
			c, err := t.Clone()
			if err != nil {
				return nil, err
			}
			fm := r.funcs(l.Code)
			c.Funcs(fm)
			r.fold(c, l.Code, fm)
			folds[name].foldText(c)
			r.layouts[l.Code][name] = c
		}
	}
	return r, nil
}

// parseSet parses the partials and, for each layout, base.html and the
// layout: one template set per layout. With minify, the sources are
// minified first and problems are not reported (the sources as written
// were parsed first, with positions users can find).
func (r *Renderer) parseSet(names, partials []string, minify bool) (map[string]*template.Template, bool) {
	base := template.New("").Funcs(r.funcs(r.site.Langs.Default))
	for _, p := range partials {
		if !r.parse(base, p, minify) {
			return nil, false
		}
	}
	parsed := map[string]*template.Template{}
	for _, n := range names {
		if path.Base(n) == "base.html" {
			continue
		}
		t, err := base.Clone()
		if err != nil {
			return nil, false
		}
		if !r.parse(t, path.Join(layoutDir, "base.html"), minify) || !r.parse(t, n, minify) {
			if minify {
				return nil, false
			}
			continue
		}
		parsed[strings.TrimSuffix(path.Base(n), ".html")] = t
	}
	return parsed, true
}

// parse adds the file p of the theme to t, reporting errors with position.
// With minify, it parses the minified source and reports nothing.
func (r *Renderer) parse(t *template.Template, p string, minify bool) bool {
	src, err := fs.ReadFile(r.opts.Theme.FS, p)
	if err != nil {
		if !minify {
			r.diags.Errorf(diag.Pos{File: r.opts.Theme.Name(p)}, "%v", err)
		}
		return false
	}
	name := r.opts.Theme.Name(p)
	if minify {
		// The minifier may rewrite its input in place: keep the source.
		m, err := r.opts.Minify.Template(bytes.Clone(src))
		if err != nil {
			return false
		}
		r.sources[name] = templateSource{orig: src, min: m}
		src = m
	}
	if _, err := t.New(name).Parse(string(src)); err != nil {
		if !minify {
			r.templateError(err, name)
			r.broken = true
		}
		return false
	}
	return true
}

// templateError turns a template error into a positioned diagnostic.
func (r *Renderer) templateError(err error, fallback string) {
	msg := err.Error()
	if m := templateErrRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		if src, ok := r.sources[m[1]]; ok && r.preMinified {
			line, col = src.position(line, col)
		}
		r.diags.Errorf(diag.Pos{File: m[1], Line: line, Col: col}, "template: %s", m[4])
		return
	}
	r.diags.Errorf(diag.Pos{File: fallback}, "template: %s", strings.TrimPrefix(msg, "template: "))
}

// Render renders every output and sends it to out, which it closes when done.
func (r *Renderer) Render(ctx context.Context, out chan<- Output) {
	defer close(out)
	send := func(o Output) {
		select {
		case out <- o:
		case <-ctx.Done():
		}
	}
	pages := r.site.Pages
	docs := r.newSearchIndexes() // the search indexes, built as pages render
	jobs := make(chan *model.Page)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Go(func() {
			for p := range jobs {
				if ctx.Err() != nil {
					continue
				}
				if o, ok := r.page(p, true, docs); ok {
					send(o)
				}
				for _, o := range r.searchDone(docs, p) {
					send(o)
				}
			}
		})
	}
	go func() {
		defer close(jobs)
		for _, p := range pages {
			if r.opts.Only != nil && !r.opts.Only[p.Lang] && p.Kind != model.Chooser && p.Kind != model.Root404 {
				continue
			}
			select {
			case jobs <- p:
			case <-ctx.Done():
				return
			}
		}
	}()
	for _, part := range r.siteFileParts() {
		for _, o := range part() {
			send(o)
		}
	}
	wg.Wait()
	if ctx.Err() != nil {
		return
	}
	// The indexes no page completed (a language without pages to index).
	for _, l := range r.site.Langs.List {
		if ix := docs.langs[l.Code]; ix != nil && ix.sent.CompareAndSwap(false, true) {
			for _, o := range r.searchFiles(ix) {
				send(o)
			}
		}
	}
}

// Reset points the renderer at a new version of the site and a new list for
// its diagnostics, keeping the parsed templates, and the rendered Markdown of
// pages whose source did not change when keepBodies is true. It is for the dev server's incremental rebuilds and
// must not be called while a render is running.
func (r *Renderer) Reset(site *model.Site, keepBodies bool, diags *diag.List) {
	r.site = site
	r.diags = diags
	r.dated = datedLangs(site)
	r.partials = sync.Map{}
	r.cards = sync.Map{}
	r.sorted = sync.Map{}
	r.menuCache = sync.Map{}
	r.siteInfo = r.siteInfos()
	if !keepBodies {
		r.bodies = sync.Map{}
	}
}

// permalink returns the absolute URL of p (model.Site.Permalink).
func (r *Renderer) permalink(p *model.Page) string { return r.site.Permalink(p) }

// Site returns the site the renderer renders.
func (r *Renderer) Site() *model.Site { return r.site }

// RenderPage renders one page (for the dev server's incremental rebuilds).
func (r *Renderer) RenderPage(p *model.Page) (Output, bool) {
	return r.page(p, false, nil)
}

// layoutOf returns the layout p is rendered with, and its templates (nil
// when the theme has neither p's layout nor the fallback).
func (r *Renderer) layoutOf(p *model.Page) (string, *template.Template) {
	layouts := r.layouts[p.Lang]
	if t := layouts[p.Layout]; t != nil {
		return p.Layout, t
	}
	layout := "page"
	switch p.Kind {
	case model.Section, model.Home, model.List, model.Search, model.Accessibility:
		layout = string(p.Kind)
	}
	return layout, layouts[layout]
}

// page renders p. With pooled, the body is in a buffer from the pool, to
// give back with Output.Release. With docs, the page's entry in the search
// index is added to it.
func (r *Renderer) page(p *model.Page, pooled bool, docs *searchIndexes) (Output, bool) {
	layout, t := r.layoutOf(p)
	if t == nil {
		if !r.broken {
			r.diags.Errorf(r.sourcePos(p), "no layout %q in the theme (layouts/%s.html)", p.Layout, p.Layout)
		}
		return Output{}, false
	}
	v := r.view(p)
	v.page().layout = layout
	if docs != nil && docs.wants(p) {
		docs.add(p, r.searchDoc(p, v))
	}
	buf := new(bytes.Buffer)
	if pooled {
		buf = pooledBuf(&r.bufs)
	}
	name := "base"
	if p.Kind == model.Alias {
		name = "alias"
	}
	if err := t.ExecuteTemplate(buf, name, v); err != nil {
		r.templateError(err, r.opts.Theme.Name(path.Join(layoutDir, p.Layout+".html")))
		if pooled {
			buf.Reset()
			r.bufs.Put(buf)
		}
		return Output{}, false
	}
	o := Output{Path: p.File(), MediaType: "text/html", Body: buf.Bytes(), Key: p.Key, Minified: r.preMinified}
	if pooled {
		o.buf, o.pool = buf, &r.bufs
	}
	return o, true
}

func (r *Renderer) sourcePos(p *model.Page) diag.Pos {
	if p.Source != nil {
		return p.Source.Meta.At.Of("layout", diag.Pos{File: p.Source.File})
	}
	if p.Entry != nil {
		return diag.Pos{File: p.Entry.Meta().File}
	}
	return diag.Pos{File: "site.yaml"}
}

// body renders the Markdown body of a content page, once.
func (r *Renderer) body(p *model.Page) template.HTML {
	cp := p.Source
	if cp == nil {
		return ""
	}
	return memo(&r.bodies, cp, func() template.HTML {
		buf := pooledBuf(&r.mdBufs)
		defer r.mdBufs.Put(buf)
		return r.minifyFragment(r.opts.Markdown.RenderTo(buf, cp.Body, content.Source{File: cp.File, Line: cp.BodyLine, Lang: cp.Lang, TopHeading: 2}, r.resolver(r.site.Resolver(p, cp.Dir), cp.Dir), r.diags))
	})
}

// pooledBuf returns a buffer from pool, or a new one.
func pooledBuf(pool *sync.Pool) *bytes.Buffer {
	if b, ok := pool.Get().(*bytes.Buffer); ok {
		return b
	}
	return new(bytes.Buffer)
}

// memo returns the value m holds for key, made by mk and stored the first
// time it is asked for. Concurrent callers may each make it, and all get
// the one stored first.
func memo[T any](m *sync.Map, key any, mk func() T) T {
	if v, ok := m.Load(key); ok {
		return v.(T)
	}
	v, _ := m.LoadOrStore(key, mk())
	return v.(T)
}

// markdown renders a catalogue Markdown text in code, marking fallbacks.
func (r *Renderer) markdown(code string, m catalog.Markdown, file string, level int) template.HTML {
	v, in, ok := m.Get(r.site.Langs.Chain(code))
	if !ok {
		return ""
	}
	pos := m.Pos[in]
	if m.Plain {
		pos = m.Pos[""]
	}
	src := content.Source{File: file, Line: pos.Line + 1, Col: max(pos.Col-1, 0), Lang: cmp.Or(in, code), TopHeading: level}
	buf := pooledBuf(&r.mdBufs)
	html := r.minifyFragment(r.opts.Markdown.RenderTo(buf, []byte(v), src, r.resolver(r.site.Resolver(r.site.Homes[code], ""), ""), r.diags))
	r.mdBufs.Put(buf)
	if in != code && in != "" && !m.Plain {
		return r.fallbackBlock(code, in, html)
	}
	return html
}

// langOf returns the language record of code.
func (r *Renderer) langOf(code string) lang.Language {
	l, _ := r.site.Langs.Get(code)
	return l
}
