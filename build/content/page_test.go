package content_test

import (
	"context"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vitrine-ssg/vitrine/build/content"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"golang.org/x/text/language"
)

// siteSet is fr, nl, en with English the default.
func siteSet() *lang.Set {
	return lang.NewSet([]lang.Language{
		{Code: "fr", Label: "Français", Locale: "fr-BE", Tag: language.MustParse("fr-BE")},
		{Code: "nl", Label: "Nederlands", Locale: "nl-BE", Tag: language.MustParse("nl-BE")},
		{Code: "en", Label: "English", Locale: "en-GB", Tag: language.MustParse("en-GB")},
	}, "en", []string{"en"})
}

func sorted(l *diag.List) []string {
	var out []string
	for _, d := range l.Sorted() {
		out = append(out, d.Error())
	}
	return out
}

func diff(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		rel    string
		src    string
		drafts bool
		want   []string
		check  func(t *testing.T, p *content.Page)
		isNil  bool
	}{
		{
			name: "page in the default language",
			rel:  "mobility.md",
			src:  "---\ntitle: Mobility\n---\nBody\n",
			check: func(t *testing.T, p *content.Page) {
				if p.File != "content/mobility.md" || p.Path != "mobility.md" || p.Dir != "" || p.Name != "mobility" || p.Lang != "en" || p.Key != "mobility.md" {
					t.Errorf("page = %+v", p)
				}
				if string(p.Body) != "Body\n" || p.BodyLine != 4 {
					t.Errorf("body %q at line %d", p.Body, p.BodyLine)
				}
			},
		},
		{
			name: "language suffix",
			rel:  "news/open-day.fr.md",
			src:  "---\ntitle: Journée portes ouvertes\n---\n",
			check: func(t *testing.T, p *content.Page) {
				if p.Lang != "fr" || p.Path != "news/open-day.md" || p.Dir != "news" || p.Name != "open-day" || p.File != "content/news/open-day.fr.md" {
					t.Errorf("page = %+v", p)
				}
			},
		},
		{
			name: "section",
			rel:  "news/_index.nl.md",
			src:  "---\ntitle: Nieuws\n---\n",
			check: func(t *testing.T, p *content.Page) {
				if !p.IsSection() || p.Lang != "nl" || p.Path != "news/_index.md" {
					t.Errorf("page = %+v", p)
				}
			},
		},
		{
			name: "translationKey groups the page",
			rel:  "a.fr.md",
			src:  "---\ntitle: A\ntranslationKey: about\n---\n",
			check: func(t *testing.T, p *content.Page) {
				if p.Key != "key:about" {
					t.Errorf("Key = %q", p.Key)
				}
			},
		},
		{
			name: "crlf",
			rel:  "a.md",
			src:  "---\r\ntitle: A\r\ndescription: D\r\n---\r\nBody\r\n",
			check: func(t *testing.T, p *content.Page) {
				if p.Meta.Title != "A" || p.Meta.Description != "D" || p.BodyLine != 5 || string(p.Body) != "Body\r\n" {
					t.Errorf("meta %+v, body %q at %d", p.Meta, p.Body, p.BodyLine)
				}
			},
		},
		{
			name: "byte order mark",
			rel:  "a.md",
			src:  "\xef\xbb\xbf---\ntitle: A\n---\nBody\n",
			check: func(t *testing.T, p *content.Page) {
				if p.Meta.Title != "A" || string(p.Body) != "Body\n" {
					t.Errorf("meta %+v, body %q", p.Meta, p.Body)
				}
			},
		},
		{
			name: "closing line with ...",
			rel:  "a.md",
			src:  "---\ntitle: A\n...\nBody",
			check: func(t *testing.T, p *content.Page) {
				if string(p.Body) != "Body" || p.BodyLine != 4 {
					t.Errorf("body %q at %d", p.Body, p.BodyLine)
				}
			},
		},
		{
			name: "closing line at the end of the file",
			rel:  "a.md",
			src:  "---\ntitle: A\n---",
			check: func(t *testing.T, p *content.Page) {
				if len(p.Body) != 0 {
					t.Errorf("body %q", p.Body)
				}
			},
		},
		{
			name: "trailing spaces on the fences",
			rel:  "a.md",
			src:  "---  \ntitle: A\n--- \nBody",
		},
		{
			name: "a --- in the body stays in the body",
			rel:  "a.md",
			src:  "---\ntitle: A\n---\nOne\n\n---\n\nTwo\n",
			check: func(t *testing.T, p *content.Page) {
				if string(p.Body) != "One\n\n---\n\nTwo\n" {
					t.Errorf("body %q", p.Body)
				}
			},
		},
		{
			name:  "missing front matter",
			rel:   "a.md",
			src:   "title: A\n\nBody\n",
			want:  []string{"content/a.md:1:1: error: front matter missing: start the file with a line ---, then title: …, then a line ---"},
			isNil: true,
		},
		{
			name:  "unclosed front matter",
			rel:   "a.md",
			src:   "---\ntitle: A\n\nBody\n",
			want:  []string{"content/a.md:1:1: error: front matter missing: start the file with a line ---, then title: …, then a line ---"},
			isNil: true,
		},
		{
			name:  "empty file",
			rel:   "a.md",
			src:   "",
			want:  []string{"content/a.md:1:1: error: front matter missing: start the file with a line ---, then title: …, then a line ---"},
			isNil: true,
		},
		{
			name:  "empty front matter",
			rel:   "a.md",
			src:   "---\n---\nBody\n",
			want:  []string{"content/a.md:1:1: error: front matter is empty: it needs at least a title"},
			isNil: true,
		},
		{
			name:  "blank front matter",
			rel:   "a.md",
			src:   "---\n\n  \n---\nBody\n",
			want:  []string{"content/a.md:1:1: error: front matter is empty: it needs at least a title"},
			isNil: true,
		},
		{
			name: "missing title",
			rel:  "a.md",
			src:  "---\ndescription: D\n---\n",
			want: []string{`content/a.md:2:1: error: "title" is required but missing or empty`},
		},
		{
			name: "empty title",
			rel:  "a.md",
			src:  "---\ntitle: \"  \"\n---\n",
			want: []string{"content/a.md:2:8: error: \"title\" is empty: write its value"},
		},
		{
			name: "unknown key with suggestion",
			rel:  "a.md",
			src:  "---\ntitle: A\ndescripton: D\n---\n",
			want: []string{`content/a.md:3:1: error: unknown key "descripton": did you mean "description"?`},
		},
		{
			name:  "syntax error line counts the opening fence",
			rel:   "a.md",
			src:   "---\ntitle: A\ndescription: a: b\n---\n",
			want:  []string{"content/a.md:3:15: error: invalid YAML: the text of \"description\" holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: description: \"a: b\""},
			isNil: true,
		},
		{
			name:  "language suffix that is ISO but not a site language",
			rel:   "about.de.md",
			src:   "---\ntitle: Über uns\n---\n",
			want:  []string{`site.yaml: warning: de is not among the languages of site.yaml (fr, nl, en), so its text is not published: add {code: de, …} to languages to publish it, or delete the .de.md files and the de: keys of these files: content/about.de.md`},
			isNil: true,
		},
		{
			name: "suffix that is not a language",
			rel:  "v1.2.md",
			src:  "---\ntitle: A\n---\n",
			want: []string{`content/v1.2.md: error: file name "v1.2": use lower-case letters, digits and hyphens (it becomes the URL), like "open-day.fr.md", or set slug in the front matter`},
		},
		{
			name: "file name with capitals and spaces",
			rel:  "Open Day.fr.md",
			src:  "---\ntitle: A\n---\n",
			want: []string{`content/Open Day.fr.md: error: file name "Open Day": use lower-case letters, digits and hyphens (it becomes the URL), like "open-day.fr.md", or set slug in the front matter`},
		},
		{
			name: "slug",
			rel:  "mobility.fr.md",
			src:  "---\ntitle: Mobilité\nslug: mobilite\n---\n",
			check: func(t *testing.T, p *content.Page) {
				if p.Meta.Slug != "mobilite" {
					t.Errorf("Slug = %q", p.Meta.Slug)
				}
			},
		},
		{
			name: "bad slugs",
			rel:  "a.md",
			src:  "---\ntitle: A\nslug: Mobilité\n---\n",
			want: []string{`content/a.md:3:7: error: slug: "Mobilité" is not a URL segment: use lower-case letters, digits and hyphens, like "mobilite"`},
			check: func(t *testing.T, p *content.Page) {
				if p.Meta.Slug != "" {
					t.Errorf("a bad slug is kept: %q", p.Meta.Slug)
				}
			},
		},
		{
			name: "slug with a slash",
			rel:  "a.md",
			src:  "---\ntitle: A\nslug: ../etc\n---\n",
			want: []string{`content/a.md:3:7: error: slug: "../etc" is not a URL segment: use lower-case letters, digits and hyphens, like "mobilite"`},
		},
		{
			name: "slug with a trailing hyphen",
			rel:  "a.md",
			src:  "---\ntitle: A\nslug: open-\n---\n",
			want: []string{`content/a.md:3:7: error: slug: "open-" is not a URL segment: use lower-case letters, digits and hyphens, like "mobilite"`},
		},
		{
			name: "aliases",
			rel:  "a.md",
			src:  "---\ntitle: A\naliases:\n  - /en/old/\n  - ../x\n  - https://evil.example/\n---\n",
			want: []string{
				"content/a.md:4:3: error: aliases[2]: an alias is a path on this site starting with /, like /en/old-page/",
				"content/a.md:4:3: error: aliases[3]: an alias is a path on this site starting with /, like /en/old-page/",
			},
		},
		{
			name: "image without imageAlt",
			rel:  "a.md",
			src:  "---\ntitle: A\nimage: /images/campus.jpg\n---\n",
			want: []string{`content/a.md:3:8: error: image needs imageAlt: describe the image, or write imageAlt: "" for a purely decorative one`},
		},
		{
			name: "decorative image",
			rel:  "a.md",
			src:  "---\ntitle: A\nimage: /images/campus.jpg\nimageAlt: \"\"\n---\n",
			check: func(t *testing.T, p *content.Page) {
				if p.Meta.ImageAlt == nil || *p.Meta.ImageAlt != "" {
					t.Errorf("ImageAlt = %v", p.Meta.ImageAlt)
				}
			},
		},
		{
			name: "image URL",
			rel:  "a.md",
			src:  "---\ntitle: A\nimage: https://cdn.example/a.jpg\nimageAlt: Campus\n---\n",
			want: []string{"content/a.md:3:8: error: image: use a path under static/, like /images/campus.jpg, not a URL"},
		},
		{
			name: "image outside static",
			rel:  "a.md",
			src:  "---\ntitle: A\nimage: ../../etc/passwd\nimageAlt: x\n---\n",
			want: []string{"content/a.md:3:8: error: image: the path may not contain .. or \\"},
		},
		{
			name: "layout and menu names",
			rel:  "a.md",
			src:  "---\ntitle: A\nlayout: ../base\nmenu: [main, Footer]\n---\n",
			want: []string{
				`content/a.md:3:9: error: layout: "../base" is not a layout name: use the name of a file in the theme's layouts/ without .html`,
				`content/a.md:4:7: error: menu: "Footer" is not a menu name, like main or footer`,
			},
		},
		{
			name: "single menu name",
			rel:  "a.md",
			src:  "---\ntitle: A\nmenu: main\n---\n",
			check: func(t *testing.T, p *content.Page) {
				if !slices.Equal(p.Meta.Menu, []string{"main"}) {
					t.Errorf("Menu = %q", p.Meta.Menu)
				}
			},
		},
		{
			name: "date",
			rel:  "a.md",
			src:  "---\ntitle: A\ndate: 2026-11-31\n---\n",
			want: []string{`content/a.md:3:7: error: date: "2026-11-31" is not a date: write it as YYYY-MM-DD, like 2026-11-23`},
		},
		{
			name: "draft skips validation",
			rel:  "a.md",
			src:  "---\ntitle: A\ndraft: true\nslug: Bad Slug\naliases: [x]\nimage: https://x.be/a.jpg\n---\n",
			check: func(t *testing.T, p *content.Page) {
				if !p.Meta.Draft {
					t.Error("not a draft")
				}
			},
		},
		{
			name:   "draft is validated with --drafts",
			rel:    "a.md",
			src:    "---\ntitle: A\ndraft: true\nslug: Bad Slug\n---\n",
			drafts: true,
			want:   []string{`content/a.md:4:7: error: slug: "Bad Slug" is not a URL segment: use lower-case letters, digits and hyphens, like "mobilite"`},
		},
		{
			// A draft is work in progress: it is checked when it is
			// published, or built with --drafts (TestParseDraftsChecked).
			name: "an unpublished draft is not checked",
			rel:  "a.md",
			src:  "---\ntitle: A\ndraft: true\ntitel: B\n---\n",
			want: nil,
		},
		{
			name:  "too large",
			rel:   "a.md",
			src:   "---\ntitle: A\n---\n" + strings.Repeat("x", content.MaxFileSize),
			want:  []string{"content/a.md:1:1: error: the file is 4194321 bytes, more than the 4194304 allowed"},
			isNil: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l diag.List
			p := content.Parse(tt.rel, []byte(tt.src), siteSet(), tt.drafts, &l)
			diff(t, sorted(&l), tt.want)
			if (p == nil) != tt.isNil {
				t.Fatalf("Parse returned %v, want nil: %v", p, tt.isNil)
			}
			if tt.check != nil {
				tt.check(t, p)
			}
		})
	}
}

// TestParseUnknownKey: a key that resembles none is reported with the list
// of keys (which grows with the schema, so only its start is checked).
func TestParseUnknownKey(t *testing.T) {
	var l diag.List
	content.Parse("a.md", []byte("---\ntitle: A\ntags: [x]\n---\n"), siteSet(), false, &l)
	got := sorted(&l)
	if len(got) != 1 || !strings.HasPrefix(got[0], `content/a.md:3:1: error: unknown key "tags": expected one of aliases, date, description, `) || !strings.Contains(got[0], "translationKey") {
		t.Errorf("diagnostics = %q", got)
	}
}

// TestParseCommentOnlyFrontMatter: front matter that holds only a comment
// must not make the page disappear silently.
func TestParseCommentOnlyFrontMatter(t *testing.T) {
	var l diag.List
	p := content.Parse("a.md", []byte("---\n# title: to do\n---\nBody\n"), siteSet(), false, &l)
	if p == nil && l.Len() == 0 {
		t.Error(`content.Parse returns nil without any diagnostic when the front matter holds only comments ("---\n# title: to do\n---"): schema's Parse yields nil for an empty document, and the "front matter is empty" check only fires when the bytes are blank, so the page vanishes from the site silently`)
	}
	if l.Len() == 0 {
		t.Errorf("no diagnostic for a page without a title")
	}
}

func TestCleanAlias(t *testing.T) {
	tests := []struct {
		in, want string
		err      string
	}{
		{in: "/en/old-page", want: "/en/old-page/"},
		{in: "/en/old-page/", want: "/en/old-page/"},
		{in: "/fr/anciens/page", want: "/fr/anciens/page/"},
		{in: "/old.html", want: "/old.html"},
		{in: "/en/news/2019.html", want: "/en/news/2019.html"},
		{in: "en/old", err: "an alias is a path on this site starting with /, like /en/old-page/"},
		{in: "", err: "an alias is a path on this site starting with /, like /en/old-page/"},
		{in: "//evil.example/x", err: "an alias is a path on this site starting with /, like /en/old-page/"},
		{in: "https://evil.example/", err: "an alias is a path on this site starting with /, like /en/old-page/"},
		{in: "../x", err: "an alias is a path on this site starting with /, like /en/old-page/"},
		{in: "/en/../../x", err: "an alias may not contain .., \\, ?, #, or %"},
		{in: "/..", err: "an alias may not contain .., \\, ?, #, or %"},
		{in: "/a?b=1", err: "an alias may not contain .., \\, ?, #, or %"},
		{in: "/a#top", err: "an alias may not contain .., \\, ?, #, or %"},
		{in: "/a%2e%2e/b", err: "an alias may not contain .., \\, ?, #, or %"},
		{in: "/a\\b", err: "an alias may not contain .., \\, ?, #, or %"},
		{in: "/a\x00b", err: "an alias may not contain .., \\, ?, #, or %"},
		{in: "/a//b", err: "an alias may not contain empty segments"},
		{in: "/a/./b", err: "an alias may not contain empty segments"},
		{in: "/", err: "an alias may not contain empty segments"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := content.CleanAlias(tt.in)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Errorf("CleanAlias(%q) = %q, %v; want error %q", tt.in, got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("CleanAlias(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	page := func(title string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\n---\nBody\n")}
	}
	fsys := fstest.MapFS{
		"content/_index.md":             page("Home"),
		"content/_index.fr.md":          page("Accueil"),
		"content/news/_index.md":        page("News"),
		"content/news/open-day.fr.md":   page("Portes ouvertes"),
		"content/news/open-day.md":      page("Open day"),
		"content/.hidden.md":            page("Hidden"),
		"content/_drafts/x.md":          page("Draft folder"),
		"content/.git/x.md":             page("Git"),
		"content/notes.txt":             {Data: []byte("not markdown")},
		"content/images/campus.jpg":     {Data: []byte("jpeg")},
		"content/broken.md":             {Data: []byte("no front matter")},
		"content/link.md":               {Data: []byte("content/_index.md"), Mode: fs.ModeSymlink | 0o777},
		"content/deep/er/still/fine.md": page("Deep"),
	}
	var l diag.List
	pages, err := content.Load(context.Background(), fsys, siteSet(), false, &l)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, p := range pages {
		files = append(files, p.File)
	}
	want := []string{
		"content/_index.fr.md",
		"content/_index.md",
		"content/deep/er/still/fine.md",
		"content/news/_index.md",
		"content/news/open-day.fr.md",
		"content/news/open-day.md",
	}
	if !slices.Equal(files, want) {
		t.Errorf("pages:\n got %q\nwant %q", files, want)
	}
	diff(t, sorted(&l), []string{
		"content/broken.md:1:1: error: front matter missing: start the file with a line ---, then title: …, then a line ---",
		"content/link.md: error: symbolic links are not followed: copy the file into content/",
	})
}

func TestLoadNoContent(t *testing.T) {
	var l diag.List
	pages, err := content.Load(context.Background(), fstest.MapFS{"site.yaml": {Data: []byte("x")}}, siteSet(), false, &l)
	if err != nil || len(pages) != 0 || l.Len() != 0 {
		t.Errorf("Load without content/ = %v, %v, %s", pages, err, l.String())
	}
}

func TestLoadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var l diag.List
	fsys := fstest.MapFS{"content/a.md": {Data: []byte("---\ntitle: A\n---\n")}}
	if _, err := content.Load(ctx, fsys, siteSet(), false, &l); err == nil {
		t.Error("Load with a cancelled context returned no error")
	}
}

func TestParseDraftsChecked(t *testing.T) {
	var l diag.List
	content.Parse("a.md", []byte("---\ntitle: A\ndraft: true\ntitel: B\n---\n"), siteSet(), true, &l)
	got := strings.TrimSpace(l.String())
	want := `content/a.md:4:1: error: unknown key "titel": did you mean "title"?`
	if got != want {
		t.Errorf("with --drafts: got %q, want %q", got, want)
	}
}
