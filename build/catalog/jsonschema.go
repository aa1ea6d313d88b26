package catalog

// JSON Schemas of the catalogue files, for editors: VS Code's YAML extension
// validates and completes a catalogue file whose first line is
//
//	# yaml-language-server: $schema=../../docs/schemas/programme.json
//
// The schemas are written from the fields of a kind (fields.go), which are
// read from the Go types by reflection over their yaml tags, the way
// build/schema decodes them, so that they follow the code. What
// the types cannot say (enumerations, the shape of codes, bounds, the
// descriptions shown on hover) comes from the tables below, keyed by field
// path: the kind, then the YAML keys, with [] for the items of a list
// ("programme.deadlines[].audience"). "*.key" holds the fields every kind
// accepts; "place.key" the fields of an institution written inline.
//
// docs/schemas/*.json are the output of JSONSchema for the languages of the
// showcase site; TestSchemasUpToDate keeps them current (go test
// ./build/catalog -run TestSchemasUpToDate -update rewrites them).
//
// The schemas are draft-07, which the YAML extension supports best. They are
// a guide for editing: vitrine checks more (checksums, dates in the past,
// references to other entries, personal data) when it builds.

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/schema"
)

// SchemaKinds lists the singular names that JSONSchema accepts: one per kind
// of entry, and "figures" for data/figures.yaml.
var SchemaKinds = []string{"programme", "institution", "network", "chair", "alumni", "event", "figures"}

// SchemaBaseURL is the address under which the schemas are published.
const SchemaBaseURL = "https://vitrine-ssg.github.io/vitrine/schemas/"

// JSONSchema returns the JSON Schema (draft-07) of a kind's entries
// ("programme", "institution", "network", "chair", "alumni", or "figures" for
// data/figures.yaml), indented, and the same for the same arguments. langs
// are the site's language codes: a Text accepts a plain string or a mapping
// whose keys are these languages (any two-letter code when langs is empty).
func JSONSchema(singular string, langs []string) ([]byte, error) {
	return jsonSchema(singular, langs, nil)
}

// jsonSchema is JSONSchema; it records in used the keys of the tables it read.
func jsonSchema(singular string, langs []string, used map[string]bool) ([]byte, error) {
	root, ok := jsRoots[singular]
	if !ok {
		return nil, fmt.Errorf("no JSON Schema for %q: expected one of %s", singular, strings.Join(SchemaKinds, ", "))
	}
	seen := map[string]bool{}
	for _, l := range langs {
		if !jsLangRE.MatchString(l) {
			return nil, fmt.Errorf("language %q is not an ISO 639-1 code (two lower-case letters)", l)
		}
		if seen[l] {
			return nil, fmt.Errorf("language %q is given twice", l)
		}
		seen[l] = true
	}
	if used == nil {
		used = map[string]bool{}
	}
	g := &jsGen{langs: langs, used: used}
	body := g.object(g.fields(root.typ, singular), root.typ)
	if len(g.errs) > 0 {
		return nil, errors.Join(g.errs...)
	}
	doc := jsObj{
		{"$schema", "http://json-schema.org/draft-07/schema#"},
		{"$id", SchemaBaseURL + singular + ".json"},
		{"$comment", "Generated from the Go types of build/catalog: do not edit. Rewrite with go test ./build/catalog -run TestSchemasUpToDate -update"},
		{"title", root.title},
		{"description", root.desc},
	}
	doc = append(doc, body...)
	var b bytes.Buffer
	jsWrite(&b, doc, "")
	b.WriteByte('\n')
	return b.Bytes(), nil
}

var jsLangRE = regexp.MustCompile(`^[a-z]{2}$`)

// jsRoots maps each singular name to the Go type of its files.
var jsRoots = map[string]struct {
	typ         reflect.Type
	title, desc string
}{
	"programme": {reflect.TypeFor[Programme](), "vitrine programme",
		"A study programme: data/programmes/<id>.yaml, where the file name is the entry's id. Reference: docs/catalogues.md."},
	"institution": {reflect.TypeFor[Institution](), "vitrine institution",
		"A university or college: data/institutions/<id>.yaml, where the file name is the entry's id. Reference: docs/catalogues.md."},
	"network": {reflect.TypeFor[Network](), "vitrine network",
		"An academic network or cross-border grouping: data/networks/<id>.yaml. Reference: docs/catalogues.md."},
	"chair": {reflect.TypeFor[Chair](), "vitrine chair",
		"A visiting chair: data/chairs/<id>.yaml. Reference: docs/catalogues.md."},
	"alumni": {reflect.TypeFor[AlumniOffice](), "vitrine alumni office",
		"The contact point of an institution's alumni office, never a list of people: data/alumni/<id>.yaml. Reference: docs/catalogues.md."},
	"event": {reflect.TypeFor[Event](), "vitrine event",
		"An open day, education fair, information session, webinar or public lecture: data/events/<id>.yaml. Reference: docs/catalogues.md."},
	"figures": {reflect.TypeFor[figuresFile](), "vitrine key figures",
		"The key figures of the site: data/figures.yaml. Figures of a group with the same unit are drawn as one bar chart. Reference: docs/catalogues.md."},
}

// Enumerations that validate.go does not declare as slices.
var (
	jsCEFRLevels  = []string{"A1", "A2", "B1", "B2", "C1", "C2"}
	jsFigureUnits = []string{"percent", "count", "eur"} // as checked by LoadFigures
)

// jsEnum is an enumeration, with the vocabulary that labels its values.
type jsEnum struct {
	values []string
	vocab  lang.Vocab // "" when there is none
}

// jsEnums maps field paths to their enumerations.
var jsEnums = map[string]jsEnum{
	"*.basis":                               {Bases, lang.Basis},
	"programme.level":                       {Levels, lang.Level},
	"programme.degree":                      {Degrees, lang.Degree},
	"programme.mode":                        {Modes, lang.Mode},
	"programme.delivery":                    {Deliveries, lang.Delivery},
	"programme.deadlines[].audience":        {Audiences, lang.Audience},
	"programme.tuition[].audience":          {Audiences, lang.Audience},
	"programme.tuition[].per":               {FeePeriods, ""},
	"programme.languageRequirements[].cefr": {jsCEFRLevels, lang.CEFR},
	"institution.community":                 {Communities, lang.Community},
	"institution.type":                      {InstitutionTypes, lang.InstitutionType},
	"network.kind":                          {NetworkKinds, lang.NetworkKind},
	"chair.holders[].basis":                 {Bases, lang.Basis},
	"alumni.materials[].kind":               {MaterialKinds, lang.MaterialKind},
	"figures.figures[].unit":                {jsFigureUnits, lang.Unit},
	"event.type":                            {EventTypes, lang.EventType},
	"event.audience[]":                      {EventAudiences, lang.EventAudience},
	"figures.figures[].approx":              {FigureApprox, lang.Approx},
}

// jsFormats maps field paths (of strings, or of texts whose values they
// constrain) to a shape in jsShapes.
var jsFormats = map[string]string{
	"*.slug":                                    "id",
	"institution.country":                       "country",
	"institution.url":                           "url",
	"institution.international":                 "url",
	"institution.erasmusCode":                   "erasmus",
	"institution.schac":                         "schac",
	"institution.pic":                           "pic",
	"institution.ror":                           "ror",
	"institution.logo":                          "logo",
	"institution.image.src":                     "logo",
	"institution.image.focus":                   "focus",
	"programme.image.src":                       "logo",
	"programme.image.focus":                     "focus",
	"chair.image.src":                           "logo",
	"chair.image.focus":                         "focus",
	"network.image.src":                         "logo",
	"network.image.focus":                       "focus",
	"programme.duration":                        "duration",
	"programme.languages[]":                     "language",
	"programme.fields[]":                        "field",
	"programme.tuition[].currency":              "currency",
	"programme.languageRequirements[].language": "language",
	"programme.url":                             "url",
	"programme.contact":                         "email",
	"chair.fields[]":                            "field",
	"chair.holders[].period":                    "period",
	"chair.url":                                 "url",
	"chair.contact":                             "email",
	"network.scope[]":                           "country",
	"network.url":                               "url",
	"network.contact":                           "email",
	"event.place.country":                       "country",
	"event.online":                              "url",
	"event.registration":                        "https",
	"event.languages[]":                         "language",
	"event.contact":                             "email",
	"alumni.email":                              "email",
	"alumni.phone":                              "phone",
	"alumni.url":                                "url",
	"alumni.languages[]":                        "language",
	"alumni.countries[]":                        "country",
	"alumni.chapters[].country":                 "country",
	"alumni.chapters[].url":                     "url",
	"alumni.chapters[].email":                   "email",
	"alumni.materials[].languages[]":            "language",
	"figures.figures[].id":                      "id",
	"place.country":                             "country",
	"place.url":                                 "url",
}

// Patterns, in the common subset of ECMA-262 (editors) and RE2 (the tests).
const (
	jsIDPattern   = `^[a-z0-9]+(-[a-z0-9]+)*$`
	jsDatePattern = `^\d{4}-\d{2}-\d{2}$`
	// FocusPattern is an image's focal point "x,y", each from 0 to 1, as
	// picture.ParseFocus reads it.
	FocusPattern = `^\s*(0(\.\d+)?|1(\.0+)?|\.\d+)\s*,\s*(0(\.\d+)?|1(\.0+)?|\.\d+)\s*$`
)

// jsShapes are the keywords of each shape. A shape that a plain YAML number
// can take (an ISCED code, a PIC, a period) accepts integers too: vitrine
// reads `0613` as the text "0613", the YAML extension as the number 613.
var jsShapes = map[string]jsObj{
	"id":            {{"type", "string"}, {"pattern", jsIDPattern}, {"maxLength", maxIDLen}},
	"date":          {{"type", "string"}, {"pattern", jsDatePattern}},
	"when":          {{"type", "string"}, {"pattern", `^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2})?$`}},
	"https":         {{"type", "string"}, {"pattern", `^https://\S+$`}},
	"deadline":      {{"type", "string"}, {"pattern", `^(\d{4}|-)-\d{2}-\d{2}$`}},
	"academic-year": {{"type", []any{"string", "integer"}}, {"pattern", `^\d{4}([-/]\d{4})?$`}, {"minimum", 1000}, {"maximum", 9999}},
	"duration":      {{"type", "string"}, {"pattern", `^P(\d{1,4}Y)?(\d{1,4}M)?(\d{1,4}W)?(\d{1,4}D)?$`}, {"minLength", 3}},
	"country":       {{"type", "string"}, {"pattern", `^[A-Z]{2}$`}},
	"language":      {{"type", "string"}, {"pattern", `^[a-z]{2}$`}},
	"field":         {{"type", []any{"string", "integer"}}, {"pattern", `^\d{4}$`}, {"minimum", 0}, {"maximum", 9999}},
	"currency":      {{"type", "string"}, {"pattern", `^[A-Z]{3}$`}},
	"url":           {{"type", "string"}, {"pattern", `^(https?://|mailto:)\S+$`}},
	"email":         {{"type", "string"}, {"format", "email"}},
	"phone":         {{"type", "string"}, {"pattern", `^\+[0-9 ()-]{7,}$`}},
	"erasmus":       {{"type", "string"}, {"pattern", `^([A-Z] {2}|[A-Z]{2} |IRL|LUX)[A-Z]([A-Z-]{0,5}[A-Z])?\d{2,3}$`}},
	"schac":         {{"type", "string"}, {"pattern", `^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$`}},
	"pic":           {{"type", []any{"string", "integer"}}, {"pattern", `^\d{9}$`}, {"minimum", 0}, {"maximum", 999999999}},
	"ror":           {{"type", "string"}, {"pattern", `^(https://ror\.org/)?0[a-hj-km-np-tv-z0-9]{6}\d{2}$`}},
	"logo":          {{"type", "string"}, {"pattern", `^[^:.]*(\.[^:.]+)*\.?$`}},
	"period":        {{"type", []any{"string", "integer"}}},
	"focus":         {{"type", "string"}, {"pattern", FocusPattern}},
}

// jsBounds maps numeric field paths to their minimum and, when given, maximum.
var jsBounds = map[string][]int{
	"programme.ects":             {0, 240},
	"programme.intake[]":         {1, 12},
	"programme.tuition[].amount": {0},
	"chair.established":          {1000, 9999},
	"chair.minStayWeeks":         {0, 104},
	"network.since":              {1000, 9999},
	"figures.figures[].year":     {1000, 9999},
}

// jsDescriptions are the descriptions shown on hover and in completions,
// read from descriptions.tsv (a field path, a tab, the description a line;
// # starts a note). Every field needs one. TestDescriptions holds the file
// well formed; a malformed one would stop every build, so it cannot reach a
// user.
var jsDescriptions = func() map[string]string {
	m, err := readDescriptions(descriptionsTSV)
	if err != nil {
		panic(err)
	}
	return m
}()

//go:embed descriptions.tsv
var descriptionsTSV string

// readDescriptions reads the lines of descriptions.tsv.
func readDescriptions(src string) (map[string]string, error) {
	m := map[string]string{}
	for i, line := range strings.Split(src, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, desc, ok := strings.Cut(line, "\t")
		if _, dup := m[key]; !ok || dup || desc == "" {
			return nil, fmt.Errorf("descriptions.tsv:%d: expected a new field path, a tab and a description, found %q", i+1, line)
		}
		m[key] = desc
	}
	return m, nil
}

// Types with a schema of their own.
var (
	textType      = reflect.TypeFor[lang.Text]()
	markdownType  = reflect.TypeFor[Markdown]()
	jsInstRefType = reflect.TypeFor[InstitutionRef]()
	jsPlaceType   = reflect.TypeFor[Place]()
	jsCommonType  = reflect.TypeFor[Common]()
	jsDecoderType = reflect.TypeFor[schema.Unmarshaler]()
)

// jsTypeShapes are the types whose values are strings of a shape of
// jsShapes.
var jsTypeShapes = map[reflect.Type]string{
	reflect.TypeFor[schema.Date]():  "date",
	reflect.TypeFor[DeadlineDate](): "deadline",
	reflect.TypeFor[AcademicYear](): "academic-year",
	reflect.TypeFor[When]():         "when",
	reflect.TypeFor[Ref]():          "id",
}

// jsGen builds the schema of one kind.
type jsGen struct {
	langs []string
	used  map[string]bool
	errs  []error
}

// jsLookup returns the entry of m for path, falling back to "*.key" for the
// top-level keys of a kind, and records the key used.
func jsLookup[V any](g *jsGen, m map[string]V, path string) (V, bool) {
	if v, ok := m[path]; ok {
		g.used[path] = true
		return v, true
	}
	if _, rest, ok := strings.Cut(path, "."); ok && !strings.ContainsAny(rest, ".[") {
		if v, ok := m["*."+rest]; ok {
			g.used["*."+rest] = true
			return v, true
		}
	}
	var zero V
	return zero, false
}

// jsField is a YAML key of a struct.
type jsField struct {
	name     string
	required bool
	typ      reflect.Type
}

// jsFields lists the YAML keys of a struct as build/schema reads them,
// including those of embedded structs tagged `yaml:",inline"`, which come
// last: the fields every kind accepts are listed after the kind's own.
func jsFields(t reflect.Type) []jsField {
	var out, inline []jsField
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if opts == "inline" && f.Type.Kind() == reflect.Struct {
			inline = append(inline, jsFields(f.Type)...)
			continue
		}
		if tag == "-" || tag == "" {
			continue
		}
		out = append(out, jsField{name: name, required: opts == "required", typ: f.Type})
	}
	return append(out, inline...)
}

// object returns the schema of a struct of type t whose fields are fs.
func (g *jsGen) object(fs []Field, t reflect.Type) jsObj {
	var props jsObj
	var required []any
	for _, f := range fs {
		props = append(props, jsKV{f.Name, append(jsObj{{"description", f.Description}}, g.value(f)...)})
		if f.Required {
			required = append(required, f.Name)
		}
	}
	o := jsObj{{"type", "object"}, {"properties", props}}
	if len(required) > 0 {
		o = append(o, jsKV{"required", required})
	}
	o = append(o, jsKV{"additionalProperties", false})
	return append(o, g.rules(t)...)
}

// value returns the schema of a field's values, without its description.
func (g *jsGen) value(f Field) jsObj {
	switch f.Type {
	case FieldText, FieldMarkdown:
		return g.text(jsString(f), f.Type == FieldMarkdown)
	case FieldInstitution:
		ref := append(jsObj{{"description", "The id of an institution: its file name in data/institutions/, without .yaml."}}, jsShapes["id"]...)
		place := append(jsObj{{"description", "An institution without an entry of its own, written inline."}}, g.object(f.Fields, jsPlaceType)...)
		return jsObj{{"anyOf", []any{ref, place}}}
	case FieldString, FieldDate, FieldRef:
		return jsString(f)
	case FieldBool:
		return jsObj{{"type", "boolean"}}
	case FieldInt:
		return bounds(jsObj{{"type", "integer"}}, f.Bounds)
	case FieldNumber:
		return bounds(jsObj{{"type", "number"}}, f.Bounds)
	case FieldList:
		return jsObj{{"type", "array"}, {"items", g.value(*f.Elem)}}
	case FieldObject:
		return g.object(f.Fields, f.goType)
	}
	return nil // jsGen.field reported the Go type
}

// jsString returns the schema of a string: its enumeration, else its shape.
func jsString(f Field) jsObj {
	if len(f.Enum) > 0 {
		enum := make([]any, len(f.Enum))
		for i, v := range f.Enum {
			enum[i] = v
		}
		o := jsObj{{"type", "string"}, {"enum", enum}}
		if labels := jsLabels(f.Enum, f.Vocab); labels != nil {
			o = append(o, jsKV{"enumDescriptions", labels})
		}
		return o
	}
	if shape, ok := jsShapes[f.Shape]; ok {
		return shape
	}
	return jsObj{{"type", "string"}}
}

// jsLabels returns the English labels in vocab of an enumeration's values,
// or nil.
func jsLabels(values []string, vocab lang.Vocab) []any {
	if vocab == "" {
		return nil
	}
	out := make([]any, len(values))
	for i, v := range values {
		l, ok := lang.Label(vocab, v, "en")
		if !ok {
			return nil
		}
		out[i] = l
	}
	return out
}

// bounds appends to o the minimum and, when given, the maximum of b.
func bounds(o jsObj, b []int) jsObj {
	if len(b) > 0 {
		o = append(o, jsKV{"minimum", b[0]})
	}
	if len(b) > 1 {
		o = append(o, jsKV{"maximum", b[1]})
	}
	return o
}

// text returns the schema of a Text (or Markdown) whose strings have the
// schema str: a plain string, the same in every language, or a mapping of
// the site's languages to strings.
func (g *jsGen) text(str jsObj, markdown bool) jsObj {
	obj := jsObj{{"type", "object"}}
	if len(g.langs) > 0 {
		var props jsObj
		for _, code := range g.langs {
			name, ok := lang.Label(lang.LanguageCode, code, "en")
			if !ok {
				name = code
			}
			d := "Text in " + name + "."
			if markdown {
				d = "Markdown in " + name + "; use a block scalar (|) for several paragraphs."
			}
			props = append(props, jsKV{code, append(jsObj{{"description", d}}, str...)})
		}
		obj = append(obj, jsKV{"properties", props}, jsKV{"additionalProperties", false})
	} else {
		obj = append(obj, jsKV{"propertyNames", jsObj{{"pattern", `^[a-z]{2}$`}}}, jsKV{"additionalProperties", str})
	}
	return jsObj{{"anyOf", []any{str, obj}}}
}

// rules returns the constraints between the fields of a struct that
// validate.go and load.go check.
func (g *jsGen) rules(t reflect.Type) jsObj {
	var o jsObj
	var all []any
	switch t {
	case reflect.TypeFor[Programme]():
		for _, level := range Levels {
			r, ok := ectsRange[level]
			if !ok {
				continue
			}
			then := jsObj{{"properties", jsObj{{"ects", jsObj{{"minimum", r[0]}, {"maximum", r[1]}}}}}}
			if level != "phd" {
				then = append(then, jsKV{"required", []any{"ects"}})
			}
			all = append(all, jsObj{
				{"if", jsObj{{"properties", jsObj{{"level", jsObj{{"const", level}}}}}, {"required", []any{"level"}}}},
				{"then", then},
			})
		}
		var multi []any
		for _, d := range Degrees {
			if d != "single" {
				multi = append(multi, d)
			}
		}
		all = append(all, jsObj{
			{"if", jsObj{{"properties", jsObj{{"degree", jsObj{{"enum", multi}}}}}, {"required", []any{"degree"}}}},
			{"then", jsObj{{"properties", jsObj{{"institutions", jsObj{{"minItems", 2}}}}}}},
		})
	case reflect.TypeFor[Image]():
		// alt is required unless the image is decorative, and a decorative
		// image has none (Image.validate).
		all = append(all, jsObj{
			{"if", jsObj{{"properties", jsObj{{"decorative", jsObj{{"const", true}}}}}, {"required", []any{"decorative"}}}},
			{"then", jsObj{{"not", jsObj{{"required", []any{"alt"}}}}}},
			{"else", jsObj{{"required", []any{"alt"}}}},
		})
	case reflect.TypeFor[Figure]():
		all = append(all, jsObj{
			{"if", jsObj{{"properties", jsObj{{"unit", jsObj{{"const", "percent"}}}}}, {"required", []any{"unit"}}}},
			{"then", jsObj{{"properties", jsObj{{"value", jsObj{{"minimum", 0}, {"maximum", 100}}}}}}},
		})
	}
	if len(all) > 0 {
		o = append(o, jsKV{"allOf", all})
	}
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.Anonymous && f.Type == jsCommonType {
			// basis and reviewBy go together (Common.validate).
			o = append(o, jsKV{"dependencies", jsObj{{"basis", []any{"reviewBy"}}, {"reviewBy", []any{"basis"}}}})
		}
	}
	return o
}

// jsLines writes n items between open and close, one a line, indented
// under indent.
func jsLines(b *bytes.Buffer, open, close, indent string, n int, item func(i int)) {
	b.WriteString(open + "\n")
	for i := range n {
		b.WriteString(indent + "  ")
		item(i)
		if i < n-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString(indent + close)
}

// jsObj is a JSON object whose keys keep their order.
type jsObj []jsKV

type jsKV struct {
	k string
	v any
}

// jsWrite writes v as indented JSON: objects one key a line, lists of
// scalars on one line.
func jsWrite(b *bytes.Buffer, v any, indent string) {
	switch x := v.(type) {
	case jsObj:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		jsLines(b, "{", "}", indent, len(x), func(i int) {
			jsWrite(b, x[i].k, "")
			b.WriteString(": ")
			jsWrite(b, x[i].v, indent+"  ")
		})
	case []any:
		if slices.ContainsFunc(x, func(e any) bool {
			_, ok := e.(jsObj)
			return ok
		}) {
			jsLines(b, "[", "]", indent, len(x), func(i int) { jsWrite(b, x[i], indent+"  ") })
			return
		}
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			jsWrite(b, e, "")
		}
		b.WriteByte(']')
	case string:
		var s bytes.Buffer
		enc := json.NewEncoder(&s)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(x) // a string always encodes
		b.Write(bytes.TrimSuffix(s.Bytes(), []byte("\n")))
	case int:
		b.WriteString(strconv.Itoa(x))
	case bool:
		b.WriteString(strconv.FormatBool(x))
	default:
		panic(fmt.Sprintf("jsWrite: unexpected %T", v)) // programming error
	}
}
