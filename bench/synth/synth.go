// Package synth generates synthetic sites for benchmarks: a vitrine site of
// N study programmes in five languages (fr, nl, en, de, es), with the
// institutions and networks they reference, and the same content as a Hugo
// site, so that both generators can be timed on equal input.
//
// Texts are assembled from a bank of sentence templates in each language
// (words.go) with a seeded random source: the same Options always give
// byte-identical files. Every entry is marked example: true.
//
// In: Options. Out: a Site, a map of file paths to contents, which Write
// puts on disk.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Langs are the site's languages, in switcher order.
var Langs = [5]string{"fr", "nl", "en", "de", "es"}

// DefaultSeed is the seed used when Options.Seed is zero.
const DefaultSeed = 20261123

// Options say what to generate. The zero value, apart from N, is usable.
type Options struct {
	// N is the number of programmes.
	N int
	// Seed fixes the random choices; zero means DefaultSeed.
	Seed uint64
	// BaseURL is the sites' base URL; empty means https://bench.example.org/.
	BaseURL string
}

// Site is a generated site: file contents by slash-separated path.
type Site map[string][]byte

// Paths returns the site's file paths, sorted.
func (s Site) Paths() []string {
	out := make([]string, 0, len(s))
	for p := range s {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Size returns the total size of the files.
func (s Site) Size() int64 {
	var n int64
	for _, b := range s {
		n += int64(len(b))
	}
	return n
}

// Write writes the site's files under dir, creating folders as needed.
// Files already in dir are replaced; other files are left alone.
func (s Site) Write(dir string) error {
	made := map[string]bool{}
	for _, p := range s.Paths() {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if d := filepath.Dir(full); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			made[d] = true
		}
		if err := os.WriteFile(full, s[p], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// The catalogue, in memory, before it is written in either format.

type institution struct {
	id, short, country, community, typ, domain string
	city                                       t5
	name                                       t5
	article                                    t5
	summary, description                       t5
}

type network struct {
	id, acronym, kind, domain string
	name                      t5
	scope                     []string
	members                   []int // indexes into catalogue.institutions
	summary, description      t5
	since                     int
}

type fee struct {
	audience string
	amount   int
	per      string
}

type deadline struct {
	audience string
	date     string
}

type programme struct {
	id, level, duration, degree, mode, delivery string
	ects                                        int
	erasmusMundus                               bool
	title, summary                              t5
	description, admission, careers             t5
	outcomes                                    []t5
	languages, fields                           []string
	institutions, networks                      []int
	intake                                      []int
	deadlines                                   []deadline
	tuition                                     []fee
	cefr                                        map[string]string
	url, contact, updated                       string
}

type catalogue struct {
	opts         Options
	institutions []*institution
	networks     []*network
	programmes   []*programme
}

// generate builds the catalogue for opts, deterministically.
func generate(opts Options) *catalogue {
	if opts.Seed == 0 {
		opts.Seed = DefaultSeed
	}
	if opts.BaseURL == "" {
		opts.BaseURL = "https://bench.example.org/"
	}
	r := rand.New(rand.NewPCG(opts.Seed, uint64(opts.N)))
	c := &catalogue{opts: opts}
	nInst := min(max(opts.N/20, 10), len(cities)*len(institutionKinds))
	nNet := max(opts.N/100, 5)
	order := r.Perm(len(cities))
	for i := range nInst {
		c.institutions = append(c.institutions, newInstitution(r, i, cities[order[i%len(cities)]], institutionKinds[i/len(cities)]))
	}
	for i := range nNet {
		c.networks = append(c.networks, c.newNetwork(r, i))
	}
	for i := range opts.N {
		c.programmes = append(c.programmes, c.newProgramme(r, i))
	}
	return c
}

func newInstitution(r *rand.Rand, i int, ct city, k kindOfInstitution) *institution {
	citySlug := slug(ct.name[en])
	inst := &institution{
		id:        k.token + "-" + citySlug,
		short:     k.short + ct.name[localLang(ct)],
		country:   ct.country,
		community: ct.community,
		typ:       k.typ,
		domain:    k.token + "-" + citySlug + ".example.org",
		city:      ct.name,
	}
	if ct.country != "BE" {
		inst.community = "other"
	}
	s1, s2 := pick(r, subjects), pick(r, subjects)
	for l := range Langs {
		inst.name[l] = fmt.Sprintf(k.name[l], ct.name[l])
		if l == fr && strings.HasSuffix(k.name[l], " de %s") {
			inst.name[l] = strings.TrimSuffix(k.name[l], "de %s") + deFR(fr, ct.name[l])
		}
		inst.article[l] = k.article[l]
		v := vars{lang: l, subject: s1.title, subject2: s2.title, city: ct.name}
		inst.summary[l] = v.fill(institutionSummary[l])
		var b strings.Builder
		v.n = 50 + r.IntN(550)
		b.WriteString(v.fill(institutionSentences[0][l]))
		for _, s := range sample(r, institutionSentences[1:], 3) {
			b.WriteString(" ")
			b.WriteString(v.fill(s[l]))
		}
		v.n = 8 + r.IntN(25)
		b.WriteString(" ")
		b.WriteString(v.fill(institutionShare[l]))
		inst.description[l] = b.String()
	}
	return inst
}

func (c *catalogue) newNetwork(r *rand.Rand, i int) *network {
	name := coined[i%len(coined)]
	if i >= len(coined) {
		name += fmt.Sprintf(" %d", i/len(coined)+1)
	}
	k := networkKinds[i%len(networkKinds)]
	n := &network{
		id:      slug(name),
		acronym: strings.ToUpper(name),
		kind:    k.kind,
		domain:  slug(name) + ".example.org",
		since:   1987 + r.IntN(38),
	}
	count := min(4+r.IntN(9), len(c.institutions))
	n.members = r.Perm(len(c.institutions))[:count]
	sort.Ints(n.members)
	scope := map[string]bool{}
	for _, m := range n.members {
		scope[c.institutions[m].country] = true
	}
	for cc := range scope {
		n.scope = append(n.scope, cc)
	}
	sort.Strings(n.scope)
	topic := pick(r, topics)
	for l := range Langs {
		n.name[l] = fmt.Sprintf(k.name[l], name)
		v := vars{lang: l, topic: topic, n: count, network: n.acronym}
		n.summary[l] = v.fill(networkSummary[l])
		var b strings.Builder
		b.WriteString(v.fill(networkSentences[0][l]))
		for _, s := range sample(r, networkSentences[1:], 3) {
			b.WriteString(" ")
			b.WriteString(v.fill(s[l]))
		}
		n.description[l] = b.String()
	}
	return n
}

func (c *catalogue) newProgramme(r *rand.Rand, i int) *programme {
	lv := pickLevel(r)
	sub := pick(r, subjects)
	topic := pick(r, topics)
	p := &programme{
		id:       fmt.Sprintf("%s-%s-%05d", lv.prefix, slug(sub.title[en]), i+1),
		level:    lv.level,
		degree:   "single",
		mode:     "full-time",
		delivery: "on-site",
		fields:   []string{sub.field},
		cefr:     map[string]string{},
	}
	if other := pick(r, subjects); other.field != sub.field && r.IntN(3) == 0 {
		p.fields = append(p.fields, other.field)
	}
	switch lv.level {
	case "bachelor":
		p.ects, p.duration = 180, "P3Y"
	case "master":
		p.ects, p.duration = 120, "P2Y"
		if r.IntN(3) == 0 {
			p.ects, p.duration = 60, "P1Y"
		}
	case "advanced-master":
		p.ects, p.duration = 60, "P1Y"
	case "phd":
		p.duration = "P4Y"
	case "short-cycle":
		p.ects, p.duration = 120, "P2Y"
	case "summer-school":
		p.ects, p.duration = 3+r.IntN(4), "P3W"
	case "certificate":
		p.ects, p.duration = 10+5*r.IntN(5), "P1Y"
	}
	if r.IntN(5) == 0 {
		p.mode = "part-time"
	}
	if d := r.IntN(10); d == 0 {
		p.delivery = "online"
	} else if d < 3 {
		p.delivery = "hybrid"
	}
	// Institutions: the first coordinates; joint and double degrees have partners.
	p.institutions = []int{r.IntN(len(c.institutions))}
	if r.IntN(10) < 3 {
		partners := 1 + r.IntN(2)
		p.degree = []string{"joint", "double", "multiple"}[partners-1+r.IntN(2)]
		for _, j := range r.Perm(len(c.institutions)) {
			if len(p.institutions) > partners {
				break
			}
			if j != p.institutions[0] {
				p.institutions = append(p.institutions, j)
			}
		}
		p.erasmusMundus = (lv.level == "master" || lv.level == "phd") && r.IntN(4) == 0
	}
	coord := c.institutions[p.institutions[0]]
	if nw := r.IntN(10); nw < 7 {
		for _, j := range r.Perm(len(c.networks))[:1+nw/5] {
			p.networks = append(p.networks, j)
		}
		sort.Ints(p.networks)
	}
	// Languages of instruction: English, the local language, or both.
	local := Langs[localLang(city{country: coord.country, community: coord.community})]
	switch r.IntN(3) {
	case 0:
		p.languages = []string{"en"}
	case 1:
		p.languages = []string{local}
	default:
		p.languages = []string{local, "en"}
	}
	p.languages = dedupe(p.languages)
	for _, l := range p.languages {
		p.cefr[l] = []string{"B2", "C1", "B2"}[r.IntN(3)]
	}
	p.intake = []int{9}
	if r.IntN(4) == 0 {
		p.intake = []int{2, 9}
	}
	p.deadlines = []deadline{
		{"non-eea", fmt.Sprintf("2027-%02d-01", 2+r.IntN(3))},
		{"eea", fmt.Sprintf("2027-%02d-15", 5+r.IntN(3))},
	}
	eea := []int{835, 835, 1100, 2100, 4175}[r.IntN(5)]
	p.tuition = []fee{{"eea", eea, "year"}, {"non-eea", eea + 1000*(1+r.IntN(6)), "year"}}
	if lv.level == "phd" {
		p.tuition = nil
	}
	p.url = "https://www." + coord.domain + "/programmes/" + p.id
	p.contact = "admissions@" + coord.domain
	p.updated = time.Date(2026, time.Month(1+r.IntN(10)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC).Format("2006-01-02")

	// Texts. The same random choices serve every language, so that the five
	// versions say the same thing.
	sectorA, sectorB := pickPair(r, sectors)
	ctyVars := vars{subject: sub.title, topic: topic, city: coord.city, n: 20 + r.IntN(80), url: p.url}
	intro := sample(r, introSentences, 4)
	skills := sample(r, skillItems, 4+r.IntN(2))
	hl, hp, hc, hr := pick(r, headLearn), pick(r, headPartners), pick(r, headCity), pick(r, headResearch)
	other := pick(r, partnerOther)
	netSentence := pick(r, partnerNetwork)
	citySent := sample(r, citySentences, 3)
	research := sample(r, researchSentences, 3)
	summary := pick(r, summarySentences)
	admission := sample(r, admissionSentences, 3)
	careers := sample(r, careerSentences, 2)
	focus := r.IntN(2) == 0
	for _, o := range sample(r, outcomeSentences, 3) {
		var t t5
		for l := range Langs {
			v := ctyVars
			v.lang = l
			t[l] = v.fill(o[l])
		}
		p.outcomes = append(p.outcomes, t)
	}
	for l := range Langs {
		v := ctyVars
		v.lang = l
		v.sectors = sectorA[l] + and[l] + sectorB[l]
		p.title[l] = programmeTitle(l, lv.title[l], sub.title, topic, focus)
		p.summary[l] = v.fill(summary[l])

		var b strings.Builder
		para := func(ts []t5) {
			for i, t := range ts {
				if i > 0 {
					b.WriteString(" ")
				}
				b.WriteString(v.fill(t[l]))
			}
			b.WriteString("\n\n")
		}
		para(intro)
		b.WriteString("### " + v.fill(hl[l]) + "\n\n")
		for _, s := range skills {
			b.WriteString("- " + v.fill(s[l]) + "\n")
		}
		b.WriteString("\n### " + v.fill(hp[l]) + "\n\n")
		v.inst = coord
		b.WriteString(v.fill(partnerCoordinator[l]))
		if len(p.institutions) > 1 {
			v.inst = c.institutions[p.institutions[1]]
			b.WriteString(" " + v.fill(partnerJoint[l]))
		}
		if len(p.networks) > 0 {
			v.network = c.networks[p.networks[0]].acronym
			v.networkID = c.networks[p.networks[0]].id
			b.WriteString(" " + v.fill(netSentence[l]))
		}
		b.WriteString(" " + v.fill(other[l]) + " " + v.fill(partnerWebsite[l]) + "\n\n")
		b.WriteString("### " + v.fill(hc[l]) + "\n\n")
		para(citySent)
		b.WriteString("### " + v.fill(hr[l]) + "\n\n")
		para(research)
		p.description[l] = strings.TrimSpace(b.String())

		b.Reset()
		para(admission)
		p.admission[l] = strings.TrimSpace(b.String())
		b.Reset()
		para(careers)
		p.careers[l] = strings.TrimSpace(b.String())
	}
	return p
}

// programmeTitle composes a title: French and Dutch write the subject in
// lower case, the others as a name; half the programmes name a focus.
func programmeTitle(l int, pattern string, sub, topic t5, focus bool) string {
	s := sub[l]
	if l == fr || l == nl {
		s = sentenceCase(l, s)
	}
	t := fmt.Sprintf(pattern, s)
	if focus {
		f := topic[l]
		switch l {
		case en:
			f = titleCase(f)
		case de, es:
			f = upperFirst(f)
		}
		t += " (" + f + ")"
	}
	return t
}

// vars are the values of the slots of a sentence template.
type vars struct {
	lang              int
	subject, subject2 t5
	topic             t5
	city              t5
	inst              *institution
	network           string // acronym
	networkID         string
	sectors           string
	url               string
	n                 int
}

// fill replaces the slots of s.
func (v vars) fill(s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	l := v.lang
	var pairs []string
	add := func(k, val string) {
		if strings.Contains(s, k) {
			pairs = append(pairs, k, val)
		}
	}
	add("{S2}", sentenceCase(l, v.subject2[l]))
	add("{S}", sentenceCase(l, v.subject[l]))
	add("{deT}", deFR(l, v.topic[l]))
	add("{T}", v.topic[l])
	add("{deC}", deFR(l, v.city[l]))
	add("{C}", v.city[l])
	if v.inst != nil {
		add("{I}", v.inst.article[l]+"["+v.inst.name[l]+"](@institutions/"+v.inst.id+")")
	}
	if v.networkID != "" {
		add("{W}", "["+v.network+"](@networks/"+v.networkID+")")
	} else {
		add("{W}", v.network)
	}
	add("{P}", v.sectors)
	add("{U}", v.url)
	add("{N}", fmt.Sprint(v.n))
	return strings.NewReplacer(pairs...).Replace(s)
}

// deFR returns s after the French preposition "de", elided before a vowel
// or a mute h; other languages get s unchanged.
func deFR(l int, s string) string {
	if l != fr {
		return s
	}
	first, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("aeiouyàâéèêîôûhAEIOUYÉÈÊÎÔÛH", first) {
		return "d’" + s
	}
	return "de " + s
}

// sentenceCase writes a subject as it reads inside a sentence: German keeps
// its capitals, English lowers every word except those naming Europe, the
// others lower the first letter except before "Europ…" in Dutch.
func sentenceCase(l int, s string) string {
	switch l {
	case de:
		return s
	case en:
		words := strings.Fields(s)
		for i, w := range words {
			if !strings.HasPrefix(w, "Europ") {
				words[i] = strings.ToLower(w)
			}
		}
		return strings.Join(words, " ")
	case nl:
		if strings.HasPrefix(s, "Europ") {
			return s
		}
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// titleCase capitalises the words of an English phrase except short ones.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && (w == "and" || w == "of" || w == "in" || w == "the") {
			continue
		}
		words[i] = upperFirst(w)
	}
	return strings.Join(words, " ")
}

// slug turns a name into an id: lower-case ASCII letters, digits, hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case strings.ContainsRune("àáâä", r):
			b.WriteByte('a')
			dash = false
		case strings.ContainsRune("éèêë", r):
			b.WriteByte('e')
			dash = false
		case strings.ContainsRune("íìîï", r):
			b.WriteByte('i')
			dash = false
		case strings.ContainsRune("óòôö", r):
			b.WriteByte('o')
			dash = false
		case strings.ContainsRune("úùûü", r):
			b.WriteByte('u')
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// localLang is the index of the language spoken where a city is.
func localLang(c city) int {
	switch {
	case c.community == "vl" || c.country == "NL":
		return nl
	case c.community == "dg" || c.country == "DE" || c.country == "AT":
		return de
	case c.country == "ES" || c.country == "CO":
		return es
	case c.country == "BE" || c.country == "FR" || c.country == "LU" || c.country == "CA" || c.country == "SN" || c.country == "CD":
		return fr
	}
	return en
}

func pickLevel(r *rand.Rand) struct {
	level  string
	share  int
	prefix string
	title  t5
} {
	n := r.IntN(100)
	for _, lv := range levels {
		if n < lv.share {
			return lv
		}
		n -= lv.share
	}
	return levels[0]
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

func pickPair[T any](r *rand.Rand, list []T) (T, T) {
	p := r.Perm(len(list))
	return list[p[0]], list[p[1]]
}

// sample returns k distinct items of list, in list order.
func sample[T any](r *rand.Rand, list []T, k int) []T {
	idx := r.Perm(len(list))[:min(k, len(list))]
	sort.Ints(idx)
	out := make([]T, len(idx))
	for i, j := range idx {
		out[i] = list[j]
	}
	return out
}

func dedupe(s []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
