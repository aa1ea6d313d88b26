package catalog_test

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"golang.org/x/text/language"
)

// today is the fixed date of every test.
var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// personal is an invented address of a person (first.last at a
// university), the shape of the staff member's address that one of the
// showcase's public sources carries: the privacy check must refuse it
// wherever it appears.
const personal = "jana.voorbeeld@univ.example"

// siteSet is the showcase's five languages, default en, fallback en then fr.
func siteSet() *lang.Set {
	var list []lang.Language
	for _, l := range []struct{ code, locale string }{
		{"fr", "fr-BE"}, {"nl", "nl-BE"}, {"en", "en-GB"}, {"de", "de-BE"}, {"es", "es-ES"},
	} {
		list = append(list, lang.Language{Code: l.code, Label: l.code, Locale: l.locale, Tag: language.MustParse(l.locale)})
	}
	return lang.NewSet(list, "en", []string{"en", "fr"})
}

// base is a small valid catalogue: every kind, every reference resolved.
var base = map[string]string{
	"data/institutions/uliege.yaml": `name: {fr: Université de Liège, en: University of Liège}
short: ULiège
country: BE
city: {fr: Liège, en: Liège}
community: fwb
type: university
url: https://www.uliege.be/
international: https://www.uliege.be/international
erasmusCode: B  LIEGE01
schac: uliege.be
pic: "999875303"
ror: https://ror.org/00afp2z80
summary: {fr: Une université complète, en: A comprehensive university}
`,
	"data/institutions/kuleuven.yaml": `name: KU Leuven
country: BE
city: Leuven
community: vl
url: https://www.kuleuven.be/
ror: 05f950310
`,
	"data/institutions/maastricht.yaml": `name: Maastricht University
country: NL
city: Maastricht
url: https://www.maastrichtuniversity.nl/
erasmusCode: NL MAASTRI01
`,
	"data/networks/unigr.yaml": `acronym: UniGR
name: {fr: Université de la Grande Région, en: University of the Greater Region}
kind: cross-border
scope: [BE, DE, FR, LU]
members:
  - uliege
  - {name: Universität Trier, city: Trier, country: DE}
since: 2008
url: https://www.uni-gr.eu/
`,
	"data/networks/euregio.yaml": `name: Euregio Meuse-Rhine
kind: cross-border
members: [uliege, maastricht]
`,
	"data/programmes/european-law.yaml": `title: {fr: Droit européen, en: European Law}
summary: {fr: Un master conjoint, en: A joint master}
description:
  en: |
    Taught in **Liège** and Maastricht.
level: master
ects: 120
duration: P2Y
languages: [fr, en]
fields: ["0421", 0613]
institutions: [uliege, maastricht]
degree: joint
erasmusMundus: true
intake: [9]
deadlines:
  - {audience: non-eea, date: 2027-03-01}
tuition:
  - {audience: eea, amount: 835, currency: EUR, per: year}
languageRequirements:
  - {language: en, cefr: B2}
networks: [unigr, euregio]
url: {fr: "https://www.uliege.be/droit", en: "https://www.uliege.be/law"}
contact: international@uliege.be
slug: {fr: droit-europeen}
updated: 2026-11-01
`,
	"data/programmes/summer-school.yaml": `title: Summer School in Leuven
summary: Two weeks in July
level: summer-school
ects: 3
duration: P2W
languages: [en]
fields: ["0232"]
institutions: [kuleuven]
`,
	"data/chairs/rubens.yaml": `name: The Rubens Chair
host: kuleuven
partners: [uliege]
established: 2003
fields: ["0222"]
minStayWeeks: 10
holders:
  - period: 2025-2026
    name: Jan Peeters
    home: kuleuven
    topic: {en: Flemish painting}
    basis: public-task
    reviewBy: 2027-06-30
lectures:
  - {title: {en: Rubens and Antwerp}, date: 2026-10-05, place: Berkeley}
`,
	"data/chairs/brueghel.yaml": `name: The Brueghel Chair
host: {name: University of Pennsylvania, city: Philadelphia, country: US}
`,
	"data/alumni/kuleuven.yaml": `institution: kuleuven
office: {fr: Service des alumni, en: KU Leuven Alumni Office}
email: alumni@kuleuven.be
phone: "+32 16 32 40 10"
languages: [nl, en]
countries: [BE, US]
chapters:
  - {country: US, city: New York, email: alumni.newyork@kuleuven.be}
materials:
  - {kind: roll-up, title: {en: Roll-up}, languages: [en]}
howTo: {en: "Write to [the office](mailto:alumni@kuleuven.be)."}
`,
	"data/figures.yaml": `figures:
  - {id: students, label: {en: Students}, value: 23000, unit: count, year: 2025}
  - {id: abroad, label: {en: Abroad}, value: 20, unit: percent}
`,
	"data/README.md": "How to write entries.\n",
}

// site returns the base catalogue with files changed: a file mapped to ""
// is removed.
func site(changes map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range base {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	for name, data := range changes {
		if data == "" {
			delete(fsys, name)
			continue
		}
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

func load(t *testing.T, fsys fstest.MapFS, opts catalog.Options) (*catalog.Catalog, []string) {
	t.Helper()
	if opts.Today.IsZero() {
		opts.Today = today
	}
	var l diag.List
	c, err := catalog.Load(context.Background(), fsys, siteSet(), opts, &l)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range l.Sorted() {
		out = append(out, d.Error())
	}
	return c, out
}

func diff(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		var b strings.Builder
		for _, g := range got {
			b.WriteString("\t\t\t\t`" + g + "`,\n")
		}
		t.Errorf("diagnostics:\n got: %s\nwant: %s\nas Go:\n%s", strings.Join(got, "\n      "), strings.Join(want, "\n      "), b.String())
	}
}

func TestLoadBase(t *testing.T) {
	c, diags := load(t, site(nil), catalog.Options{})
	diff(t, diags, nil)
	counts := map[string]int{
		catalog.Institutions: 3, catalog.Programmes: 2, catalog.Networks: 2, catalog.Chairs: 2, catalog.Alumni: 1,
	}
	for kind, n := range counts {
		if got := len(c.Entries(kind)); got != n {
			t.Errorf("%d %s, want %d", got, kind, n)
		}
	}
	if len(c.Figures) != 2 {
		t.Errorf("%d figures", len(c.Figures))
	}
}

func TestReverseReferences(t *testing.T) {
	c, diags := load(t, site(nil), catalog.Options{})
	diff(t, diags, nil)
	get := func(kind, id string) catalog.Entry {
		t.Helper()
		e, ok := c.Get(kind, id)
		if !ok {
			t.Fatalf("no %s/%s", kind, id)
		}
		return e
	}
	ids := func(entries ...catalog.Entry) []string {
		var out []string
		for _, e := range entries {
			out = append(out, e.Meta().ID)
		}
		return out
	}
	uliege := get(catalog.Institutions, "uliege").(*catalog.Institution)
	kuleuven := get(catalog.Institutions, "kuleuven").(*catalog.Institution)
	maastricht := get(catalog.Institutions, "maastricht").(*catalog.Institution)
	law := get(catalog.Programmes, "european-law").(*catalog.Programme)
	unigr := get(catalog.Networks, "unigr").(*catalog.Network)
	rubens := get(catalog.Chairs, "rubens").(*catalog.Chair)
	brueghel := get(catalog.Chairs, "brueghel").(*catalog.Chair)

	list := func(xs any) []string {
		switch v := xs.(type) {
		case []*catalog.Programme:
			var out []string
			for _, x := range v {
				out = append(out, x.ID)
			}
			return out
		case []*catalog.Chair:
			var out []string
			for _, x := range v {
				out = append(out, x.ID)
			}
			return out
		case []*catalog.Network:
			var out []string
			for _, x := range v {
				out = append(out, x.ID)
			}
			return out
		}
		return nil
	}
	tests := []struct {
		name      string
		got, want []string
	}{
		{"uliege.Programmes", list(uliege.Programmes), []string{"european-law"}},
		{"maastricht.Programmes", list(maastricht.Programmes), []string{"european-law"}},
		{"kuleuven.Programmes", list(kuleuven.Programmes), []string{"summer-school"}},
		{"kuleuven.Chairs (host)", list(kuleuven.Chairs), []string{"rubens"}},
		{"uliege.Chairs (partner)", list(uliege.Chairs), []string{"rubens"}},
		{"uliege.Networks", list(uliege.Networks), []string{"euregio", "unigr"}},
		{"maastricht.Networks", list(maastricht.Networks), []string{"euregio"}},
		{"unigr.Programmes", list(unigr.Programmes), []string{"european-law"}},
		{"law.NetworkTargets", list(law.NetworkTargets), []string{"unigr", "euregio"}},
		{"entries sorted by id", ids(c.Entries(catalog.Institutions)...), []string{"kuleuven", "maastricht", "uliege"}},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if kuleuven.Alumni == nil || kuleuven.Alumni.ID != "kuleuven" || uliege.Alumni != nil {
		t.Errorf("Alumni: kuleuven %v, uliege %v", kuleuven.Alumni, uliege.Alumni)
	}
	if law.Institutions[0].Target != uliege || law.Institutions[1].Target != maastricht {
		t.Error("programme institution targets")
	}
	if rubens.Host.Target != kuleuven || rubens.Holders[0].Home.Target != kuleuven {
		t.Error("chair host and holder home targets")
	}
	if brueghel.Host.Target != nil || brueghel.Host.Inline == nil || brueghel.Host.Inline.Country != "US" {
		t.Errorf("inline host = %+v", brueghel.Host)
	}
	if unigr.Members[1].Inline == nil || unigr.Members[1].Target != nil {
		t.Errorf("inline member = %+v", unigr.Members[1])
	}
	if _, ok := c.Get(catalog.Programmes, "nothing"); ok {
		t.Error("Get of a missing id")
	}
}

// TestReverseReferencesNoDuplicates: an institution listed twice by a
// network shows the network once, as programmes and chairs already do.
func TestReverseReferencesNoDuplicates(t *testing.T) {
	c, _ := load(t, site(map[string]string{
		"data/networks/x.yaml":   "name: X\nkind: thematic\nmembers: [uliege, uliege]\n",
		"data/programmes/y.yaml": programme(map[string]string{"institutions": "[uliege, uliege]"}, ""),
	}), catalog.Options{})
	e, _ := c.Get(catalog.Institutions, "uliege")
	inst := e.(*catalog.Institution)
	n := 0
	for _, x := range inst.Networks {
		if x.ID == "x" {
			n++
		}
	}
	p := 0
	for _, x := range inst.Programmes {
		if x.ID == "y" {
			p++
		}
	}
	if p != 1 {
		t.Errorf("programme y listed %d times", p)
	}
	if n != 1 {
		t.Errorf("network x is listed %d times in uliege.Networks: resolve deduplicates programmes and chairs but appends networks blindly, so a member written twice shows the network twice on the institution page", n)
	}
}

func TestLoadDerivedValues(t *testing.T) {
	c, _ := load(t, site(nil), catalog.Options{})
	e, _ := c.Get(catalog.Programmes, "european-law")
	law := e.(*catalog.Programme)
	if law.EQF != 7 || law.Length != (catalog.Duration{Years: 2}) || law.Mode != "full-time" || law.Delivery != "on-site" || law.Degree != "joint" {
		t.Errorf("derived: EQF %d, Length %v, Mode %q, Delivery %q, Degree %q", law.EQF, law.Length, law.Mode, law.Delivery, law.Degree)
	}
	e, _ = c.Get(catalog.Programmes, "summer-school")
	ss := e.(*catalog.Programme)
	if ss.EQF != 0 || ss.Length != (catalog.Duration{Weeks: 2}) || ss.Degree != "single" {
		t.Errorf("summer school: EQF %d, Length %v, Degree %q", ss.EQF, ss.Length, ss.Degree)
	}
	e, _ = c.Get(catalog.Institutions, "uliege")
	if got := e.(*catalog.Institution).ROR; got != "00afp2z80" {
		t.Errorf("ROR = %q, want the canonical id", got)
	}
	if law.Slug.Values["fr"] != "droit-europeen" {
		t.Errorf("slug = %v", law.Slug.Values)
	}
	m := law.Meta()
	if m.Kind != catalog.Programmes || m.ID != "european-law" || m.File != "data/programmes/european-law.yaml" || m.Pos.Line != 1 {
		t.Errorf("meta = %+v", m)
	}
}

func TestLoadDrafts(t *testing.T) {
	files := map[string]string{"data/programmes/x.yaml": programme(nil, "draft: true\n")}
	c, _ := load(t, site(files), catalog.Options{})
	if _, ok := c.Get(catalog.Programmes, "x"); ok {
		t.Error("a draft is published")
	}
	c, _ = load(t, site(files), catalog.Options{Drafts: true})
	if _, ok := c.Get(catalog.Programmes, "x"); !ok {
		t.Error("a draft is left out with Drafts")
	}
}

func TestLoadEmpty(t *testing.T) {
	c, diags := load(t, fstest.MapFS{"site.yaml": {Data: []byte("title: x\n")}}, catalog.Options{})
	diff(t, diags, nil)
	if len(c.Entries(catalog.Programmes)) != 0 || c.Figures != nil {
		t.Error("entries without data/")
	}
}

func TestLoadIgnoredFiles(t *testing.T) {
	_, diags := load(t, site(map[string]string{
		"data/programmes/notes.txt":   "x",
		"data/programmes/.draft.yaml": "not: [valid",
		"data/.git/config":            "x",
		"data/programmes/README.md":   "x",
	}), catalog.Options{})
	diff(t, diags, []string{"data/programmes/notes.txt: warning: ignored: catalogue files end in .yaml"})
}

// exported returns the open-data export of the entries of kind, each as
// encoding/json writes it and a partner portal parses it back, by id.
func exported(t *testing.T, c *catalog.Catalog, kind string, pages map[string]map[string]string) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	for _, e := range c.Entries(kind) {
		var buf bytes.Buffer
		err := catalog.Export(&buf, e, pages[e.Meta().ID])
		b := buf.Bytes()
		if err != nil {
			t.Fatalf("%s/%s: %v", kind, e.Meta().ID, err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s/%s: %v\n%s", kind, e.Meta().ID, err, b)
		}
		out[e.Meta().ID] = m
	}
	return out
}

// TestExportKeys: every entry of the test catalogue exports its YAML keys,
// the ones it writes and no other, plus its id and, when it has pages, their
// URLs.
func TestExportKeys(t *testing.T) {
	c, _ := load(t, site(nil), catalog.Options{})
	pages := map[string]map[string]string{"uliege": {"en": "https://x.be/en/institutions/uliege/"}}
	for _, tc := range []struct {
		kind, id string
		keys     []string
	}{
		{"institutions", "uliege", []string{"city", "community", "country", "erasmusCode", "id", "international", "name", "pages", "pic", "ror", "schac", "short", "summary", "type", "url"}},
		{"institutions", "maastricht", []string{"city", "country", "erasmusCode", "id", "name", "url"}},
		{"programmes", "european-law", []string{"contact", "deadlines", "degree", "delivery", "description", "duration", "ects", "erasmusMundus", "fields", "id", "institutions", "intake", "languageRequirements", "languages", "level", "mode", "networks", "slug", "summary", "title", "tuition", "updated", "url"}},
		{"programmes", "summer-school", []string{"degree", "delivery", "duration", "ects", "fields", "id", "institutions", "languages", "level", "mode", "summary", "title"}},
		{"chairs", "rubens", []string{"established", "fields", "holders", "host", "id", "lectures", "minStayWeeks", "name", "partners"}},
		{"chairs", "brueghel", []string{"host", "id", "name"}},
		{"networks", "unigr", []string{"acronym", "id", "kind", "members", "name", "scope", "since", "url"}},
		{"networks", "euregio", []string{"id", "kind", "members", "name"}},
		{"alumni", "kuleuven", []string{"chapters", "countries", "email", "howTo", "id", "institution", "languages", "materials", "office", "phone"}},
	} {
		t.Run(tc.kind+"/"+tc.id, func(t *testing.T) {
			m := exported(t, c, tc.kind, pages)[tc.id]
			if m == nil {
				t.Fatalf("no entry %s", tc.id)
			}
			keys := slices.Sorted(maps.Keys(m))
			if !slices.Equal(keys, tc.keys) {
				t.Errorf("keys %q, want %q", keys, tc.keys)
			}
		})
	}
}

func TestExport(t *testing.T) {
	c, _ := load(t, site(nil), catalog.Options{})
	urls := map[string]map[string]string{"european-law": {"fr": "https://x.be/fr/formations/droit-europeen/", "en": "https://x.be/en/programmes/european-law/"}}
	out := exported(t, c, catalog.Programmes, urls)
	if len(out) != 2 {
		t.Fatalf("%d exported entries", len(out))
	}
	law := out["european-law"]
	checks := []struct {
		key  string
		want any
	}{
		{"id", "european-law"},
		{"title", map[string]any{"fr": "Droit européen", "en": "European Law"}},
		{"level", "master"},
		{"ects", 120.0},
		{"duration", "P2Y"},
		{"languages", []any{"fr", "en"}},
		{"fields", []any{"0421", "0613"}},
		{"institutions", []any{"uliege", "maastricht"}},
		{"networks", []any{"unigr", "euregio"}},
		{"degree", "joint"},
		{"erasmusMundus", true},
		{"intake", []any{9.0}},
		{"deadlines", []any{map[string]any{"audience": "non-eea", "date": "2027-03-01"}}},
		{"tuition", []any{map[string]any{"audience": "eea", "amount": 835.0, "currency": "EUR", "per": "year"}}},
		{"languageRequirements", []any{map[string]any{"language": "en", "cefr": "B2"}}},
		{"contact", "international@uliege.be"},
		{"updated", "2026-11-01"},
		{"slug", map[string]any{"fr": "droit-europeen"}},
		{"description", map[string]any{"en": "Taught in **Liège** and Maastricht.\n"}},
		{"url", map[string]any{"fr": "https://www.uliege.be/droit", "en": "https://www.uliege.be/law"}},
		{"pages", map[string]any{"fr": "https://x.be/fr/formations/droit-europeen/", "en": "https://x.be/en/programmes/european-law/"}},
	}
	for _, ch := range checks {
		if got := law[ch.key]; !reflect.DeepEqual(got, ch.want) {
			t.Errorf("%s = %#v, want %#v", ch.key, got, ch.want)
		}
	}
	for _, absent := range []string{"example", "draft", "Pos", "At", "Kind", "ID", "File", "basis", "reviewBy", "admission", "Length", "EQF", "NetworkTargets"} {
		if _, ok := law[absent]; ok {
			t.Errorf("%s exported", absent)
		}
	}
	if s := law["summary"].(map[string]any); len(s) != 2 {
		t.Errorf("summary = %v: a text falling back is left out, not copied", s)
	}
	// A text written once for every language is the string itself.
	if got := out["summer-school"]["title"]; got != "Summer School in Leuven" {
		t.Errorf("plain title = %#v", got)
	}
	// The other entry has no page URLs.
	if _, ok := out["summer-school"]["pages"]; ok {
		t.Errorf("summer-school pages = %v", out["summer-school"]["pages"])
	}
}

// TestExportReferences: a reference is the id it names; an institution
// written inline is an object of its keys.
func TestExportReferences(t *testing.T) {
	c, _ := load(t, site(nil), catalog.Options{})
	networks := exported(t, c, catalog.Networks, nil)
	want := []any{"uliege", map[string]any{"name": "Universität Trier", "city": "Trier", "country": "DE"}}
	if got := networks["unigr"]["members"]; !reflect.DeepEqual(got, want) {
		t.Errorf("members = %#v, want %#v", got, want)
	}
	chairs := exported(t, c, catalog.Chairs, nil)
	if got, want := chairs["brueghel"]["host"], map[string]any{"name": "University of Pennsylvania", "city": "Philadelphia", "country": "US"}; !reflect.DeepEqual(got, want) {
		t.Errorf("host = %#v, want %#v", got, want)
	}
	holders := []any{map[string]any{"period": "2025-2026", "name": "Jan Peeters", "home": "kuleuven", "topic": map[string]any{"en": "Flemish painting"}, "basis": "public-task", "reviewBy": "2027-06-30"}}
	if got := chairs["rubens"]["holders"]; !reflect.DeepEqual(got, holders) {
		t.Errorf("holders = %#v, want %#v", got, holders)
	}
}

// TestEmptyItemsAreRefused: what a list holds but says nothing (an empty
// code, an item without its required value) is an error at its place, so
// that the open data never carries an empty item.
func TestEmptyItemsAreRefused(t *testing.T) {
	_, diags := load(t, site(map[string]string{
		"data/alumni/kuleuven.yaml": `institution: kuleuven
office: {en: Alumni}
email: alumni@kuleuven.be
languages: ["", en]
countries: [""]
chapters: [{country: ""}, {country: US}]
materials: [{kind: "", title: Flyer, languages: [""]}, {kind: flyer, title: Flyer}]
`,
	}), catalog.Options{})
	diff(t, diags, []string{
		"data/alumni/kuleuven.yaml:4:13: error: languages[1]: an empty item: remove it, or write its value",
		"data/alumni/kuleuven.yaml:5:13: error: countries[1]: an empty item: remove it, or write its value",
		`data/alumni/kuleuven.yaml:6:22: error: chapters[1]: "country" is empty: write its value`,
		`data/alumni/kuleuven.yaml:7:20: error: materials[1]: "kind" is empty: write its value`,
		"data/alumni/kuleuven.yaml:7:50: error: materials[1].languages[1]: an empty item: remove it, or write its value",
	})
}

// TestExportKeepsOfficialURL: the url an entry gives (the institution's web
// site, a programme's official page) survives beside the site's page URLs.
func TestExportKeepsOfficialURL(t *testing.T) {
	c, _ := load(t, site(nil), catalog.Options{})
	pages := map[string]string{"en": "https://x.be/en/institutions/uliege/"}
	uliege := exported(t, c, catalog.Institutions, map[string]map[string]string{"uliege": pages})["uliege"]
	if got := uliege["url"]; got != "https://www.uliege.be/" {
		t.Errorf("url = %v: the institution's web site is lost", got)
	}
	if got, want := uliege["pages"], map[string]any{"en": pages["en"]}; !reflect.DeepEqual(got, want) {
		t.Errorf("pages = %v, want %v", got, want)
	}
}

func TestExportFigures(t *testing.T) {
	c, _ := load(t, site(nil), catalog.Options{})
	b, err := json.Marshal(c.Figures)
	if err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := []map[string]any{
		{"id": "students", "label": map[string]any{"en": "Students"}, "value": 23000.0, "unit": "count", "year": 2025.0},
		{"id": "abroad", "label": map[string]any{"en": "Abroad"}, "value": 20.0, "unit": "percent"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("figures export = %s", b)
	}
}
