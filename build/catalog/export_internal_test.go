package catalog

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestExportKeysAreYAMLKeys holds the exported shapes in step with the
// catalogue types: a field added to an entry is a key of its export, under
// its YAML name, left out when empty (a struct with omitzero: omitempty
// never leaves a struct out), except an entry's id and the numbers always
// written.
func TestExportKeysAreYAMLKeys(t *testing.T) {
	entry := []string{"id"}
	for _, tc := range []struct {
		typ   any
		extra []string
	}{
		{Institution{}, entry},
		{Programme{}, entry},
		{Chair{}, entry},
		{Network{}, entry},
		{AlumniOffice{}, entry},
		{Deadline{}, nil},
		{Fee{}, nil},
		{LanguageRequirement{}, nil},
		{Holder{}, nil},
		{Lecture{}, nil},
		{Chapter{}, nil},
		{Material{}, nil},
		{Place{}, nil},
		{Figure{}, nil},
	} {
		typ := reflect.TypeOf(tc.typ)
		t.Run(typ.Name(), func(t *testing.T) {
			want := slices.Sorted(slices.Values(append(yamlKeys(typ), tc.extra...)))
			fields := jsonFields(typ)
			var got []string
			for _, f := range fields {
				got = append(got, f.name)
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("export keys %q,\n         want %q (the YAML keys)", got, want)
			}
			for _, f := range fields {
				// A number is written even when 0, except a figure's max, whose 0
				// means "no range".
				always := f.typ.Kind() == reflect.Float64 && !(typ.Name() == "Figure" && f.name == "max") || f.name == "id" && tc.extra != nil // an entry's id
				switch {
				case always && f.opts != "":
					t.Errorf("%s: %s is always written: no %s", typ.Name(), f.name, f.opts)
				case !always && f.typ.Kind() == reflect.Struct && f.opts != "omitzero":
					t.Errorf("%s: %s is left out when empty: omitzero, not %q", typ.Name(), f.name, f.opts)
				case !always && f.typ.Kind() != reflect.Struct && f.opts != "omitempty":
					t.Errorf("%s: %s is left out when empty: omitempty, not %q", typ.Name(), f.name, f.opts)
				}
			}
		})
	}
}

// yamlKeys returns the keys a catalogue type reads, inline structs included.
func yamlKeys(t reflect.Type) []string {
	var keys []string
	for f := range t.Fields() {
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		switch {
		case opts == "inline":
			keys = append(keys, yamlKeys(f.Type)...)
		case f.IsExported() && name != "" && name != "-":
			keys = append(keys, name)
		}
	}
	return keys
}

type jsonField struct {
	name, opts string
	typ        reflect.Type
}

// jsonFields returns the keys encoding/json writes for a type, embedded
// structs included.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for f := range t.Fields() {
		tag, ok := f.Tag.Lookup("json")
		if f.Anonymous && !ok && f.Type.Kind() == reflect.Struct {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.IsExported() && name != "-" {
			out = append(out, jsonField{name, opts, f.Type})
		}
	}
	return out
}
