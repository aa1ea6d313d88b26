// Package themes embeds the default theme (layouts, partials, assets, static
// files and UI strings) so that the vitrine binary works from any folder, and
// layers a site's own theme files over it: a file at the same path in the
// site's themes/<name>/ (or, for layouts, in the site's layouts/) replaces the
// built-in one.
package themes

import (
	"embed"
	"errors"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
)

//go:embed all:default
var embedded embed.FS

// Default returns the built-in default theme.
func Default() fs.FS {
	sub, err := fs.Sub(embedded, "default")
	if err != nil {
		panic(err) // the embedded folder always exists
	}
	return sub
}

// Layer is one source of theme files.
type Layer struct {
	FS     fs.FS
	Prefix string // shown in messages before a path: "themes/default/"
}

// Layered is a theme whose files come from the first layer that has them.
// It implements fs.FS and fs.ReadDirFS; it is read-only and safe for
// concurrent use.
type Layered struct {
	layers []Layer
}

// Open returns the layered theme of a site: the site's layouts/ folder, then
// the site's themes/<name>/, then (for every theme) the built-in default.
func Open(site fs.FS, name string) *Layered {
	var layers []Layer
	if site != nil {
		if sub, err := fs.Sub(site, "layouts"); err == nil && exists(site, "layouts") {
			layers = append(layers, Layer{FS: prefixed{sub, "layouts"}, Prefix: ""})
		}
		if sub, err := fs.Sub(site, path.Join("themes", name)); err == nil && exists(site, path.Join("themes", name)) {
			layers = append(layers, Layer{FS: sub, Prefix: "themes/" + name + "/"})
		}
	}
	layers = append(layers, Layer{FS: Default(), Prefix: "themes/default/"})
	return &Layered{layers: layers}
}

// HasTheme reports whether name is the built-in theme or a folder of the site.
func HasTheme(site fs.FS, name string) bool {
	return name == "default" || (site != nil && exists(site, path.Join("themes", name)))
}

func exists(fsys fs.FS, p string) bool {
	info, err := fs.Stat(fsys, p)
	return err == nil && info.IsDir()
}

// prefixed serves a site's layouts/ folder as the theme's layouts/.
type prefixed struct {
	fs     fs.FS
	prefix string
}

func (p prefixed) Open(name string) (fs.File, error) {
	if name == p.prefix {
		return p.fs.Open(".")
	}
	rest, ok := strings.CutPrefix(name, p.prefix+"/")
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return p.fs.Open(rest)
}

// Open implements fs.FS.
func (l *Layered) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	var firstErr error
	for _, layer := range l.layers {
		f, err := layer.FS.Open(name)
		if err == nil {
			return f, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, firstErr
}

// ReadDir implements fs.ReadDirFS: the union of the layers' entries.
func (l *Layered) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]fs.DirEntry{}
	found := false
	for _, layer := range l.layers {
		entries, err := fs.ReadDir(layer.FS, name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return nil, err
		}
		found = true
		for _, e := range entries {
			if _, ok := seen[e.Name()]; !ok {
				seen[e.Name()] = e
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	return slices.SortedFunc(maps.Values(seen), func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) }), nil
}

// Name returns the path of a theme file as the user knows it, for messages:
// "layouts/page.html" from the site, or "themes/default/layouts/page.html".
func (l *Layered) Name(p string) string {
	for _, layer := range l.layers {
		if _, err := fs.Stat(layer.FS, p); err == nil {
			return layer.Prefix + p
		}
	}
	return p
}

// FromSite reports whether the file p comes from the site rather than from
// the built-in theme.
func (l *Layered) FromSite(p string) bool {
	for _, layer := range l.layers[:len(l.layers)-1] {
		if _, err := fs.Stat(layer.FS, p); err == nil {
			return true
		}
	}
	return false
}
