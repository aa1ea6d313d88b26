package config_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/diag"
)

func parse(src string) (*config.Config, []string) {
	var l diag.List
	c := config.Parse("site.yaml", []byte(src), &l)
	var out []string
	for _, d := range l.Sorted() {
		out = append(out, d.Error())
	}
	return c, out
}

func diff(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
}

const showcase = `# the showcase site.yaml, shortened
baseURL: https://vitrine-ssg.github.io/vitrine
title:
  fr: Étudier en Belgique
  nl: Studeren in België
  en: Study in Belgium
  de: Studieren in Belgien
  es: Estudiar en Bélgica
languages:
  - {code: fr, label: Français, locale: fr-BE}
  - {code: nl, label: Nederlands, locale: nl-BE}
  - {code: en, label: English, locale: en-GB}
  - {code: de, label: Deutsch, locale: de-BE}
  - {code: es, label: Español, locale: es-ES}
defaultLanguage: en
fallback: [en, fr]
theme: default
sections:
  chairs: {de: gastlehrstuehle}
menu:
  main:
    - {catalog: programmes, weight: 1}
    - {page: mobility.md}
    - {url: "https://www.wbi.be/", label: {fr: WBI, en: WBI}}
    - {url: /fr/contact/, label: Contact}
    - {url: "mailto:info@example.be", label: E-mail}
params:
  brand: {primary: "#0b4f8a"}
markup: {unsafe: true}
copyright: {en: © 2026}
`

func TestParseShowcase(t *testing.T) {
	c, diags := parse(showcase)
	diff(t, diags, nil)
	if c == nil {
		t.Fatal("nil config")
	}
	if got := c.Base.String(); got != "https://vitrine-ssg.github.io/vitrine/" {
		t.Errorf("Base = %s, want a path ending in /", got)
	}
	if c.Theme != "default" || c.DefaultLanguage != "en" || !c.Markup.Unsafe {
		t.Errorf("Theme %q, DefaultLanguage %q, Unsafe %v", c.Theme, c.DefaultLanguage, c.Markup.Unsafe)
	}
	if got := c.Langs.Codes(); !slices.Equal(got, []string{"fr", "nl", "en", "de", "es"}) {
		t.Errorf("Codes() = %v", got)
	}
	if got := c.Langs.Chain("nl"); !slices.Equal(got, []string{"nl", "en", "fr"}) {
		t.Errorf("Chain(nl) = %v", got)
	}
	if l, _ := c.Langs.Get("de"); l.Locale != "de-BE" || l.Label != "Deutsch" || l.Tag.String() != "de-BE" {
		t.Errorf("de = %+v", l)
	}
	sections := []struct{ kind, code, want string }{
		{"programmes", "fr", "formations"},
		{"programmes", "es", "programas"},
		{"chairs", "de", "gastlehrstuehle"}, // the site's
		{"chairs", "nl", "leerstoelen"},     // the default beside it
		{"institutions", "de", "hochschulen"},
		{"alumni", "es", "antiguos-alumnos"},
		{"networks", "en", "networks"},
	}
	for _, s := range sections {
		if got := c.Section(s.kind, s.code); got != s.want {
			t.Errorf("Section(%s, %s) = %q, want %q", s.kind, s.code, got, s.want)
		}
	}
	if got := len(c.Menu["main"]); got != 5 {
		t.Errorf("%d main menu entries", got)
	}
	if v, ok := c.Param("brand"); !ok || v.(map[string]any)["primary"] != "#0b4f8a" {
		t.Errorf("Param(brand) = %v, %v", v, ok)
	}
	if _, ok := c.Param("nothing"); ok {
		t.Error("Param(nothing) found")
	}
}

func TestParseDefaults(t *testing.T) {
	c, diags := parse("title: Study\nlanguages:\n  - {code: nl, label: Nederlands}\n  - {code: fr, label: Français, locale: fr-BE}\n  - {code: it, label: Italiano}\n")
	diff(t, diags, nil)
	checks := []struct{ what, got, want string }{
		{"baseURL", c.BaseURL, "/"},
		{"Base", c.Base.String(), "/"},
		{"theme", c.Theme, "default"},
		{"defaultLanguage", c.DefaultLanguage, "nl"},
		{"locale from the code", c.Langs.List[0].Locale, "nl"},
		{"programmes in nl", c.Section("programmes", "nl"), "opleidingen"},
		{"chairs in fr", c.Section("chairs", "fr"), "chaires"},
		{"a language without built-in segments uses the kind", c.Section("programmes", "it"), "programmes"},
		{"alumni in it", c.Section("alumni", "it"), "alumni"},
		{"timeZone", c.TimeZone, "Europe/Brussels"},
		{"Location", c.Location.String(), "Europe/Brussels"},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s = %q, want %q", ch.what, ch.got, ch.want)
		}
	}
	if got := c.Langs.Chain("it"); !slices.Equal(got, []string{"it", "nl"}) {
		t.Errorf("Chain(it) = %v", got)
	}
	if !c.Title.Plain {
		t.Error("a plain title is the same in every language")
	}
}

func TestParseBaseURL(t *testing.T) {
	tests := []struct {
		name, baseURL, base string
		diags               []string
	}{
		{name: "root", baseURL: "/", base: "/"},
		{name: "host only", baseURL: "https://study.example.be", base: "https://study.example.be/"},
		{name: "sub-path", baseURL: "https://org.github.io/site", base: "https://org.github.io/site/"},
		{name: "http", baseURL: "http://localhost:1313/", base: "http://localhost:1313/"},
		{name: "relative", baseURL: "study.example.be", base: "/",
			diags: []string{`site.yaml:4:10: error: baseURL: "study.example.be" must be an absolute http(s) URL, like https://study.example.be/ or https://org.github.io/site/`}},
		{name: "relative path", baseURL: "/site/", base: "/",
			diags: []string{`site.yaml:4:10: error: baseURL: "/site/" must be an absolute http(s) URL, like https://study.example.be/ or https://org.github.io/site/`}},
		{name: "scheme-relative", baseURL: "//study.example.be/", base: "/",
			diags: []string{`site.yaml:4:10: error: baseURL: "//study.example.be/" must be an absolute http(s) URL, like https://study.example.be/ or https://org.github.io/site/`}},
		{name: "ftp", baseURL: "ftp://study.example.be/", base: "/",
			diags: []string{`site.yaml:4:10: error: baseURL: "ftp://study.example.be/" must be an absolute http(s) URL, like https://study.example.be/ or https://org.github.io/site/`}},
		{name: "query", baseURL: "https://x.be/site/?lang=fr",
			diags: []string{`site.yaml:4:10: error: baseURL: "https://x.be/site/?lang=fr" must not carry a query or a fragment`}},
		{name: "fragment", baseURL: "https://x.be/#top",
			diags: []string{`site.yaml:4:10: error: baseURL: "https://x.be/#top" must not carry a query or a fragment`}},
		{name: "not a URL", baseURL: "https://x.be/%zz",
			diags: []string{`site.yaml:4:10: error: baseURL: "https://x.be/%zz" is not a URL`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, diags := parse("title: T\nlanguages:\n  - {code: fr, label: F}\nbaseURL: " + tt.baseURL + "\n")
			diff(t, diags, tt.diags)
			if tt.base != "" && c.Base.String() != tt.base {
				t.Errorf("Base = %q, want %q", c.Base, tt.base)
			}
			if !strings.HasSuffix(c.Base.Path, "/") {
				t.Errorf("Base.Path = %q does not end in /", c.Base.Path)
			}
		})
	}
}

// TestParseErrors lists site.yaml mistakes and the exact diagnostics each
// must produce. Every case starts from a valid two-language file.
func TestParseErrors(t *testing.T) {
	const head = "title: {fr: Étudier, en: Study}\nlanguages:\n  - {code: fr, label: Français, locale: fr-BE}\n  - {code: en, label: English, locale: en-GB}\n"
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "valid",
			src:  head,
		},
		{
			name: "unknown key",
			src:  head + "basURL: https://x.be/\n",
			want: []string{`site.yaml:5:1: error: unknown key "basURL": did you mean "baseURL"?`},
		},
		{
			name: "unknown time zone",
			src:  head + "timeZone: Europe/Bruxelles\n",
			want: []string{`site.yaml:5:11: error: timeZone: "Europe/Bruxelles" is not a time zone of the IANA database: write it like Europe/Brussels, America/Montreal or UTC`},
		},
		{
			name: "Local is not a site's time zone",
			src:  head + "timeZone: Local\n",
			want: []string{`site.yaml:5:11: error: timeZone: "Local" is not a time zone of the IANA database: write it like Europe/Brussels, America/Montreal or UTC`},
		},
		{
			name: "unknown key in a language",
			src:  "title: T\nlanguages:\n  - {code: fr, label: F, local: fr-BE}\n",
			want: []string{`site.yaml:3:26: error: languages[1]: unknown key "local": did you mean "locale"?`},
		},
		{
			name: "missing title and languages",
			src:  "theme: default\n",
			want: []string{
				`site.yaml:1:1: error: "title" is required but missing or empty`,
				`site.yaml:1:1: error: languages: at least one language is needed, like - {code: en, label: English, locale: en-GB}`,
			},
		},
		{
			name: "empty languages",
			src:  "title: T\nlanguages: []\n",
			want: []string{`site.yaml:2:12: error: languages: at least one language is needed, like - {code: en, label: English, locale: en-GB}`},
		},
		{
			name: "language without a label",
			src:  "title: T\nlanguages:\n  - {code: fr}\n",
			want: []string{`site.yaml:3:5: error: languages[1]: "label" is required but missing or empty`},
		},
		{
			name: "code not ISO 639-1",
			src:  head + "  - {code: xx, label: X}\n",
			want: []string{`site.yaml:5:12: error: languages: "xx" is not an ISO 639-1 language code (two lower-case letters, like fr, nl, en, de, es)`},
		},
		{
			name: "upper-case code",
			src:  head + "  - {code: NL, label: Nederlands}\n",
			want: []string{`site.yaml:5:12: error: languages: "NL" is not an ISO 639-1 language code (two lower-case letters, like fr, nl, en, de, es)`},
		},
		{
			name: "code listed twice",
			src:  head + "  - {code: fr, label: Frans}\n",
			want: []string{`site.yaml:5:12: error: languages: "fr" is listed twice`},
		},
		{
			name: "locale of another language",
			src:  head + "  - {code: nl, label: Nederlands, locale: fr-BE}\n",
			want: []string{`site.yaml:5:43: error: languages: locale "fr-BE" is not a locale of "nl"`},
		},
		{
			name: "locale that does not parse",
			src:  head + "  - {code: nl, label: Nederlands, locale: nl_BE!}\n",
			want: []string{`site.yaml:5:43: error: languages: "nl_BE!" is not a locale: expected a BCP 47 tag like "fr-BE"`},
		},
		{
			name: "defaultLanguage not in languages",
			src:  head + "defaultLanguage: nl\n",
			want: []string{`site.yaml:5:18: error: defaultLanguage: "nl" is not one of the languages (fr, en)`},
		},
		{
			name: "fallback not in languages",
			src:  head + "fallback: [en, de]\n",
			want: []string{`site.yaml:5:11: error: fallback[2]: "de" is not one of the languages (fr, en)`},
		},
		{
			name: "theme with a slash",
			src:  head + "theme: ../themes/evil\n",
			want: []string{`site.yaml:5:8: error: theme: "../themes/evil" is not a theme name: use the name of a folder under themes/`},
		},
		{
			name: "theme with a backslash",
			src:  head + "theme: 'a\\b'\n",
			want: []string{`site.yaml:5:8: error: theme: "a\\b" is not a theme name: use the name of a folder under themes/`},
		},
		{
			name: "section segment invalid",
			src:  head + "sections:\n  programmes: {fr: Formations, en: programmes}\n",
			want: []string{`site.yaml:6:20: error: sections.programmes: "Formations" is not a URL segment: use lower-case letters, digits and hyphens, like "etablissements"`},
		},
		{
			name: "section segment with a slash",
			src:  head + "sections:\n  chairs: {en: a/b}\n",
			want: []string{`site.yaml:6:16: error: sections.chairs: "a/b" is not a URL segment: use lower-case letters, digits and hyphens, like "etablissements"`},
		},
		{
			name: "section segments colliding with a default",
			src:  head + "sections:\n  programmes: {fr: chaires}\n",
			want: []string{`site.yaml:6:3: error: sections: programmes and chairs both use "chaires" in fr: give each its own segment`},
		},
		{
			name: "plain section segment colliding in one language",
			src:  head + "sections:\n  programmes: reseaux\n",
			want: []string{`site.yaml:6:3: error: sections: programmes and networks both use "reseaux" in fr: give each its own segment`},
		},
		{
			name: "section language not in the site",
			src:  head + "sections:\n  programmes: {it: corsi}\n",
			want: []string{`site.yaml: warning: it is not among the languages of site.yaml (fr, en), so its text is not published: add {code: it, …} to languages to publish it, or delete the .it.md files and the it: keys of these files: site.yaml`},
		},
		{
			name: "menu entry with two targets",
			src:  head + "menu:\n  main:\n    - {page: mobility.md, catalog: programmes}\n",
			want: []string{`site.yaml:7:7: error: menu.main[1]: give exactly one of page (a source path like mobility.md), catalog (a kind like programmes) or url`},
		},
		{
			name: "menu entry without a target",
			src:  head + "menu:\n  footer:\n    - {label: Home, weight: 1}\n",
			want: []string{`site.yaml:7:7: error: menu.footer[1]: give exactly one of page (a source path like mobility.md), catalog (a kind like programmes) or url`},
		},
		{
			name: "menu url javascript:",
			src:  head + "menu:\n  main:\n    - {url: \"javascript:alert(1)\", label: X}\n",
			want: []string{`site.yaml:7:13: error: menu.main[1]: "javascript:alert(1)" is not an https, http or mailto URL, nor a path starting with /`},
		},
		{
			name: "menu url JavaScript: in capitals",
			src:  head + "menu:\n  main:\n    - {url: \"JavaScript:alert(1)\", label: X}\n",
			want: []string{`site.yaml:7:13: error: menu.main[1]: "JavaScript:alert(1)" is not an https, http or mailto URL, nor a path starting with /`},
		},
		{
			name: "menu url scheme-relative",
			src:  head + "menu:\n  main:\n    - {url: //evil.example/, label: X}\n",
			want: []string{`site.yaml:7:13: error: menu.main[1]: "//evil.example/" is not an https, http or mailto URL, nor a path starting with /`},
		},
		{
			name: "menu url without a label",
			src:  head + "menu:\n  main:\n    - {url: https://www.wbi.be/}\n",
			want: []string{`site.yaml:7:13: error: menu.main[1]: a url entry needs a label`},
		},
		{
			name: "menu catalog unknown",
			src:  head + "menu:\n  main:\n    - {catalog: programs}\n",
			want: []string{`site.yaml:7:17: error: menu.main[1]: catalog "programs" is not one of programmes, institutions, networks, chairs, alumni, events`},
		},
		{
			name: "menu label language not in the site",
			src:  head + "menu:\n  main:\n    - {page: mobility.md, label: {fr: Mobilité, de: Mobilität}}\n",
			want: []string{`site.yaml: warning: de is not among the languages of site.yaml (fr, en), so its text is not published: add {code: de, …} to languages to publish it, or delete the .de.md files and the de: keys of these files: site.yaml`},
		},
		{
			name: "title with a language not in the site",
			src:  "title: {fr: Étudier, nl: Studeren}\nlanguages:\n  - {code: fr, label: F}\n",
			want: []string{`site.yaml: warning: nl is not among the languages of site.yaml (fr), so its text is not published: add {code: nl, …} to languages to publish it, or delete the .nl.md files and the nl: keys of these files: site.yaml`},
		},
		{
			name: "description and copyright with languages not in the site",
			src:  head + "description: {es: x}\ncopyright: {de: y}\n",
			want: []string{
				`site.yaml: warning: de is not among the languages of site.yaml (fr, en), so its text is not published: add {code: de, …} to languages to publish it, or delete the .de.md files and the de: keys of these files: site.yaml`,
				`site.yaml: warning: es is not among the languages of site.yaml (fr, en), so its text is not published: add {code: es, …} to languages to publish it, or delete the .es.md files and the es: keys of these files: site.yaml`,
			},
		},
		{
			name: "wrong type",
			src:  head + "markup: {unsafe: perhaps}\n",
			want: []string{`site.yaml:5:18: error: markup.unsafe: "perhaps" is not true or false`},
		},
		{
			name: "empty file",
			src:  "",
			want: []string{`site.yaml:1:1: error: site.yaml is empty: it needs at least title and languages (see README.md)`},
		},
		{
			name: "syntax error",
			src:  head + "theme: a: b\n",
			want: []string{`site.yaml:5:9: error: invalid YAML: the text of "theme" holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: theme: "a: b"`},
		},
		{
			name: "every error in one run",
			src:  "title: {fr: T, qq: X}\nlanguages:\n  - {code: fr, label: F}\n  - {code: xx, label: X}\ndefaultLanguage: es\ntheme: a/b\n",
			want: []string{
				`site.yaml:1:20: error: title: "qq" is not a language of this site (fr)`,
				`site.yaml:4:12: error: languages: "xx" is not an ISO 639-1 language code (two lower-case letters, like fr, nl, en, de, es)`,
				`site.yaml:5:18: error: defaultLanguage: "es" is not one of the languages (fr)`,
				`site.yaml:6:8: error: theme: "a/b" is not a theme name: use the name of a folder under themes/`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := parse(tt.src)
			diff(t, diags, tt.want)
		})
	}
}

// TestParseUnknownSectionKindPosition: an unknown kind under sections is
// reported on its own line, not on the line of the first kind.
func TestParseUnknownSectionKindPosition(t *testing.T) {
	_, diags := parse("title: T\nlanguages:\n  - {code: fr, label: F}\nsections:\n  chairs: {fr: chaires}\n  programs: {fr: cours}\n")
	if len(diags) != 1 || !strings.Contains(diags[0], `sections: "programs" is not a catalogue kind`) {
		t.Fatalf("diagnostics = %q", diags)
	}
	if !strings.HasPrefix(diags[0], "site.yaml:6:") {
		t.Errorf("%s: config reports an unknown kind under sections at c.pos(\"sections\"), the first line of the sections mapping, instead of the line of the kind (6); the same position is used for segment collisions", diags[0])
	}
}

func TestParseMenuPlainLabel(t *testing.T) {
	c, diags := parse("title: T\nlanguages:\n  - {code: fr, label: F}\n  - {code: en, label: E}\nmenu:\n  main:\n    - {url: https://www.wbi.be/, label: WBI}\n")
	diff(t, diags, nil)
	e := c.Menu["main"][0]
	if !e.Label.Plain || e.URL != "https://www.wbi.be/" || e.Pos.Line != 7 || e.At["url"].Col != 13 {
		t.Errorf("entry = %+v", e)
	}
}

func TestToday(t *testing.T) {
	tests := []struct {
		zone string
		now  time.Time
		want string
	}{
		// 23:30 UTC on 31 December is already 1 January in Brussels (UTC+1).
		{"Europe/Brussels", time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC), "2027-01-01"},
		{"Europe/Brussels", time.Date(2026, 12, 31, 22, 59, 0, 0, time.UTC), "2026-12-31"},
		// Summer time: UTC+2.
		{"Europe/Brussels", time.Date(2026, 6, 30, 22, 0, 0, 0, time.UTC), "2026-07-01"},
		{"America/Montreal", time.Date(2027, 1, 1, 3, 0, 0, 0, time.UTC), "2026-12-31"},
		{"UTC", time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), "2027-01-01"},
	}
	for _, tt := range tests {
		c, diags := parse("title: T\nlanguages: [{code: en, label: English}]\ntimeZone: " + tt.zone + "\n")
		diff(t, diags, nil)
		got := c.Today(tt.now)
		if got.Format("2006-01-02") != tt.want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("%s: Today(%s) = %s, want %s at midnight UTC", tt.zone, tt.now, got, tt.want)
		}
	}
}

// TestAdmin: the editor's settings, their defaults and their mistakes.
func TestAdmin(t *testing.T) {
	c, diags := parse(showcase)
	diff(t, diags, nil)
	if !c.AdminOn() || c.Admin.Language != "en" || c.Admin.LocalBackend != "http://localhost:8081/api/v1" || c.Admin.MediaFolder != "images" {
		t.Errorf("defaults: %+v", c.Admin)
	}
	c, diags = parse(showcase + "admin:\n  enabled: false\n  language: fr\n  backend: {name: gitlab, repo: org/site, authType: pkce, appID: x}\n")
	diff(t, diags, nil)
	if c.AdminOn() || c.Admin.Language != "fr" || c.Admin.Backend.Branch != "main" {
		t.Errorf("admin: %+v", c.Admin)
	}
	_, diags = parse(showcase + `admin:
  language: it
  localBackend: ftp://x
  mediaFolder: ../up
  backend: {name: bitbucket, repo: site, baseURL: x, authType: pkce}
`)
	want := []string{
		`site.yaml:32:13: error: admin.language: "it" is not one of the languages (fr, nl, en, de, es)`,
		`site.yaml:33:17: error: admin.localBackend: "ftp://x" is not an http(s) URL, like http://localhost:8081/api/v1`,
		`site.yaml:34:16: error: admin.mediaFolder: "../up" is not a folder under static/, like images or files/photos`,
		`site.yaml:35:19: error: admin.backend.name: "bitbucket" is not one of github, gitlab, gitea`,
		`site.yaml:35:64: error: admin.backend: authType pkce needs appID, the id of the OAuth application`,
		`site.yaml:35:51: error: admin.backend.baseURL: "x" is not an absolute https URL`,
	}
	slices.Sort(want)
	diff(t, diags, want)
}
