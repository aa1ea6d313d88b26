package check_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/check"
)

const siteYAML = `baseURL: https://example.org/
title: Test
languages:
  - {code: en, label: English, locale: en-GB}
  - {code: fr, label: Français, locale: fr-BE}
`

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

func run(t *testing.T, files map[string]string) (diags []string, rep *check.Report) {
	t.Helper()
	fsys := fstest.MapFS{"site.yaml": {Data: []byte(siteYAML)}} // a test may write its own
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	r, err := build.Check(context.Background(), build.Options{Site: fsys, Now: today, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range r.Diags {
		diags = append(diags, d.Error())
	}
	return diags, r
}

func has(diags []string, want string) bool {
	for _, d := range diags {
		if strings.Contains(d, want) {
			return true
		}
	}
	return false
}

func TestCheckFindings(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{
			name: "broken anchor in Markdown",
			files: map[string]string{
				"content/_index.en.md": "---\ntitle: Home\n---\nSee [about](about.md#history).\n",
				"content/about.en.md":  "---\ntitle: About\n---\n## Origins\n",
			},
			want: `content/_index.en.md:4:21: error: /en/index.html: link to /en/about/#history: no element with id "history" there`,
		},
		{
			name: "image without alt in a layout",
			files: map[string]string{
				"content/about.en.md": "---\ntitle: About\n---\nText.\n",
				"layouts/page.html":   `{{define "main"}}<h1>{{.Title}}</h1><img src="x.png">{{end}}`,
			},
			want: "content/about.en.md: error: /en/about/index.html: 1 image(s) without alt",
		},
		{
			name: "duplicate ids",
			files: map[string]string{
				"content/about.en.md": "---\ntitle: About\n---\n## Same\n\ntext\n",
				"layouts/page.html":   `{{define "main"}}<h2 id="x">a</h2><h2 id="x">b</h2>{{end}}`,
			},
			want: `/en/about/index.html: the id "x" is used 2 times on the page`,
		},
		{
			name: "link from a template to a missing page",
			files: map[string]string{
				"content/about.en.md": "---\ntitle: About\n---\nText.\n",
				"layouts/page.html":   `{{define "main"}}<a href="{{relURL "en/nowhere/"}}">x</a>{{end}}`,
			},
			want: "/en/about/index.html: link to /en/nowhere/ leads to a missing page",
		},
		{
			name: "hreflang not reciprocal",
			files: map[string]string{
				"content/about.en.md": "---\ntitle: About\n---\nText.\n",
				"content/about.fr.md": "---\ntitle: À propos\n---\nTexte.\n",
				"layouts/page.html": `{{define "head"}}{{if eq .Lang.Code "fr"}}<link rel="alternate" hreflang="de" href="https://example.org/en/">{{end}}{{end}}` +
					`{{define "main"}}<h1>{{.Title}}</h1>{{end}}`,
			},
			want: "hreflang de → https://example.org/en/ does not link back",
		},
		{
			name: "stale entry",
			files: map[string]string{
				"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: Liège\nurl: https://x.example/\nupdated: 2024-01-15\n",
			},
			want: "data/institutions/x.yaml:5:10: warning: updated: last checked on 2024-01-15, more than a year ago",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			diags, _ := run(t, tt.files)
			if !has(diags, tt.want) {
				t.Errorf("no diagnostic containing %q:\n%s", tt.want, strings.Join(diags, "\n"))
			}
		})
	}
}

func TestCheckCleanSiteAndTranslation(t *testing.T) {
	diags, rep := run(t, map[string]string{
		"content/_index.en.md": "---\ntitle: Home\n---\nSee [about](about.md).\n",
		"content/about.en.md":  "---\ntitle: About\n---\n## History\n",
		"content/about.fr.md":  "---\ntitle: À propos\n---\n## Histoire\n",
		"content/news.en.md":   "---\ntitle: News\n---\nOnly in English.\n",
	})
	// The only finding is the pages missing in French, one warning that
	// lists them (errors under --strict).
	want := "content: warning: pages missing in fr (their fr links and switcher entries lead elsewhere meanwhile): write these files, or see vitrine i18n: content/_index.fr.md, content/news.fr.md"
	if len(diags) != 1 || diags[0] != want {
		t.Fatalf("a sound site but for its translations has findings:\n%s", strings.Join(diags, "\n"))
	}
	sum := rep.Summary()
	if !strings.Contains(sum, "fr") || !strings.Contains(sum, "2/4") && !strings.Contains(sum, "1/3") {
		t.Errorf("translation summary:\n%s", sum)
	}
}

func TestPrivacyReport(t *testing.T) {
	diags, r := run(t, map[string]string{
		"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: Liège\nurl: https://x.example/\n",
		"data/chairs/c.yaml":       "name: C\nhost: x\nholders:\n  - {period: 2026, name: Ada Example, basis: consent, reviewBy: 2027-06-30}\n",
		"data/networks/n.yaml":     "name: N\nkind: thematic\ncontact: jan.peeters@example.be\nbasis: consent\nreviewBy: 2027-01-31\n",
		"content/contact.en.md":    "---\ntitle: Contact\n---\nWrite to marie.dupont@example.be or to info@example.be.\n",
		"content/contact.fr.md":    "---\ntitle: Contact\n---\nÉcrivez à info@example.be.\n",
		"i18n/en.yaml":             "\"footer.contact\": \"Webmaster: cvd@example.be\"\n",
		"site.yaml": siteYAML + `privacy:
  allow: [cvd@]
  personal:
    - {email: marie.dupont@example.be, basis: public-task, reviewBy: 2027-03-01}
`,
	})
	if len(diags) > 0 {
		t.Fatalf("findings:\n%s", strings.Join(diags, "\n"))
	}
	want := []check.Datum{
		{What: "e-mail address", Value: "marie.dupont@example.be", Source: "content/contact.en.md:4:10", Basis: "public-task", ReviewBy: "2027-03-01", Record: "site.yaml:9:15"},
		{What: "chair holder", Value: "Ada Example", Source: "data/chairs/c.yaml:4:5", Basis: "consent", ReviewBy: "2027-06-30", Pages: 2},
		{What: "e-mail address", Value: "jan.peeters@example.be", Source: "data/networks/n.yaml:3:10", Basis: "consent", ReviewBy: "2027-01-31", Record: "data/networks/n.yaml:4:8", Pages: 2},
	}
	if len(r.Privacy) != len(want) {
		t.Fatalf("privacy report: %+v", r.Privacy)
	}
	for i := range want {
		if r.Privacy[i] != want[i] {
			t.Errorf("datum %d: got %+v, want %+v", i, r.Privacy[i], want[i])
		}
	}
}
