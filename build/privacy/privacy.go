// Package privacy finds e-mail addresses in any text that reaches the
// output — Markdown, front matter, catalogue values, UI strings, site.yaml,
// layouts, static HTML and text — and tells an address that names a person
// from one that names an office. It belongs to the load stage: the loaders
// give it their sources, it reports, with file:line:col, the personal
// addresses the site has not recorded with a lawful basis, and returns the
// recorded ones for vitrine check --privacy-report.
//
// The rule (Personal) and the policy of a site (Policy: its own role
// addresses, and the personal addresses it publishes on purpose) are
// documented in docs/privacy.md.
package privacy

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vitrine-ssg/vitrine/build/diag"
)

// Found is an e-mail address met in a source, and where.
type Found struct {
	Addr string
	Pos  diag.Pos
}

// Find returns the e-mail addresses in src, in order, with their position
// (line and column 1-based, the column counted in characters). file names
// src in the positions. It looks around each "@" only, instead of running
// a regular expression over the whole text: long texts have many
// "@programmes"-style links and few addresses.
func Find(file, src string) []Found {
	var out []Found
	line, lineStart, counted := 1, 0, 0 // counted: bytes of src scanned for line breaks
	for i := indexAt(src, 0); i >= 0; i = indexAt(src, i+1) {
		start := i
		for start > 0 && emailByte(src[start-1]) {
			start--
		}
		end := i + 1
		for end < len(src) && emailByte(src[end]) {
			end++
		}
		if start == i || end == i+1 {
			continue
		}
		for _, m := range emailRE.FindAllStringIndex(src[start:end], -1) {
			at := start + m[0]
			for ; counted < at; counted++ {
				if src[counted] == '\n' {
					line, lineStart = line+1, counted+1
				}
			}
			col := utf8.RuneCountInString(src[lineStart:at]) + 1
			out = append(out, Found{Addr: src[at : start+m[1]], Pos: diag.Pos{File: file, Line: line, Col: col}})
		}
		i = end - 1
	}
	return out
}

// indexAt returns the index of the first "@" of src at or after from, or -1.
func indexAt(src string, from int) int {
	if j := strings.IndexByte(src[from:], '@'); j >= 0 {
		return from + j
	}
	return -1
}

// emailByte reports bytes that may be part of an address: its local part,
// "@", or its domain (UTF-8 bytes of accented letters included).
func emailByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '@' || c >= 0x80
}

var emailRE = regexp.MustCompile(`[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`)

// roleWords are words of a local part that name an office, a function or a
// service rather than a person, in the site's five languages and English;
// compared in lower case, without accents, without digits.
var roleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		info infos information informations informatie auskunft informacion contact contacts kontakt contacto
		international internationale internationaal internacional intl io ri iro rel relint relations relaties
		beziehungen relaciones global world wereld welt mundo mundus europe europa
		alumni alumnus alumnae antiguos oudstudenten ehemalige anciens
		erasmus erasmusplus mobility mobilite mobiliteit mobilitaet mobilitat movilidad
		exchange exchanges echange echanges uitwisseling austausch intercambio incoming outgoing
		admission admissions inscription inscriptions inschrijving inschrijvingen zulassung admision admisiones
		apply application applications candidature candidatures aanmelding bewerbung solicitud
		student students studenten etudiant etudiants studierende estudiante estudiantes
		study studies studie studium estudios etudes
		office bureau buero buro oficina secretariat secretariaat sekretariat secretaria
		welcome accueil onthaal willkommen bienvenida
		press presse pers prensa media communication communications communicatie kommunikation comunicacion
		web webmaster postmaster hostmaster abuse noreply donotreply no reply
		support helpdesk help hilfe ayuda aide service services dienst team equipe equipo desk
		research recherche onderzoek forschung investigacion
		doc phd doctorate doctorat doctoraat promotion doctorado graduate
		chair chairs chaire chaires leerstoel leerstoelen lehrstuhl catedra catedras
		network networks reseau reseaux netwerk netzwerk red redes
		partner partners partnership partnerships partenariat partenariats partnerschap cooperation cooperatie kooperation cooperacion
		summer school summerschool
		dean doyen decanaat dekanat decanato rector rectorat rectoraat rektorat rectorado registrar
		scholarship scholarships bourse bourses beurs beurzen stipendium stipendien beca becas
		visa visas housing logement huisvesting wohnen alojamiento
		career careers carriere jobs loopbaan karriere empleo
		library bibliotheque bibliotheek bibliothek biblioteca
		events event evenements agenda news nouvelles nieuws nachrichten noticias
		privacy gdpr rgpd avg dsgvo dpo ethics ethique
		quality qualite kwaliteit qualitaet calidad
		hr rh finance finances admin administration it ict
		hello bonjour hallo hola mail email general central
		faculty faculte faculteit fakultaet facultad department departement departamento institute institut
		staff personnel personeel personal guest guests gast invite visitors
		buddy buddies language languages langues talen sprachen idiomas
		diplomacy diplomatie
		accessibility accessibilite toegankelijkheid barrierefreiheit barrierefrei accesibilidad a11y
	`) {
		m[w] = true
	}
	return m
}()

// Personal reports whether an address looks like a person's, by the
// documented rule (docs/privacy.md):
//
//  1. Only the local part counts (before the last "@"), in lower case,
//     without accents, and without a "+tag" suffix.
//  2. It is split into words at ".", "_" and "-"; digits are ignored.
//  3. If one of the words is a role word (info, contact, international,
//     alumni, erasmus, mobility, admissions, students, office, secretariat,
//     webmaster, noreply… in the five languages; see roleWords), or, for
//     a local part written as one word, if a role word of five letters or
//     more is part of it ("admissionsoffice"), the address is an office's.
//  4. Otherwise it looks personal: first.last@, f.last@, flast@, firstl@,
//     first_last@, firstlast@ and every other shape of a name.
//
// A site adds the role addresses the rule does not know to its allowlist
// (Policy): the rule errs on the side of the person.
func Personal(addr string) bool {
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 {
		return false
	}
	local, _, _ := strings.Cut(fold(addr[:at]), "+")
	words := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	letters := 0
	for i, w := range words {
		w = strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return -1
			}
			return r
		}, w)
		words[i] = w
		letters += len(w)
		if roleWords[w] {
			return false
		}
	}
	if letters == 0 {
		return false // digits only: a number, not a name
	}
	if len(words) == 1 {
		for w := range roleWords {
			if len(w) >= 5 && strings.Contains(words[0], w) {
				return false
			}
		}
	}
	return true
}

// fold lowers s and removes the accents of Latin letters.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if a, ok := unaccent[r]; ok {
			b.WriteString(a)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var unaccent = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'æ': "ae", 'ç': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'œ': "oe",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y", 'ß': "ss",
}

// Record is a personal address a site publishes on purpose: with the lawful
// basis of the publication (GDPR art. 6: public-task or consent) and the
// date by which it must be reviewed.
type Record struct {
	Email    string
	Basis    string
	ReviewBy time.Time
	Pos      diag.Pos // where it is recorded
}

// Use is one place where the site publishes a personal address, with the
// record that allows it.
type Use struct {
	Addr     string
	Pos      diag.Pos
	Basis    string
	ReviewBy string // YYYY-MM-DD
	Record   diag.Pos
}

// Policy is a site's privacy policy: the role addresses the rule does not
// know, and the personal addresses it publishes with a lawful basis. The
// zero value allows no personal address. A Policy is safe for concurrent
// use once made.
type Policy struct {
	allow   map[string]bool   // lower-case addresses, and local parts written "name@"
	records map[string]Record // lower-case address → its record
}

// NewPolicy returns the policy of a site. allow holds addresses
// ("rectorat@uliege.be") or local parts ending in "@" ("rectorat@"), which
// are allowed at any domain.
func NewPolicy(allow []string, records []Record) *Policy {
	p := &Policy{allow: map[string]bool{}, records: map[string]Record{}}
	for _, a := range allow {
		p.allow[strings.ToLower(a)] = true
	}
	for _, r := range records {
		p.records[strings.ToLower(r.Email)] = r
	}
	return p
}

// Allowed reports whether addr is a role address: the rule says so, or the
// site's allowlist names it or its local part.
func (p *Policy) Allowed(addr string) bool {
	if !Personal(addr) {
		return true
	}
	if p == nil {
		return false
	}
	lower := strings.ToLower(addr)
	at := strings.LastIndexByte(lower, '@')
	return p.allow[lower] || p.allow[lower[:at+1]]
}

// Recorded returns the record of a personal address, if the site has one.
func (p *Policy) Recorded(addr string) (Record, bool) {
	if p == nil {
		return Record{}, false
	}
	r, ok := p.records[strings.ToLower(addr)]
	return r, ok
}

// Check reports every personal-looking address in src that the site has
// not recorded as an error at its position, and returns the recorded ones.
func (p *Policy) Check(file string, src []byte, diags *diag.List) []Use {
	var uses []Use
	for _, f := range Find(file, string(src)) {
		if u, ok := p.Judge(f.Addr, f.Pos, diags); ok {
			uses = append(uses, u)
		}
	}
	return uses
}

// Judge checks one address found at pos: nothing to do for a role address;
// a Use for a recorded personal address; an error otherwise.
func (p *Policy) Judge(addr string, pos diag.Pos, diags *diag.List) (Use, bool) {
	if p.Allowed(addr) {
		return Use{}, false
	}
	if r, ok := p.Recorded(addr); ok {
		return Use{Addr: addr, Pos: pos, Basis: r.Basis, ReviewBy: r.ReviewBy.Format("2006-01-02"), Record: r.Pos}, true
	}
	diags.Errorf(pos, "%q looks like a person's e-mail address (GDPR): publish a role address (international@…, alumni@…) instead; if it is one, add it to privacy.allow in site.yaml; to publish it on purpose, record it under privacy.personal in site.yaml with email, basis (public-task or consent) and reviewBy", addr)
	return Use{}, false
}

// SortUses sorts uses by file, line and column.
func SortUses(uses []Use) {
	slices.SortFunc(uses, func(a, b Use) int {
		return cmp.Or(strings.Compare(a.Pos.File, b.Pos.File), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
}
