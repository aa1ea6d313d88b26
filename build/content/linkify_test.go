package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/yuin/goldmark"
)

// linkifyPair renders src with the pipeline of a language and with the
// same pipeline holding GFM's autolinks unguarded.
func linkifyPair(t testing.TB, code, src string) (got, want string) {
	guarded := &Markdown{byLang: map[string]goldmark.Markdown{code: newPipeline(code, false, false)}}
	plain := &Markdown{byLang: map[string]goldmark.Markdown{code: newPipeline(code, false, true)}}
	s := Source{File: "t.md", Line: 1, Lang: code}
	return string(guarded.Render([]byte(src), s, nil, &diag.List{})), string(plain.Render([]byte(src), s, nil, &diag.List{}))
}

// TestLinkifyGuard renders texts with addresses and URLs in every place
// GFM's autolinks look for them, and every Markdown text and YAML file of
// the showcase, with linkifyGuard and with GFM's own autolinks: the HTML
// must be the same.
func TestLinkifyGuard(t *testing.T) {
	local64 := strings.Repeat("a", 64)
	texts := []string{
		"Write to info@example.org or visit www.example.org.",
		"See https://example.org/x?y=1, http://a.example and ftp://files.example.org/f.",
		"(www.example.org) *https://example.org* _ftp://a.example/b_ ~www.a.example~",
		"mail " + local64 + "@example.org and " + local64 + "b@example.org, a@b, @c.org, d@ e",
		"x@y.z_ www.example.org- http:/no HTTP://CAPS.example Www.example.org",
		"un mot, l’adresse «\u00a0contact@uni.example\u00a0» et https://uni.example/fr/.",
		"| a | b |\n|---|---|\n| www.t.example | m@t.example |\n\n- [ ] www.task.example\n- [x] ~~a@b.example~~",
		"a line\nwww.start.example\n  @indented.example x@y.example\n\n> quoted https://q.example",
		"[a link](https://l.example) then www.after.example, `code www.c.example` <https://auto.example>",
	}
	for _, dir := range []string{"../../content", "../../data"} {
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".yaml")) {
				if b, err := os.ReadFile(p); err == nil {
					texts = append(texts, string(b))
				}
			}
			return nil
		})
	}
	if len(texts) < 50 {
		t.Fatalf("only %d texts: the showcase's were not found", len(texts))
	}
	links := 0
	for _, code := range []string{"fr", "en"} {
		for _, src := range texts {
			got, want := linkifyPair(t, code, src)
			if got != want {
				t.Errorf("%s: the guard changed the HTML of\n%s\n guarded: %s\n GFM:     %s", code, src, got, want)
			}
			links += strings.Count(want, "<a href=")
		}
	}
	if links == 0 {
		t.Error("no text has a link: the comparison tests nothing")
	}
}

func FuzzLinkifyGuard(f *testing.F) {
	for _, s := range []string{"a@b.example www.c.example", "(https://x.example/)", "*ftp://y.example*", "_m@n.example_", "~www.z.example~"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		got, want := linkifyPair(t, "en", src)
		if got != want {
			t.Errorf("the guard changed the HTML of %q\n guarded: %s\n GFM:     %s", src, got, want)
		}
	})
}
