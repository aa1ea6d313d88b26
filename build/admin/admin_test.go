package admin

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
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
		{"local only", "", "connect-src 'self' http://localhost:8081;", "github"},
		{"github", "admin: {backend: {name: github, repo: org/site, baseURL: https://auth.example.org}}", "connect-src 'self' http://localhost:8081 https://api.github.com;", "auth.example.org"},
		{"gitlab pkce", "admin: {backend: {name: gitlab, repo: org/site, authType: pkce, appID: abc}}", "connect-src 'self' http://localhost:8081 https://gitlab.com;", "github"},
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
