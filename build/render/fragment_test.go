package render

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/write"
	"gopkg.in/yaml.v3"
)

type anyLink struct{}

func (anyLink) Resolve(dest string) (string, error) {
	return "/fr/" + strings.TrimPrefix(dest, "@") + "/", nil
}

var fragmentMarkdown = []string{
	"One paragraph.",
	"### A heading\n\nText with **bold**, *emphasis*, ~~struck~~ and a [link](https://example.org/a?b=c).",
	"- one\n- two\n  - nested\n\n1. first\n2. second",
	"Soft\nline break.",
	"Hard  \nline break.",
	"R&D, <tags> and \"quotes\" and 'single' ones.",
	"`code` and\n\n    indented code\n\n```go\nfenced\n```",
	"> quoted\n> text",
	"| a | b |\n|---|---|\n| 1 | 2 |",
	"Footnote[^1].\n\n[^1]: The note.",
	"![image](pic.png) and <https://autolink.example> and www.example.org",
	"Raw <b>html</b> here.",
	"Les « guillemets » : et l’élision ; ça ?",
	"A [local link](@institutions/ulb) and an [anchor](#top).",
	"---\n\nA rule above.",
	"Trailing spaces   \n\nand   runs   of   spaces.",
	"# Top\n\n## Second\n\n###### Sixth",
	"* [x] task\n* [ ] open",
}

func checkFragment(t *testing.T, min *write.Minifier, h []byte) bool {
	t.Helper()
	got, ok := compactFragment(h)
	if !ok {
		return false
	}
	want, err := min.Bytes("text/html", append([]byte(nil), h...))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("compactFragment(%q)\n= %q\nminifier: %q", h, got, want)
	}
	return true
}

func TestCompactFragmentMatchesMinifier(t *testing.T) {
	min := write.NewMinifier()
	md := content.NewMarkdown([]string{"fr", "nl", "en", "de", "es"}, false)
	render := func(src, code string) []byte {
		return md.Render([]byte(src), content.Source{File: "t.md", Lang: code, TopHeading: 2}, anyLink{}, &diag.List{})
	}
	for _, src := range fragmentMarkdown {
		for _, code := range []string{"fr", "en"} {
			checkFragment(t, min, render(src, code))
		}
	}
	// The Markdown texts of the showcase's catalogue: most must take the
	// short way.
	fast, all := 0, 0
	_ = filepath.WalkDir("../../data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var n yaml.Node
		if yaml.Unmarshal(src, &n) != nil {
			return nil
		}
		var walk func(n *yaml.Node, code string)
		walk = func(n *yaml.Node, code string) {
			if n.Kind == yaml.ScalarNode && n.Style == yaml.LiteralStyle {
				all++
				if checkFragment(t, min, render(n.Value, code)) {
					fast++
				}
			}
			for i, c := range n.Content {
				if n.Kind == yaml.MappingNode && i%2 == 1 {
					walk(c, n.Content[i-1].Value)
				} else {
					walk(c, code)
				}
			}
		}
		walk(&n, "en")
		return nil
	})
	if all == 0 || fast*2 < all {
		t.Errorf("%d of %d catalogue texts took the short way", fast, all)
	}
}

func FuzzCompactFragment(f *testing.F) {
	for _, s := range []string{
		"<p>a</p>\n<ul>\n<li>b</li>\n</ul>\n", `<h3 id="x">T</h3>` + "\n<p><a href=\"/a\">l</a> <strong>s</strong></p>\n",
		"<p> a</p>", "<p>a </p>", "<p>a  b</p>", "<li><p>x</p>\n</li>", "<p>a\nb</p>", "<em>x</em>\n", "<p>\u00a0x\u202f:</p>",
	} {
		f.Add(s)
	}
	min := write.NewMinifier()
	f.Fuzz(func(t *testing.T, h string) {
		checkFragment(t, min, []byte(h))
	})
}
