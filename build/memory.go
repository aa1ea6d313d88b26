package build

import (
	"context"
	"io/fs"
	"regexp"

	"github.com/vitrine-ssg/vitrine/build/check"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/render"
)

// Site is a site rendered into memory: for vitrine check and vitrine i18n.
type Site struct {
	Loaded  *Loaded
	Outputs map[string]render.Output // by output path
	Diags   *diag.List
}

// Memory runs the whole pipeline without writing: outputs are kept in
// memory, not minified. It returns a nil Site.Loaded when site.yaml is
// unusable; input problems are in Diags.
func Memory(ctx context.Context, opts Options) (*Site, error) {
	diags := &diag.List{}
	res := &Site{Outputs: map[string]render.Output{}, Diags: diags}
	opts.NoMinify = true
	p, err := Prepare(ctx, opts, diags)
	if err != nil || p == nil {
		return res, err
	}
	res.Loaded = p.Loaded
	err = p.Collect(ctx, res.Outputs)
	markTemplateKeys(p.Loaded)
	return res, err
}

// Check renders the site into memory and checks it. The diagnostics of the
// build and of the check are merged in the report.
func Check(ctx context.Context, opts Options) (*check.Report, error) {
	m, err := Memory(ctx, opts)
	if err != nil {
		return nil, err
	}
	if m.Loaded == nil || m.Loaded.Site == nil {
		return &check.Report{Diags: m.Diags.Sorted()}, nil
	}
	bodies := make(map[string][]byte, len(m.Outputs))
	for p, o := range m.Outputs {
		bodies[p] = o.Body
	}
	rep := check.Run(m.Loaded.Site, bodies)
	for _, d := range rep.Diags {
		m.Diags.Add(d)
	}
	rep.Diags = m.Diags.Sorted()
	return rep, nil
}

var literalRE = regexp.MustCompile(`"([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+\.?)"`)

// markTemplateKeys records as used the UI string keys the theme's templates
// name literally, and those the renderer uses itself, so that a key is
// reported unused only when nothing could ever show it.
func markTemplateKeys(l *Loaded) {
	var keys []string
	_ = fs.WalkDir(l.Theme, "layouts", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		src, err := fs.ReadFile(l.Theme, p)
		if err != nil {
			return nil
		}
		for _, m := range literalRE.FindAllSubmatch(src, -1) {
			keys = append(keys, string(m[1]))
		}
		return nil
	})
	l.Strings.MarkUsed(append(keys, render.StringKeys...))
}
