package jsonstr

import (
	"encoding/json"
	"testing"
)

// TestAppendAsEncodingJSON compares Append with json.Marshal on strings
// that take each path.
func TestAppendAsEncodingJSON(t *testing.T) {
	for _, s := range []string{
		"", "plain text", "Zoë — l’été 🎓 日本", "« guillemets » 12 €",
		`quote " inside`, `back\slash`, "tab\there", "line\nbreak", "\x00\x1f\x7f",
		"<b>bold</b> & co", "sep\u2028ara\u2029tors", "bad \xff utf-8", "\xed\xa0\x80",
	} {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := Append([]byte("x"), s); string(got) != "x"+string(want) {
			t.Errorf("%q: got %s, want %s", s, got[1:], want)
		}
	}
}

func FuzzAppend(f *testing.F) {
	f.Add("Zoë <&> \"q\" \u2028 \xff")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := Append(nil, s); string(got) != string(want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	})
}
