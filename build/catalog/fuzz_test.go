package catalog_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/diag"
)

// FuzzParseEntry decodes arbitrary bytes as an entry of each kind: Parse
// must never panic, must report every problem in the file it was given, and
// must return an entry of the kind asked for, or nil. The one exception to
// "in the file it was given" is the site-wide warning that text in a
// language site.yaml does not list is left out (lang.Set.NotPublished): it
// stands at site.yaml and names the file.
func FuzzParseEntry(f *testing.F) {
	for name, src := range base {
		if strings.HasSuffix(name, ".yaml") && strings.Count(name, "/") == 2 {
			f.Add(uint8(0), []byte(src))
		}
	}
	for _, s := range []string{
		programme(nil, "deadlines:\n  - {audience: eea, date: 2027-02-30}\ntuition: [{amount: x}]\n"),
		programme(map[string]string{"level": "masters", "ects": "[1]", "fields": "[613, {a: b}]"}, "networks: [{}, ~, x]\n"),
		programme(nil, "description: {en: \"write to "+personal+"\"}\nbasis: consent\nreviewBy: 2020-01-01\n"),
		"host: {name: {fr: X}, country: UK}\nholders: [~, {name: [x]}, {period: 1, name: y, basis: z, reviewBy: 1}]\n",
		"institution: [a]\noffice: {xx: y}\nchapters: [x, {country: [1]}]\nmaterials: {a: b}\n",
		"members: [{name: ~}, {}, [], 1]\nscope: UK\nkind: ~\n",
		"name: &a x\ncity: *a\n",
		"name: {aa: x, fr: y}\ndescription: {it: z}\n",
		"slug: {fr: ../x, en: \"\"}\nupdated: 9999-12-31\n",
		"{",
		"- x",
		"",
		"~",
		"\xff",
	} {
		for k := range catalog.Kinds {
			f.Add(uint8(k), []byte(s))
		}
	}
	set := siteSet()
	f.Fuzz(func(t *testing.T, kind uint8, src []byte) {
		k := catalog.Kinds[int(kind)%len(catalog.Kinds)]
		file := "data/" + k + "/fuzz.yaml"
		var l diag.List
		e := catalog.Parse(file, k, "fuzz", src, set, catalog.Options{Today: today}, &l)
		for _, d := range l.Sorted() {
			notPublished := d.Pos.File == "site.yaml" && d.Severity == diag.Warning &&
				strings.HasSuffix(d.Msg, ": "+file) && strings.Contains(d.Msg, "is not among the languages of site.yaml")
			if d.Pos.File != file && !notPublished {
				t.Errorf("diagnostic in another file: %v", d)
			}
		}
		if e == nil {
			if l.Count(diag.Error) == 0 {
				t.Error("nil entry without an error")
			}
			return
		}
		m := e.Meta()
		if m.Kind != k || m.ID != "fuzz" || m.File != file {
			t.Errorf("meta = %+v", m)
		}
		_ = e.Name()
		// Encoding never panics; it refuses only a NaN or an infinity
		// (amount: NaN), as the open-data export reports.
		var unsupported *json.UnsupportedValueError
		if err := catalog.Export(&bytes.Buffer{}, e, nil); err != nil && !errors.As(err, &unsupported) {
			t.Errorf("export: %v", err)
		}
	})
}
