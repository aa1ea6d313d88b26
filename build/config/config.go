// Package config is the first step of the load stage: it reads site.yaml
// into a typed Config, fills in the documented defaults and validates every
// field, reporting each problem with its position.
//
// In: the bytes of site.yaml. Out: a *Config (nil when site.yaml cannot be
// used at all) and diagnostics.
package config

import (
	"cmp"
	"fmt"
	"io/fs"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // the IANA database in the binary: timeZone works on any CI runner, even without /usr/share/zoneinfo

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/schema"
)

// File is the name of the configuration file at the site's root.
const File = "site.yaml"

// Config is the typed content of site.yaml.
type Config struct {
	BaseURL         string                 `yaml:"baseURL"`
	Title           lang.Text              `yaml:"title,required"`
	Description     lang.Text              `yaml:"description"`
	Languages       []Language             `yaml:"languages"` // required: validate reports it, with an example
	DefaultLanguage string                 `yaml:"defaultLanguage"`
	Fallback        []string               `yaml:"fallback"`
	Theme           string                 `yaml:"theme"`
	Sections        map[string]lang.Text   `yaml:"sections"`
	Menu            map[string][]MenuEntry `yaml:"menu"`
	Params          map[string]any         `yaml:"params"`
	Markup          Markup                 `yaml:"markup"`
	Images          Images                 `yaml:"images"`
	Copyright       lang.Text              `yaml:"copyright"`
	TimeZone        string                 `yaml:"timeZone"`
	Privacy         Privacy                `yaml:"privacy"`
	Admin           Admin                  `yaml:"admin"`
	// Accessibility is the accessibility statement, nil when site.yaml
	// has none (see accessibility.go).
	Accessibility *Accessibility `yaml:"accessibility"`
	Positions     schema.Positions

	// Base is BaseURL parsed; its path always ends with "/".
	Base *url.URL `yaml:"-"`
	// Langs is the resolved language set.
	Langs *lang.Set `yaml:"-"`
	// Location is TimeZone loaded: the zone in which "today" is taken,
	// deadlines close and events are dated (default Europe/Brussels).
	Location *time.Location `yaml:"-"`
}

// DefaultTimeZone is the time zone of a site whose site.yaml names none.
const DefaultTimeZone = "Europe/Brussels"

// Today returns the calendar date of the instant now in the site's time
// zone, as midnight UTC of that date: the one notion of "today" that
// deadlines, events, review dates and feeds are measured against.
func (c *Config) Today(now time.Time) time.Time {
	y, m, d := now.In(cmp.Or(c.Location, time.UTC)).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Language is one entry of languages.
type Language struct {
	Code   string `yaml:"code,required"`
	Label  string `yaml:"label,required"`
	Locale string `yaml:"locale"`
	Pos    diag.Pos
	At     schema.Positions
}

// MenuEntry is one item of a menu: a page (by source path), a catalogue list
// (by kind), or an external link with a label.
type MenuEntry struct {
	Page    string    `yaml:"page"`
	Catalog string    `yaml:"catalog"`
	URL     string    `yaml:"url"`
	Label   lang.Text `yaml:"label"`
	Weight  int       `yaml:"weight"`
	Pos     diag.Pos
	At      schema.Positions
}

// Markup configures Markdown rendering.
type Markup struct {
	// Unsafe lets raw HTML in Markdown through. Off by default: raw HTML is
	// shown as text.
	Unsafe bool `yaml:"unsafe"`
}

// Privacy is the site's own privacy policy for e-mail addresses (see
// docs/privacy.md): the role addresses vitrine's rule takes for a person's,
// and the personal addresses the site publishes on purpose.
type Privacy struct {
	// Allow lists role addresses ("rectorat@uliege.be") or local parts
	// allowed at any domain ("cvd@").
	Allow []string `yaml:"allow"`
	// Personal records each personal address published on purpose.
	Personal []PersonalAddress `yaml:"personal"`
}

// PersonalAddress is a personal e-mail address the site publishes, with the
// lawful basis of the publication and when to review it.
type PersonalAddress struct {
	Email    string      `yaml:"email,required"`
	Basis    string      `yaml:"basis,required"`
	ReviewBy schema.Date `yaml:"reviewBy,required"`
	Pos      diag.Pos
	At       schema.Positions
}

// Images configures the image pipeline (docs/images.md). Zero values mean
// the defaults.
type Images struct {
	// Widths are the widths every image is made at, never above its own
	// (default 480, 800, 1200, 1600).
	Widths []int `yaml:"widths"`
	// Quality is the WebP and JPEG quality, 1 to 100 (default 75).
	Quality int `yaml:"quality"`
	// MaxPixels is the most pixels a source image may have, width × height
	// (default 50,000,000): larger ones are refused before decoding.
	MaxPixels int `yaml:"maxPixels"`
}

// Admin configures the editing interface written to /admin/ (see
// build/admin and README.md, "Editing in the browser").
type Admin struct {
	// Enabled writes /admin/; true unless site.yaml says enabled: false.
	Enabled *bool `yaml:"enabled"`
	// Language is the language of the editor's labels and built-in
	// lists; default: defaultLanguage.
	Language string `yaml:"language"`
	// Backend is the git host the editor saves to.
	Backend AdminBackend `yaml:"backend"`
	// LocalBackend is the address of the local backend (decap-server),
	// used when the editor is opened from localhost; default
	// http://localhost:8081/api/v1.
	LocalBackend string `yaml:"localBackend"`
	// MediaFolder is where uploaded images go, under static/; default
	// images.
	MediaFolder string `yaml:"mediaFolder"`
	Pos         diag.Pos
	At          schema.Positions
}

// AdminBackend is the git host of the editor.
type AdminBackend struct {
	// Name is github, gitlab or gitea.
	Name string `yaml:"name"`
	// Repo is owner/name on the host.
	Repo string `yaml:"repo"`
	// Branch is the branch edits are published to; default main.
	Branch string `yaml:"branch"`
	// BaseURL is the OAuth server (GitHub: the proxy that holds the
	// OAuth secret), AuthEndpoint its path.
	BaseURL      string `yaml:"baseURL"`
	AuthEndpoint string `yaml:"authEndpoint"`
	// APIRoot is the API of a self-hosted GitLab or Gitea.
	APIRoot string `yaml:"apiRoot"`
	// AuthType is pkce for GitLab without a server; AppID the GitLab
	// application's id.
	AuthType string `yaml:"authType"`
	AppID    string `yaml:"appID"`
	// EditorialWorkflow saves drafts as pull requests (merge requests)
	// instead of committing to Branch.
	EditorialWorkflow bool `yaml:"editorialWorkflow"`
	Pos               diag.Pos
	At                schema.Positions
}

// AdminBackends are the git hosts the editor can save to.
var AdminBackends = []string{"github", "gitlab", "gitea"}

// AdminOn reports whether /admin/ is written.
func (c *Config) AdminOn() bool { return c.Admin.Enabled == nil || *c.Admin.Enabled }

var repoRE = regexp.MustCompile(`^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$`)

// validateAdmin checks admin and fills in its defaults.
func (c *Config) validateAdmin(errf func(diag.Pos, string, ...any)) {
	a := &c.Admin
	at := func(key string) diag.Pos { return a.At.Of(key, c.pos("admin")) }
	// A value that is wrong is reported and replaced by the default.
	if a.Language != "" && !c.Langs.Has(a.Language) {
		errf(at("language"), "admin.language: %q is not one of the languages (%s)", a.Language, strings.Join(c.Langs.Codes(), ", "))
		a.Language = ""
	}
	a.Language = cmp.Or(a.Language, c.DefaultLanguage)
	if u, err := url.Parse(a.LocalBackend); a.LocalBackend != "" && (err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "") {
		errf(at("localBackend"), "admin.localBackend: %q is not an http(s) URL, like http://localhost:8081/api/v1", a.LocalBackend)
		a.LocalBackend = ""
	}
	a.LocalBackend = cmp.Or(a.LocalBackend, "http://localhost:8081/api/v1")
	if a.MediaFolder != "" && !segmentPathRE.MatchString(a.MediaFolder) {
		errf(at("mediaFolder"), "admin.mediaFolder: %q is not a folder under static/, like images or files/photos", a.MediaFolder)
		a.MediaFolder = ""
	}
	a.MediaFolder = cmp.Or(a.MediaFolder, "images")
	b := &a.Backend
	bat := func(key string) diag.Pos { return b.At.Of(key, at("backend")) }
	if b.Name == "" && b.Repo == "" {
		return // the local backend only
	}
	b.Branch = cmp.Or(b.Branch, "main")
	switch {
	case b.Name == "":
		errf(at("backend"), "admin.backend: name is missing: give one of %s", strings.Join(AdminBackends, ", "))
	case !slices.Contains(AdminBackends, b.Name):
		errf(bat("name"), "admin.backend.name: %q is not one of %s", b.Name, strings.Join(AdminBackends, ", "))
	case !repoRE.MatchString(b.Repo):
		errf(bat("repo"), "admin.backend.repo: %q is not a repository: write owner/name, like vitrine-ssg/vitrine", b.Repo)
	}
	for key, v := range map[string]string{"baseURL": b.BaseURL, "apiRoot": b.APIRoot} {
		if u, err := url.Parse(v); v != "" && (err != nil || u.Scheme != "https" && u.Scheme != "http" || u.Host == "") {
			errf(bat(key), "admin.backend.%s: %q is not an absolute https URL", key, v)
		}
	}
	if b.AuthType != "" && b.AuthType != "pkce" && b.AuthType != "implicit" {
		errf(bat("authType"), "admin.backend.authType: %q is not pkce or implicit", b.AuthType)
	}
	if b.AuthType != "" && b.AppID == "" {
		errf(bat("authType"), "admin.backend: authType %s needs appID, the id of the OAuth application", b.AuthType)
	}
}

var segmentPathRE = regexp.MustCompile(`^[a-z0-9_-]+(/[a-z0-9_-]+)*$`)

// defaultSections are the localized URL segments of the catalogue lists.
var defaultSections = map[string]map[string]string{
	"programmes":   {"fr": "formations", "nl": "opleidingen", "en": "programmes", "de": "studiengaenge", "es": "programas"},
	"chairs":       {"fr": "chaires", "nl": "leerstoelen", "en": "chairs", "de": "lehrstuehle", "es": "catedras"},
	"networks":     {"fr": "reseaux", "nl": "netwerken", "en": "networks", "de": "netzwerke", "es": "redes"},
	"alumni":       {"fr": "alumni", "nl": "alumni", "en": "alumni", "de": "alumni", "es": "antiguos-alumnos"},
	"institutions": {"fr": "etablissements", "nl": "instellingen", "en": "institutions", "de": "hochschulen", "es": "instituciones"},
	"events":       {"fr": "evenements", "nl": "evenementen", "en": "events", "de": "veranstaltungen", "es": "eventos"},
	// search is not a catalogue: it is the segment of the search page.
	SearchSection: {"fr": "recherche", "nl": "zoeken", "en": "search", "de": "suche", "es": "buscar"},
	// accessibility is the segment of the accessibility statement's page.
	AccessibilitySection: {"fr": "accessibilite", "nl": "toegankelijkheid", "en": "accessibility", "de": "barrierefreiheit", "es": "accesibilidad"},
}

// SearchSection is the key of sections that names the search page's URL
// segment.
const SearchSection = "search"

// AccessibilitySection is the key of sections that names the URL segment
// of the accessibility statement's page.
const AccessibilitySection = "accessibility"

var (
	segmentRE   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	themeNameRE = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)
)

// Parse reads site.yaml. file names it in messages.
func Parse(file string, src []byte, diags *diag.List) *Config {
	d := &schema.Decoder{File: file, Diags: diags}
	root := d.Parse(src)
	if root == nil {
		if diags.Count(diag.Error) == 0 {
			diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "site.yaml is empty: it needs at least title and languages (see README.md)")
		}
		return nil
	}
	var c Config
	d.Decode(root, &c)
	c.validate(d)
	return &c
}

// Read reads the site.yaml of a site folder for a command that needs only
// some of it (the languages, the time zone), ignoring its errors: nil when
// there is none, or none that can be used at all.
func Read(site fs.FS) *Config {
	src, err := fs.ReadFile(site, File)
	if err != nil {
		return nil
	}
	return Parse(File, src, &diag.List{})
}

func (c *Config) pos(key string) diag.Pos {
	return c.Positions.Of(key, diag.Pos{File: "site.yaml", Line: 1, Col: 1})
}

func (c *Config) validate(d *schema.Decoder) {
	errf := func(pos diag.Pos, format string, args ...any) { d.Diags.Errorf(pos, format, args...) }

	// Time zone.
	c.TimeZone = cmp.Or(c.TimeZone, DefaultTimeZone)
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil || c.TimeZone == "Local" || strings.HasPrefix(c.TimeZone, "/") {
		errf(c.pos("timeZone"), "timeZone: %q is not a time zone of the IANA database: write it like Europe/Brussels, America/Montreal or UTC", c.TimeZone)
		loc, _ = time.LoadLocation(DefaultTimeZone)
	}
	c.Location = loc

	// Base URL.
	c.BaseURL = cmp.Or(c.BaseURL, "/")
	u, err := url.Parse(c.BaseURL)
	switch {
	case err != nil:
		errf(c.pos("baseURL"), "baseURL: %q is not a URL", c.BaseURL)
		u = &url.URL{Path: "/"}
	case c.BaseURL != "/" && (u.Scheme != "https" && u.Scheme != "http" || u.Host == ""):
		errf(c.pos("baseURL"), "baseURL: %q must be an absolute http(s) URL, like https://study.example.be/ or https://org.github.io/site/", c.BaseURL)
		u = &url.URL{Path: "/"}
	case u.RawQuery != "" || u.Fragment != "":
		errf(c.pos("baseURL"), "baseURL: %q must not carry a query or a fragment", c.BaseURL)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	c.Base = u

	// Languages.
	var list []lang.Language
	seen := map[string]bool{}
	for _, l := range c.Languages {
		if l.Code == "" {
			continue
		}
		if !lang.Has(lang.LanguageCode, l.Code) {
			errf(l.At.Of("code", l.Pos), "languages: %q is not an ISO 639-1 language code (two lower-case letters, like fr, nl, en, de, es)", l.Code)
			continue
		}
		if seen[l.Code] {
			errf(l.At.Of("code", l.Pos), "languages: %q is listed twice", l.Code)
			continue
		}
		seen[l.Code] = true
		locale := cmp.Or(l.Locale, l.Code)
		tag, err := lang.ParseLocale(locale)
		if err != nil {
			errf(l.At.Of("locale", l.Pos), "languages: %v", err)
			continue
		}
		if base, _ := tag.Base(); base.String() != l.Code {
			errf(l.At.Of("locale", l.Pos), "languages: locale %q is not a locale of %q", locale, l.Code)
		}
		list = append(list, lang.Language{Code: l.Code, Label: l.Label, Locale: tag.String(), Tag: tag})
	}
	if len(list) == 0 {
		if len(c.Languages) == 0 {
			errf(c.pos("languages"), "languages: at least one language is needed, like - {code: en, label: English, locale: en-GB}")
		}
		return
	}
	if c.DefaultLanguage != "" && !seen[c.DefaultLanguage] {
		errf(c.pos("defaultLanguage"), "defaultLanguage: %q is not one of the languages (%s)", c.DefaultLanguage, codes(list))
		c.DefaultLanguage = ""
	}
	c.DefaultLanguage = cmp.Or(c.DefaultLanguage, list[0].Code)
	var fallback []string
	for i, f := range c.Fallback {
		if !seen[f] {
			errf(c.pos("fallback"), "fallback[%d]: %q is not one of the languages (%s)", i+1, f, codes(list))
			continue
		}
		fallback = append(fallback, f)
	}
	c.Langs = lang.NewSet(list, c.DefaultLanguage, fallback)

	c.Title.CheckLanguages(d, c.Langs, "title")
	c.Description.CheckLanguages(d, c.Langs, "description")
	c.Copyright.CheckLanguages(d, c.Langs, "copyright")
	c.validateAccessibility(d)

	// Privacy: the addresses must be addresses, the bases lawful ones. The
	// review dates are checked against the day of the build, by the build.
	for i, a := range c.Privacy.Allow {
		local, domain, ok := strings.Cut(a, "@")
		if !ok || local == "" || strings.ContainsAny(a, " \t<>") || strings.Contains(domain, "@") {
			errf(c.pos("privacy"), "privacy.allow[%d]: %q is neither an address (rectorat@uliege.be) nor a local part followed by @ (rectorat@)", i+1, a)
		}
	}
	for i, r := range c.Privacy.Personal {
		w := fmt.Sprintf("privacy.personal[%d]", i+1)
		if r.Email != "" && !strings.Contains(r.Email, "@") {
			errf(r.At.Of("email", r.Pos), "%s.email: %q is not an e-mail address", w, r.Email)
		}
		if r.Basis != "" && r.Basis != "public-task" && r.Basis != "consent" {
			errf(r.At.Of("basis", r.Pos), "%s.basis: %q is not a lawful basis vitrine knows: write public-task (the publication is part of the institution's public mission) or consent (the person agreed, and the consent is kept)", w, r.Basis)
		}
	}

	// Images.
	for i, w := range c.Images.Widths {
		if w < 16 || w > 8192 {
			errf(c.pos("images"), "images.widths[%d]: %d is not a width from 16 to 8192 pixels (the default is [480, 800, 1200, 1600])", i+1, w)
		}
	}
	if q := c.Images.Quality; q != 0 && (q < 1 || q > 100) {
		errf(c.pos("images"), "images.quality: %d is not from 1 to 100 (75 is the default; 60–85 suits photos)", q)
	}
	if c.Images.MaxPixels < 0 {
		errf(c.pos("images"), "images.maxPixels: give a positive number of pixels, like 50000000")
	}

	// Theme.
	if c.Theme != "" && !themeNameRE.MatchString(c.Theme) {
		errf(c.pos("theme"), "theme: %q is not a theme name: use the name of a folder under themes/", c.Theme)
		c.Theme = ""
	}
	c.Theme = cmp.Or(c.Theme, "default")

	// Sections: defaults, then the site's, checked.
	sections := map[string]lang.Text{}
	for kind, byLang := range defaultSections {
		sections[kind] = lang.Text{Values: maps.Clone(byLang)}
	}
	for kind, t := range c.Sections {
		if _, ok := defaultSections[kind]; !ok {
			errf(firstPos(t, c.pos("sections")), "sections: %q is not a catalogue kind (%s), %s or %s", kind, strings.Join(catalog.Kinds, ", "), SearchSection, AccessibilitySection)
			continue
		}
		t.CheckLanguages(d, c.Langs, "sections."+kind)
		merged := sections[kind].Values
		for code, seg := range t.Values {
			if !segmentRE.MatchString(seg) {
				errf(t.Pos[code], "sections.%s: %q is not a URL segment: use lower-case letters, digits and hyphens, like \"etablissements\"", kind, seg)
				continue
			}
			if code == "" {
				for _, l := range list {
					merged[l.Code] = seg
				}
				continue
			}
			merged[code] = seg
		}
	}
	for _, l := range list {
		used := map[string]string{}
		for _, kind := range append(catalog.Kinds[:len(catalog.Kinds):len(catalog.Kinds)], SearchSection, AccessibilitySection) {
			// A language without built-in segments uses the kind's English name.
			seg := cmp.Or(sections[kind].Values[l.Code], kind)
			sections[kind].Values[l.Code] = seg
			if other, dup := used[seg]; dup {
				errf(c.pos("sections"), "sections: %s and %s both use %q in %s: give each its own segment", other, kind, seg, l.Code)
			}
			used[seg] = kind
		}
	}
	c.Sections = sections

	// Menus.
	for name, entries := range c.Menu {
		for i, e := range entries {
			given := slices.DeleteFunc([]string{e.Page, e.Catalog, e.URL}, func(s string) bool { return s == "" })
			where := fmt.Sprintf("menu.%s[%d]", name, i+1)
			switch {
			case len(given) != 1:
				errf(e.Pos, "%s: give exactly one of page (a source path like mobility.md), catalog (a kind like programmes) or url", where)
			case e.Catalog != "" && (defaultSections[e.Catalog] == nil || e.Catalog == SearchSection || e.Catalog == AccessibilitySection):
				errf(e.At.Of("catalog", e.Pos), "%s: catalog %q is not one of %s", where, e.Catalog, strings.Join(catalog.Kinds, ", "))
			case e.URL != "" && e.Label.IsZero():
				errf(e.At.Of("url", e.Pos), "%s: a url entry needs a label", where)
			case e.URL != "" && !safeURL(e.URL):
				errf(e.At.Of("url", e.Pos), "%s: %q is not an https, http or mailto URL, nor a path starting with /", where, e.URL)
			}
			e.Label.CheckLanguages(d, c.Langs, where+".label")
		}
	}
	c.validateAdmin(errf)
}

// firstPos returns the position of a text's first value, or fallback.
func firstPos(t lang.Text, fallback diag.Pos) diag.Pos {
	best := fallback
	found := false
	for _, p := range t.Pos {
		if p.Line > 0 && (!found || p.Line < best.Line || (p.Line == best.Line && p.Col < best.Col)) {
			best, found = p, true
		}
	}
	if found {
		best.Col = 1 // the line of the kind (or of its first value); the column is the start of the line
	}
	return best
}

func safeURL(s string) bool {
	if strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//") {
		return true
	}
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "https", "http":
		return u.Host != ""
	case "mailto":
		return u.Opaque != ""
	}
	return false
}

func codes(list []lang.Language) string {
	out := make([]string, len(list))
	for i, l := range list {
		out[i] = l.Code
	}
	return strings.Join(out, ", ")
}

// Section returns the URL segment of a catalogue kind in a language.
func (c *Config) Section(kind, code string) string {
	return c.Sections[kind].Values[code]
}

// Param returns params[key] when it is present.
func (c *Config) Param(key string) (any, bool) {
	v, ok := c.Params[key]
	return v, ok
}
