package model_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// depsSite is a one-language site whose entries refer to each other in
// every way the catalogue allows.
const depsSite = `
-- site.yaml --
baseURL: https://example.org/
title: Study
languages:
  - {code: en, label: English, locale: en-GB}
-- content/_index.en.md --
---
title: Home
---
-- content/about.en.md --
---
title: About
---
-- content/news/_index.en.md --
---
title: News
---
-- content/news/open-day.en.md --
---
title: Open day
date: 2026-10-01
aliases: [/old-open-day/]
---
-- content/news/events/_index.en.md --
---
title: Events
---
-- content/news/events/fair.en.md --
---
title: Fair
---
-- data/institutions/liege.yaml --
name: University of Liège
country: BE
city: Liège
url: https://liege.example/
-- data/institutions/ghent.yaml --
name: Ghent University
country: BE
city: Ghent
url: https://ghent.example/
-- data/institutions/lille.yaml --
name: University of Lille
country: FR
city: Lille
url: https://lille.example/
-- data/programmes/law.yaml --
title: Master of Law
summary: Law.
level: master
ects: 120
duration: P2Y
languages: [en]
fields: ["0421"]
institutions: [liege]
networks: [unitas]
-- data/programmes/physics.yaml --
title: Master of Physics
summary: Physics.
level: master
ects: 120
duration: P2Y
languages: [en]
fields: ["0533"]
institutions: [ghent]
-- data/networks/unitas.yaml --
name: Unitas
kind: university-network
members: [liege]
-- data/chairs/rubens.yaml --
name: The Rubens Chair
host: ghent
partners: [lille]
holders:
  - {period: "2025", name: Ada Lovelace, home: liege, basis: public-task, reviewBy: 2027-01-01}
-- data/alumni/liege.yaml --
institution: liege
office: Alumni office
email: alumni@liege.example
howTo: Write to us.
-- data/figures.yaml --
figures:
  - {id: students, label: Students, value: 1000, unit: count}
`

func paths(pages []*model.Page) []string {
	out := make([]string, len(pages))
	for i, p := range pages {
		out[i] = p.Path
	}
	return out
}

func TestDependsOn(t *testing.T) {
	s, diags := build(t, depsSite)
	diff(t, diags, nil)
	tests := []struct {
		name string
		file string
		want []string
	}{
		{
			name: "an institution shows on the programmes, chairs, networks and alumni office that name it, and in every list",
			file: "data/institutions/liege.yaml",
			want: []string{
				"en/alumni/", "en/alumni/liege/", "en/chairs/", "en/chairs/rubens/",
				"en/institutions/", "en/institutions/liege/", "en/networks/", "en/networks/unitas/",
				"en/programmes/", "en/programmes/law/",
			},
		},
		{
			name: "a chair's partner shows on the chair only",
			file: "data/institutions/lille.yaml",
			want: []string{
				"en/alumni/", "en/chairs/", "en/chairs/rubens/", "en/institutions/", "en/institutions/lille/",
				"en/networks/", "en/programmes/",
			},
		},
		{
			name: "a programme shows on its institutions, its networks, its list and the home",
			file: "data/programmes/law.yaml",
			want: []string{"en/", "en/institutions/liege/", "en/networks/unitas/", "en/programmes/", "en/programmes/law/"},
		},
		{
			name: "a chair shows on its host and partners",
			file: "data/chairs/rubens.yaml",
			want: []string{"en/chairs/", "en/chairs/rubens/", "en/institutions/ghent/", "en/institutions/lille/"},
		},
		{
			name: "an alumni office shows on its institution",
			file: "data/alumni/liege.yaml",
			want: []string{"en/alumni/", "en/alumni/liege/", "en/institutions/liege/"},
		},
		{
			name: "the key figures show on the home",
			file: catalog.FiguresFile,
			want: []string{"en/"},
		},
		{
			name: "a dated page shows in its section, on the home (recent) and in its aliases",
			file: "content/news/open-day.en.md",
			want: []string{"en/", "en/news/", "en/news/open-day/", "old-open-day/"},
		},
		{
			name: "a page shows in its parent section only",
			file: "content/news/events/fair.en.md",
			want: []string{"en/news/events/", "en/news/events/fair/"},
		},
		{
			name: "a section shows in its parent",
			file: "content/news/events/_index.en.md",
			want: []string{"en/news/", "en/news/events/"},
		},
		{
			name: "a top-level page shows on the home",
			file: "content/about.en.md",
			want: []string{"en/", "en/about/"},
		},
		{
			name: "what every page shows is not recorded",
			file: config.File,
			want: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := paths(s.DependsOn(tt.file))
			if !slices.Equal(got, tt.want) {
				t.Errorf("DependsOn(%s)\n got: %q\nwant: %q", tt.file, got, tt.want)
			}
		})
	}
}

// reparse reads a new version of a catalogue entry of the site.
func reparse(t *testing.T, s *model.Site, file, src string) catalog.Entry {
	t.Helper()
	kind, name, _ := strings.Cut(strings.TrimPrefix(file, catalog.Dir+"/"), "/")
	var diags diag.List
	e := catalog.Parse(file, kind, strings.TrimSuffix(name, ".yaml"), []byte(src), s.Langs, catalog.Options{Today: today}, &diags)
	if e == nil || diags.Len() > 0 {
		t.Fatalf("%s: %s", file, diags.String())
	}
	return e
}

// reassemble assembles the site's catalogue again with new versions of
// some entries, as the dev server does.
func reassemble(t *testing.T, s *model.Site, edited ...catalog.Entry) *catalog.Catalog {
	t.Helper()
	byFile := map[string]catalog.Entry{}
	for _, e := range edited {
		byFile[e.Meta().File] = e
	}
	var all []catalog.Entry
	for _, kind := range catalog.Kinds {
		for _, e := range s.Catalog.Entries(kind) {
			if n, ok := byFile[e.Meta().File]; ok {
				e = n
			}
			all = append(all, e)
		}
	}
	var diags diag.List
	cat := catalog.Assemble(all, s.Catalog.Figures, catalog.Options{Today: today}, &diags)
	if diags.Len() > 0 {
		t.Fatal(diags.String())
	}
	return cat
}

func TestReplaceEntry(t *testing.T) {
	s, _ := build(t, depsSite)
	const file = "data/programmes/law.yaml"
	// The programme moves from Liège to Ghent and leaves its network: its
	// title and URL stay, so the shape of the site does not change.
	moved := reparse(t, s, file, `title: Master of Law
summary: Law, in Ghent.
level: master
ects: 120
duration: P2Y
languages: [en]
fields: ["0421"]
institutions: [ghent]
`)
	old, _ := s.Catalog.Get(catalog.Programmes, "law")
	if !model.SameEntry(old, moved) {
		t.Fatal("SameEntry: a new summary and new references keep the shape")
	}
	got := paths(s.Replace(reassemble(t, s, moved), nil, []catalog.Entry{moved}))
	want := []string{
		"en/", "en/institutions/ghent/", "en/institutions/liege/", "en/networks/unitas/",
		"en/programmes/", "en/programmes/law/",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Replace: pages to render again\n got: %q\nwant: %q", got, want)
	}
	if p := page(t, s, "en/programmes/law/"); p.Entry != moved {
		t.Error("the programme's page still shows the old version")
	}
	// What the pages show is recorded again.
	if got, want := paths(s.DependsOn(file)), []string{"en/", "en/institutions/ghent/", "en/programmes/", "en/programmes/law/"}; !slices.Equal(got, want) {
		t.Errorf("DependsOn(%s) after the edit\n got: %q\nwant: %q", file, got, want)
	}
	if got := paths(s.DependsOn("data/institutions/liege.yaml")); slices.Contains(got, "en/programmes/law/") {
		t.Errorf("the programme still depends on the institution it left: %q", got)
	}
	if got := paths(s.DependsOn("data/institutions/ghent.yaml")); !slices.Contains(got, "en/programmes/law/") {
		t.Errorf("the programme does not depend on its new institution: %q", got)
	}
}

func TestReplacePage(t *testing.T) {
	s, _ := build(t, depsSite)
	var diags diag.List
	edited := content.Parse("news/open-day.en.md", []byte("---\ntitle: Open day\ndate: 2026-10-01\naliases: [/old-open-day/]\ndescription: \"Come and see: it's free!\"\n---\nNew body.\n"), s.Langs, false, &diags)
	if edited == nil || diags.Len() > 0 {
		t.Fatal(diags.String())
	}
	p := page(t, s, "en/news/open-day/")
	if !model.SamePage(p.Source, edited) {
		t.Fatal("SamePage: a new body and description keep the shape")
	}
	got := paths(s.Replace(s.Catalog, []*content.Page{edited}, nil))
	if want := []string{"en/", "en/news/", "en/news/open-day/", "old-open-day/"}; !slices.Equal(got, want) {
		t.Errorf("Replace: pages to render again\n got: %q\nwant: %q", got, want)
	}
	if p.Source != edited || p.Description != "Come and see: it’s free!" {
		t.Errorf("the page's source and description are not the new ones: %q", p.Description)
	}
}

func TestSameShape(t *testing.T) {
	s, _ := build(t, depsSite)
	law, _ := s.Catalog.Get(catalog.Programmes, "law")
	renamed := reparse(t, s, "data/programmes/law.yaml", "title: Master of Laws\nsummary: Law.\nlevel: master\nects: 120\nduration: P2Y\nlanguages: [en]\nfields: [\"0421\"]\ninstitutions: [liege]\n")
	if model.SameEntry(law, renamed) {
		t.Error("SameEntry: a new title changes the menus, cards and links that show it")
	}
	reslugged := reparse(t, s, "data/programmes/law.yaml", "title: Master of Law\nslug: law-master\nsummary: Law.\nlevel: master\nects: 120\nduration: P2Y\nlanguages: [en]\nfields: [\"0421\"]\ninstitutions: [liege]\n")
	if model.SameEntry(law, reslugged) {
		t.Error("SameEntry: a new slug changes the URL")
	}
	about := page(t, s, "en/about/").Source
	var diags diag.List
	for _, src := range []string{
		"---\ntitle: About us\n---\n",
		"---\ntitle: About\nweight: 3\n---\n",
		"---\ntitle: About\nmenu: main\n---\n",
	} {
		if n := content.Parse(strings.TrimPrefix(about.File, "content/"), []byte(src), s.Langs, false, &diags); n == nil || model.SamePage(about, n) {
			t.Errorf("SamePage(%q) = true, want false", src)
		}
	}
}
