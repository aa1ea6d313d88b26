package model

import (
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/vitrine-ssg/vitrine/build/catalog"
)

// TestRelatedCoversReferences keeps related in step with the catalogue's
// types: every field through which an entry reaches another one — an
// institution reference, a reverse link — is filled with an entry of its
// own, and related must report each of them.
func TestRelatedCoversReferences(t *testing.T) {
	entryType := reflect.TypeOf((*catalog.Entry)(nil)).Elem()
	refType := reflect.TypeOf(catalog.InstitutionRef{})
	for _, e := range []catalog.Entry{&catalog.Programme{}, &catalog.Institution{}, &catalog.Network{}, &catalog.Chair{}, &catalog.AlumniOffice{}} {
		var planted []string
		newEntry := func(t reflect.Type, where string) reflect.Value {
			v := reflect.New(t.Elem())
			v.Interface().(catalog.Entry).Meta().File = where
			planted = append(planted, where)
			return v
		}
		var plant func(v reflect.Value, where string)
		plant = func(v reflect.Value, where string) {
			switch {
			case v.Type() == refType:
				v.FieldByName("Target").Set(newEntry(v.FieldByName("Target").Type(), where))
			case v.Kind() == reflect.Pointer && v.Type().Implements(entryType):
				v.Set(newEntry(v.Type(), where))
			case v.Kind() == reflect.Slice:
				v.Set(reflect.MakeSlice(v.Type(), 1, 1))
				plant(v.Index(0), where+"[0]")
			case v.Kind() == reflect.Struct:
				for i := 0; i < v.NumField(); i++ {
					if f := v.Type().Field(i); f.IsExported() && !f.Anonymous {
						plant(v.Field(i), where+"."+f.Name)
					}
				}
			}
		}
		name := reflect.TypeOf(e).Elem().Name()
		plant(reflect.ValueOf(e).Elem(), name)
		var got []string
		related(e, func(r catalog.Entry) { got = append(got, r.Meta().File) })
		sort.Strings(planted)
		sort.Strings(got)
		if !slices.Equal(got, planted) {
			t.Errorf("related(%s) reports %q; the entries it reaches are %q", name, got, planted)
		}
		if len(planted) == 0 {
			t.Errorf("%s: no reference found: does the test still see the catalogue's types?", name)
		}
	}
}
