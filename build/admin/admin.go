// Package admin is part of the render stage: it writes the editor of the
// site, /admin/, for people who keep the site current without git or YAML.
//
// In: the configuration, the site's folders and the fields of every
// catalogue kind (catalog.Fields, read from the Go types like the JSON
// Schemas). Out: admin/index.html, admin/config.yml (a Decap CMS
// configuration, generated, never written by hand), admin/editor.js
// (vitrine's widgets and preview) and the files of admin/vendor/ in the
// site folder: the Decap CMS script and its licence, fetched at a pinned
// version by admin/update.sh. Without them the editor page says how to
// install them, in every language, and Result.Installed is false.
package admin

import (
	_ "embed"
	"errors"
	"fmt"
	"html"
	"io/fs"
	"net/url"
	"path"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/render"
	"gopkg.in/yaml.v3"
)

// Script is the name of the CMS script in admin/vendor/ and in the output.
const Script = "decap-cms.js"

// VendorDir is the folder of the site that holds the CMS script and its
// licence.
const VendorDir = "admin/vendor"

//go:embed editor.js
var glue []byte

// Input is what the editor is made from.
type Input struct {
	Config *config.Config
	// Site is the site folder: admin/vendor/ and content/ are read from it.
	Site fs.FS
	// Stylesheets are the output paths of the theme's stylesheets
	// ("assets/main.3f2a1c9e.css"), linked into the preview.
	Stylesheets []string
	// Strings are the site's UI strings: collections are named with
	// kind.<kind>.title and kind.<kind>.one.
	Strings *lang.Strings
}

// Result is the editor's files.
type Result struct {
	Outputs []render.Output
	// Installed is false when admin/vendor/decap-cms.js is missing: the
	// editor page then explains how to install it.
	Installed bool
}

// Build returns the files of /admin/. It writes nothing when site.yaml
// turns the editor off.
func Build(in Input) (Result, error) {
	if !in.Config.AdminOn() {
		return Result{Installed: true}, nil
	}
	conf, err := Config(in)
	if err != nil {
		return Result{}, err
	}
	var res Result
	vendor, err := fs.ReadDir(in.Site, VendorDir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return Result{}, err
	}
	for _, e := range vendor {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		body, err := fs.ReadFile(in.Site, path.Join(VendorDir, e.Name()))
		if err != nil {
			return Result{}, err
		}
		if e.Name() == Script {
			res.Installed = true
		}
		res.Outputs = append(res.Outputs, render.Output{Path: "admin/" + e.Name(), MediaType: mediaType(e.Name()), Body: body, Minified: true})
	}
	res.Outputs = append(res.Outputs,
		render.Output{Path: "admin/config.yml", MediaType: "text/yaml", Body: conf, Minified: true},
		render.Output{Path: "admin/editor.js", MediaType: "application/javascript", Body: glue, Minified: true},
		render.Output{Path: "admin/index.html", MediaType: "text/html", Body: page(in, res.Installed), Minified: true},
	)
	return res, nil
}

func mediaType(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "application/javascript"
	case ".txt", "":
		return "text/plain"
	case ".wasm":
		return "application/wasm"
	}
	return ""
}

// CSP returns the Content Security Policy of the editor page: the site
// itself (and the blob: URLs it makes), the git host's API and the local
// backend. Decap CMS compiles its
// configuration's validators with new Function ('unsafe-eval') and styles
// its components with <style> elements ('unsafe-inline'); no other page of
// the site needs either.
func CSP(cfg *config.Config) string {
	// blob: URLs are files the page made itself (an image being
	// uploaded, the preview's copy of it), which Decap reads back. uniq
	// drops the origins that are "".
	connect := []string{"'self'", "blob:", origin(cfg.Admin.LocalBackend)}
	b := cfg.Admin.Backend
	switch {
	case b.APIRoot != "":
		connect = append(connect, origin(b.APIRoot))
	case b.Name == "github":
		connect = append(connect, "https://api.github.com")
	case b.Name == "gitlab":
		connect = append(connect, "https://gitlab.com")
	}
	if b.BaseURL != "" && b.AuthType != "" {
		connect = append(connect, origin(b.BaseURL)) // the PKCE token request
	}
	connect = uniq(connect)
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self' data:",
		"connect-src " + strings.Join(connect, " "),
		"frame-src 'self' blob:",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	}, "; ")
}

func origin(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

func uniq(s []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range s {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// page returns admin/index.html.
func page(in Input, installed bool) []byte {
	cfg := in.Config
	code := cfg.Admin.Language
	var b strings.Builder
	b.WriteString("<!doctype html>\n<html lang=\"" + code + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"" + html.EscapeString(CSP(cfg)) + "\">\n")
	b.WriteString("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
	b.WriteString("<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">\n")
	b.WriteString("<link rel=\"icon\" href=\"data:,\">\n")
	title := message("admin.title", code)
	if t, _, ok := cfg.Title.Get(cfg.Langs.Chain(code)); ok {
		title += " – " + t
	}
	b.WriteString("<title>" + html.EscapeString(title) + "</title>\n")
	b.WriteString("</head>\n<body>\n")
	if installed {
		var styles []string
		for _, s := range in.Stylesheets {
			styles = append(styles, "../"+s)
		}
		inline := fmt.Sprintf(message("inline", code), "%s")
		b.WriteString("<noscript><p>" + html.EscapeString(message("admin.noscript", code)) + "</p></noscript>\n")
		b.WriteString("<script src=\"" + Script + "\"></script>\n")
		b.WriteString("<script src=\"editor.js\" data-preview=\"" + html.EscapeString(strings.Join(styles, " ")) +
			"\" data-languages=\"" + strings.Join(cfg.Langs.Codes(), " ") + "\" data-inline=\"" + html.EscapeString(inline) + "\"></script>\n")
	} else {
		b.WriteString("<main>\n")
		// In the editor's language first, then in the site's other
		// languages that have built-in sentences.
		seen := map[string]bool{}
		for _, c := range append([]string{code}, cfg.Langs.Codes()...) {
			if seen[c] || (c != code && !slices.Contains(lang.Languages(), c)) {
				continue
			}
			seen[c] = true
			b.WriteString("<h1 lang=\"" + c + "\">" + html.EscapeString(message("admin.title", c)) + "</h1>\n")
			b.WriteString("<p lang=\"" + c + "\">" + html.EscapeString(message("admin.missing", c)) + "</p>\n")
		}
		b.WriteString("</main>\n")
	}
	b.WriteString("</body>\n</html>\n")
	return []byte(b.String())
}

// Config returns admin/config.yml: the Decap CMS configuration of the site,
// generated from the catalogue kinds' fields, the content folders and
// site.yaml.
func Config(in Input) ([]byte, error) {
	cfg := in.Config
	g := &gen{code: cfg.Admin.Language, langs: cfg.Langs, def: cfg.DefaultLanguage}
	c := cmsConfig{
		Locale:       g.code,
		SiteURL:      cfg.Base.String(),
		DisplayURL:   cfg.Base.String(),
		MediaFolder:  "static/" + cfg.Admin.MediaFolder,
		PublicFolder: "/" + cfg.Admin.MediaFolder,
		LocalBackend: &cmsLocal{URL: cfg.Admin.LocalBackend, AllowedHosts: []string{"localhost", "127.0.0.1"}},
		I18n:         &cmsI18n{Structure: "multiple_files", Locales: cfg.Langs.Codes(), DefaultLocale: cfg.DefaultLanguage},
		Slug:         cmsSlug{Encoding: "ascii", CleanAccents: true},
	}
	b := cfg.Admin.Backend
	if b.Name == "" {
		// No git host yet: the editor works with the local backend only.
		c.Backend = cmsBackend{Name: "proxy", ProxyURL: cfg.Admin.LocalBackend, Branch: "main"}
	} else {
		c.Backend = cmsBackend{
			Name: b.Name, Repo: b.Repo, Branch: b.Branch, BaseURL: b.BaseURL, AuthEndpoint: b.AuthEndpoint,
			APIRoot: b.APIRoot, AuthType: b.AuthType, AppID: b.AppID,
		}
		if b.EditorialWorkflow {
			c.PublishMode = "editorial_workflow"
		}
	}
	var errs []error
	for _, kind := range catalog.Kinds {
		col, err := g.kind(kind, in.Strings)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.Collections = append(c.Collections, col)
	}
	figs, err := catalog.Fields("figures")
	if err != nil {
		errs = append(errs, err)
	}
	label := fieldLabel("figures", g.code)
	c.Collections = append(c.Collections, cmsCollection{
		Name: "figures", Label: label,
		Files: []cmsFile{{Name: "figures", Label: label, File: "data/figures.yaml", Format: "yml", Fields: g.fields(figs)}},
	})
	pages, err := g.pages(in.Site)
	if err != nil {
		errs = append(errs, err)
	}
	c.Collections = append(c.Collections, pages...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	out, err := yaml.Marshal(c)
	if err != nil {
		return nil, err
	}
	head := "# The configuration of the editor at /admin/ (Decap CMS), generated by vitrine\n" +
		"# from its catalogue types and site.yaml: do not edit, it is written again at each build.\n"
	return append([]byte(head), out...), nil
}

// gen turns fields into the configuration's widgets.
type gen struct {
	code  string // the editor's language
	def   string // the site's default language
	langs *lang.Set
}

// kind returns the folder collection of a catalogue kind.
func (g *gen) kind(kind string, strs *lang.Strings) (cmsCollection, error) {
	fields, err := catalog.Fields(catalog.Singular(kind))
	if err != nil {
		return cmsCollection{}, err
	}
	col := cmsCollection{
		Name: kind, Label: kind, LabelSingular: catalog.Singular(kind),
		Folder: "data/" + kind, Extension: "yaml", Format: "yml", Create: true,
		Slug: "{{slug}}", Fields: g.fields(fields),
	}
	if strs != nil {
		col.Label = strs.T(g.code, "kind."+kind+".title", nil, nil)
		col.LabelSingular = strs.T(g.code, "kind."+kind+".one", nil, nil)
	}
	if name := nameField(fields); name != "" {
		col.IdentifierField = name + "." + g.def
		col.Summary = "{{" + name + "." + g.code + "}} ({{filename}})"
	}
	return col, nil
}

// nameField returns the key of the first required text of an entry: its
// name or title.
func nameField(fields []catalog.Field) string {
	for _, f := range fields {
		if f.Required && f.Type == catalog.FieldText {
			return f.Name
		}
	}
	return ""
}

func (g *gen) fields(fs []catalog.Field) []cmsField {
	var out []cmsField
	for _, f := range fs {
		out = append(out, g.field(f))
	}
	return out
}

var (
	no  = false
	yes = true
)

// field returns the widget of a field.
func (g *gen) field(f catalog.Field) cmsField {
	w := cmsField{Name: f.Name, Label: fieldLabel(f.Name, g.code)}
	if !f.Required {
		w.Required = &no
	}
	switch f.Type {
	case catalog.FieldText, catalog.FieldMarkdown:
		w.Widget = "vitrine-text"
		sub := "string"
		if f.Type == catalog.FieldMarkdown {
			sub = "markdown"
		} else if f.Name == "summary" || f.Name == "topic" {
			sub = "text"
		}
		for _, c := range g.langs.Codes() {
			l, _ := g.langs.Get(c)
			s := cmsField{Name: c, Label: l.Label, Widget: sub, Required: &no}
			if f.Required && c == g.def {
				s.Required = nil
			}
			g.pattern(&s, f)
			w.Fields = append(w.Fields, s)
		}
		w.Collapsed = &no
	case catalog.FieldString:
		switch {
		case len(f.Enum) > 0 || f.Vocab != "":
			w.Widget = "select"
			w.Options = g.options(f)
		case f.Shape == "logo":
			// A file under static/, uploaded to admin.mediaFolder.
			w.Widget, w.ChooseURL = "image", &no
		default:
			w.Widget = "string"
			g.pattern(&w, f)
		}
	case catalog.FieldBool:
		w.Widget = "boolean"
		w.Required = &no
	case catalog.FieldInt, catalog.FieldNumber:
		w.Widget, w.ValueType = "number", "int"
		if f.Type == catalog.FieldNumber {
			w.ValueType = "float"
		}
		if len(f.Bounds) > 0 {
			w.Min = &f.Bounds[0]
		}
		if len(f.Bounds) > 1 {
			w.Max = &f.Bounds[1]
		}
	case catalog.FieldDate:
		w.Widget, w.Format, w.DateFormat, w.TimeFormat = "datetime", "YYYY-MM-DD", "YYYY-MM-DD", &no
	case catalog.FieldRef, catalog.FieldInstitution:
		g.relation(&w, f, false)
	case catalog.FieldList:
		g.list(&w, f)
	case catalog.FieldObject:
		w.Widget, w.Fields = "object", g.fields(f.Fields)
		if !f.Required {
			// Decap checks the required fields of an object left empty,
			// and would refuse to save an entry without it (a programme
			// without image: its src). vitrine checks them when the
			// object is given.
			for i := range w.Fields {
				w.Fields[i].Required = &no
			}
			w.Collapsed = &yes
		}
	}
	return w
}

// relation makes w a relation to the entries of another kind.
func (g *gen) relation(w *cmsField, f catalog.Field, multiple bool) {
	if f.Ref == "" {
		w.Widget = "string"
		g.pattern(w, f)
		return
	}
	w.Widget = "relation"
	if f.Type == catalog.FieldInstitution {
		// Ids and institutions written inline: editor.js keeps
		// the inline ones as they are.
		w.Widget = "vitrine-institutions"
	}
	w.Collection, w.ValueField, w.Multiple = f.Ref, "{{slug}}", multiple
	name := "name"
	if fs, err := catalog.Fields(catalog.Singular(f.Ref)); err == nil {
		name = nameField(fs)
	}
	w.SearchFields = []string{name + "." + g.code, name + "." + g.def, name}
	w.DisplayFields = []string{"{{slug}}", name + "." + g.code}
}

// list makes w the widget of a list.
func (g *gen) list(w *cmsField, f catalog.Field) {
	e := *f.Elem
	switch {
	case e.Type == catalog.FieldString && (len(e.Enum) > 0 || e.Vocab != ""):
		w.Widget, w.Multiple, w.Options = "select", true, g.options(e)
	case e.Type == catalog.FieldRef || e.Type == catalog.FieldInstitution:
		g.relation(w, e, true)
	case e.Type == catalog.FieldObject:
		w.Widget, w.Fields, w.Collapsed = "list", g.fields(e.Fields), &yes
		w.Summary = summary(e.Fields)
	default:
		item := g.field(e)
		// The list itself says whether it may be empty; an item of a
		// list is there because someone added it.
		item.Name, item.Label, item.Required = "item", w.Label, &no
		w.Widget, w.Field = "list", &item
	}
}

// summary is the line a collapsed item of a list of objects shows.
func summary(fs []catalog.Field) string {
	var parts []string
	for _, f := range fs {
		if f.Required && len(parts) < 3 {
			parts = append(parts, "{{fields."+f.Name+"}}")
		}
	}
	return strings.Join(parts, " · ")
}

// options returns the choices of an enumeration or of a vocabulary,
// labelled in the editor's language.
func (g *gen) options(f catalog.Field) []cmsOption {
	values := f.Enum
	if len(values) == 0 {
		// Entries use detailed ISCED-F fields only.
		values = slices.DeleteFunc(lang.Codes(f.Vocab), func(c string) bool { return f.Vocab == lang.Field && len(c) != 4 })
	}
	var out []cmsOption
	for _, v := range values {
		label := v
		if l, ok := lang.Label(f.Vocab, v, g.code); ok && f.Vocab != "" {
			label = l
			if f.Vocab == lang.Field || f.Vocab == lang.Country || f.Vocab == lang.LanguageCode {
				label = v + " – " + l
			}
		}
		out = append(out, cmsOption{Label: label, Value: v})
	}
	if f.Vocab == lang.Country || f.Vocab == lang.LanguageCode {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	}
	return out
}

// pattern sets the pattern of a string widget, with its message.
func (g *gen) pattern(w *cmsField, f catalog.Field) {
	pat := f.Pattern
	if f.Shape == "email" {
		// The JSON Schema says format: email; vitrine checks more (role
		// addresses) when it builds.
		pat = `^[^@\s]+@[^@\s]+\.[^@\s]+$`
	}
	msg, ok := messages["pattern."+f.Shape]
	if pat == "" || !ok || w.Widget == "markdown" {
		return
	}
	w.Pattern = []string{pat, fmt.Sprintf(message("expected", g.code), msg[langIndex(g.code)])}
}

// pages returns the collections of Markdown pages: one per folder of
// content/, each page a file per language (about.fr.md, about.en.md).
func (g *gen) pages(site fs.FS) ([]cmsCollection, error) {
	var dirs []string
	err := fs.WalkDir(site, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == "content" {
				return fs.SkipAll
			}
			return err
		}
		if d.IsDir() {
			dirs = append(dirs, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	fields, err := g.pageFields()
	if err != nil {
		return nil, err
	}
	var out []cmsCollection
	for _, d := range dirs {
		name, label := "pages", message("pages", g.code)
		if d != "content" {
			rel := strings.TrimPrefix(d, "content/")
			name = "pages-" + strings.ReplaceAll(rel, "/", "-")
			label = fmt.Sprintf(message("section", g.code), rel)
		}
		out = append(out, cmsCollection{
			Name: name, Label: label, Folder: d, Extension: "md", Format: "frontmatter",
			Create: true, Slug: "{{slug}}", IdentifierField: "title", I18n: &yes, Fields: fields,
			Summary: "{{title}} ({{filename}})",
		})
	}
	return out, nil
}

// pageFields returns the fields of a page: a widget for each key of
// content.FrontMatter, in its order, then the Markdown body. A key added to
// FrontMatter without a widget here is an error, so that the editor never
// falls behind what the build reads.
func (g *gen) pageFields() ([]cmsField, error) {
	var out []cmsField
	var errs []error
	t := reflect.TypeFor[content.FrontMatter]()
	for i := 0; i < t.NumField(); i++ {
		name, opts, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		f, ok := g.pageField(name)
		if !ok {
			errs = append(errs, fmt.Errorf("front matter key %s (content.FrontMatter) has no widget: teach pageField in build/admin/admin.go its form", name))
			continue
		}
		if opts != "required" {
			f.Required = &no
		}
		out = append(out, f)
	}
	body := cmsField{Name: "body", Label: fieldLabel("body", g.code), Widget: "markdown", Required: &no, I18n: &yes}
	return append(out, body), errors.Join(errs...)
}

// pageField returns the widget of a front matter key. A key that each
// language writes in its own words is translated (i18n: true); one that is
// the same in every language (a date, an image, an order) is copied from
// the default language to the others (i18n: duplicate).
func (g *gen) pageField(key string) (cmsField, bool) {
	f := cmsField{Name: key, Label: fieldLabel(key, g.code), Widget: "string", I18n: &yes}
	dup := "duplicate"
	switch key {
	case "title", "linkTitle", "imageAlt", "imageCredit":
	case "description":
		f.Widget = "text"
	case "slug":
		g.pattern(&f, catalog.Field{Shape: "slug", Pattern: content.SlugPattern})
	case "aliases":
		// Old addresses differ from language to language.
		f.Widget = "list"
	case "date":
		f.Widget, f.Format, f.DateFormat, f.TimeFormat, f.I18n = "datetime", "YYYY-MM-DD", "YYYY-MM-DD", &no, dup
	case "draft":
		f.Widget, f.I18n = "boolean", dup
	case "weight":
		f.Widget, f.ValueType, f.I18n = "number", "int", dup
	case "menu":
		// One menu's name (main, footer); a page in two menus
		// (menu: [main, footer]) keeps its list until it is edited.
		f.I18n = dup
		g.pattern(&f, catalog.Field{Shape: "menu", Pattern: content.MenuPattern})
	case "image":
		// A file under static/, uploaded to admin.mediaFolder: the
		// value is its path (/images/campus.jpg).
		f.Widget, f.I18n, f.ChooseURL = "image", dup, &no
	case "imageFocus":
		f.I18n = dup
		g.pattern(&f, catalog.Field{Shape: "focus", Pattern: catalog.FocusPattern})
	case "layout":
		f.I18n = dup
		g.pattern(&f, catalog.Field{Shape: "layout", Pattern: content.LayoutPattern})
	case "translationKey":
		f.I18n = dup
	default:
		return cmsField{}, false
	}
	return f, true
}

// The configuration, in the keys Decap CMS reads.
type cmsConfig struct {
	Backend      cmsBackend      `yaml:"backend"`
	PublishMode  string          `yaml:"publish_mode,omitempty"`
	LocalBackend *cmsLocal       `yaml:"local_backend,omitempty"`
	Locale       string          `yaml:"locale"`
	SiteURL      string          `yaml:"site_url"`
	DisplayURL   string          `yaml:"display_url"`
	MediaFolder  string          `yaml:"media_folder"`
	PublicFolder string          `yaml:"public_folder"`
	I18n         *cmsI18n        `yaml:"i18n,omitempty"`
	Slug         cmsSlug         `yaml:"slug"`
	Collections  []cmsCollection `yaml:"collections"`
}

type cmsBackend struct {
	Name         string `yaml:"name"`
	Repo         string `yaml:"repo,omitempty"`
	Branch       string `yaml:"branch,omitempty"`
	BaseURL      string `yaml:"base_url,omitempty"`
	AuthEndpoint string `yaml:"auth_endpoint,omitempty"`
	APIRoot      string `yaml:"api_root,omitempty"`
	AuthType     string `yaml:"auth_type,omitempty"`
	AppID        string `yaml:"app_id,omitempty"`
	ProxyURL     string `yaml:"proxy_url,omitempty"`
}

// cmsSlug makes the names of new files ASCII, without accents: "Mobilité
// étudiante" becomes mobilite-etudiante, a valid id and slug.
type cmsSlug struct {
	Encoding     string `yaml:"encoding"`
	CleanAccents bool   `yaml:"clean_accents"`
}

type cmsLocal struct {
	URL          string   `yaml:"url"`
	AllowedHosts []string `yaml:"allowed_hosts"`
}

type cmsI18n struct {
	Structure     string   `yaml:"structure"`
	Locales       []string `yaml:"locales,flow"`
	DefaultLocale string   `yaml:"default_locale"`
}

type cmsCollection struct {
	Name            string     `yaml:"name"`
	Label           string     `yaml:"label"`
	LabelSingular   string     `yaml:"label_singular,omitempty"`
	Folder          string     `yaml:"folder,omitempty"`
	Extension       string     `yaml:"extension,omitempty"`
	Format          string     `yaml:"format,omitempty"`
	Create          bool       `yaml:"create,omitempty"`
	Slug            string     `yaml:"slug,omitempty"`
	IdentifierField string     `yaml:"identifier_field,omitempty"`
	Summary         string     `yaml:"summary,omitempty"`
	I18n            *bool      `yaml:"i18n,omitempty"`
	Files           []cmsFile  `yaml:"files,omitempty"`
	Fields          []cmsField `yaml:"fields,omitempty"`
}

type cmsFile struct {
	Name   string     `yaml:"name"`
	Label  string     `yaml:"label"`
	File   string     `yaml:"file"`
	Format string     `yaml:"format"`
	Fields []cmsField `yaml:"fields"`
}

type cmsField struct {
	Name          string      `yaml:"name"`
	Label         string      `yaml:"label"`
	Widget        string      `yaml:"widget"`
	Required      *bool       `yaml:"required,omitempty"`
	I18n          any         `yaml:"i18n,omitempty"`
	Pattern       []string    `yaml:"pattern,omitempty,flow"`
	Options       []cmsOption `yaml:"options,omitempty"`
	Multiple      bool        `yaml:"multiple,omitempty"`
	ValueType     string      `yaml:"value_type,omitempty"`
	Min           *int        `yaml:"min,omitempty"`
	Max           *int        `yaml:"max,omitempty"`
	Format        string      `yaml:"format,omitempty"`
	DateFormat    string      `yaml:"date_format,omitempty"`
	TimeFormat    *bool       `yaml:"time_format,omitempty"`
	Collection    string      `yaml:"collection,omitempty"`
	ValueField    string      `yaml:"value_field,omitempty"`
	SearchFields  []string    `yaml:"search_fields,omitempty,flow"`
	DisplayFields []string    `yaml:"display_fields,omitempty,flow"`
	ChooseURL     *bool       `yaml:"choose_url,omitempty"`
	Collapsed     *bool       `yaml:"collapsed,omitempty"`
	Summary       string      `yaml:"summary,omitempty"`
	Field         *cmsField   `yaml:"field,omitempty"`
	Fields        []cmsField  `yaml:"fields,omitempty"`
}

type cmsOption struct {
	Label string `yaml:"label"`
	Value string `yaml:"value"`
}
