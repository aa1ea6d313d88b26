package build

import (
	"cmp"
	"context"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/render"
	"github.com/vitrine-ssg/vitrine/build/write"
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
	// PlainAssetNames keeps the theme's assets under their own names
	// (assets/main.css) instead of fingerprinted ones: for the dev server,
	// which swaps a changed stylesheet in place.
	PlainAssetNames bool
	// Cache is the folder where a build keeps what the next one can reuse:
	// the image pipeline's encoded variants, in Cache/images. It must lie
	// outside the output folder. "" keeps nothing: every image is encoded
	// again.
	Cache string
	// LazyImages leaves the image variants out of Render's outputs: the dev
	// server makes each when a browser first asks for it
	// (picture.Processor.Make).
	LazyImages bool
}

// Report tells what a build did.
type Report struct {
	Pages    map[string]int // pages per language
	Langs    []string       // in switcher order
	Files    int64
	Bytes    int64
	Linked   int64 // files unchanged since the previous build, linked instead of written
	UpToDate bool  // nothing changed since the previous build: nothing was done
	// Repaired says how the output folder differed from the record of the
	// build that wrote it (files deleted, changed or added by hand since),
	// when it did: the build wrote the folder again. Nil otherwise.
	Repaired *write.Diff
	Duration time.Duration
	Diags    []diag.Diagnostic // every error and warning, sorted
	// Notes are facts and advice for the person who runs the build, not
	// problems in the input: printed, never failing a build (the editor
	// at /admin/ without its script; a site without an accessibility
	// statement).
	Notes []string
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
	if opts.Now.IsZero() {
		opts.Now = start
	}
	inputs := ""
	var sources map[string]write.SourceStat
	var read *readSums // the sums of the files a cold build reads, for its fingerprint
	var repaired *write.Diff
	if opts.Out != "" {
		// Nothing changed since the build in the output folder: nothing to
		// do. The record is believed only as far as the folder agrees with
		// it: a file deleted, changed or added since is repaired by
		// building the folder again (unchanged files are linked, not
		// rewritten). The folder is compared while the inputs are hashed.
		// The record is read first: the fingerprint takes from it the sums
		// of the input files that did not change.
		rec := write.ReadRecord(opts.Out)
		if rec == nil {
			// Without a record the build cannot be up to date: the inputs
			// are hashed as the build reads them, for the record it leaves.
			read = &readSums{FS: opts.Site, sums: map[string]write.SourceStat{}}
		} else {
			var diff *write.Diff
			var derr, ferr error
			var wg sync.WaitGroup
			wg.Go(func() { diff, derr = write.Compare(opts.Out, rec) })
			inputs, sources, ferr = Fingerprint(opts, opts.Now, rec.Sources)
			wg.Wait()
			if err := cmp.Or(ferr, derr); err != nil {
				return finish(), err
			}
			if !diff.Empty() {
				repaired = diff
			} else if inputs != "" && rec.Inputs == inputs {
				for _, w := range rec.Warnings {
					diags.Warnf(diag.Pos{File: w.File, Line: w.Line, Col: w.Col}, "%s", w.Msg)
				}
				rep.Pages, rep.UpToDate = rec.Pages, true
				var cfg *config.Config
				rep.Langs, cfg = upToDateLangs(opts.Site, rec.Pages)
				rep.Notes = notes(cfg)
				return finish(), nil
			}
		}
	}
	if read != nil {
		opts.Site = read
	}
	p, err := Prepare(ctx, opts, diags)
	if err != nil || p == nil {
		return finish(), err
	}
	if !p.AdminInstalled {
		rep.Notes = append(rep.Notes, "admin/index.html says the editor is not installed: run bash admin/update.sh to fetch its script (Decap CMS) into admin/vendor/, then build again")
	}
	rep.Notes = append(rep.Notes, notes(p.Config)...)
	if diags.Count(diag.Error) > 0 || opts.Out == "" {
		// Render anyway, without writing, so that one run also reports the
		// problems only rendering finds (broken links, template errors).
		err := p.Render(ctx, func(o render.Output) error {
			if o.Stream != nil {
				_ = o.Stream(io.Discard) // what streaming finds is reported too
			}
			o.Release()
			return nil
		})
		return finish(), err
	}
	dir, err := write.Open(opts.Out, p.Minifier)
	if err != nil {
		return finish(), err
	}
	var mu sync.Mutex
	werr := p.Render(ctx, func(o render.Output) error {
		var err error
		switch {
		case o.Stream != nil:
			err = dir.WriteStream(o.Path, o.Stream)
		case o.Minified:
			err = dir.Write(o.Path, "", o.Body)
		default:
			err = dir.Write(o.Path, o.MediaType, o.Body)
		}
		o.Release()
		if err == nil && o.MediaType == "text/html" && o.Key != "" {
			lang, _, _ := strings.Cut(o.Path, "/")
			mu.Lock()
			rep.Pages[lang]++
			mu.Unlock()
		}
		return err
	})
	if werr != nil || diags.Err(opts.Strict) != nil {
		_ = dir.Abort()
		return finish(), werr
	}
	var warnings []write.Warning
	for _, d := range diags.Sorted() {
		warnings = append(warnings, write.Warning{File: d.Pos.File, Line: d.Pos.Line, Col: d.Pos.Col, Msg: d.Msg})
	}
	if read != nil {
		opts.Site = read.FS
		inputs, sources, err = Fingerprint(opts, opts.Now, read.sums)
	}
	if err == nil {
		err = dir.Commit(opts.Version, inputs, rep.Pages, warnings, sources)
	}
	if err != nil {
		_ = dir.Abort()
		return finish(), err
	}
	rep.Files, rep.Bytes, rep.Linked = dir.Files(), dir.Bytes(), dir.Linked()
	rep.Repaired = repaired
	rep.Langs = p.Langs()
	return finish(), nil
}

// upToDateLangs returns the languages of an up-to-date build's report, in
// site.yaml's order when it can be read, and site.yaml read (nil when it
// cannot be).
func upToDateLangs(site fs.FS, pages map[string]int) ([]string, *config.Config) {
	if cfg := config.Read(site); cfg != nil && cfg.Langs != nil {
		return slices.DeleteFunc(cfg.Langs.Codes(), func(c string) bool { _, ok := pages[c]; return !ok }), cfg
	}
	return slices.Sorted(maps.Keys(pages)), nil
}

// Failed reports whether the build had errors (or warnings, when strict).
func (r *Report) Failed(strict bool) bool {
	return slices.ContainsFunc(r.Diags, func(d diag.Diagnostic) bool { return d.Severity == diag.Error || strict })
}
