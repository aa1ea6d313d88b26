package search

// Helpers of the tests: the whole index of a slice of pages, and the text
// analysis one string at a time.

// Build returns the files of the index of docs, written in language code.
// Docs keep their order: a page's number is its position.
func Build(code string, docs []Doc, opts Options) []File {
	b := NewBuilder(code, len(docs), opts)
	for i, d := range docs {
		b.Add(i, d)
	}
	return b.Files()
}

// Fold returns s folded as the index and the script fold it (appendFold).
func Fold(s string) string { return string(appendFold(nil, s)) }

// Words returns the folded words of s in order, as the index finds them.
func Words(s string) []string {
	var out []string
	eachWord(Fold(s), func(w string) { out = append(out, w) })
	return out
}
