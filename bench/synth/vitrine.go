package synth

import (
	"fmt"
	"strconv"
	"strings"
)

// Vitrine generates a vitrine site: site.yaml, a home and an about page per
// language, and one catalogue file per programme, institution and network
// (docs/catalogues.md).
func Vitrine(opts Options) Site {
	c := generate(opts)
	s := Site{}
	s["site.yaml"] = c.siteYAML()
	for l, code := range Langs {
		v := vars{lang: l, n: c.opts.N}
		s["content/_index."+code+".md"] = page(fm{{"title", siteTitle[l]}, {"description", siteDesc[l]}}, v.fill(homeText[l]))
		s["content/about."+code+".md"] = page(fm{{"title", aboutTitle[l]}, {"description", aboutDesc[l]}, {"menu", "footer"}, {"weight", "90"}}, v.fill(aboutText[l]))
	}
	for _, inst := range c.institutions {
		s["data/institutions/"+inst.id+".yaml"] = inst.yaml()
	}
	for _, n := range c.networks {
		s["data/networks/"+n.id+".yaml"] = c.networkYAML(n)
	}
	for _, p := range c.programmes {
		s["data/programmes/"+p.id+".yaml"] = c.programmeYAML(p)
	}
	return s
}

func (c *catalogue) siteYAML() []byte {
	var y yamlWriter
	y.line(0, "# A synthetic site written by vitrine-synth (bench/synth) for benchmarks.")
	y.kv(0, "baseURL", c.opts.BaseURL)
	y.text(0, "title", siteTitle)
	y.text(0, "description", siteDesc)
	y.line(0, "languages:")
	for _, l := range []string{
		"{code: fr, label: Français, locale: fr-BE}",
		"{code: nl, label: Nederlands, locale: nl-BE}",
		"{code: en, label: English, locale: en-GB}",
		"{code: de, label: Deutsch, locale: de-BE}",
		"{code: es, label: Español, locale: es-ES}",
	} {
		y.line(2, "- "+l)
	}
	y.line(0, "defaultLanguage: en")
	y.line(0, "fallback: [en, fr]")
	y.line(0, "theme: default")
	y.line(0, "menu:")
	y.line(2, "main:")
	y.line(4, "- {catalog: programmes, weight: 1}")
	y.line(4, "- {catalog: institutions, weight: 2}")
	y.line(4, "- {catalog: networks, weight: 3}")
	// Hugo has no editor: the two generators build the same pages.
	y.line(0, "admin: {enabled: false}")
	return y.bytes()
}

func (inst *institution) yaml() []byte {
	var y yamlWriter
	y.text(0, "name", inst.name)
	y.kv(0, "short", inst.short)
	y.kv(0, "country", inst.country)
	y.text(0, "city", inst.city)
	y.kv(0, "community", inst.community)
	y.kv(0, "type", inst.typ)
	y.kv(0, "url", "https://www."+inst.domain+"/")
	y.kv(0, "international", "https://www."+inst.domain+"/international/")
	y.text(0, "summary", inst.summary)
	y.markdown(0, "description", inst.description)
	y.line(0, "example: true")
	y.line(0, "updated: 2026-10-01")
	return y.bytes()
}

func (c *catalogue) networkYAML(n *network) []byte {
	var y yamlWriter
	y.kv(0, "acronym", n.acronym)
	y.text(0, "name", n.name)
	y.kv(0, "kind", n.kind)
	y.list(0, "scope", n.scope)
	var members []string
	for _, m := range n.members {
		members = append(members, c.institutions[m].id)
	}
	y.list(0, "members", members)
	y.text(0, "summary", n.summary)
	y.markdown(0, "description", n.description)
	y.line(0, fmt.Sprintf("since: %d", n.since))
	y.kv(0, "url", "https://www."+n.domain+"/")
	y.kv(0, "contact", "international@"+n.domain)
	y.line(0, "example: true")
	y.line(0, "updated: 2026-10-01")
	return y.bytes()
}

func (c *catalogue) programmeYAML(p *programme) []byte {
	var y yamlWriter
	y.text(0, "title", p.title)
	y.text(0, "summary", p.summary)
	y.markdown(0, "description", p.description)
	y.kv(0, "level", p.level)
	if p.ects > 0 {
		y.line(0, fmt.Sprintf("ects: %d", p.ects))
	}
	y.kv(0, "duration", p.duration)
	y.list(0, "languages", p.languages)
	y.list(0, "fields", p.fields)
	y.list(0, "institutions", c.institutionIDs(p.institutions))
	y.kv(0, "degree", p.degree)
	if p.erasmusMundus {
		y.line(0, "erasmusMundus: true")
	}
	y.kv(0, "mode", p.mode)
	y.kv(0, "delivery", p.delivery)
	y.line(0, "intake: "+intList(p.intake))
	y.line(0, "deadlines:")
	for _, d := range p.deadlines {
		y.line(2, fmt.Sprintf("- {audience: %s, date: %s}", d.audience, d.date))
	}
	if len(p.tuition) > 0 {
		y.line(0, "tuition:")
		for _, f := range p.tuition {
			y.line(2, fmt.Sprintf("- {audience: %s, amount: %d, currency: EUR, per: %s}", f.audience, f.amount, f.per))
		}
	}
	y.markdown(0, "admission", p.admission)
	y.line(0, "languageRequirements:")
	for _, l := range p.languages {
		y.line(2, fmt.Sprintf("- {language: %s, cefr: %s}", l, p.cefr[l]))
	}
	y.line(0, "outcomes:")
	for _, o := range p.outcomes {
		for l, code := range Langs {
			prefix := "  "
			if l == 0 {
				prefix = "- "
			}
			y.line(2, prefix+code+": "+quote(o[l]))
		}
	}
	y.markdown(0, "careers", p.careers)
	if len(p.networks) > 0 {
		y.list(0, "networks", c.networkIDs(p.networks))
	}
	y.kv(0, "url", p.url)
	y.kv(0, "contact", p.contact)
	y.line(0, "example: true")
	y.kv(0, "updated", p.updated)
	return y.bytes()
}

func (c *catalogue) institutionIDs(idx []int) []string {
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = c.institutions[j].id
	}
	return out
}

func (c *catalogue) networkIDs(idx []int) []string {
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = c.networks[j].id
	}
	return out
}

// fm is front matter: keys and values in order. Values are written as YAML
// strings, except the ones listed in bare.
type fm [][2]string

// page writes a Markdown page with YAML front matter.
func page(front fm, body string) []byte {
	var b strings.Builder
	b.WriteString("---\n")
	for _, kv := range front {
		b.WriteString(kv[0] + ": ")
		if isBare(kv[1]) {
			b.WriteString(kv[1])
		} else {
			b.WriteString(quote(kv[1]))
		}
		b.WriteString("\n")
	}
	b.WriteString("---\n\n")
	b.WriteString(body)
	b.WriteString("\n")
	return []byte(b.String())
}

// isBare reports whether a front matter value is written as it is: numbers,
// booleans, flow lists and maps, and simple words.
func isBare(v string) bool {
	if v == "" {
		return false
	}
	if strings.HasPrefix(v, "[") || strings.HasPrefix(v, "{") {
		return true
	}
	for _, r := range v {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// yamlWriter writes YAML line by line, in the order fields are given.
type yamlWriter struct {
	b strings.Builder
}

func (y *yamlWriter) bytes() []byte { return []byte(y.b.String()) }

func (y *yamlWriter) line(indent int, s string) {
	y.b.WriteString(strings.Repeat(" ", indent))
	y.b.WriteString(s)
	y.b.WriteByte('\n')
}

func (y *yamlWriter) kv(indent int, k, v string) {
	if isBare(v) || strings.HasPrefix(v, "https://") {
		y.line(indent, k+": "+v)
		return
	}
	y.line(indent, k+": "+quote(v))
}

func (y *yamlWriter) list(indent int, k string, items []string) {
	q := make([]string, len(items))
	for i, it := range items {
		q[i] = quote(it)
	}
	y.line(indent, k+": ["+strings.Join(q, ", ")+"]")
}

// text writes a multilingual Text, one language a line.
func (y *yamlWriter) text(indent int, k string, t t5) {
	y.line(indent, k+":")
	for l, code := range Langs {
		y.line(indent+2, code+": "+quote(t[l]))
	}
}

// markdown writes a multilingual Markdown text as literal blocks.
func (y *yamlWriter) markdown(indent int, k string, t t5) {
	y.line(indent, k+":")
	for l, code := range Langs {
		y.line(indent+2, code+": |")
		for _, ln := range strings.Split(t[l], "\n") {
			if ln == "" {
				y.b.WriteByte('\n')
				continue
			}
			y.line(indent+4, ln)
		}
	}
}

// quote writes s as a YAML double-quoted scalar (Go's escapes are a subset
// of YAML's).
func quote(s string) string { return strconv.Quote(s) }

func intList(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return "[" + strings.Join(s, ", ") + "]"
}
