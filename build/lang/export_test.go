package lang

// PlainText returns a Text with the same value in every language, as YAML
// writes a proper name: for the tests of package lang_test.
func PlainText(s string) Text { return Text{Values: map[string]string{"": s}, Plain: true} }
