// Package build wires the pipeline stages together — load, model, render,
// write — and nothing else: Build reads a site through an fs.FS and writes it
// to a folder, atomically; Render does the same into memory for the dev
// server and for checks.
package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/render"
	"github.com/vitrine-ssg/vitrine/build/write"
	"github.com/vitrine-ssg/vitrine/themes"
)

// Options say what to build and how.
type Options struct {
	// Site is the site folder, read-only.
	Site fs.FS
	// Out is the output folder; empty means no files are written.
	Out string
	// BaseURL overrides site.yaml's baseURL when set.
	BaseURL string
	// Drafts publishes pages and entries marked draft.
	Drafts bool
	// NoMinify leaves outputs as rendered.
	NoMinify bool
	// Strict turns warnings into errors.
	Strict bool
	// Langs restricts the build to these languages (nil: all).
	Langs []string
	// Now is the build date (review dates are checked against it). Zero: time.Now.
	Now time.Time
	// Version is written in the output.
	Version string
}

// Report tells what a build did.
type Report struct {
	Pages    map[string]int // pages per language
	Langs    []string       // in switcher order
	Files    int64
	Bytes    int64
	Linked   int64 // files unchanged since the previous build, linked instead of written
	UpToDate bool  // nothing changed since the previous build: nothing was done
	Duration time.Duration
	Diags    []diag.Diagnostic // every error and warning, sorted
}

// Loaded is a site after the load and model stages.
type Loaded struct {
	Config   *config.Config
	Site     *model.Site
	Theme    *themes.Layered
	Strings  *lang.Strings
	Markdown *content.Markdown
	Pages    []*content.Page
	Catalog  *catalog.Catalog
	Static   []StaticFile
}

// StaticFile is a file copied as it is into the output.
type StaticFile struct {
	FS   fs.FS
	Path string // in FS
	Out  string // output path
}

// Load runs the load and model stages. The returned *Loaded is nil when the
// configuration itself is unusable.
func Load(ctx context.Context, opts Options, diags *diag.List) (*Loaded, error) {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	src, err := fs.ReadFile(opts.Site, config.File)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			diags.Errorf(diag.Pos{File: config.File}, "no site.yaml here: run vitrine in a site folder, pass -s DIR, or create a site with vitrine new site DIR")
			return nil, nil
		}
		return nil, err
	}
	cfg := config.Parse(config.File, src, diags)
	if cfg == nil || cfg.Langs == nil {
		return nil, nil
	}
	if opts.BaseURL != "" {
		u, err := url.Parse(opts.BaseURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return nil, fmt.Errorf("--base-url %q: expected an absolute http(s) URL like https://org.github.io/site/", opts.BaseURL)
		}
		if !strings.HasSuffix(u.Path, "/") {
			u.Path += "/"
		}
		cfg.BaseURL, cfg.Base = u.String(), u
	}
	if !themes.HasTheme(opts.Site, cfg.Theme) {
		diags.Errorf(cfg.Positions.Of("theme", diag.Pos{File: config.File}), "theme: no folder themes/%s in the site (use default for the built-in theme)", cfg.Theme)
	}

	l := &Loaded{Config: cfg, Theme: themes.Open(opts.Site, cfg.Theme)}
	var wg sync.WaitGroup
	var contentErr, catalogErr error
	wg.Add(2)
	go func() {
		defer wg.Done()
		l.Pages, contentErr = content.Load(ctx, opts.Site, cfg.Langs, opts.Drafts, diags)
	}()
	go func() {
		defer wg.Done()
		l.Catalog, catalogErr = catalog.Load(ctx, opts.Site, cfg.Langs, catalog.Options{Today: day(now), Drafts: opts.Drafts}, diags)
	}()
	files, err := stringFiles(opts.Site, l.Theme)
	if err != nil {
		return nil, err
	}
	l.Strings = lang.NewStrings(cfg.Langs, files, diags)
	l.Static, err = staticFiles(opts.Site, l.Theme, diags)
	if err != nil {
		return nil, err
	}
	wg.Wait()
	if err := errors.Join(contentErr, catalogErr); err != nil {
		return nil, err
	}
	static := make([]string, len(l.Static))
	for i, f := range l.Static {
		static[i] = f.Out
	}
	l.Markdown = content.NewMarkdown(cfg.Langs.Codes(), cfg.Markup.Unsafe)
	l.Site = model.Build(cfg, l.Pages, l.Catalog, static, model.Options{Drafts: opts.Drafts}, diags)
	return l, nil
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// stringFiles returns the theme's UI strings, then the site's.
func stringFiles(site fs.FS, theme *themes.Layered) ([]lang.StringFile, error) {
	var out []lang.StringFile
	for _, layer := range []struct {
		fs     fs.FS
		dir    string
		prefix string
	}{
		{themes.Default(), "i18n", "themes/default/i18n"},
		{theme, "i18n", "i18n"},
		{site, "i18n", "i18n"},
	} {
		files, err := lang.ReadStringFiles(layer.fs, layer.dir, layer.prefix)
		if err != nil {
			return nil, err
		}
		if layer.fs == fs.FS(theme) {
			for i := range files {
				files[i].Path = theme.Name(path.Join("i18n", path.Base(files[i].Path)))
			}
		}
		out = append(out, files...)
	}
	return out, nil
}

// staticFiles lists the theme's static/ files, overridden by the site's.
func staticFiles(site fs.FS, theme *themes.Layered, diags *diag.List) ([]StaticFile, error) {
	byOut := map[string]StaticFile{}
	add := func(fsys fs.FS, root string, fromSite bool) error {
		return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == root {
					return fs.SkipDir
				}
				return err
			}
			if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if fromSite {
					diags.Errorf(diag.Pos{File: p}, "symbolic links are not followed: copy the file into static/")
				}
				return nil // never follow links out of the site
			}
			byOut[strings.TrimPrefix(p, root+"/")] = StaticFile{FS: fsys, Path: p, Out: strings.TrimPrefix(p, root+"/")}
			return nil
		})
	}
	if err := add(theme, "static", false); err != nil {
		return nil, err
	}
	if err := add(site, "static", true); err != nil {
		return nil, err
	}
	out := make([]StaticFile, 0, len(byOut))
	for _, f := range byOut {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Out < out[j].Out })
	return out, nil
}

// Assets minifies and fingerprints the theme's assets/ files and returns the
// outputs and the name → path map templates use.
func Assets(theme fs.FS, min *write.Minifier) ([]render.Output, map[string]string, error) {
	names, err := fs.Glob(theme, "assets/*")
	if err != nil {
		return nil, nil, err
	}
	var outs []render.Output
	paths := map[string]string{}
	for _, n := range names {
		body, err := fs.ReadFile(theme, n)
		if err != nil {
			return nil, nil, err
		}
		mt := mediaType(n)
		if min != nil {
			if body, err = min.Bytes(mt, body); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", n, err)
			}
		}
		out := write.Fingerprint(n, body)
		paths[path.Base(n)] = out
		outs = append(outs, render.Output{Path: out, MediaType: "", Body: body})
	}
	return outs, paths, nil
}

func mediaType(name string) string {
	switch path.Ext(name) {
	case ".css":
		return "text/css"
	case ".js":
		return "application/javascript"
	case ".svg":
		return "image/svg+xml"
	case ".json":
		return "application/json"
	}
	return ""
}

// Build runs the whole pipeline and publishes the output folder only when
// there is no error. The returned error is non-nil for failures outside the
// input (I/O); problems in the input are in the report, and make
// Report.Failed true.
func Build(ctx context.Context, opts Options) (*Report, error) {
	start := time.Now()
	diags := &diag.List{}
	rep := &Report{Pages: map[string]int{}}
	finish := func() *Report {
		rep.Duration = time.Since(start)
		rep.Diags = diags.Sorted()
		return rep
	}
	now := opts.Now
	if now.IsZero() {
		now = start
	}
	inputs := ""
	if opts.Out != "" {
		// Nothing changed since the build in the output folder: nothing to do.
		var err error
		inputs, err = Fingerprint(opts, now)
		if err != nil {
			return finish(), err
		}
		if m := write.ReadManifest(opts.Out); m != nil && inputs != "" && m.Inputs == inputs {
			for _, w := range m.Warnings {
				diags.Warnf(diag.Pos{File: w.File, Line: w.Line, Col: w.Col}, "%s", w.Msg)
			}
			rep.Pages, rep.UpToDate = m.Pages, true
			rep.Langs = upToDateLangs(opts.Site, m.Pages)
			return finish(), nil
		}
	}
	l, err := Load(ctx, opts, diags)
	if err != nil {
		return finish(), err
	}
	if l == nil {
		return finish(), nil
	}
	var min *write.Minifier
	if !opts.NoMinify {
		min = write.NewMinifier()
	}
	assets, paths, err := Assets(l.Theme, min)
	if err != nil {
		return finish(), err
	}
	brand, err := render.BrandCSS(l.Config)
	if err != nil {
		diags.Errorf(l.Config.Positions.Of("params", diag.Pos{File: config.File}), "%v", err)
		return finish(), nil
	}
	if min != nil {
		if brand, err = min.Bytes("text/css", brand); err != nil {
			return finish(), err
		}
	}
	paths["brand.css"] = write.Fingerprint("assets/brand.css", brand)
	assets = append(assets, render.Output{Path: paths["brand.css"], Body: brand})
	only, err := langFilter(l.Config, opts.Langs)
	if err != nil {
		return finish(), err
	}
	ropts := render.Options{
		Theme: render.Theme{FS: l.Theme, Name: l.Theme.Name}, Strings: l.Strings, Markdown: l.Markdown,
		Assets: paths, Now: start, Version: opts.Version, Only: only,
	}
	if min != nil {
		ropts.Minify = min
	}
	r, err := render.New(l.Site, ropts, diags)
	if err != nil {
		return finish(), err
	}
	if diags.Count(diag.Error) > 0 || opts.Out == "" {
		// Render anyway, without writing, so that one run also reports the
		// problems only rendering finds (broken links, template errors).
		outs := make(chan render.Output, 64)
		go r.Render(ctx, outs)
		for o := range outs {
			if o.Stream != nil {
				_ = o.Stream(io.Discard) // what streaming finds is reported too
			}
		}
		reportStrings(l.Strings, diags)
		return finish(), nil
	}
	dir, err := write.Open(opts.Out, min)
	if err != nil {
		return finish(), err
	}
	werr := writeAll(ctx, r, dir, assets, l.Static, rep)
	reportStrings(l.Strings, diags)
	if werr == nil {
		werr = ctx.Err()
	}
	if werr != nil || diags.Err(opts.Strict) != nil {
		_ = dir.Abort()
		rep.Files, rep.Bytes = 0, 0
		return finish(), werr
	}
	var warnings []write.Warning
	for _, d := range diags.Sorted() {
		warnings = append(warnings, write.Warning{File: d.Pos.File, Line: d.Pos.Line, Col: d.Pos.Col, Msg: d.Msg})
	}
	if err := dir.Commit(opts.Version, inputs, rep.Pages, warnings); err != nil {
		_ = dir.Abort()
		return finish(), err
	}
	rep.Files, rep.Bytes, rep.Linked = dir.Files(), dir.Bytes(), dir.Linked()
	for _, code := range l.Config.Langs.Codes() {
		if only == nil || only[code] {
			rep.Langs = append(rep.Langs, code)
		}
	}
	return finish(), nil
}

// writeAll streams the rendered outputs to the output folder, minifying on a
// pool of workers as pages arrive.
func writeAll(ctx context.Context, r *render.Renderer, dir *write.Dir, assets []render.Output, static []StaticFile, rep *Report) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	outs := make(chan render.Output, 64)
	go r.Render(ctx, outs)
	var mu sync.Mutex
	var firstErr error
	fail := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
			cancel()
		}
		mu.Unlock()
	}
	var wg sync.WaitGroup
	// Writing waits on the file system more than it computes: more writers
	// than processors keep the processors busy with rendering meanwhile.
	for w := 0; w < 4*runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range outs {
				var err error
				if o.Stream != nil {
					err = dir.WriteStream(o.Path, o.Stream)
				} else if o.Minified {
					err = dir.Write(o.Path, "", o.Body)
				} else {
					err = dir.Write(o.Path, o.MediaType, o.Body)
				}
				o.Release()
				if err != nil {
					fail(err)
					continue
				}
				if o.MediaType == "text/html" && o.Key != "" {
					lang, _, _ := strings.Cut(o.Path, "/")
					mu.Lock()
					rep.Pages[lang]++
					mu.Unlock()
				}
			}
		}()
	}
	for _, a := range assets {
		if err := dir.Write(a.Path, "", a.Body); err != nil {
			fail(err)
		}
	}
	for _, s := range static {
		f, err := s.FS.Open(s.Path)
		if err != nil {
			fail(err)
			continue
		}
		err = dir.Copy(s.Out, f)
		f.Close()
		if err != nil {
			fail(err)
		}
	}
	wg.Wait()
	return firstErr
}

// reportStrings turns UI strings missing in a language into warnings.
func reportStrings(s *lang.Strings, diags *diag.List) {
	for code, keys := range s.Missing() {
		for _, k := range keys {
			diags.Warnf(diag.Pos{File: s.File(code)}, "UI string %q is missing in %s: add it (the fallback language's text is shown meanwhile)", k, code)
		}
	}
}

func langFilter(cfg *config.Config, codes []string) (map[string]bool, error) {
	if len(codes) == 0 {
		return nil, nil
	}
	only := map[string]bool{}
	for _, c := range codes {
		if !cfg.Langs.Has(c) {
			return nil, fmt.Errorf("--lang %s: not a language of this site (%s)", c, strings.Join(cfg.Langs.Codes(), ", "))
		}
		only[c] = true
	}
	return only, nil
}

// upToDateLangs returns the languages of an up-to-date build's report, in
// site.yaml's order when it can be read.
func upToDateLangs(site fs.FS, pages map[string]int) []string {
	var out []string
	if src, err := fs.ReadFile(site, config.File); err == nil {
		if cfg := config.Parse(config.File, src, &diag.List{}); cfg != nil && cfg.Langs != nil {
			for _, c := range cfg.Langs.Codes() {
				if _, ok := pages[c]; ok {
					out = append(out, c)
				}
			}
			return out
		}
	}
	for c := range pages {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Failed reports whether the build had errors (or warnings, when strict).
func (r *Report) Failed(strict bool) bool {
	for _, d := range r.Diags {
		if d.Severity == diag.Error || strict {
			return true
		}
	}
	return false
}
