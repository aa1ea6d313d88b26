package model_test

import (
	"context"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/model"
	"golang.org/x/tools/txtar"
)

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// build loads a site written as a txtar archive (site.yaml, content/,
// data/, static/) and builds its model. Load diagnostics fail the test;
// the model's own are returned.
func build(t testing.TB, archive string) (*model.Site, []string) {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	var load diag.List
	cfg := config.Parse(config.File, fsys[config.File].Data, &load)
	if cfg == nil || load.Len() != 0 {
		t.Fatalf("site.yaml: %s", load.String())
	}
	pages, err := content.Load(context.Background(), fsys, cfg.Langs, false, &load)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := catalog.Load(context.Background(), fsys, cfg.Langs, catalog.Options{Today: today}, &load)
	if err != nil {
		t.Fatal(err)
	}
	if load.Len() != 0 {
		t.Fatalf("load: %s", load.String())
	}
	var static []string
	_ = fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			static = append(static, strings.TrimPrefix(p, "static/"))
		}
		return nil
	})
	var l diag.List
	s := model.Build(cfg, pages, cat, static, model.Options{}, &l)
	var out []string
	for _, d := range l.Sorted() {
		out = append(out, d.Error())
	}
	return s, out
}

func diff(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
}

// page returns the page at output path p, failing the test when it is missing.
func page(t *testing.T, s *model.Site, p string) *model.Page {
	t.Helper()
	pg := s.Page(p)
	if pg == nil {
		var paths []string
		for _, x := range s.Pages {
			paths = append(paths, x.Path)
		}
		t.Fatalf("no page %q in %q", p, paths)
	}
	return pg
}

// showcase is a small three-language site with sections, localized slugs,
// a catalogue and static files, under a sub-path base URL.
const showcase = `
-- site.yaml --
baseURL: https://org.github.io/site/
title: {fr: Étudier, nl: Studeren, en: Study}
languages:
  - {code: fr, label: Français, locale: fr-BE}
  - {code: nl, label: Nederlands, locale: nl-BE}
  - {code: en, label: English, locale: en-GB}
defaultLanguage: en
fallback: [en, fr]
sections:
  chairs: {nl: gastleerstoelen}
menu:
  main:
    - {catalog: programmes, weight: 20}
    - {page: mobility.md, weight: 10}
    - {url: "https://www.wbi.be/", label: {fr: WBI, en: WBI International}}
    - {url: /en/contact/, label: Contact, weight: 40}
    - {page: news/_index.md, label: {fr: Actualités}, weight: 5}
    - {catalog: networks}
-- content/_index.fr.md --
---
title: Accueil
---
-- content/_index.nl.md --
---
title: Start
---
-- content/_index.en.md --
---
title: Home
---
-- content/mobility.fr.md --
---
title: Mobilité
slug: mobilite
aliases: [/fr/mobility/, /fr/ancienne-mobilite.html]
---
Voir [les actualités](news/_index.md).
-- content/mobility.nl.md --
---
title: Mobiliteit
slug: mobiliteit
linkTitle: Mobiel
---
-- content/mobility.en.md --
---
title: Mobility
---
-- content/news/_index.fr.md --
---
title: Actualités
slug: actualites
---
-- content/news/_index.en.md --
---
title: News
---
-- content/news/open-day.fr.md --
---
title: Journée portes ouvertes
slug: portes-ouvertes
date: 2026-10-01
menu: main
weight: 30
---
-- content/news/open-day.en.md --
---
title: Open day
date: 2026-10-01
---
-- content/news/older.en.md --
---
title: Older news
date: 2025-01-01
---
-- content/news/fr-only.fr.md --
---
title: Seulement en français
---
-- content/news/events/_index.en.md --
---
title: Events
---
-- content/news/events/fair.en.md --
---
title: Fair
---
-- content/news/events/fair.fr.md --
---
title: Salon
---
-- content/guides/visa/apply.en.md --
---
title: Apply for a visa
---
-- content/about-us.fr.md --
---
title: À propos
translationKey: about
---
-- content/about.en.md --
---
title: About
translationKey: about
---
-- data/institutions/kuleuven.yaml --
name: KU Leuven
country: BE
city: Leuven
url: https://www.kuleuven.be/
-- data/programmes/european-law.yaml --
title: {fr: Droit européen, en: European Law}
summary: {en: A master}
level: master
ects: 120
duration: P2Y
languages: [en]
fields: ["0421"]
institutions: [kuleuven]
slug: {fr: droit-europeen}
-- data/chairs/rubens.yaml --
name: The Rubens Chair
host: kuleuven
-- static/images/campus.jpg --
jpeg
-- static/docs/guide.pdf --
pdf
`

func TestURLs(t *testing.T) {
	s, diags := build(t, showcase)
	diff(t, diags, nil)
	tests := []struct {
		path  string
		kind  model.Kind
		title string
		url   string
	}{
		{"fr/", model.Home, "Accueil", "/site/fr/"},
		{"en/mobility/", model.Article, "Mobility", "/site/en/mobility/"},
		{"fr/mobilite/", model.Article, "Mobilité", "/site/fr/mobilite/"},
		{"nl/mobiliteit/", model.Article, "Mobiliteit", "/site/nl/mobiliteit/"},
		{"fr/actualites/", model.Section, "Actualités", "/site/fr/actualites/"},
		{"en/news/", model.Section, "News", "/site/en/news/"},
		{"fr/actualites/portes-ouvertes/", model.Article, "Journée portes ouvertes", "/site/fr/actualites/portes-ouvertes/"},
		{"fr/actualites/fr-only/", model.Article, "Seulement en français", "/site/fr/actualites/fr-only/"},
		{"en/news/events/", model.Section, "Events", "/site/en/news/events/"},
		{"en/news/events/fair/", model.Article, "Fair", "/site/en/news/events/fair/"},
		{"fr/actualites/events/fair/", model.Article, "Salon", "/site/fr/actualites/events/fair/"},
		{"en/guides/visa/apply/", model.Article, "Apply for a visa", "/site/en/guides/visa/apply/"},
		{"fr/about-us/", model.Article, "À propos", "/site/fr/about-us/"},
		{"fr/formations/", model.List, "", "/site/fr/formations/"},
		{"nl/opleidingen/", model.List, "", "/site/nl/opleidingen/"},
		{"fr/formations/droit-europeen/", model.Entry, "Droit européen", "/site/fr/formations/droit-europeen/"},
		{"nl/opleidingen/european-law/", model.Entry, "European Law", "/site/nl/opleidingen/european-law/"},
		{"nl/gastleerstoelen/rubens/", model.Entry, "The Rubens Chair", "/site/nl/gastleerstoelen/rubens/"},
		{"fr/chaires/rubens/", model.Entry, "The Rubens Chair", "/site/fr/chaires/rubens/"},
		{"en/institutions/kuleuven/", model.Entry, "KU Leuven", "/site/en/institutions/kuleuven/"},
		{"fr/404.html", model.NotFound, "", "/site/fr/404.html"},
		{"", model.Chooser, "", "/site/"},
		{"404.html", model.Root404, "", "/site/404.html"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p := s.Page(tt.path)
			if p == nil {
				t.Fatalf("no page %q", tt.path)
			}
			if p.Kind != tt.kind || p.Title != tt.title {
				t.Errorf("kind %s, title %q", p.Kind, p.Title)
			}
			if got := s.URL(p); got != tt.url {
				t.Errorf("URL = %q, want %q", got, tt.url)
			}
		})
	}
	if got := s.Permalink(page(t, s, "fr/mobilite/")); got != "https://org.github.io/site/fr/mobilite/" {
		t.Errorf("Permalink = %q", got)
	}
	if p := page(t, s, "nl/opleidingen/european-law/"); p.TitleLang != "en" {
		t.Errorf("TitleLang of a fallen-back title = %q, want en", p.TitleLang)
	}
	if p := page(t, s, "fr/formations/droit-europeen/"); p.TitleLang != "" || p.Layout != "programme" || p.CatalogKind != catalog.Programmes {
		t.Errorf("entry page = %+v", p)
	}
	if p := page(t, s, "fr/mobilite/"); p.File() != "fr/mobilite/index.html" || page(t, s, "fr/404.html").File() != "fr/404.html" {
		t.Errorf("File() = %q", p.File())
	}
	if got := page(t, s, "nl/mobiliteit/").Short(); got != "Mobiel" {
		t.Errorf("Short() = %q", got)
	}
	for i := 1; i < len(s.Pages); i++ {
		if s.Pages[i-1].Path >= s.Pages[i].Path {
			t.Errorf("Pages not sorted by path: %q before %q", s.Pages[i-1].Path, s.Pages[i].Path)
		}
	}
}

func TestTree(t *testing.T) {
	s, _ := build(t, showcase)
	news := page(t, s, "en/news/")
	var children []string
	for _, c := range news.Children {
		children = append(children, c.Path)
	}
	// Newest first, then by weight and title.
	want := []string{"en/news/open-day/", "en/news/older/", "en/news/events/"}
	if !slices.Equal(children, want) {
		t.Errorf("en/news children = %q, want %q", children, want)
	}
	fair := page(t, s, "en/news/events/fair/")
	var anc []string
	for _, a := range fair.Ancestors() {
		anc = append(anc, a.Path)
	}
	if !slices.Equal(anc, []string{"en/", "en/news/", "en/news/events/"}) {
		t.Errorf("Ancestors = %q", anc)
	}
	if p := page(t, s, "en/guides/visa/apply/"); p.Parent != s.Homes["en"] {
		t.Errorf("a page in folders without sections has parent %v", p.Parent.Path)
	}
	if entry := page(t, s, "fr/chaires/rubens/"); entry.Parent != s.Lists[catalog.Chairs]["fr"] || entry.Parent.Parent != s.Homes["fr"] {
		t.Error("entry → list → home")
	}
	g := s.Group("about.md")
	if g != nil {
		t.Errorf("translationKey pages grouped under their path: %v", g)
	}
	about := s.Group("key:about")
	if about["fr"] == nil || about["en"] == nil || about["fr"].Translations["en"] != about["en"] {
		t.Errorf("translationKey group = %v", about)
	}
	if s.EntryPage(catalog.Programmes, "european-law", "fr") != page(t, s, "fr/formations/droit-europeen/") {
		t.Error("EntryPage")
	}
}

func TestSwitch(t *testing.T) {
	s, _ := build(t, showcase)
	tests := []struct {
		from, code, to string
		exact          bool
	}{
		{"fr/mobilite/", "nl", "nl/mobiliteit/", true},
		{"en/mobility/", "fr", "fr/mobilite/", true},
		{"fr/mobilite/", "fr", "fr/mobilite/", true},
		{"fr/actualites/fr-only/", "en", "en/news/", false},
		{"fr/actualites/fr-only/", "nl", "nl/", false},
		{"en/news/older/", "fr", "fr/actualites/", false},
		{"en/news/events/fair/", "nl", "nl/", false},
		{"en/guides/visa/apply/", "fr", "fr/", false},
		{"fr/about-us/", "en", "en/about/", true},
		{"fr/formations/droit-europeen/", "nl", "nl/opleidingen/european-law/", true},
		{"fr/formations/", "en", "en/programmes/", true},
		{"fr/", "nl", "nl/", true},
		{"fr/404.html", "en", "en/404.html", true},
		{"", "fr", "fr/", true},
		{"404.html", "nl", "nl/", false},
		{"fr/mobility/", "en", "en/", false}, // an alias
	}
	for _, tt := range tests {
		t.Run(tt.from+"→"+tt.code, func(t *testing.T) {
			target, exact := s.Switch(page(t, s, tt.from), tt.code)
			if target == nil {
				t.Fatal("Switch returned nil")
			}
			if target.Path != tt.to || exact != tt.exact {
				t.Errorf("Switch = %q, %v; want %q, %v", target.Path, exact, tt.to, tt.exact)
			}
			if target.Lang != tt.code {
				t.Errorf("target language %q", target.Lang)
			}
		})
	}
	// Never nil, from any page to any language.
	for _, p := range s.Pages {
		for _, code := range s.Langs.Codes() {
			if target, _ := s.Switch(p, code); target == nil || target.Lang != code {
				t.Errorf("Switch(%q, %s) = %v", p.Path, code, target)
			}
		}
	}
}

func TestAliases(t *testing.T) {
	s, diags := build(t, showcase)
	diff(t, diags, nil)
	for _, path := range []string{"fr/mobility/", "fr/ancienne-mobilite.html"} {
		a := page(t, s, path)
		if a.Kind != model.Alias || a.Target != page(t, s, "fr/mobilite/") || a.Lang != "fr" || a.Title != "Mobilité" {
			t.Errorf("alias %s = %+v", path, a)
		}
	}
	if got := page(t, s, "fr/ancienne-mobilite.html").File(); got != "fr/ancienne-mobilite.html" {
		t.Errorf("File() = %q", got)
	}
}

func TestMenus(t *testing.T) {
	s, diags := build(t, showcase)
	diff(t, diags, nil)
	type item struct {
		label, lang, target string
		weight              int
	}
	summary := func(items []model.MenuItem) []item {
		var out []item
		for _, it := range items {
			target := it.URL
			if it.Page != nil {
				target = it.Page.Path
			}
			out = append(out, item{it.Label, it.Lang, target, it.Weight})
		}
		return out
	}
	tests := []struct {
		code string
		want []item
	}{
		{"fr", []item{
			{"Actualités", "", "fr/actualites/", 5},
			{"Mobilité", "", "fr/mobilite/", 10},
			{"", "", "fr/formations/", 20},
			{"WBI", "", "https://www.wbi.be/", 30},
			{"Journée portes ouvertes", "", "fr/actualites/portes-ouvertes/", 30},
			{"Contact", "", "/site/en/contact/", 40},
		}},
		{"nl", []item{
			{"Actualités", "fr", "en/news/", 5}, // the label falls back to fr, the page (no nl version) along the chain to en
			{"Mobiel", "", "nl/mobiliteit/", 10},
			{"", "", "nl/opleidingen/", 20},
			{"WBI International", "en", "https://www.wbi.be/", 30},
			{"Contact", "", "/site/en/contact/", 40},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			got := summary(s.Menus["main"][tt.code])
			if !slices.Equal(got, tt.want) {
				t.Errorf("main menu in %s:\n got %+v\nwant %+v", tt.code, got, tt.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	s, _ := build(t, showcase)
	fr := s.Resolver(page(t, s, "fr/mobilite/"), "")
	frNews := s.Resolver(page(t, s, "fr/actualites/portes-ouvertes/"), "news")
	nl := s.Resolver(page(t, s, "nl/mobiliteit/"), "")
	tests := []struct {
		name string
		res  interface{ Resolve(string) (string, error) }
		dest string
		want string
		err  string
	}{
		{name: "sibling page", res: fr, dest: "mobility.md", want: "/site/fr/mobilite/"},
		{name: "fragment", res: fr, dest: "mobility.md#deadline", want: "/site/fr/mobilite/#deadline"},
		{name: "fragment only", res: fr, dest: "#top", want: "#top"},
		{name: "parent folder", res: frNews, dest: "../mobility.md#frag", want: "/site/fr/mobilite/#frag"},
		{name: "same folder", res: frNews, dest: "_index.md", want: "/site/fr/actualites/"},
		{name: "absolute source path", res: frNews, dest: "/news/_index.md", want: "/site/fr/actualites/"},
		{name: "home", res: nl, dest: "/_index.md", want: "/site/nl/"},
		{name: "fallback language", res: nl, dest: "news/_index.md", want: "/site/en/news/"},
		{name: "translationKey page by its path", res: fr, dest: "about.md", want: "/site/fr/about-us/"},
		{name: "catalogue", res: fr, dest: "@programmes", want: "/site/fr/formations/"},
		{name: "catalogue entry", res: nl, dest: "@chairs/rubens", want: "/site/nl/gastleerstoelen/rubens/"},
		{name: "catalogue entry with slug", res: fr, dest: "@programmes/european-law#admission", want: "/site/fr/formations/droit-europeen/#admission"},
		{name: "static file", res: fr, dest: "/images/campus.jpg", want: "/site/images/campus.jpg"},
		{name: "static file relative", res: frNews, dest: "../docs/guide.pdf", want: "/site/docs/guide.pdf"},
		{name: "output path", res: fr, dest: "/fr/formations/", want: "/site/fr/formations/"},
		{
			name: "missing page with suggestion",
			res:  fr, dest: "mobilty.md",
			err: `no page content/mobilty.<lang>.md (did you mean "mobility.md"?)`,
		},
		{
			name: "missing page without suggestion",
			res:  fr, dest: "nowhere-at-all.md",
			err: `no page content/nowhere-at-all.<lang>.md`,
		},
		{
			name: "path escaping content/",
			res:  frNews, dest: "../../secret.md",
			err: "the path leads outside content/",
		},
		{
			name: "missing entry with suggestion",
			res:  fr, dest: "@chairs/ruben",
			err: `no entry "ruben" in data/chairs/ (did you mean @chairs/rubens?)`,
		},
		{
			name: "empty catalogue",
			res:  fr, dest: "@alumni",
			err: "the alumni catalogue is empty",
		},
		{
			name: "not a catalogue",
			res:  fr, dest: "@people",
			err: "@people is not a catalogue: expected @programmes, @institutions, @networks, @chairs, @alumni, @events",
		},
		{
			name: "query",
			res:  fr, dest: "mobility.md?x=1",
			err: "write a source path like mobility.md or ../news/_index.md",
		},
		{
			name: "missing static file",
			res:  fr, dest: "/images/none.jpg",
			err: "no such page or file: link to a page by its source path (mobility.md), to a catalogue with @programmes or @chairs/rubens, or to a file under static/",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.res.Resolve(tt.dest)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Errorf("Resolve(%q) = %q, %v; want error %q", tt.dest, got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("Resolve(%q) = %q, %v; want %q", tt.dest, got, err, tt.want)
			}
		})
	}
}

func TestBuildErrors(t *testing.T) {
	const head = `
-- site.yaml --
title: T
languages:
  - {code: fr, label: Français}
  - {code: en, label: English}
defaultLanguage: en
`
	tests := []struct {
		name    string
		archive string
		want    []string
	}{
		{
			name: "two pages write the same output",
			archive: head + `-- content/a.md --
---
title: A
slug: b
---
-- content/b.md --
---
title: B
---
`,
			want: []string{"content/a.md:3:7: error: content/a.md and content/b.md both write /en/b/index.html: give one of them another slug"},
		},
		{
			name: "two files for the same translation",
			archive: head + `-- content/about.md --
---
title: About
---
-- content/about.en.md --
---
title: About us
---
`,
			want: []string{"content/about.md: error: content/about.en.md and content/about.md are both the en version of the same page: remove one, or give them different translationKey values"},
		},
		{
			name: "two files for the same translationKey",
			archive: head + `-- content/a.fr.md --
---
title: A
translationKey: k
---
-- content/b.fr.md --
---
title: B
translationKey: k
---
`,
			want: []string{"content/b.fr.md: error: content/a.fr.md and content/b.fr.md are both the fr version of the same page: remove one, or give them different translationKey values"},
		},
		{
			name: "translationKey on the home page",
			archive: head + `-- content/_index.md --
---
title: Home
translationKey: home
---
`,
			want: []string{"content/_index.md:3:17: error: translationKey: the home page cannot take one"},
		},
		{
			name: "menu page that does not exist",
			archive: head + `menu:
  main:
    - {page: mobilty.md}
-- content/mobility.md --
---
title: Mobility
---
`,
			want: []string{
				`site.yaml:8:14: error: menu.main: page "mobilty.md": no page content/mobilty.<lang>.md (did you mean "mobility.md"?)`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := build(t, tt.archive)
			diff(t, diags, tt.want)
		})
	}
}

// TestCollisionPositions: a collision is reported in a file the author can
// edit, so that editors and CI annotations can jump to it.
func TestCollisionPositions(t *testing.T) {
	const head = `
-- site.yaml --
title: T
languages:
  - {code: en, label: English}
-- data/institutions/kuleuven.yaml --
name: KU Leuven
country: BE
city: Leuven
url: https://www.kuleuven.be/
`
	tests := []struct {
		name, archive, want string
	}{
		{
			name: "page over a catalogue list",
			archive: head + `-- content/institutions.md --
---
title: Our partners
---
`,
			want: "content/institutions.md and the institutions list both write /en/institutions/index.html",
		},
		{
			name: "alias over a page",
			archive: head + `-- content/a.md --
---
title: A
aliases: [/en/b/]
---
-- content/b.md --
---
title: B
---
`,
			want: "content/b.md and content/a.md (alias /en/b/) both write /en/b/index.html",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]bool{}
			for _, f := range txtar.Parse([]byte(tt.archive)).Files {
				files[f.Name] = true
			}
			_, diags := build(t, tt.archive)
			if len(diags) != 1 || !strings.Contains(diags[0], tt.want) {
				t.Fatalf("diagnostics = %q, want one containing %q", diags, tt.want)
			}
			file, _, _ := strings.Cut(diags[0], ":")
			if !files[file] {
				t.Errorf("%s: model.add reports a collision at diag.Pos{File: source}, where source describes the second writer (\"the institutions list\", \"content/a.md (alias /en/b/)\"), not a file: report it at the content file (and the aliases or slug line) instead", diags[0])
			}
		})
	}
}

// TestResolveCatalogueListLost: when a page takes the URL of a catalogue
// list in one language, links to that catalogue must fail with an error,
// not crash the build.
func TestResolveCatalogueListLost(t *testing.T) {
	s, diags := build(t, `
-- site.yaml --
title: T
languages:
  - {code: fr, label: Français}
  - {code: en, label: English}
-- content/offre.fr.md --
---
title: Notre offre
slug: formations
---
-- data/institutions/kuleuven.yaml --
name: KU Leuven
country: BE
city: Leuven
url: https://www.kuleuven.be/
-- data/programmes/law.yaml --
title: Law
summary: Law
level: master
ects: 60
duration: P1Y
languages: [en]
fields: ["0421"]
institutions: [kuleuven]
`)
	if len(diags) != 1 || !strings.Contains(diags[0], "both write /fr/formations/index.html") {
		t.Fatalf("diagnostics = %q", diags)
	}
	res := s.Resolver(s.Homes["fr"], "")
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("Resolve(\"@programmes\") panics (%v) when the French programmes list lost its URL to a page: catalogTarget returns lists[code] = nil with no error, and Resolve calls s.URL(nil)", r)
		}
	}()
	if u, err := res.Resolve("@programmes"); err == nil {
		t.Errorf("Resolve(@programmes) = %q without an error", u)
	}
}

func TestNoCatalogue(t *testing.T) {
	s, diags := build(t, `
-- site.yaml --
title: T
languages:
  - {code: en, label: English}
menu:
  main:
    - {catalog: programmes}
    - {url: /about/, label: About}
-- content/_index.md --
---
title: Home
---
`)
	diff(t, diags, nil)
	var kinds []string
	for _, p := range s.Pages {
		kinds = append(kinds, p.Path+"="+string(p.Kind))
	}
	sort.Strings(kinds)
	if want := []string{"404.html=root-404", "=chooser", "en/404.html=404", "en/=home", "en/search/=search"}; !slices.Equal(kinds, want) {
		t.Errorf("pages = %q, want %q", kinds, want)
	}
	items := s.Menus["main"]["en"]
	if len(items) != 1 || items[0].URL != "/about/" {
		t.Errorf("menu = %+v: an empty catalogue has no entry", items)
	}
	if s.Homes["en"].Title != "Home" || s.Homes["en"].Source == nil {
		t.Errorf("home = %+v", s.Homes["en"])
	}
}
