package catalog

// The fields of a kind as a tree, for tools that build editing forms (the
// CMS configuration of build/admin) and for the JSON Schemas (jsonschema.go),
// which are written from it. It is read from the Go types and the tables of
// jsonschema.go, so that a form, a schema and the loader agree on every key,
// type, enumeration, shape and bound.

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/lang"
)

// FieldType is the kind of value a field holds.
type FieldType string

// The field types.
const (
	FieldText        FieldType = "text"        // lang.Text: a string per language, or one for all
	FieldMarkdown    FieldType = "markdown"    // Markdown: the same, with Markdown values
	FieldString      FieldType = "string"      // a string; Enum, Shape and Pattern constrain it
	FieldBool        FieldType = "bool"        // true or false
	FieldInt         FieldType = "int"         // an integer; Bounds constrain it
	FieldNumber      FieldType = "number"      // a number; Bounds constrain it
	FieldDate        FieldType = "date"        // YYYY-MM-DD
	FieldRef         FieldType = "ref"         // the id of an entry of kind Ref
	FieldInstitution FieldType = "institution" // the id of an institution, or an institution written inline (Fields)
	FieldList        FieldType = "list"        // a list of Elem
	FieldObject      FieldType = "object"      // a mapping of Fields
)

// Field is one YAML key of a catalogue file (or, as Elem, the items of a
// list).
type Field struct {
	Name        string // YAML key; "" for the items of a list
	Path        string // like "programme.deadlines[].date"
	Description string // English, as in the JSON Schema
	Required    bool
	Type        FieldType
	// Enum lists the allowed values of a string; Vocab, when set, labels
	// them (or, without Enum, the values of a shape such as countries).
	Enum  []string
	Vocab lang.Vocab
	// Shape names the form of a string ("email", "url", "country",
	// "language", "field", "id", …) and Pattern is its regular expression,
	// in the common subset of ECMA-262 and RE2; both may be empty.
	Shape   string
	Pattern string
	// Bounds are the minimum and, when given, the maximum of a number.
	Bounds []int
	Ref    string // the kind an id refers to, for FieldRef
	Elem   *Field // the items, for FieldList
	Fields []Field
	goType reflect.Type // of a FieldObject, for the JSON Schema's rules between its fields
}

// shapeVocabs are the vocabularies whose codes a shape takes.
var shapeVocabs = map[string]lang.Vocab{
	"country":  lang.Country,
	"language": lang.LanguageCode,
	"field":    lang.Field,
}

// Fields returns the fields of a kind's files, in the order of the Go type
// (a kind's own fields, then those every kind accepts), for a singular name
// of SchemaKinds ("programme", or "figures" for data/figures.yaml).
func Fields(singular string) ([]Field, error) {
	root, ok := jsRoots[singular]
	if !ok {
		return nil, fmt.Errorf("no fields for %q: expected one of %s", singular, strings.Join(SchemaKinds, ", "))
	}
	g := &jsGen{used: map[string]bool{}}
	fs := g.fields(root.typ, singular)
	if len(g.errs) > 0 {
		return nil, errors.Join(g.errs...)
	}
	return fs, nil
}

// fields returns the fields of a struct at path, and reports a key declared
// twice or without a description.
func (g *jsGen) fields(t reflect.Type, path string) []Field {
	var out []Field
	seen := map[string]bool{}
	for _, f := range jsFields(t) {
		p := path + "." + f.name
		if seen[f.name] {
			g.errs = append(g.errs, fmt.Errorf("%s: key %q declared twice in %s", p, f.name, t))
			continue
		}
		seen[f.name] = true
		desc, ok := jsLookup(g, jsDescriptions, p)
		if !ok {
			g.errs = append(g.errs, fmt.Errorf("%s: no description: add one to build/catalog/descriptions.tsv", p))
		}
		fd := g.field(f.typ, p)
		fd.Name, fd.Description, fd.Required = f.name, desc, f.required
		out = append(out, fd)
	}
	return out
}

// field returns the field of a value of type t at path, without name,
// description and requiredness.
func (g *jsGen) field(t reflect.Type, path string) Field {
	fd := Field{Path: path}
	switch t {
	case textType, markdownType:
		fd.Type = FieldText
		if t == markdownType {
			fd.Type = FieldMarkdown
		}
		g.shape(&fd)
		return fd
	case jsInstRefType:
		fd.Type, fd.Shape, fd.Pattern, fd.Ref = FieldInstitution, "id", jsIDPattern, Institutions
		fd.Fields = g.fields(jsPlaceType, "place")
		return fd
	}
	if shape, ok := jsTypeShapes[t]; ok {
		fd.Shape, fd.Pattern = shape, shapePattern(shape)
		switch shape {
		case "date":
			fd.Type = FieldDate
		case "id":
			fd.Type, fd.Ref = FieldRef, refKind(path)
		default:
			// A date, or a date and a time of day ("2027-03-06T10:00"); a
			// date or a day of the year ("--03-01"); a year or an academic
			// year ("2026-2027"): a date picker cannot write them, so
			// strings of a shape.
			fd.Type = FieldString
		}
		return fd
	}
	if reflect.PointerTo(t).Implements(jsDecoderType) {
		g.errs = append(g.errs, fmt.Errorf("%s: %s decodes itself: teach jsGen.field in build/catalog/fields.go its field type", path, t))
		return fd
	}
	switch t.Kind() {
	case reflect.String:
		fd.Type = FieldString
		g.shape(&fd)
	case reflect.Bool:
		fd.Type = FieldBool
	case reflect.Int, reflect.Int32, reflect.Int64:
		fd.Type = FieldInt
		fd.Bounds, _ = jsLookup(g, jsBounds, path)
	case reflect.Float64:
		fd.Type = FieldNumber
		fd.Bounds, _ = jsLookup(g, jsBounds, path)
	case reflect.Slice:
		elem := g.field(t.Elem(), path+"[]")
		fd.Type, fd.Elem = FieldList, &elem
	case reflect.Pointer:
		return g.field(t.Elem(), path)
	case reflect.Struct:
		fd.Type, fd.Fields, fd.goType = FieldObject, g.fields(t, path), t
	default:
		g.errs = append(g.errs, fmt.Errorf("%s: no field type for Go type %s", path, t))
	}
	return fd
}

// shape fills in the enumeration, shape and pattern of a string or text.
func (g *jsGen) shape(fd *Field) {
	if s, ok := jsLookup(g, jsFormats, fd.Path); ok {
		if _, ok := jsShapes[s]; !ok {
			g.errs = append(g.errs, fmt.Errorf("%s: unknown shape %q", fd.Path, s))
		}
		fd.Shape, fd.Pattern, fd.Vocab = s, shapePattern(s), shapeVocabs[s]
	}
	if e, ok := jsLookup(g, jsEnums, fd.Path); ok {
		fd.Enum, fd.Vocab = e.values, e.vocab
	}
}

// refKind returns the kind a list or key of references at path refers to:
// the kind named like the key ("programme.networks[]" → networks), or
// "" when no kind has that name.
func refKind(path string) string {
	key := strings.TrimSuffix(path[strings.LastIndexByte(path, '.')+1:], "[]")
	for _, k := range Kinds {
		if key == k || key+"s" == k {
			return k
		}
	}
	return ""
}

// shapePattern returns the pattern of a shape of jsShapes, or "".
func shapePattern(shape string) string {
	for _, kv := range jsShapes[shape] {
		if kv.k == "pattern" {
			return kv.v.(string)
		}
	}
	return ""
}
