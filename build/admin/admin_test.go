package admin

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/picture"
	"gopkg.in/yaml.v3"
)

const site = `title: {en: Test, fr: Essai}
languages:
  - {code: fr, label: Français}
  - {code: nl, label: Nederlands}
  - {code: en, label: English}
  - {code: de, label: Deutsch}
  - {code: es, label: Español}
defaultLanguage: en
`

func parse(t *testing.T, src string) *config.Config {
	t.Helper()
	var l diag.List
	c := config.Parse("site.yaml", []byte(src), &l)
	if c == nil || l.Count(diag.Error) > 0 {
		t.Fatalf("site.yaml: %v", l.Sorted())
	}
	return c
}

func siteFS(extra map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"content/about.en.md":      {Data: []byte("---\ntitle: About\n---\n")},
		"content/news/one.en.md":   {Data: []byte("---\ntitle: One\n---\n")},
		"data/programmes/x.yaml":   {Data: []byte("title: X\n")},
		"data/institutions/y.yaml": {Data: []byte("name: Y\n")},
	}
	for k, v := range extra {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fsys
}

// decoded is config.yml read back the way Decap CMS reads it.
type decoded struct {
	Backend     map[string]any `yaml:"backend"`
	Locale      string         `yaml:"locale"`
	I18n        map[string]any `yaml:"i18n"`
	Collections []struct {
		Name   string           `yaml:"name"`
		Label  string           `yaml:"label"`
		Folder string           `yaml:"folder"`
		I18n   bool             `yaml:"i18n"`
		Files  []map[string]any `yaml:"files"`
		Fields []map[string]any `yaml:"fields"`
	} `yaml:"collections"`
}

func config1(t *testing.T, src string, fsys fstest.MapFS) decoded {
	t.Helper()
	out, err := Config(Input{Config: parse(t, src), Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	var d decoded
	if err := yaml.Unmarshal(out, &d); err != nil {
		t.Fatalf("config.yml is not YAML: %v", err)
	}
	return d
}

func field(fields []map[string]any, name string) map[string]any {
	for _, f := range fields {
		if f["name"] == name {
			return f
		}
	}
	return nil
}

// TestCollections: a collection per catalogue kind, the key figures as a
// file, and the pages of each content folder, one file per language.
func TestCollections(t *testing.T) {
	d := config1(t, site, siteFS(nil))
	var names []string
	for _, c := range d.Collections {
		names = append(names, c.Name)
	}
	want := append(append([]string{}, catalog.Kinds...), "figures", "pages", "pages-news")
	if !slices.Equal(names, want) {
		t.Fatalf("collections %v, want %v", names, want)
	}
	for i, kind := range catalog.Kinds {
		if c := d.Collections[i]; c.Folder != "data/"+kind || len(c.Fields) == 0 {
			t.Errorf("%s: folder %q, %d fields", kind, c.Folder, len(c.Fields))
		}
	}
	figs := d.Collections[len(catalog.Kinds)]
	if len(figs.Files) != 1 || figs.Files[0]["file"] != "data/figures.yaml" {
		t.Errorf("figures: %v", figs.Files)
	}
	pages := d.Collections[len(catalog.Kinds)+1]
	if pages.Folder != "content" || !pages.I18n || d.Collections[len(catalog.Kinds)+2].Folder != "content/news" {
		t.Errorf("pages: %+v", pages)
	}
	if d.I18n["structure"] != "multiple_files" || d.I18n["default_locale"] != "en" {
		t.Errorf("i18n: %v", d.I18n)
	}
	if d.Backend["name"] != "proxy" || d.Locale != "en" {
		t.Errorf("backend %v, locale %q", d.Backend, d.Locale)
	}
}

// TestProgrammeWidgets: each field of a programme gets the widget, bounds,
// pattern, choices and relation of vitrine's validation.
func TestProgrammeWidgets(t *testing.T) {
	d := config1(t, site+"admin: {language: fr}\n", siteFS(nil))
	p := d.Collections[0].Fields
	title := field(p, "title")
	if title["widget"] != "vitrine-text" || title["label"] != "Titre" {
		t.Fatalf("title: %v", title)
	}
	subs := title["fields"].([]any)
	if len(subs) != 5 {
		t.Fatalf("title: %d languages", len(subs))
	}
	for _, s := range subs {
		s := s.(map[string]any)
		_, optional := s["required"]
		if (s["name"] == "en") == optional {
			t.Errorf("title.%s: required only in the default language: %v", s["name"], s)
		}
	}
	if desc := field(p, "description"); desc["required"] != false || desc["fields"].([]any)[0].(map[string]any)["widget"] != "markdown" {
		t.Errorf("description: %v", desc)
	}
	ects := field(p, "ects")
	if ects["widget"] != "number" || ects["min"] != 0 || ects["max"] != 240 || ects["value_type"] != "int" {
		t.Errorf("ects: %v", ects)
	}
	level := field(p, "level")
	opts := level["options"].([]any)
	if level["widget"] != "select" || len(opts) != len(catalog.Levels) {
		t.Fatalf("level: %v", level)
	}
	if l, _ := lang.Label(lang.Level, catalog.Levels[0], "fr"); opts[0].(map[string]any)["label"] != l {
		t.Errorf("level: labels not in French: %v", opts[0])
	}
	if f := field(p, "fields"); f["widget"] != "select" || f["multiple"] != true {
		t.Errorf("fields: %v", f)
	}
	if n := field(p, "networks"); n["widget"] != "relation" || n["collection"] != "networks" || n["multiple"] != true || n["value_field"] != "{{slug}}" {
		t.Errorf("networks: %v", n)
	}
	if n := field(p, "institutions"); n["widget"] != "vitrine-institutions" || n["collection"] != "institutions" {
		t.Errorf("institutions: %v", n)
	}
	if c := field(p, "contact"); c["widget"] != "string" || len(c["pattern"].([]any)) != 2 || !strings.HasPrefix(c["pattern"].([]any)[1].(string), "Attendu\u00a0:") {
		t.Errorf("contact: %v", c)
	}
	dl := field(p, "deadlines")
	// A deadline is a date or a day of every year (--03-01): a text of that shape.
	if date := field(toMaps(dl["fields"]), "date"); dl["widget"] != "list" || date["widget"] != "string" || len(date["pattern"].([]any)) != 2 {
		t.Errorf("deadlines: %v", dl)
	}
	if u := field(p, "updated"); u["widget"] != "datetime" || u["time_format"] != false {
		t.Errorf("updated: %v", u)
	}
	if o := field(p, "outcomes"); o["widget"] != "list" || o["field"].(map[string]any)["widget"] != "vitrine-text" {
		t.Errorf("outcomes: %v", o)
	}
}

func toMaps(v any) []map[string]any {
	var out []map[string]any
	for _, x := range v.([]any) {
		out = append(out, x.(map[string]any))
	}
	return out
}

// TestLabelsComplete: every key of every kind and of the key figures has a
// label in the five languages.
func TestLabelsComplete(t *testing.T) {
	var walk func(fs []catalog.Field)
	walk = func(fs []catalog.Field) {
		for _, f := range fs {
			if _, ok := messages["pattern."+f.Shape]; f.Pattern != "" && !ok && f.Vocab == "" && len(f.Enum) == 0 && f.Type != catalog.FieldRef && f.Type != catalog.FieldInstitution && f.Type != catalog.FieldDate {
				t.Errorf("%s: shape %s has no message: add pattern.%s to messages in build/admin/labels.go", f.Path, f.Shape, f.Shape)
			}
			l, ok := fieldLabels[f.Name]
			if !ok {
				t.Errorf("%s: no label: add %q to fieldLabels in build/admin/labels.go", f.Path, f.Name)
			}
			for i, s := range l {
				if ok && s == "" {
					t.Errorf("%s: no label in %s", f.Path, lang.Languages()[i])
				}
			}
			walk(f.Fields)
			if f.Elem != nil {
				walk(f.Elem.Fields)
			}
		}
	}
	for _, k := range catalog.SchemaKinds {
		fs, err := catalog.Fields(k)
		if err != nil {
			t.Fatal(err)
		}
		walk(fs)
	}
	for key, m := range messages {
		for i, s := range m {
			if s == "" {
				t.Errorf("message %s: none in %s", key, lang.Languages()[i])
			}
		}
	}
}

// TestBuild: the page, the configuration and the glue are written; the
// script and its licences come from admin/vendor/, and without them the
// page says how to install them.
func TestBuild(t *testing.T) {
	cfg := parse(t, site)
	res, err := Build(Input{Config: cfg, Site: siteFS(nil), Stylesheets: []string{"assets/main.1.css"}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Installed {
		t.Error("Installed without admin/vendor/decap-cms.js")
	}
	page := outputs(res)["admin/index.html"]
	if !strings.Contains(page, "bash admin/update.sh") || strings.Contains(page, "<script") {
		t.Errorf("page without the script:\n%s", page)
	}
	res, err = Build(Input{Config: cfg, Site: siteFS(map[string]string{
		"admin/vendor/decap-cms.js": "/* cms */", "admin/vendor/LICENSE.txt": "MIT", "admin/vendor/.hidden": "x",
	}), Stylesheets: []string{"assets/main.1.css"}})
	if err != nil {
		t.Fatal(err)
	}
	outs := outputs(res)
	if !res.Installed || outs["admin/decap-cms.js"] != "/* cms */" || outs["admin/LICENSE.txt"] != "MIT" {
		t.Errorf("vendor files not copied: %v", keys(outs))
	}
	if _, ok := outs["admin/.hidden"]; ok {
		t.Error("a hidden file was published")
	}
	page = outs["admin/index.html"]
	for _, want := range []string{`<script src="decap-cms.js">`, `data-preview="../assets/main.1.css"`, `http-equiv="Content-Security-Policy"`, `data-languages="fr nl en de es"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s:\n%s", want, page)
		}
	}
	if outs["admin/config.yml"] == "" || outs["admin/editor.js"] == "" {
		t.Errorf("outputs: %v", keys(outs))
	}
	off := parse(t, site+"admin: {enabled: false}\n")
	res, err = Build(Input{Config: off, Site: siteFS(nil)})
	if err != nil || len(res.Outputs) != 0 {
		t.Errorf("enabled: false wrote %d files (%v)", len(res.Outputs), err)
	}
}

func outputs(r Result) map[string]string {
	m := map[string]string{}
	for _, o := range r.Outputs {
		m[o.Path] = string(o.Body)
	}
	return m
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestCSP: the page may reach the site, the git host's API and the local
// backend, nothing else.
func TestCSP(t *testing.T) {
	for _, tc := range []struct{ name, admin, want, not string }{
		{"local only", "", "connect-src 'self' blob: http://localhost:8081;", "github"},
		{"github", "admin: {backend: {name: github, repo: org/site, baseURL: https://auth.example.org}}", "connect-src 'self' blob: http://localhost:8081 https://api.github.com;", "auth.example.org"},
		{"gitlab pkce", "admin: {backend: {name: gitlab, repo: org/site, authType: pkce, appID: abc}}", "connect-src 'self' blob: http://localhost:8081 https://gitlab.com;", "github"},
		{"self-hosted gitlab", "admin: {backend: {name: gitlab, repo: org/site, apiRoot: https://git.example.be/api/v4}}", "https://git.example.be;", "gitlab.com"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			csp := CSP(parse(t, site+tc.admin+"\n"))
			if !strings.Contains(csp, tc.want) || strings.Contains(csp, tc.not) {
				t.Errorf("CSP = %s\nwant %s, not %s", csp, tc.want, tc.not)
			}
			if !strings.Contains(csp, "script-src 'self' 'unsafe-eval';") || strings.Contains(csp, "script-src 'self' 'unsafe-inline'") {
				t.Errorf("CSP = %s", csp)
			}
		})
	}
}

// TestShowcase: the repository's own site.yaml gives a configuration.
func TestShowcase(t *testing.T) {
	src, err := os.ReadFile("../../site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	d := config1(t, string(src), fstest.MapFS(siteFS(nil)))
	if len(d.Collections) < len(catalog.Kinds)+2 {
		t.Errorf("%d collections", len(d.Collections))
	}
}

// BenchmarkConfig measures what the editor's configuration adds to every
// build: go test ./build/admin -bench Config -benchmem
func BenchmarkConfig(b *testing.B) {
	src, err := os.ReadFile("../../site.yaml")
	if err != nil {
		b.Fatal(err)
	}
	var l diag.List
	cfg := config.Parse("site.yaml", src, &l)
	fsys := siteFS(nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Config(Input{Config: cfg, Site: fsys}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPageFields: every key of the front matter has a widget, in its
// order, with the body last; texts are written per language and the rest
// copied from the default language; shapes are checked as the build
// checks them.
func TestPageFields(t *testing.T) {
	d := config1(t, site+"admin: {language: de}\n", siteFS(nil))
	var pages []map[string]any
	for _, c := range d.Collections {
		if c.Name == "pages" {
			pages = c.Fields
		}
	}
	var want []string
	ft := reflect.TypeFor[content.FrontMatter]()
	for i := 0; i < ft.NumField(); i++ {
		if name, _, _ := strings.Cut(ft.Field(i).Tag.Get("yaml"), ","); name != "" && name != "-" {
			want = append(want, name)
		}
	}
	want = append(want, "body")
	var got []string
	for _, f := range pages {
		got = append(got, f["name"].(string))
		if l, ok := fieldLabels[f["name"].(string)]; !ok || f["label"] != l[3] {
			t.Errorf("%s: label %v, want the German one", f["name"], f["label"])
		}
	}
	if !slices.Equal(got, want) {
		t.Fatalf("page fields %v, want %v", got, want)
	}
	if f := field(pages, "title"); f["required"] != nil || f["i18n"] != true {
		t.Errorf("title: %v", f)
	}
	if f := field(pages, "image"); f["widget"] != "image" || f["i18n"] != "duplicate" || f["required"] != false {
		t.Errorf("image: %v", f)
	}
	for _, k := range []string{"imageAlt", "imageCredit", "slug", "description"} {
		if f := field(pages, k); f["i18n"] != true {
			t.Errorf("%s: not written per language: %v", k, f)
		}
	}
	for key, cases := range map[string]map[string]bool{
		"imageFocus": {"0.4,0.45": true, "0,1": true, "0.5, 0.5": true, "1.5,0.2": false, "0.3": false, "a,b": false},
		"slug":       {"mobilite-etudiante": true, "Mobilité": false, "a--b": false},
		"menu":       {"main": true, "footer": true, "Main": false},
		"layout":     {"page": true, "page.html": false},
	} {
		f := field(pages, key)
		pat, ok := f["pattern"].([]any)
		if !ok || len(pat) != 2 || !strings.HasPrefix(pat[1].(string), "Erwartet:") {
			t.Errorf("%s: pattern %v", key, f["pattern"])
			continue
		}
		re := regexp.MustCompile(pat[0].(string))
		for v, ok := range cases {
			if re.MatchString(v) != ok {
				t.Errorf("%s: %q matches %v, want %v", key, v, !ok, ok)
			}
			if key == "imageFocus" {
				if _, err := picture.ParseFocus(v); (err == nil) != ok {
					t.Errorf("imageFocus: the build reads %q otherwise (%v)", v, err)
				}
			}
		}
	}
}

// TestEventsAndImages: events have their collection, start and end take a
// date or a date and a time; an institution's logo is an image; new files
// get ASCII names.
func TestEventsAndImages(t *testing.T) {
	out, err := Config(Input{Config: parse(t, site), Site: siteFS(nil)})
	if err != nil {
		t.Fatal(err)
	}
	var d decoded
	var raw map[string]any
	if err := yaml.Unmarshal(out, &d); err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	if s := raw["slug"].(map[string]any); s["encoding"] != "ascii" || s["clean_accents"] != true {
		t.Errorf("slug: %v", s)
	}
	var events, institutions []map[string]any
	for _, c := range d.Collections {
		switch c.Name {
		case catalog.Events:
			events = c.Fields
		case catalog.Institutions:
			institutions = c.Fields
		}
	}
	for _, k := range []string{"start", "end"} {
		f := field(events, k)
		pat, _ := f["pattern"].([]any)
		if f["widget"] != "string" || len(pat) != 2 {
			t.Fatalf("events.%s: %v", k, f)
		}
		re := regexp.MustCompile(pat[0].(string))
		for v, ok := range map[string]bool{"2027-03-06": true, "2027-03-06T10:00": true, "06/03/2027": false, "2027-03-06T10": false} {
			if re.MatchString(v) != ok {
				t.Errorf("events.%s: %q matches %v", k, v, !ok)
			}
		}
	}
	if f := field(events, "start"); f["required"] != nil {
		t.Errorf("events.start is required: %v", f)
	}
	if f := field(events, "programmes"); f["widget"] != "relation" || f["collection"] != "programmes" || f["multiple"] != true {
		t.Errorf("events.programmes: %v", f)
	}
	if f := field(events, "type"); f["widget"] != "select" || len(f["options"].([]any)) != len(catalog.EventTypes) {
		t.Errorf("events.type: %v", f)
	}
	if f := field(institutions, "logo"); f["widget"] != "image" || f["choose_url"] != false {
		t.Errorf("institutions.logo: %v", f)
	}
}
