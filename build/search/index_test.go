package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// decoded is an index read back: word → postings (page, fields).
type decoded struct {
	meta  Meta
	words map[string][][2]int
	pages [][]any
	files map[string][]byte
}

func decode(t *testing.T, files []File) decoded {
	t.Helper()
	d := decoded{words: map[string][][2]int{}, files: map[string][]byte{}}
	for _, f := range files {
		d.files[f.Name] = f.Body
	}
	if err := json.Unmarshal(d.files[MetaFile], &d.meta); err != nil {
		t.Fatal(err)
	}
	prevFirst := ""
	for i, c := range d.meta.Words {
		if i > 0 && c[0] <= prevFirst {
			t.Errorf("word chunks out of order: %q after %q", c[0], prevFirst)
		}
		prevFirst = c[0]
		var chunk [][]any
		if err := json.Unmarshal(d.files[c[1]], &chunk); err != nil {
			t.Fatalf("%s: %v", c[1], err)
		}
		if len(chunk) == 0 || chunk[0][0] != c[0] {
			t.Errorf("chunk %s does not start with %q", c[1], c[0])
		}
		for _, e := range chunk {
			doc := 0
			for _, v := range e[1:] {
				n := int(v.(float64))
				doc += n >> 4
				d.words[e[0].(string)] = append(d.words[e[0].(string)], [2]int{doc, n & 15})
			}
		}
	}
	for i, c := range d.meta.Pages {
		if c.First != len(d.pages) {
			t.Errorf("page chunk %d starts at %d, want %d", i, c.First, len(d.pages))
		}
		var rows [][]any
		if err := json.Unmarshal(d.files[c.File], &rows); err != nil {
			t.Fatal(err)
		}
		d.pages = append(d.pages, rows...)
	}
	return d
}

func TestBuild(t *testing.T) {
	docs := []Doc{
		{URL: "/site/fr/bourses/", Kind: "Page", Title: "Bourses d’études", Summary: "Les bourses de l’Université", Body: "Une bourse pour étudier à Liège."},
		{URL: "/site/fr/formations/droit/", Kind: "Formation", Lang: "en", Title: "Master in Law", Facts: "Liège · Droit", Body: "Taught in Liège."},
	}
	d := decode(t, Build("fr", docs, Options{Base: "/site/fr/"}))
	if d.meta.Docs != 2 || d.meta.Base != "/site/fr/" || len(d.meta.Kinds) != 2 || d.meta.Analyzer == nil {
		t.Fatalf("meta = %+v", d.meta)
	}
	for _, tc := range []struct {
		word string
		want [][2]int
	}{
		{"bourses", [][2]int{{0, int(Title | Summary)}}},
		{"bourse", [][2]int{{0, int(Body)}}},
		{"universite", [][2]int{{0, int(Summary)}}},
		{"liege", [][2]int{{0, int(Body)}, {1, int(Facts | Body)}}},
		{"law", [][2]int{{1, int(Title)}}},
	} {
		if got := fmt.Sprint(d.words[tc.word]); got != fmt.Sprint(tc.want) {
			t.Errorf("postings of %q = %v, want %v", tc.word, got, tc.want)
		}
	}
	for _, stop := range []string{"les", "de", "pour", "une"} {
		if _, ok := d.words[stop]; ok {
			t.Errorf("stop word %q is indexed", stop)
		}
	}
	if d.pages[0][0] != "bourses/" || d.pages[1][0] != "formations/droit/" {
		t.Errorf("URLs keep the base: %v, %v", d.pages[0][0], d.pages[1][0])
	}
	if len(d.pages[1]) != 7 || d.pages[1][6] != "en" || len(d.pages[0]) != 6 {
		t.Errorf("the fallback language is not marked on the second page only: %v", d.pages)
	}
}

// TestBuildChunks builds a large index with small chunks: every word and
// page must be found in the chunk the meta file points to, and the output
// must not change from run to run.
func TestBuildChunks(t *testing.T) {
	var docs []Doc
	for i := range 400 {
		docs = append(docs, Doc{URL: fmt.Sprintf("/en/p%03d/", i), Kind: "Page", Title: fmt.Sprintf("Programme %d word%d", i, i%37), Body: strings.Repeat(fmt.Sprintf("text%d ", i), 40)})
	}
	opts := Options{ChunkBytes: 2 << 10, PageChunkBytes: 2 << 10}
	files := Build("en", docs, opts)
	d := decode(t, files)
	if len(d.meta.Words) < 5 || len(d.meta.Pages) < 5 {
		t.Fatalf("%d word chunks, %d page chunks: not chunked", len(d.meta.Words), len(d.meta.Pages))
	}
	if len(d.pages) != 400 {
		t.Fatalf("%d pages", len(d.pages))
	}
	if got := d.words["word5"]; len(got) == 0 || got[0][0] != 5 {
		t.Errorf("word5 → %v", got)
	}
	for name, body := range d.files {
		if name != MetaFile && len(body) > 3*opts.ChunkBytes {
			t.Errorf("%s is %d bytes", name, len(body))
		}
	}
	again := Build("en", docs, opts)
	for i := range files {
		if files[i].Name != again[i].Name || !bytes.Equal(files[i].Body, again[i].Body) {
			t.Fatalf("two builds differ at %s", files[i].Name)
		}
	}
}

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("mot ", 200)
	got := excerpt(long, 300)
	if n := len([]rune(got)); n > 301 || !strings.HasSuffix(got, "…") {
		t.Errorf("excerpt of %d runes: %d runes %q…", len(long), n, got[:20])
	}
	if excerpt("court", 300) != "court" {
		t.Error("a short text is cut")
	}
}
