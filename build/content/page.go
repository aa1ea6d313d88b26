// Package content is the Markdown part of the load stage: it reads the pages
// under content/, splits and validates their front matter, groups
// translations, and renders Markdown bodies to HTML with goldmark (GFM,
// heading ids, footnotes, language-aware typography, links written as source
// paths resolved through a Resolver).
//
// In: an fs.FS rooted at the site and the site's languages. Out: []*Page and
// diagnostics; later, for the render stage, HTML for a body.
package content

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/picture"
	"github.com/vitrine-ssg/vitrine/build/schema"
)

// Dir is the folder of the Markdown pages.
const Dir = "content"

// Page is one Markdown file: one page in one language.
type Page struct {
	File     string // path from the site root, for messages: "content/news/open-day.fr.md"
	Path     string // path under content/ without the language suffix: "news/open-day.md"
	Dir      string // folder under content/: "news", or "" at the top
	Name     string // file name without suffixes: "open-day", or "_index" for a section
	Lang     string
	Key      string // translation group: Path, or "key:" + translationKey
	Meta     FrontMatter
	Body     []byte
	BodyLine int // line of the file where Body starts
}

// IsSection reports whether the page is a section's _index page (the home
// page is the top-level section).
func (p *Page) IsSection() bool { return p.Name == "_index" }

// FrontMatter is the YAML header of a page.
type FrontMatter struct {
	Title          string      `yaml:"title,required"`
	LinkTitle      string      `yaml:"linkTitle"`
	Description    string      `yaml:"description"`
	Slug           string      `yaml:"slug"`
	Date           schema.Date `yaml:"date"`
	Draft          bool        `yaml:"draft"`
	Weight         int         `yaml:"weight"`
	Menu           []string    `yaml:"menu"`
	Aliases        []string    `yaml:"aliases"`
	Image          string      `yaml:"image"`
	ImageAlt       *string     `yaml:"imageAlt"`
	ImageFocus     string      `yaml:"imageFocus"`
	ImageCredit    string      `yaml:"imageCredit"`
	Layout         string      `yaml:"layout"`
	TranslationKey string      `yaml:"translationKey"`
	Pos            diag.Pos
	At             schema.Positions
}

// The shapes of a slug (and of a file name), a layout's name and a menu's
// name, as regular expressions (RE2 and ECMA-262 alike: the editor at
// /admin/ checks them too).
const (
	SlugPattern   = `^[a-z0-9]+(-[a-z0-9]+)*$`
	LayoutPattern = `^[a-z0-9][a-z0-9-]*$`
	MenuPattern   = `^[a-z][a-z0-9-]*$`
)

var (
	slugRE   = regexp.MustCompile(SlugPattern)
	layoutRE = regexp.MustCompile(LayoutPattern)
	menuRE   = regexp.MustCompile(MenuPattern)
)

// MaxFileSize is the largest Markdown file accepted.
const MaxFileSize = 4 << 20

// Parse splits src into front matter and body and validates the front matter.
// rel is the path under content/. It returns nil when the file cannot be used.
func Parse(rel string, src []byte, set *lang.Set, drafts bool, diags *diag.List) *Page {
	file := path.Join(Dir, rel)
	p := &Page{File: file}
	base := path.Base(rel)
	dir := path.Dir(rel)
	if dir == "." {
		dir = ""
	}
	stem := strings.TrimSuffix(base, ".md")
	code := set.Default
	if i := strings.LastIndexByte(stem, '.'); i >= 0 {
		suffix := stem[i+1:]
		switch {
		case set.Has(suffix):
			code, stem = suffix, stem[:i]
		case lang.Has(lang.LanguageCode, suffix):
			set.NotPublished(diags, suffix, file)
			return nil
		}
	}
	if stem != "_index" && !slugRE.MatchString(stem) {
		diags.Errorf(diag.Pos{File: file}, "file name %q: use lower-case letters, digits and hyphens (it becomes the URL), like \"open-day.fr.md\", or set slug in the front matter", stem)
	}
	p.Dir, p.Name, p.Lang = dir, stem, code
	p.Path = path.Join(dir, stem+".md")
	p.Key = p.Path

	if len(src) > MaxFileSize {
		diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "the file is %d bytes, more than the %d allowed", len(src), MaxFileSize)
		return nil
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(src) {
		// Anywhere in the file, body included: bad bytes would be published
		// as they are, as garbage on the page.
		line, col := schema.InvalidUTF8(src)
		diags.Errorf(diag.Pos{File: file, Line: line, Col: col}, "invalid UTF-8: save the file as UTF-8")
		return nil
	}
	fm, body, bodyLine, ok := split(src)
	if !ok {
		diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "front matter missing: start the file with a line ---, then title: …, then a line ---")
		return nil
	}
	local := &diag.List{}
	defer func() { diags.Merge(local) }()
	d := &schema.Decoder{File: file, LineOffset: 1, Diags: local}
	root := d.Parse(fm)
	if root == nil {
		if !d.Failed {
			diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "front matter is empty: it needs at least a title")
		}
		return nil
	}
	d.Decode(root, &p.Meta)
	p.Body, p.BodyLine = body, bodyLine
	if p.Meta.Draft && !drafts {
		local = &diag.List{}
		return p // a draft is checked when it is published (or built with --drafts)
	}
	p.validate(d)
	if p.Meta.TranslationKey != "" {
		p.Key = "key:" + p.Meta.TranslationKey
	}
	return p
}

// split returns the front matter between the first two "---" lines, the
// body after them and the body's first line number.
func split(src []byte) (fm, body []byte, bodyLine int, ok bool) {
	first, _, found := bytes.Cut(src, []byte("\n"))
	if !found || string(bytes.TrimRight(first, " \r")) != "---" {
		return nil, nil, 0, false
	}
	start := len(first) + 1
	pos, line := start, 2
	for l := range bytes.Lines(src[start:]) {
		if s := string(bytes.TrimRight(l, " \r\n")); s == "---" || s == "..." {
			return src[start:pos], src[pos+len(l):], line + 1, true
		}
		pos += len(l)
		line++
	}
	return nil, nil, 0, false
}

func (p *Page) validate(d *schema.Decoder) {
	m := &p.Meta
	at := func(key string) diag.Pos { return m.At.Of(key, diag.Pos{File: p.File, Line: 2, Col: 1}) }
	if m.Slug != "" && !slugRE.MatchString(m.Slug) {
		d.Diags.Errorf(at("slug"), "slug: %q is not a URL segment: use lower-case letters, digits and hyphens, like \"mobilite\"", m.Slug)
		m.Slug = ""
	}
	if m.Layout != "" && !layoutRE.MatchString(m.Layout) {
		d.Diags.Errorf(at("layout"), "layout: %q is not a layout name: use the name of a file in the theme's layouts/ without .html", m.Layout)
		m.Layout = ""
	}
	for _, name := range m.Menu {
		if !menuRE.MatchString(name) {
			d.Diags.Errorf(at("menu"), "menu: %q is not a menu name, like main or footer", name)
		}
	}
	for i, a := range m.Aliases {
		if _, err := CleanAlias(a); err != nil {
			d.Diags.Errorf(at("aliases"), "aliases[%d]: %v", i+1, err)
		}
	}
	if m.Image != "" {
		switch {
		case strings.HasPrefix(m.Image, "//") || strings.Contains(m.Image, ":"):
			d.Diags.Errorf(at("image"), "image: use a path under static/, like /images/campus.jpg, not a URL")
		case strings.Contains(m.Image, "..") || strings.ContainsAny(m.Image, "\\\x00"):
			d.Diags.Errorf(at("image"), "image: the path may not contain .. or \\")
		}
		if m.ImageAlt == nil {
			d.Diags.Errorf(at("image"), "image needs imageAlt: describe the image, or write imageAlt: \"\" for a purely decorative one")
		}
	}
	if m.ImageFocus != "" {
		if _, err := picture.ParseFocus(m.ImageFocus); err != nil {
			d.Diags.Errorf(at("imageFocus"), "imageFocus: %v", err)
		}
	}
	if m.Image == "" && (m.ImageFocus != "" || m.ImageCredit != "" || m.ImageAlt != nil) {
		d.Diags.Errorf(at("imageAlt"), "imageAlt, imageFocus and imageCredit describe the image: add image: /images/… or remove them")
	}
}

// CleanAlias validates an alias path and returns it cleaned, starting and
// ending with "/": "/en/old-page/".
func CleanAlias(a string) (string, error) {
	if !strings.HasPrefix(a, "/") || strings.HasPrefix(a, "//") {
		return "", errors.New("an alias is a path on this site starting with /, like /en/old-page/")
	}
	if strings.ContainsAny(a, "\\?#%\x00") || strings.Contains(a, "..") {
		return "", errors.New("an alias may not contain .., \\, ?, #, or %")
	}
	for _, seg := range strings.Split(strings.Trim(a, "/"), "/") {
		if seg == "" || seg == "." {
			return "", errors.New("an alias may not contain empty segments")
		}
	}
	clean := path.Clean(a)
	if clean == "/" {
		return "", errors.New("the home page cannot be an alias")
	}
	if strings.HasSuffix(clean, ".html") {
		return clean, nil
	}
	return clean + "/", nil
}

// Load reads and parses every .md file under content/ in parallel. The
// result is sorted by file name.
func Load(ctx context.Context, fsys fs.FS, set *lang.Set, drafts bool, diags *diag.List) ([]*Page, error) {
	var files []string
	err := fs.WalkDir(fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == Dir {
				return fs.SkipDir
			}
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != Dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".md") {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			diags.Errorf(diag.Pos{File: p}, "symbolic links are not followed: copy the file into content/")
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	pages := make([]*Page, len(files))
	readErrs := make([]error, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(1, len(files))) {
		wg.Go(func() {
			for i := range next {
				if ctx.Err() != nil {
					continue
				}
				info, err := fs.Stat(fsys, files[i])
				if err == nil && info.Size() > MaxFileSize {
					diags.Errorf(diag.Pos{File: files[i], Line: 1, Col: 1}, "the file is %d bytes, more than the %d allowed", info.Size(), MaxFileSize)
					continue
				}
				src, err := fs.ReadFile(fsys, files[i])
				if err != nil {
					readErrs[i] = err
					continue
				}
				pages[i] = Parse(strings.TrimPrefix(files[i], Dir+"/"), src, set, drafts, diags)
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return slices.DeleteFunc(pages, func(p *Page) bool { return p == nil }), errors.Join(readErrs...)
}
