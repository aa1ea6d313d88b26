package catalog

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/picture"
	"gopkg.in/yaml.v3"
)

// The -update flag is registered in init, after every package-level
// variable, so that another test file of the package may declare its own
// -update without a clash.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite docs/schemas/*.json from the Go types")
	}
}

func jsUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// jsTestLangs are the languages of the showcase site, for which
// docs/schemas/*.json are generated.
var jsTestLangs = []string{"fr", "nl", "en", "de", "es"}

const jsSchemaDir = "../../docs/schemas"

func TestSchemasUpToDate(t *testing.T) {
	if jsUpdating() {
		if err := os.MkdirAll(jsSchemaDir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, kind := range SchemaKinds {
		got, err := JSONSchema(kind, jsTestLangs)
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		if !json.Valid(got) {
			t.Fatalf("%s: invalid JSON", kind)
		}
		again, _ := JSONSchema(kind, jsTestLangs)
		if !bytes.Equal(got, again) {
			t.Errorf("%s: the schema differs from one call to the next", kind)
		}
		file := filepath.Join(jsSchemaDir, kind+".json")
		if jsUpdating() {
			if err := os.WriteFile(file, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%v: run go test ./build/catalog -run TestSchemasUpToDate -update", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date: run go test ./build/catalog -run TestSchemasUpToDate -update", file)
		}
	}
}

func TestJSONSchemaArgs(t *testing.T) {
	if _, err := JSONSchema("programmes", jsTestLangs); err == nil {
		t.Error("plural kind: want an error")
	}
	if _, err := JSONSchema("programme", []string{"fr", "FR"}); err == nil {
		t.Error("language FR: want an error")
	}
	if _, err := JSONSchema("programme", []string{"fr", "fr"}); err == nil {
		t.Error("language given twice: want an error")
	}
	// Without languages, any two-letter key is accepted.
	s := jsSchemaFor(t, "network", nil)
	v := jsYAMLValue(t, "name: {it: Rete, fr: Réseau}\nkind: thematic\n")
	if errs := jsValidate(s, v, ""); len(errs) > 0 {
		t.Errorf("no languages: %v", errs)
	}
	v = jsYAMLValue(t, "name: {ita: Rete}\nkind: thematic\n")
	if errs := jsValidate(s, v, ""); len(errs) == 0 {
		t.Error("no languages: key ita accepted")
	}
}

// TestJSONSchemaTables checks that every entry of the tables is used, so
// that they follow the Go types, and that enumerations and patterns agree
// with the validators.
func TestJSONSchemaTables(t *testing.T) {
	used := map[string]bool{}
	for _, kind := range SchemaKinds {
		if _, err := jsonSchema(kind, jsTestLangs, used); err != nil {
			t.Fatal(err)
		}
	}
	for name, keys := range map[string][]string{
		"jsDescriptions": slices.Sorted(maps.Keys(jsDescriptions)),
		"jsEnums":        slices.Sorted(maps.Keys(jsEnums)),
		"jsFormats":      slices.Sorted(maps.Keys(jsFormats)),
		"jsBounds":       slices.Sorted(maps.Keys(jsBounds)),
	} {
		for _, k := range keys {
			if !used[k] {
				t.Errorf("%s[%q] matches no field", name, k)
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(jsDescriptions)) {
		if d := jsDescriptions[k]; !strings.HasSuffix(d, ".") || len(d) > 300 {
			t.Errorf("description of %s: want one short sentence or two, ending with a period: %q", k, d)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(jsShapes)) {
		for _, kv := range jsShapes[k] {
			if kv.k == "pattern" {
				if _, err := regexp.Compile(kv.v.(string)); err != nil {
					t.Errorf("shape %s: %v", k, err)
				}
			}
		}
	}
	for _, l := range jsCEFRLevels {
		if err := CheckCEFR(l); err != nil {
			t.Errorf("jsCEFRLevels: %v", err)
		}
	}
	// What the validators accept, the patterns accept.
	accept := map[string][]string{
		"erasmus":  {"B  LIEGE01", "NL MAASTRI01", "D  AACHEN01", "L  LUX-INT01", "LUXLUX-VIL01", "IRLDUBLIN02", "UK LONDON029", "F  PARIS001", "B  BRUSSEL01"},
		"ror":      {"https://ror.org/00afp2z80", "00afp2z80", "02495e989"},
		"pic":      {"999875303"},
		"schac":    {"uliege.be", "kuleuven.be", "uni-trier.de"},
		"duration": {"P2Y", "P18M", "P1Y6M", "P10W", "P5D", "P1Y2M10D", "P0D"},
		"phone":    {"+32 16 32 40 10", "+1 (510) 642-6000"},
		"url":      {"https://www.uliege.be/", "http://example.be", "mailto:info@uliege.be"},
		"logo":     {"/logos/uliege.svg", "logos/ulb.png"},
		"focus":    {"0.3,0.6", "0.5, 0.5", "1,0", "0,1.0", ".25,.75"},
		"id":       {"uliege", "ma-european-law", "a1"},
	}
	reject := map[string][]string{
		"erasmus":  {"B LIEGE01", "NLMAASTRI01", "b  liege01", "B  LIEGE1", "B  LIEGE-01"},
		"ror":      {"00AFP2Z80", "https://ror.org/00afp2z8", "10afp2z80", "00afl2z80"},
		"pic":      {"12345678", "99987530a"},
		"schac":    {"https://uliege.be", "uliege", "ULiege.be"},
		"duration": {"P", "2Y", "P1.5Y", "PT2H", "p2y"},
		"phone":    {"016 32 40 10", "+32"},
		"url":      {"www.uliege.be", "javascript:alert(1)", "https://a b"},
		"logo":     {"../secret.svg", "https://x.be/logo.svg"},
		"focus":    {"0.3", "1.2,0.5", "-0.1,0.5", "0.3;0.6", "centre"},
		"id":       {"UCLouvain", "-a", "a--b", "a_b"},
	}
	check := map[string]func(string) bool{
		"erasmus":  func(s string) bool { return CheckErasmusCode(s) == nil },
		"ror":      func(s string) bool { _, err := CheckROR(s); return err == nil },
		"pic":      func(s string) bool { return CheckPIC(s) == nil },
		"schac":    func(s string) bool { return CheckSCHAC(s) == nil },
		"duration": func(s string) bool { _, err := ParseDuration(s); return err == nil },
		"phone":    phoneOK,
		"url":      func(s string) bool { return CheckURL(s) == nil },
		"logo":     func(s string) bool { return !strings.Contains(s, "..") && !strings.Contains(s, ":") },
		"focus":    func(s string) bool { _, err := picture.ParseFocus(s); return err == nil },
		"id":       func(s string) bool { return CheckID(s) == nil },
	}
	for shape, values := range accept {
		s := jsRoundTrip(t, jsShapes[shape])
		for _, v := range values {
			if !check[shape](v) {
				t.Errorf("%s %q: the validator rejects it", shape, v)
			}
			if errs := jsValidate(s, v, shape); len(errs) > 0 {
				t.Errorf("%s %q: the schema rejects it: %v", shape, v, errs)
			}
		}
	}
	for shape, values := range reject {
		s := jsRoundTrip(t, jsShapes[shape])
		for _, v := range values {
			if check[shape](v) {
				t.Errorf("%s %q: the validator accepts it", shape, v)
			}
			if errs := jsValidate(s, v, shape); len(errs) == 0 {
				t.Errorf("%s %q: the schema accepts it", shape, v)
			}
		}
	}
}

// TestJSONSchemaShowcase validates every entry of the showcase site against
// its schema, as the YAML extension would.
func TestJSONSchemaShowcase(t *testing.T) {
	root := filepath.Join("..", "..", "data")
	count := map[string]int{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".yaml" {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		kind := "figures"
		if dir := filepath.Dir(rel); dir != "." {
			kind = Singular(dir)
		} else if rel != "figures.yaml" {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		s := jsSchemaFor(t, kind, jsTestLangs)
		if s == nil {
			t.Errorf("%s: no schema for kind %q", rel, kind)
			return nil
		}
		count[kind]++
		if line, _, _ := strings.Cut(string(src), "\n"); strings.Contains(line, "$schema=") {
			_, ref, _ := strings.Cut(line, "$schema=")
			got := filepath.Clean(filepath.Join(filepath.Dir(p), strings.TrimSpace(ref)))
			if want := filepath.Join(jsSchemaDir, kind+".json"); got != filepath.Clean(want) {
				t.Errorf("%s: the first line points to %s, want %s", rel, got, want)
			}
		}
		for _, e := range jsValidate(s, jsYAMLValue(t, string(src)), "") {
			t.Errorf("data/%s: %s", filepath.ToSlash(rel), e)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range SchemaKinds {
		if count[kind] == 0 {
			t.Errorf("no showcase entry of kind %s", kind)
		}
	}
}

// Minimal valid entries, one key a line, edited by the cases below.
var jsBases = map[string]string{
	"programme": `title: {en: Master in Law, fr: Master en droit}
summary: A master.
level: master
ects: 120
duration: P2Y
languages: [en]
fields: ["0421"]
institutions: [uliege]
`,
	"institution": `name: {fr: Université de Liège, en: University of Liège}
country: BE
city: {fr: Liège, nl: Luik}
url: https://www.uliege.be/
`,
	"network": `name: UniGR
kind: cross-border
`,
	"chair": `name: Rubens Chair
host: berkeley
holders: [{period: 2024, name: Jane Roe, home: kuleuven, basis: consent, reviewBy: 2027-01-01}]
`,
	"alumni": `institution: kuleuven
office: {en: Alumni office, nl: Alumnidienst}
email: alumni@kuleuven.be
`,
	"figures": `figures: [{id: students, label: {en: Students}, value: 20, unit: percent}]
`,
}

// jsEdit returns the base entry of kind with each "key: value" line of
// edits replacing the line of that key, or appended, and each "-key"
// removing it.
func jsEdit(kind string, edits ...string) string {
	lines := strings.Split(strings.TrimSuffix(jsBases[kind], "\n"), "\n")
	for _, e := range edits {
		if key, ok := strings.CutPrefix(e, "-"); ok {
			for i, l := range lines {
				if strings.HasPrefix(l, key+":") {
					lines = append(lines[:i], lines[i+1:]...)
					break
				}
			}
			continue
		}
		key, _, _ := strings.Cut(e, ":")
		done := false
		for i, l := range lines {
			if strings.HasPrefix(l, key+":") {
				lines[i], done = e, true
				break
			}
		}
		if !done {
			lines = append(lines, e)
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

type jsCase struct {
	kind  string
	edits []string
	want  string // for rejected entries: a substring of a schema error
}

func jsC(kind, want string, edits ...string) jsCase {
	return jsCase{kind: kind, edits: edits, want: want}
}

// TestJSONSchemaAccepts checks that entries vitrine accepts, the schemas
// accept too.
func TestJSONSchemaAccepts(t *testing.T) {
	for _, c := range []jsCase{
		jsC("programme", ""),
		jsC("programme", "", "fields: [0421, \"0312\"]"),
		jsC("programme", "", "url: {fr: https://www.uliege.be/fr, en: https://www.uliege.be/en}"),
		jsC("programme", "", "url: https://www.uliege.be/"),
		jsC("programme", "", "institutions: [uliege, {name: {en: Trier University}, city: Trier, country: DE}]", "degree: joint"),
		jsC("programme", "", "level: phd", "-ects", "duration: P4Y"),
		jsC("programme", "", "level: summer-school", "ects: 5", "duration: P3W", "intake: [7]"),
		jsC("programme", "", "basis: public-task", "reviewBy: 2027-01-01"),
		jsC("programme", "", "slug: {fr: master-droit, en: master-law}", "example: true", "draft: false", "updated: 2026-05-01"),
		jsC("programme", "", "deadlines: [{audience: non-eea, date: 2027-03-01}]", "tuition: [{audience: eea, amount: 835.5, currency: EUR, per: year}]"),
		jsC("programme", "", "languageRequirements: [{language: en, cefr: B2}]", "outcomes: [{en: Analyse.}, Plain.]", "networks: [unigr]", "contact: international@uliege.be"),
		jsC("programme", "", "description: {en: \"# Title\\n\\nText with [a link](@institutions/uliege).\"}", "erasmusMundus: true", "mode: part-time", "delivery: hybrid"),
		jsC("institution", ""),
		jsC("institution", "", "pic: 999875303", "erasmusCode: \"LUXLUX-VIL01\"", "ror: 00afp2z80", "schac: uliege.be", "logo: /logos/uliege.svg"),
		jsC("institution", "", "community: fwb", "type: university", "short: ULiège", "international: https://www.uliege.be/international"),
		jsC("network", "", "scope: [BE, DE]", "members: [uliege, {name: Universität Trier, country: DE}]", "since: 2008", "acronym: UniGR"),
		jsC("chair", "", "partners: [kuleuven, ugent]", "established: 2003", "minStayWeeks: 10", "fields: [\"0222\"]"),
		jsC("chair", "", "host: {name: {en: UC Berkeley}, city: Berkeley, country: US, url: https://www.berkeley.edu/}", "lectures: [{title: A lecture, date: 2026-10-01, place: Berkeley}]"),
		jsC("chair", "", "holders: [{period: 2024-2025, name: Jane Roe, home: {name: Some College}, topic: {en: Rubens}, basis: public-task, reviewBy: 2027-01-01}]"),
		jsC("alumni", "", "phone: \"+32 16 32 40 10\"", "languages: [nl, en]", "countries: [US, CA]", "url: https://alumni.kuleuven.be/"),
		jsC("alumni", "", "chapters: [{country: US, city: New York, url: https://alumni.kuleuven.be/ny, email: alumni.ny@kuleuven.be}]", "materials: [{kind: roll-up, title: {en: Roll-up}, languages: [en]}]", "howTo: Write to the office."),
		jsC("figures", ""),
		jsC("figures", "", "figures: [{id: a, label: A, value: 1200, unit: count, year: 2020, source: ARES, group: {en: G}}]"),
	} {
		src := jsEdit(c.kind, c.edits...)
		if n, msgs := jsVitrine(c.kind, src); n > 0 {
			t.Errorf("%s %v: vitrine rejects it, fix the case: %s", c.kind, c.edits, msgs)
		}
		s := jsSchemaFor(t, c.kind, jsTestLangs)
		if errs := jsValidate(s, jsYAMLValue(t, src), ""); len(errs) > 0 {
			t.Errorf("%s %v: %v", c.kind, c.edits, errs)
		}
	}
}

// TestJSONSchemaRejects checks that entries the schemas reject, vitrine
// rejects too.
func TestJSONSchemaRejects(t *testing.T) {
	for _, c := range []jsCase{
		jsC("programme", "title", "-title"),
		jsC("programme", "titel", "titel: Master"),
		jsC("programme", "level", "level: masters"),
		jsC("programme", "duration", "duration: 2Y"),
		jsC("programme", "fields", `fields: ["613"]`),
		jsC("programme", "languages", "languages: [EN]"),
		jsC("programme", "ects", "ects: 300"),
		jsC("programme", "ects", "level: bachelor", "-ects"),
		jsC("programme", "ects", "level: summer-school"),
		jsC("programme", "institutions", "degree: joint"),
		jsC("programme", "title", "title: {en: Law, xx: Legge}"),
		jsC("programme", "audience", "deadlines: [{audience: eu, date: 2027-03-01}]"),
		jsC("programme", "date", "deadlines: [{audience: eea, date: 2027-3-1}]"),
		jsC("programme", "currency", "tuition: [{audience: eea, amount: 835, currency: eur}]"),
		jsC("programme", "amount", "tuition: [{audience: eea, amount: -1, currency: EUR}]"),
		jsC("programme", "per", "tuition: [{audience: eea, amount: 1, currency: EUR, per: month}]"),
		jsC("programme", "cefr", "languageRequirements: [{language: en, cefr: B3}]"),
		jsC("programme", "intake", "intake: [13]"),
		jsC("programme", "contact", "contact: international(at)uliege.be"),
		jsC("programme", "url", "url: {en: ftp://ftp.uliege.be/}"),
		jsC("programme", "reviewBy", "basis: consent"),
		jsC("programme", "basis", "reviewBy: 2027-01-01"),
		jsC("programme", "name", "institutions: [{city: Liège}]"),
		jsC("programme", "slug", "slug: {en: Master Law}"),
		jsC("programme", "mode", "mode: evening"),
		jsC("programme", "erasmusMundus", "erasmusMundus: maybe"),
		jsC("institution", "country", "country: be"),
		jsC("institution", "erasmusCode", `erasmusCode: "B LIEGE01"`),
		jsC("institution", "pic", `pic: "12345"`),
		jsC("institution", "ror", "ror: https://ror.org/0abc"),
		jsC("institution", "community", "community: wallonia"),
		jsC("institution", "type", "type: school"),
		jsC("institution", "logo", "logo: ../secret.svg"),
		jsC("institution", "schac", "schac: https://uliege.be"),
		jsC("institution", "url", "-url"),
		jsC("network", "kind", "kind: network"),
		jsC("network", "scope", "scope: [be]"),
		jsC("network", "since", "since: 99"),
		jsC("network", "country", "members: [{name: X, country: Germany}]"),
		jsC("chair", "basis", "holders: [{period: 2024, name: Jane Roe, reviewBy: 2027-01-01}]"),
		jsC("chair", "host", "-host"),
		jsC("chair", "minStayWeeks", "minStayWeeks: 200"),
		jsC("chair", "date", "lectures: [{title: A lecture, date: 1 October 2026}]"),
		jsC("alumni", "phone", "phone: 016 32 40 10"),
		jsC("alumni", "kind", "materials: [{kind: mug, title: Mug}]"),
		jsC("alumni", "email", "-email"),
		jsC("alumni", "country", "chapters: [{country: USA}]"),
		jsC("figures", "unit", "figures: [{id: a, label: A, value: 1, unit: kg}]"),
		jsC("figures", "value", "figures: [{id: a, label: A, value: 120, unit: percent}]"),
		jsC("figures", "id", "figures: [{id: Bad Id, label: A, value: 1, unit: count}]"),
		jsC("figures", "label", "figures: [{id: a, value: 1, unit: count}]"),
	} {
		src := jsEdit(c.kind, c.edits...)
		if n, _ := jsVitrine(c.kind, src); n == 0 {
			t.Errorf("%s %v: vitrine accepts it, fix the case", c.kind, c.edits)
		}
		s := jsSchemaFor(t, c.kind, jsTestLangs)
		errs := jsValidate(s, jsYAMLValue(t, src), "")
		if len(errs) == 0 {
			t.Errorf("%s %v: the schema accepts it", c.kind, c.edits)
			continue
		}
		if !strings.Contains(strings.Join(errs, "\n"), c.want) {
			t.Errorf("%s %v: no error mentions %q: %v", c.kind, c.edits, c.want, errs)
		}
	}
}

// jsVitrine decodes and validates src as vitrine does, and returns the
// number of errors and their messages.
func jsVitrine(kind, src string) (int, string) {
	var list []lang.Language
	for _, c := range jsTestLangs {
		list = append(list, lang.Language{Code: c})
	}
	set := lang.NewSet(list, "en", nil)
	var diags diag.List
	if kind == "figures" {
		LoadFigures(fstest.MapFS{FiguresFile: {Data: []byte(src)}}, set, nil, &diags)
	} else {
		plural := map[string]string{"programme": Programmes, "institution": Institutions, "network": Networks, "chair": Chairs, "alumni": Alumni}[kind]
		Parse("data/"+plural+"/test.yaml", plural, "test", []byte(src), set, Options{Today: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}, &diags)
	}
	return diags.Count(diag.Error), diags.String()
}

var jsSchemaCache sync.Map // kind + languages → parsed schema

// jsSchemaFor returns the schema of kind as generic JSON values, or nil.
func jsSchemaFor(t *testing.T, kind string, langs []string) any {
	t.Helper()
	key := kind + "/" + strings.Join(langs, ",")
	if s, ok := jsSchemaCache.Load(key); ok {
		return s
	}
	b, err := JSONSchema(kind, langs)
	if err != nil {
		return nil
	}
	var s any
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("%s: %v", kind, err)
	}
	jsSchemaCache.Store(key, s)
	return s
}

// jsRoundTrip returns a piece of schema as generic JSON values.
func jsRoundTrip(t *testing.T, o jsObj) any {
	t.Helper()
	var b bytes.Buffer
	jsWrite(&b, o, "")
	var s any
	if err := json.Unmarshal(b.Bytes(), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// jsYAMLValue reads YAML into generic values the way the YAML extension
// does (YAML 1.2 core schema): 0421 is the integer 421, 2026-01-01 a string.
func jsYAMLValue(t *testing.T, src string) any {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(src), &n); err != nil {
		t.Fatalf("invalid YAML: %v\n%s", err, src)
	}
	if len(n.Content) == 0 {
		return nil
	}
	v, err := jsFromYAML(n.Content[0])
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return v
}

var jsDecimalRE = regexp.MustCompile(`^[-+]?[0-9]+$`)

func jsFromYAML(n *yaml.Node) (any, error) {
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			if _, dup := m[k]; dup {
				return nil, fmt.Errorf("line %d: key %q twice", n.Content[i].Line, k)
			}
			v, err := jsFromYAML(n.Content[i+1])
			if err != nil {
				return nil, err
			}
			m[k] = v
		}
		return m, nil
	case yaml.SequenceNode:
		out := []any{}
		for _, c := range n.Content {
			v, err := jsFromYAML(c)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return nil, nil
		case "!!bool":
			var b bool
			err := n.Decode(&b)
			return b, err
		case "!!int", "!!float":
			if jsDecimalRE.MatchString(n.Value) {
				return strconv.ParseInt(strings.TrimPrefix(n.Value, "+"), 10, 64)
			}
			if n.Tag == "!!int" {
				var i int64
				err := n.Decode(&i)
				return i, err
			}
			var f float64
			err := n.Decode(&f)
			return f, err
		case "!!str", "!!timestamp":
			return n.Value, nil
		}
		return nil, fmt.Errorf("line %d: unexpected tag %s", n.Line, n.Tag)
	}
	return nil, fmt.Errorf("line %d: unexpected YAML node", n.Line)
}

// jsKeywords are the keywords JSONSchema emits; jsValidate checks the
// assertions among them and refuses any other keyword.
var jsKeywords = map[string]bool{
	"$schema": true, "$id": true, "$comment": true, "title": true, "description": true, "enumDescriptions": true,
	"type": true, "enum": true, "const": true, "pattern": true, "format": true, "minLength": true, "maxLength": true,
	"minimum": true, "maximum": true, "properties": true, "required": true, "additionalProperties": true,
	"propertyNames": true, "dependencies": true, "items": true, "minItems": true,
	"anyOf": true, "oneOf": true, "allOf": true, "if": true, "then": true, "else": true,
}

var jsPatterns sync.Map // pattern → *regexp.Regexp

// jsValidate validates v against the schema s (both generic JSON values)
// for the subset of draft-07 that JSONSchema emits, and returns the
// problems found, each prefixed with the path of the value.
func jsValidate(s, v any, at string) []string {
	var errs []string
	bad := func(format string, args ...any) {
		where := at
		if where == "" {
			where = "(entry)"
		}
		errs = append(errs, where+": "+fmt.Sprintf(format, args...))
	}
	switch x := s.(type) {
	case bool:
		if !x {
			bad("not allowed")
		}
		return errs
	case map[string]any:
	default:
		bad("schema is a %T", s)
		return errs
	}
	sm := s.(map[string]any)
	for _, k := range slices.Sorted(maps.Keys(sm)) {
		if !jsKeywords[k] {
			bad("unsupported keyword %q", k)
		}
	}
	typ := jsTypeOf(v)
	if want, ok := sm["type"]; ok {
		types, _ := want.([]any)
		if str, ok := want.(string); ok {
			types = []any{str}
		}
		match := false
		for _, w := range types {
			if w == typ || w == "number" && typ == "integer" {
				match = true
			}
		}
		if !match {
			bad("expected %v, found %s %v", want, typ, v)
		}
	}
	if e, ok := sm["enum"].([]any); ok {
		found := false
		for _, x := range e {
			if jsEqual(x, v) {
				found = true
			}
		}
		if !found {
			bad("%v is not one of %v", v, e)
		}
	}
	if c, ok := sm["const"]; ok && !jsEqual(c, v) {
		bad("%v is not %v", v, c)
	}
	if str, ok := v.(string); ok {
		if p, ok := sm["pattern"].(string); ok {
			re, ok := jsPatterns.Load(p)
			if !ok {
				re = regexp.MustCompile(p)
				jsPatterns.Store(p, re)
			}
			if !re.(*regexp.Regexp).MatchString(str) {
				bad("%q does not match %s", str, p)
			}
		}
		if n, ok := sm["minLength"].(float64); ok && float64(utf8.RuneCountInString(str)) < n {
			bad("%q is shorter than %v", str, n)
		}
		if n, ok := sm["maxLength"].(float64); ok && float64(utf8.RuneCountInString(str)) > n {
			bad("%q is longer than %v", str, n)
		}
		if f, ok := sm["format"].(string); ok {
			switch f {
			case "email":
				if err := CheckEmail(str); err != nil {
					bad("%v", err)
				}
			default:
				bad("unsupported format %q", f)
			}
		}
	}
	if num, ok := jsNumber(v); ok {
		if n, ok := sm["minimum"].(float64); ok && num < n {
			bad("%v is less than %v", v, n)
		}
		if n, ok := sm["maximum"].(float64); ok && num > n {
			bad("%v is more than %v", v, n)
		}
	}
	if obj, ok := v.(map[string]any); ok {
		props, _ := sm["properties"].(map[string]any)
		if req, ok := sm["required"].([]any); ok {
			for _, r := range req {
				if _, ok := obj[r.(string)]; !ok {
					bad("missing required key %q", r)
				}
			}
		}
		if deps, ok := sm["dependencies"].(map[string]any); ok {
			for _, k := range slices.Sorted(maps.Keys(deps)) {
				if _, present := obj[k]; !present {
					continue
				}
				list, ok := deps[k].([]any)
				if !ok {
					bad("unsupported dependencies form for %q", k)
					continue
				}
				for _, r := range list {
					if _, ok := obj[r.(string)]; !ok {
						bad("%q needs %q", k, r)
					}
				}
			}
		}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			sub := k
			if at != "" {
				sub = at + "." + k
			}
			if pn, ok := sm["propertyNames"]; ok {
				errs = append(errs, jsValidate(pn, k, sub+" (key)")...)
			}
			if ps, ok := props[k]; ok {
				errs = append(errs, jsValidate(ps, obj[k], sub)...)
			} else if ap, ok := sm["additionalProperties"]; ok {
				if ap == false {
					bad("unknown key %q", k)
				} else {
					errs = append(errs, jsValidate(ap, obj[k], sub)...)
				}
			}
		}
	}
	if arr, ok := v.([]any); ok {
		if n, ok := sm["minItems"].(float64); ok && float64(len(arr)) < n {
			bad("expected at least %v items, found %d", n, len(arr))
		}
		if items, ok := sm["items"]; ok {
			for i, e := range arr {
				errs = append(errs, jsValidate(items, e, fmt.Sprintf("%s[%d]", at, i+1))...)
			}
		}
	}
	if all, ok := sm["allOf"].([]any); ok {
		for _, sub := range all {
			errs = append(errs, jsValidate(sub, v, at)...)
		}
	}
	for _, kw := range []string{"anyOf", "oneOf"} {
		branches, ok := sm[kw].([]any)
		if !ok {
			continue
		}
		var pass int
		var why []string
		for _, b := range branches {
			e := jsValidate(b, v, at)
			if len(e) == 0 {
				pass++
			}
			why = append(why, e...)
		}
		if pass == 0 {
			bad("matches none of %s: %s", kw, strings.Join(why, "; "))
		} else if kw == "oneOf" && pass > 1 {
			bad("matches %d branches of oneOf", pass)
		}
	}
	if cond, ok := sm["if"]; ok {
		if len(jsValidate(cond, v, at)) == 0 {
			if then, ok := sm["then"]; ok {
				errs = append(errs, jsValidate(then, v, at)...)
			}
		} else if els, ok := sm["else"]; ok {
			errs = append(errs, jsValidate(els, v, at)...)
		}
	}
	return errs
}

func jsTypeOf(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case int64:
		return "integer"
	case float64:
		if x == math.Trunc(x) && !math.IsInf(x, 0) {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

func jsNumber(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

func jsEqual(a, b any) bool {
	if x, ok := jsNumber(a); ok {
		y, ok := jsNumber(b)
		return ok && x == y
	}
	return reflect.DeepEqual(a, b)
}

// TestDescriptions: readDescriptions refuses a line without a tab, an empty
// description and a path written twice, with the line.
func TestDescriptions(t *testing.T) {
	for src, want := range map[string]string{
		"# note\n\na.b\tText.\na.b\tAgain.\n": `descriptions.tsv:4: expected a new field path, a tab and a description, found "a.b\tAgain."`,
		"a.b Text.\n":                         `descriptions.tsv:1: expected a new field path, a tab and a description, found "a.b Text."`,
		"a.b\t\n":                             `descriptions.tsv:1: expected a new field path, a tab and a description, found "a.b\t"`,
	} {
		if _, err := readDescriptions(src); err == nil || err.Error() != want {
			t.Errorf("readDescriptions(%q) = %v, want %s", src, err, want)
		}
	}
}
