package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"net/url"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/vitrine-ssg/vitrine/build/admin"
	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/picture"
	"github.com/vitrine-ssg/vitrine/build/privacy"
	"github.com/vitrine-ssg/vitrine/build/render"
	"github.com/vitrine-ssg/vitrine/build/write"
	"github.com/vitrine-ssg/vitrine/themes"
)

// Pipeline is a site taken through the load and model stages, with the
// render stage ready to run: what Build, Memory, Check and the dev server
// all start from. Prepare makes one; Render runs it. A Pipeline is used by
// one goroutine at a time (Render spreads its own work over several).
type Pipeline struct {
	*Loaded
	// Renderer is the render stage. The dev server keeps it to render
	// pages again after an edit.
	Renderer *render.Renderer
	// Assets are the theme's assets and the brand stylesheet, minified and
	// fingerprinted as the options ask (see ReadAssets).
	Assets []render.Output
	// Minifier minifies what the renderer leaves to the writer; nil under
	// Options.NoMinify.
	Minifier *write.Minifier
	// Only restricts rendering to these languages (nil: all).
	Only map[string]bool
	// Images is the image pipeline: the render stage asks it for the
	// pictures pages show, Render then makes their files.
	Images *picture.Processor
	// Admin are the files of the editor at /admin/ (see build/admin);
	// AdminInstalled is false when its script is missing from
	// admin/vendor/.
	Admin          []render.Output
	AdminInstalled bool

	opts  Options
	diags *diag.List
}

// Prepare runs the load and model stages and prepares the render stage: it
// is the one place that assembles the pipeline. Problems in the input go to
// diags; the returned *Pipeline is nil when the site cannot be rendered at
// all (site.yaml is missing or unusable), and the error is non-nil for
// failures outside the input.
func Prepare(ctx context.Context, opts Options, diags *diag.List) (*Pipeline, error) {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	l, err := Load(ctx, opts, diags)
	if err != nil || l == nil {
		return nil, err
	}
	p := &Pipeline{Loaded: l, opts: opts, diags: diags}
	if !opts.NoMinify {
		p.Minifier = write.NewMinifier()
	}
	assets, paths, err := p.ReadAssets(diags)
	if err != nil {
		return nil, err
	}
	p.Assets = assets
	if p.Only, err = langFilter(l.Config, opts.Langs); err != nil {
		return nil, err
	}
	imgs := l.Config.Images
	popts := picture.Options{Widths: imgs.Widths, Quality: imgs.Quality, MaxPixels: imgs.MaxPixels}
	if opts.Cache != "" {
		popts.Cache = filepath.Join(opts.Cache, "images")
	}
	p.Images = picture.New(popts, l.Images)
	ropts := render.Options{
		Theme: render.Theme{FS: l.Theme, Name: l.Theme.Name}, Strings: l.Strings, Markdown: l.Markdown,
		Assets: paths, Now: opts.Now.In(l.Config.Location), Today: l.Config.Today(opts.Now), Version: opts.Version, Only: p.Only,
		Images: p.Images,
	}
	if l.Config.AdminOn() {
		ropts.AdminCSP = admin.CSP(l.Config)
	}
	if p.Minifier != nil {
		ropts.Minify = p.Minifier
	}
	if p.Renderer, err = render.New(l.Site, ropts, diags); err != nil {
		return nil, err
	}
	var styles []string
	for _, name := range []string{"main.css", "brand.css"} {
		if s, ok := paths[name]; ok {
			styles = append(styles, s)
		}
	}
	ed, err := admin.Build(admin.Input{Config: l.Config, Site: opts.Site, Stylesheets: styles, Strings: l.Strings})
	if err != nil {
		return nil, fmt.Errorf("admin: %w", err)
	}
	p.Admin, p.AdminInstalled = ed.Outputs, ed.Installed
	return p, nil
}

// ReadAssets reads the theme's assets and makes the brand stylesheet from
// site.yaml, minified unless Options.NoMinify, under fingerprinted names
// (assets/main.3f2a1c9e.css) unless Options.PlainAssetNames. It returns
// them with the name → path map templates use. A brand that cannot be made
// is reported in diags, and its stylesheet left empty.
func (p *Pipeline) ReadAssets(diags *diag.List) ([]render.Output, map[string]string, error) {
	fingerprint := !p.opts.PlainAssetNames
	outs, paths, err := assets(p.Theme, p.Minifier, fingerprint)
	if err != nil {
		return nil, nil, err
	}
	brand, err := render.BrandCSS(p.Config)
	if err != nil {
		diags.Errorf(p.Config.Positions.Of("params", diag.Pos{File: config.File}), "%v", err)
		brand = nil
	}
	if p.Minifier != nil {
		if brand, err = p.Minifier.Bytes("text/css", brand); err != nil {
			return nil, nil, err
		}
	}
	paths["brand.css"] = "assets/brand.css"
	if fingerprint {
		paths["brand.css"] = write.Fingerprint("assets/brand.css", brand)
	}
	outs = append(outs, render.Output{Path: paths["brand.css"], Body: brand})
	for i := range outs {
		outs[i].MediaType = mediaType(outs[i].Path)
		outs[i].Minified = p.Minifier != nil // writers must not minify them again
	}
	return outs, paths, nil
}

// Collect renders every output into outs, by path, whole in memory: for
// the commands that keep the site instead of writing it (check, serve).
func (p *Pipeline) Collect(ctx context.Context, outs map[string]render.Output) error {
	var mu sync.Mutex
	return p.Render(ctx, func(o render.Output) error {
		o = o.Materialize()
		mu.Lock()
		outs[o.Path] = o
		mu.Unlock()
		return nil
	})
}

// Render runs the render stage and hands every output — pages, whole-site
// files, assets, static files — to emit, from several goroutines at once,
// as outputs come: emit may wait on I/O meanwhile (see Output.Release for
// the bodies it does not keep). The first error emit returns stops the
// rendering and is returned. UI strings the pages looked up and a language
// lacks are reported as warnings in Prepare's diags.
func (p *Pipeline) Render(ctx context.Context, emit func(render.Output) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	outs := make(chan render.Output, 64)
	go p.Renderer.Render(ctx, outs)
	var firstErr error
	var once sync.Once
	fail := func(err error) {
		once.Do(func() {
			firstErr = err
			cancel()
		})
	}
	var wg sync.WaitGroup
	// Writing waits on the file system more than it computes: more
	// consumers than processors keep the processors busy with rendering.
	for w := 0; w < 4*runtime.GOMAXPROCS(0); w++ {
		wg.Go(func() {
			for o := range outs {
				if err := emit(o); err != nil {
					fail(err)
				}
			}
		})
	}
	for _, a := range append(p.Assets[:len(p.Assets):len(p.Assets)], p.Admin...) {
		if err := emit(a); err != nil {
			fail(err)
		}
	}
	for _, s := range p.Static {
		body, err := fs.ReadFile(s.FS, s.Path)
		if err == nil {
			err = emit(render.Output{Path: s.Out, Body: body})
		}
		if err != nil {
			fail(err)
		}
	}
	wg.Wait()
	if firstErr == nil && ctx.Err() == nil && !p.opts.LazyImages {
		// The pages asked for their pictures while they were rendered:
		// now their files are made (or taken from the cache).
		if _, err := p.Images.Run(ctx, p.diags, func(path string, body []byte) error {
			return emit(render.Output{Path: path, MediaType: imageType(path), Body: body, Minified: true})
		}); err != nil {
			fail(err)
		}
	}
	reportStrings(p.Strings, p.diags)
	if firstErr != nil {
		return firstErr
	}
	return ctx.Err()
}

// Langs returns the languages rendered, in the switcher's order.
func (p *Pipeline) Langs() []string {
	return slices.DeleteFunc(p.Config.Langs.Codes(), func(code string) bool { return p.Only != nil && !p.Only[code] })
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
	// Policy is the site's privacy policy for e-mail addresses (site.yaml's
	// privacy), Personal the personal addresses published outside the
	// catalogue with a record in it (see scanPersonal).
	Policy   *privacy.Policy
	Personal []privacy.Use
	// Images are the raster images under static/ (by output path): they
	// are published only through the image pipeline, never as they are.
	Images map[string]picture.Source

	drafts bool
	langs  []string // --lang: the languages built (nil: all)
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

	l := &Loaded{Config: cfg, Theme: themes.Open(opts.Site, cfg.Theme), drafts: opts.Drafts, langs: opts.Langs}
	l.Policy = sitePolicy(cfg, cfg.Today(now), diags)
	staleStatement(cfg, cfg.Today(now), diags)
	var wg sync.WaitGroup
	var contentErr, catalogErr error
	wg.Go(func() {
		l.Pages, contentErr = content.Load(ctx, opts.Site, cfg.Langs, opts.Drafts, diags)
	})
	wg.Go(func() {
		l.Catalog, catalogErr = catalog.Load(ctx, opts.Site, cfg.Langs, catalog.Options{Today: cfg.Today(now), Location: cfg.Location, Drafts: opts.Drafts, Privacy: l.Policy}, diags)
	})
	files, err := stringFiles(opts.Site, l.Theme)
	if err != nil {
		return nil, err
	}
	l.Strings = lang.NewStrings(cfg.Langs, files, diags)
	l.Static, err = staticFiles(opts.Site, l.Theme, diags)
	if err != nil {
		return nil, err
	}
	if l.Personal, err = scanPersonal(opts.Site, l.Policy, diags); err != nil {
		return nil, err
	}
	l.Images = map[string]picture.Source{}
	kept := l.Static[:0]
	for _, f := range l.Static {
		if picture.IsRaster(f.Out) {
			l.Images[f.Out] = picture.Source{FS: f.FS, Path: f.Path}
			continue
		}
		kept = append(kept, f)
	}
	l.Static = kept
	wg.Wait()
	if err := errors.Join(contentErr, catalogErr); err != nil {
		return nil, err
	}
	l.Markdown = content.NewMarkdown(cfg.Langs.Codes(), cfg.Markup.Unsafe)
	l.Model(diags)
	return l, nil
}

// Model runs the model stage (again) on the loaded pages and catalogue: for
// Load, and for the dev server after edits that change the site's shape.
func (l *Loaded) Model(diags *diag.List) {
	static := make([]string, len(l.Static))
	for i, f := range l.Static {
		static[i] = f.Out
	}
	l.Site = model.Build(l.Config, l.Pages, l.Catalog, static, model.Options{Drafts: l.drafts}, diags)
	l.Site.Personal = l.Personal
	reportTranslations(l.Site, l.langs, diags)
}

// stringFiles returns the theme's UI strings, then the site's.
func stringFiles(site fs.FS, theme *themes.Layered) ([]lang.StringFile, error) {
	var out []lang.StringFile
	for _, layer := range []struct {
		fs     fs.FS
		prefix string
	}{
		{themes.Default(), "themes/default/i18n"},
		{theme, "i18n"},
		{site, "i18n"},
	} {
		files, err := lang.ReadStringFiles(layer.fs, "i18n", layer.prefix)
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
		return walkInput(fsys, root, func(p string, d fs.DirEntry) error {
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
	return slices.SortedFunc(maps.Values(byOut), func(a, b StaticFile) int { return strings.Compare(a.Out, b.Out) }), nil
}

// walkInput walks the folder root of site as fs.WalkDir does, calling fn
// for each file and folder, and stops at the first error. A missing folder
// is an empty one: a site need not have every input folder.
func walkInput(site fs.FS, root string, fn func(p string, d fs.DirEntry) error) error {
	return fs.WalkDir(site, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == root {
				return fs.SkipDir
			}
			return err
		}
		return fn(p, d)
	})
}

// assets reads the theme's assets/ files, minified when min is set, under
// fingerprinted names when fingerprint is true.
func assets(theme fs.FS, min *write.Minifier, fingerprint bool) ([]render.Output, map[string]string, error) {
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
		out := n
		if fingerprint {
			out = write.Fingerprint(n, body)
		}
		paths[path.Base(n)] = out
		outs = append(outs, render.Output{Path: out, MediaType: "", Body: body})
	}
	return outs, paths, nil
}

// imageType returns the media type of an image variant.
func imageType(name string) string {
	switch path.Ext(name) {
	case ".webp":
		return "image/webp"
	case ".png":
		return "image/png"
	}
	return "image/jpeg"
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
