package content_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
)

// FuzzParse feeds arbitrary files to Parse under a few names: it must never
// panic, must return a page only with its language and path filled, and
// must report every problem at the file it was given.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"---\ntitle: Mobility\n---\nBody\n",
		"---\r\ntitle: A\r\ndescription: D\r\n---\r\nBody\r\n",
		"\xef\xbb\xbf---\ntitle: A\n...\n",
		"---\ntitle: A\nslug: mobilite\ndate: 2026-11-23\ndraft: true\nweight: 3\nmenu: [main, footer]\naliases: [/en/old/, /old.html]\nimage: /images/a.jpg\nimageAlt: \"\"\nlayout: wide\ntranslationKey: k\n---\n# Hi\n",
		"---\ntitle: A\naliases: [../x, //evil, \"/a?b\"]\nslug: Bad Slug\nimage: https://x/y.jpg\n---\n",
		"---\n---\n",
		"---\n# only a comment\n---\n",
		"---\ntitle: A\n",
		"title: A\n",
		"---\ntitle: [a\n---\n",
		"---\ntitle: &a x\ndescription: *a\n---\n",
		"---\n" + strings.Repeat("[", 100) + "\n---\n",
		"---\ntitle: A\n---\n\xff\xfe",
		"---\ntitle: \"\"\n---",
		"",
		"---",
	}
	for _, s := range seeds {
		f.Add("a.md", []byte(s))
	}
	f.Add("news/_index.fr.md", []byte(seeds[0]))
	f.Add("about.de.md", []byte(seeds[0]))
	f.Add("x/y/Open Day.nl.md", []byte(seeds[0]))
	f.Fuzz(func(t *testing.T, rel string, src []byte) {
		if !fs.ValidPath(rel) || !strings.HasSuffix(rel, ".md") {
			return // Load only passes clean paths of .md files under content/
		}
		for _, drafts := range []bool{false, true} {
			var l diag.List
			p := content.Parse(rel, src, siteSet(), drafts, &l)
			for _, d := range l.Sorted() {
				if !strings.HasPrefix(d.Pos.File, content.Dir+"/") && d.Pos.File != "site.yaml" {
					t.Errorf("diagnostic outside content/: %v", d)
				}
			}
			if p == nil {
				continue
			}
			if !siteSet().Has(p.Lang) {
				t.Errorf("page language %q is not a site language", p.Lang)
			}
			if p.Path == "" || p.Key == "" || p.File == "" {
				t.Errorf("page without path or key: %+v", p)
			}
			if p.BodyLine < 2 {
				t.Errorf("body line %d", p.BodyLine)
			}
		}
	})
}
