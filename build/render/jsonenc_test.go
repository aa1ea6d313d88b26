package render

import (
	"encoding/json"
	"math"
	"testing"
	"time"
)

type jsonNamed string

type jsonMarshaler struct{}

func (jsonMarshaler) MarshalJSON() ([]byte, error) { return []byte(`{"custom":true}`), nil }

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	var values []any
	for _, s := range escaperCorpus() {
		values = append(values, s, map[string]any{s: s, "k": []any{s, 1}}, []string{s, "b"})
	}
	values = append(values,
		nil, true, false, 0, -12, 3.5, 1e21, float32(0.1), jsonNamed("named <b>"), []jsonNamed{"a"},
		"\u2028line\u2029sep", "\ufffd", "é\x80", map[string]any{}, []any{}, []string(nil), map[string]any(nil), []any(nil),
		map[string]string{"z": "1", "a": "<"}, jsonMarshaler{}, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
		map[string]any{"@type": "ListItem", "position": 2, "name": "Zoë & Co", "item": map[string]any{"b": nil, "a": []string{"x"}}},
	)
	for _, v := range values {
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := appendJSON(nil, v); err != nil || string(got) != string(want) {
			t.Errorf("appendJSON(%#v) = %s; encoding/json gives %s", v, got, want)
		}
	}
}

func TestAppendJSONReportsWhatEncodingJSONRefuses(t *testing.T) {
	_, want := json.Marshal(math.NaN())
	if _, err := appendJSON(nil, map[string]any{"price": math.NaN()}); err == nil || err.Error() != want.Error() {
		t.Errorf("appendJSON of a NaN: error %v, want %v", err, want)
	}
}

func FuzzAppendJSON(f *testing.F) {
	for _, s := range escaperCorpus() {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, k, v string) {
		doc := map[string]any{k: []any{v, map[string]any{v: k}}, "x": v}
		want, _ := json.Marshal(doc)
		if got, err := appendJSON(nil, doc); err != nil || string(got) != string(want) {
			t.Errorf("appendJSON = %s; encoding/json gives %s", got, want)
		}
	})
}
