package catalog_test

import (
	"context"
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

// personal is the KU Leuven staff member's address from the public source
// the showcase is written from: the privacy check must refuse it wherever
// it appears (a first.last address at a university).
const personal = "martine.torfs@kuleuven.be"

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
  - {country: US, city: New York, email: newyork@alumni.kuleuven.be}
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
		catalog.Institutions: 3, catalog.Programmes: 2, catalog.Networks: 2, catalog.Chairs: 2, catalog.AlumniKind: 1,
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
