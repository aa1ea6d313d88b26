package synth

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/themes"
)

// hugoFiles are the Hugo site's layouts and configuration, written as they are.
//
//go:embed all:hugo
var hugoFiles embed.FS

// Hugo generates the same content as Vitrine as a Hugo site: one page per
// programme, institution and network per language (content/<section>/<id>.<lang>.md)
// with the same front matter and Markdown, layouts that produce comparable
// HTML (base, home, list, single, language switcher, hreflang alternates,
// JSON-LD, sitemaps), vitrine's own CSS, JavaScript and UI strings, and the
// labels of its built-in vocabularies as i18n strings. Its configuration is
// hugo.yaml for Hugo 0.158 and later, HugoLegacyConfig for earlier versions.
//
// The differences that remain: Hugo's URLs keep the section names
// untranslated (/fr/programmes/…), and Hugo writes no open-data exports.
func Hugo(opts Options) Site {
	c := generate(opts)
	s := Site{}
	err := fs.WalkDir(hugoFiles, "hugo", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(hugoFiles, p)
		s[strings.TrimPrefix(p, "hugo/")] = b
		return err
	})
	if err != nil {
		panic(err) // the embedded files are always there
	}
	s["hugo.yaml"] = c.hugoConfig(false)
	s[HugoLegacyConfig] = c.hugoConfig(true)
	theme := themes.Default()
	for _, f := range [][2]string{{"assets/main.css", "assets/main.css"}, {"assets/site.js", "assets/site.js"}, {"static/favicon.svg", "static/favicon.svg"}} {
		b, err := fs.ReadFile(theme, f[0])
		if err != nil {
			panic(err)
		}
		s[f[1]] = b
	}
	// vitrine also writes /404.html, which offers every language (what a
	// server shows for any missing path): here a page of the default
	// language at that URL, left out of lists and sitemaps by the cascade
	// (Hugo 0.111 still puts it in its sitemap).
	s["content/not-found.en.md"] = page(fm{{"title", "Page not found"}, {"url", "/404.html"}, {"layout", "root-404"}}, "")
	// vitrine writes a search page per language (its index is vitrine's
	// own work, which Hugo does not do): here a page of each language at
	// that URL, left out of lists like /404.html.
	searchSegment := t5{"recherche", "zoeken", "search", "suche", "buscar"}
	for l, code := range Langs {
		s["content/search."+code+".md"] = page(fm{{"title", "Search"}, {"url", "/" + code + "/" + searchSegment[l] + "/"}}, "")
	}
	for l, code := range Langs {
		s["i18n/"+code+".yaml"] = c.hugoStrings(theme, l)
		v := vars{lang: l, n: c.opts.N}
		s["content/_index."+code+".md"] = page(fm{{"title", siteTitle[l]}, {"description", siteDesc[l]}}, hugoLinks(v.fill(homeText[l])))
		s["content/about."+code+".md"] = page(fm{{"title", aboutTitle[l]}, {"description", aboutDesc[l]}}, hugoLinks(v.fill(aboutText[l])))
		for _, k := range sectionTitles {
			front := fm{{"title", k.title[l]}, {"description", k.intro[l]}}
			if k.kind == "programmes" {
				front = append(front, [2]string{"outputs", "[HTML, JSON]"})
			}
			s["content/"+k.kind+"/_index."+code+".md"] = page(front, "")
		}
		for _, inst := range c.institutions {
			s["content/institutions/"+inst.id+"."+code+".md"] = inst.hugoPage(l)
		}
		for _, n := range c.networks {
			s["content/networks/"+n.id+"."+code+".md"] = c.hugoNetwork(n, l)
		}
		for _, p := range c.programmes {
			s["content/programmes/"+p.id+"."+code+".md"] = c.hugoProgramme(p, l)
		}
	}
	return s
}

var sectionTitles = []struct {
	kind         string
	title, intro t5
}{
	{"programmes", t5{"Formations", "Opleidingen", "Study programmes", "Studiengänge", "Programas"}, t5{"Formations ouvertes aux étudiants internationaux.", "Opleidingen voor internationale studenten.", "Programmes open to international students.", "Studiengänge für internationale Studierende.", "Programas abiertos a estudiantes internacionales."}},
	{"institutions", t5{"Établissements", "Instellingen", "Institutions", "Hochschulen", "Instituciones"}, t5{"Établissements d’enseignement supérieur.", "Instellingen voor hoger onderwijs.", "Higher education institutions.", "Hochschulen und Universitäten.", "Instituciones de enseñanza superior."}},
	{"networks", t5{"Réseaux", "Netwerken", "Networks", "Netzwerke", "Redes"}, t5{"Réseaux universitaires et partenariats.", "Universiteitsnetwerken en partnerschappen.", "University networks and partnerships.", "Hochschulnetzwerke und Partnerschaften.", "Redes universitarias y alianzas."}},
}

var (
	admissionHead = t5{"Admission", "Toelating", "Admission", "Zulassung", "Admisión"}
	careersHead   = t5{"Débouchés", "Loopbaan", "Careers", "Berufsperspektiven", "Salidas profesionales"}
)

// HugoLegacyConfig is the name of the Hugo site's second configuration
// file, for Hugo before HugoLegacyBefore (Debian 12's apt has 0.111.3), to
// be given as `hugo --config hugo-legacy.yaml`; hugo.yaml, which Hugo reads
// by default, has today's keys. Both say the same thing, but no single file
// can say it to both without a warning or an error:
//   - the cascade's target and build options: Hugo 0.111 knows only `_target`
//     and `_build`, and ignores `target` and `build` (so it would render the
//     taxonomy pages); today's Hugo deprecates `_target` (a warning) and
//     `_build` (an error, as every deprecation 15 releases old);
//   - a language's name: `languageName` until 0.158, which replaced it with
//     `label` (and deprecated `languageName`).
//
// The layouts are the same for both: the language switcher reads
// .Language.Label or, before 0.158, .Language.LanguageName, by hugo.Version.
const (
	HugoLegacyConfig = "hugo-legacy.yaml"
	HugoLegacyBefore = "0.158.0"
)

// hugoConfig is the Hugo site's configuration, with the keys of Hugo 0.158
// and later, or, if legacy, with those of earlier versions (see
// HugoLegacyConfig).
func (c *catalogue) hugoConfig(legacy bool) []byte {
	target, build, label := "target", "build", "label"
	var y yamlWriter
	y.line(0, "# A synthetic site written by vitrine-synth (bench/synth) for benchmarks.")
	if legacy {
		target, build, label = "_target", "_build", "languageName"
		y.line(0, "# For Hugo before "+HugoLegacyBefore+" (hugo --config "+HugoLegacyConfig+"): the same")
		y.line(0, "# configuration as hugo.yaml, with the keys these versions know.")
	} else {
		y.line(0, "# For Hugo "+HugoLegacyBefore+" and later; "+HugoLegacyConfig+" says the same to")
		y.line(0, "# earlier versions, which know other names for some keys.")
	}
	y.kv(0, "baseURL", c.opts.BaseURL)
	y.kv(0, "title", siteTitle[en])
	y.line(0, "defaultContentLanguage: en")
	y.line(0, "defaultContentLanguageInSubdir: true")
	y.line(0, "enableRobotsTXT: true")
	y.line(0, "disableKinds: [rss]")
	y.line(0, "# Taxonomies index the programmes of each institution and network;")
	y.line(0, "# their own pages are not rendered (vitrine has none). No section's")
	y.line(0, "# name may begin with a taxonomy's: Hugo 0.167 takes a section whose")
	y.line(0, "# path begins with a taxonomy's name for one of its terms (a taxonomy")
	y.line(0, "# inst made /institutions a term page, listing nothing).")
	y.line(0, "taxonomies: {offered_by: offered_by, part_of: part_of, member: member}")
	y.line(0, "# Rendered never, but listed: Hugo 0.167 leaves terms that are never")
	y.line(0, "# listed out of .Site.Taxonomies.")
	y.line(0, "cascade:")
	for _, kind := range []string{"taxonomy", "term"} {
		y.line(2, fmt.Sprintf("- {%s: {kind: %s}, %s: {render: never}}", target, kind, build))
	}
	y.line(2, fmt.Sprintf("- {%s: {path: /not-found}, %s: {list: never}} # /404.html", target, build))
	y.line(2, fmt.Sprintf("- {%s: {path: /search}, %s: {list: never}} # the search pages", target, build))
	y.line(0, "markup:")
	y.line(2, "goldmark:")
	y.line(4, "renderer: {unsafe: false}")
	y.line(0, "languages:")
	locales := t5{"fr-BE", "nl-BE", "en-GB", "de-BE", "es-ES"}
	names := t5{"Français", "Nederlands", "English", "Deutsch", "Español"}
	for l, code := range Langs {
		y.line(2, code+":")
		y.kv(4, label, names[l])
		y.line(4, fmt.Sprintf("weight: %d", l+1))
		y.kv(4, "title", siteTitle[l])
		y.line(4, "params:")
		y.kv(6, "locale", locales[l])
	}
	return y.bytes()
}

// hugoStrings is vitrine's theme UI strings for language l followed by the
// labels of the vocabularies the layouts use, as "vocab.code" keys.
func (c *catalogue) hugoStrings(theme fs.FS, l int) []byte {
	b, err := fs.ReadFile(theme, "i18n/"+Langs[l]+".yaml")
	if err != nil {
		panic(err)
	}
	var y yamlWriter
	y.b.Write(b)
	y.line(0, "\n# Vocabulary labels, from vitrine's build/lang.")
	codes := map[lang.Vocab]map[string]bool{}
	use := func(v lang.Vocab, code string) {
		if codes[v] == nil {
			codes[v] = map[string]bool{}
		}
		codes[v][code] = true
	}
	for _, v := range []lang.Vocab{lang.Level, lang.Mode, lang.Delivery, lang.Degree, lang.Audience, lang.CEFR, lang.Month, lang.NetworkKind, lang.InstitutionType, lang.Community} {
		for _, code := range lang.Codes(v) {
			use(v, code)
		}
	}
	for _, code := range Langs {
		use(lang.LanguageCode, code)
	}
	for _, s := range subjects {
		use(lang.Field, s.field)
	}
	for _, ct := range cities {
		use(lang.Country, ct.country)
	}
	var vocabs []string
	for v := range codes {
		vocabs = append(vocabs, string(v))
	}
	sort.Strings(vocabs)
	for _, v := range vocabs {
		var keys []string
		for k := range codes[lang.Vocab(v)] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			label, _ := lang.Label(lang.Vocab(v), k, Langs[l])
			y.line(0, quote(v+"."+k)+": "+quote(label))
		}
	}
	return y.bytes()
}

// hugoLinks rewrites vitrine's links to sources (@programmes,
// @institutions/id, about.md) as Hugo relref shortcodes.
func hugoLinks(s string) string {
	return linkRE.ReplaceAllStringFunc(s, func(m string) string {
		target := linkRE.FindStringSubmatch(m)[1]
		switch {
		case strings.HasPrefix(target, "@"):
			target = "/" + target[1:]
		case target == "_index.md":
			target = "/"
		default:
			target = "/" + target
		}
		return `]({{< relref "` + target + `" >}})`
	})
}

var linkRE = regexp.MustCompile(`\]\((@[a-z]+(?:/[a-z0-9-]+)?|[a-z_]+\.md)\)`)

func (inst *institution) hugoPage(l int) []byte {
	var y yamlWriter
	y.line(0, "---")
	y.kv(0, "title", inst.name[l])
	y.kv(0, "description", inst.summary[l])
	y.kv(0, "short", inst.short)
	y.kv(0, "country", inst.country)
	y.kv(0, "city", inst.city[l])
	y.kv(0, "community", inst.community)
	y.kv(0, "institutionType", inst.typ)
	y.kv(0, "website", "https://www."+inst.domain+"/")
	y.kv(0, "international", "https://www."+inst.domain+"/international/")
	y.line(0, "example: true")
	y.line(0, "lastmod: 2026-10-01")
	y.line(0, "---")
	y.line(0, "")
	y.line(0, hugoLinks(inst.description[l]))
	return y.bytes()
}

func (c *catalogue) hugoNetwork(n *network, l int) []byte {
	var y yamlWriter
	y.line(0, "---")
	y.kv(0, "title", n.name[l])
	y.kv(0, "description", n.summary[l])
	y.kv(0, "acronym", n.acronym)
	y.kv(0, "networkKind", n.kind)
	y.list(0, "scope", n.scope)
	var members []string
	for _, m := range n.members {
		members = append(members, c.institutions[m].id)
	}
	y.list(0, "member", members)
	y.line(0, fmt.Sprintf("since: %d", n.since))
	y.kv(0, "website", "https://www."+n.domain+"/")
	y.kv(0, "contact", "international@"+n.domain)
	y.line(0, "example: true")
	y.line(0, "lastmod: 2026-10-01")
	y.line(0, "---")
	y.line(0, "")
	y.line(0, hugoLinks(n.description[l]))
	return y.bytes()
}

func (c *catalogue) hugoProgramme(p *programme, l int) []byte {
	var y yamlWriter
	y.line(0, "---")
	y.kv(0, "title", p.title[l])
	y.kv(0, "description", p.summary[l])
	y.kv(0, "level", p.level)
	if p.ects > 0 {
		y.line(0, fmt.Sprintf("ects: %d", p.ects))
	}
	y.kv(0, "duration", p.duration)
	y.list(0, "languages", p.languages)
	y.list(0, "fields", p.fields)
	y.list(0, "offered_by", c.institutionIDs(p.institutions))
	if len(p.networks) > 0 {
		y.list(0, "part_of", c.networkIDs(p.networks))
	}
	y.kv(0, "degree", p.degree)
	y.line(0, "erasmusMundus: "+strconv.FormatBool(p.erasmusMundus))
	y.kv(0, "mode", p.mode)
	y.kv(0, "delivery", p.delivery)
	y.line(0, "intake: "+intList(p.intake))
	y.line(0, "deadlines:")
	for _, d := range p.deadlines {
		y.line(2, fmt.Sprintf("- {audience: %s, date: %q}", d.audience, d.date))
	}
	if len(p.tuition) > 0 {
		y.line(0, "tuition:")
		for _, f := range p.tuition {
			y.line(2, fmt.Sprintf("- {audience: %s, amount: %d, currency: EUR, per: %s}", f.audience, f.amount, f.per))
		}
	}
	y.line(0, "languageRequirements:")
	for _, code := range p.languages {
		y.line(2, fmt.Sprintf("- {language: %s, cefr: %s}", code, p.cefr[code]))
	}
	y.line(0, "outcomes:")
	for _, o := range p.outcomes {
		y.line(2, "- "+quote(o[l]))
	}
	y.kv(0, "website", p.url)
	y.kv(0, "contact", p.contact)
	y.line(0, "example: true")
	y.kv(0, "lastmod", p.updated)
	y.line(0, "---")
	y.line(0, "")
	y.line(0, hugoLinks(p.description[l]))
	y.line(0, "")
	y.line(0, "## "+admissionHead[l])
	y.line(0, "")
	y.line(0, p.admission[l])
	y.line(0, "")
	y.line(0, "## "+careersHead[l])
	y.line(0, "")
	y.line(0, p.careers[l])
	return y.bytes()
}
