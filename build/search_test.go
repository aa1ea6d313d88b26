package build

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// searchIndex reads the index of one language of a built site: every page
// row, and every word with its postings.
func searchIndex(t *testing.T, dir string) (rows [][]any, words map[string][]float64) {
	t.Helper()
	var meta struct {
		W [][2]string `json:"w"`
		D []struct {
			U string `json:"u"`
		} `json:"d"`
	}
	read := func(name string, v any) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	read("index.json", &meta)
	words = map[string][]float64{}
	for _, c := range meta.W {
		var chunk [][]any
		read(c[1], &chunk)
		for _, e := range chunk {
			for _, p := range e[1:] {
				words[e[0].(string)] = append(words[e[0].(string)], p.(float64))
			}
		}
	}
	for _, c := range meta.D {
		var chunk [][]any
		read(c.U, &chunk)
		rows = append(rows, chunk...)
	}
	return rows, words
}

// TestSearchIndex builds a small site and reads its indexes: drafts (built
// with --drafts) stay out of them, entries are indexed with their facts
// from the typed views, and text that fell back to another language is
// marked with it.
func TestSearchIndex(t *testing.T) {
	t.Parallel()
	fsys, _ := siteFS(t, "testdata/sites/multilingual.txtar")
	fsys["content/secret.en.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Unpublished plans\ndraft: true\n---\nZanzibar.\n")}
	out := filepath.Join(t.TempDir(), "public")
	if rep := buildSite(t, fsys, out, Options{Drafts: true}); rep.Failed(false) {
		t.Fatalf("build: %v", diagLines(rep))
	}
	if _, err := os.Stat(filepath.Join(out, "en/secret/index.html")); err != nil {
		t.Fatalf("the draft is not built with Drafts: %v", err)
	}
	rows, words := searchIndex(t, filepath.Join(out, "en/search"))
	if _, ok := words["zanzibar"]; ok {
		t.Error("a draft's words are in the index")
	}
	for _, r := range rows {
		if strings.Contains(r[0].(string), "secret") || strings.Contains(r[0].(string), "404") || strings.Contains(r[0].(string), "search") {
			t.Errorf("page %v is indexed", r[0])
		}
	}
	if _, ok := words["liege"]; !ok {
		t.Error("the institution's city, a fact of the programme's view, is not indexed (folded)")
	}
	deRows, _ := searchIndex(t, filepath.Join(out, "de/suche"))
	marked := false
	for _, r := range deRows {
		if len(r) == 7 && r[6] == "en" {
			marked = true
		}
	}
	if !marked {
		t.Errorf("no German result is marked as English fallback: %v", deRows)
	}
	html, err := os.ReadFile(filepath.Join(out, "fr/mobilite/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), `role="search" action="/site/fr/recherche/" method="get"`) {
		t.Error("the header has no search form leading to the French search page under the base path")
	}
}
