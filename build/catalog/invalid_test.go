package catalog_test

import (
	"testing"

	"github.com/vitrine-ssg/vitrine/build/catalog"
)

// programme writes a minimal valid programme with one line changed or
// added. Each key keeps its line, so that positions stay readable:
//
//	1 title  2 summary  3 level  4 ects  5 duration  6 languages
//	7 fields  8 institutions  9… extra
//
// A key set to "-" is left out (its line holds a comment).
func programme(set map[string]string, extra string) string {
	lines := []struct{ key, value string }{
		{"title", "{fr: Droit, en: Law}"},
		{"summary", "{en: Law in Liège}"},
		{"level", "master"},
		{"ects", "120"},
		{"duration", "P2Y"},
		{"languages", "[fr, en]"},
		{"fields", `["0421"]`},
		{"institutions", "[uliege]"},
	}
	var b []byte
	for _, l := range lines {
		v := l.value
		if s, ok := set[l.key]; ok {
			v = s
		}
		if v == "-" {
			b = append(b, "# no "+l.key+"\n"...)
			continue
		}
		b = append(b, l.key+": "+v+"\n"...)
	}
	return string(b) + extra
}

// TestInvalidEntries is the table of invalid catalogue entries: each case
// adds or replaces one file of the valid base catalogue and lists the exact
// diagnostics the whole load must produce.
func TestInvalidEntries(t *testing.T) {
	const p = "data/programmes/x.yaml"
	tests := []struct {
		name  string
		files map[string]string
		opts  catalog.Options
		want  []string
	}{
		// Missing required fields.
		{
			name:  "programme: missing title and level",
			files: map[string]string{p: programme(map[string]string{"title": "-", "level": "-"}, "")},
		},
		{
			name:  "programme: empty institutions",
			files: map[string]string{p: programme(map[string]string{"institutions": "[]"}, "")},
		},
		{
			name:  "institution: only a name",
			files: map[string]string{"data/institutions/x.yaml": "name: X\n"},
		},
		{
			name:  "alumni: null email",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni ULiège\nemail:\n"},
		},
		// Unknown keys.
		{
			name:  "programme: misspelt key",
			files: map[string]string{p: programme(nil, "erasmusMundos: true\n")},
		},
		{
			name:  "institution: unknown key",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\nrector: Jan Peeters\n"},
		},
		{
			name:  "programme: unknown key in a deadline",
			files: map[string]string{p: programme(nil, "deadlines:\n  - {audience: eea, date: 2027-01-15, dat: 2027-01-16}\n")},
		},
		// Wrong types.
		{
			name:  "programme: ects as text",
			files: map[string]string{p: programme(map[string]string{"ects": "sixty"}, "")},
		},
		{
			name:  "programme: languages as a mapping",
			files: map[string]string{p: programme(map[string]string{"languages": "{fr: yes}"}, "")},
		},
		{
			name:  "programme: erasmusMundus not a boolean",
			files: map[string]string{p: programme(nil, "erasmusMundus: maybe\n")},
		},
		{
			name:  "programme: deadlines not a list",
			files: map[string]string{p: programme(nil, "deadlines: 2027-01-15\n")},
		},
		{
			name:  "programme: title as a list",
			files: map[string]string{p: programme(map[string]string{"title": "[Law]"}, "")},
		},
		{
			name:  "network: members as text",
			files: map[string]string{"data/networks/x.yaml": "name: X\nkind: thematic\nmembers: {uliege: yes}\n"},
		},
		// Enumerations.
		{
			name:  "programme: level masters",
			files: map[string]string{p: programme(map[string]string{"level": "masters"}, "")},
		},
		{
			name:  "programme: level Master",
			files: map[string]string{p: programme(map[string]string{"level": "Master"}, "")},
		},
		{
			name:  "programme: mode, delivery and degree",
			files: map[string]string{p: programme(nil, "mode: fulltime\ndelivery: distance\ndegree: dual\n")},
		},
		{
			name:  "programme: deadline audience",
			files: map[string]string{p: programme(nil, "deadlines:\n  - {audience: EEA, date: 2027-01-15}\n")},
		},
		{
			name:  "institution: community and type",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\ncommunity: fr\ntype: college\n"},
		},
		{
			name:  "network: kind",
			files: map[string]string{"data/networks/x.yaml": "name: X\nkind: university network\n"},
		},
		{
			name:  "alumni: material kind",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni@uliege.be\nmaterials:\n  - {kind: rollup, title: Roll-up}\n"},
		},
		// Countries.
		{
			name:  "institution: country be",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: be\ncity: X\nurl: https://x.be/\n"},
		},
		{
			name:  "institution: country XX",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: XX\ncity: X\nurl: https://x.be/\n"},
		},
		{
			name:  "network: scope UK",
			files: map[string]string{"data/networks/x.yaml": "name: X\nkind: thematic\nscope: [BE, UK]\n"},
		},
		{
			name:  "chair: inline host country",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: {name: Oxford, country: UK}\n"},
		},
		{
			name:  "alumni: chapter country",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni@uliege.be\nchapters:\n  - {country: be}\n"},
		},
		// Languages.
		{
			name:  "programme: languages",
			files: map[string]string{p: programme(map[string]string{"languages": "[fr, vl, EN]"}, "")},
		},
		{
			name:  "programme: language requirement",
			files: map[string]string{p: programme(nil, "languageRequirements:\n  - {language: english, cefr: B2}\n")},
		},
		{
			name:  "programme: text in a language not in the site",
			files: map[string]string{p: programme(map[string]string{"title": "{fr: Droit, it: Diritto}"}, "")},
		},
		// ISCED-F fields.
		{
			name:  "programme: unquoted 0613 is fine",
			files: map[string]string{p: programme(map[string]string{"fields": "[0613]"}, "")},
		},
		{
			name:  "programme: field 613",
			files: map[string]string{p: programme(map[string]string{"fields": "[613]"}, "")},
		},
		{
			name:  "programme: field 9999",
			files: map[string]string{p: programme(map[string]string{"fields": `["9999"]`}, "")},
		},
		{
			name:  "programme: broad field 06",
			files: map[string]string{p: programme(map[string]string{"fields": `["06"]`}, "")},
		},
		// Dates.
		{
			name:  "programme: deadline date",
			files: map[string]string{p: programme(nil, "deadlines:\n  - {audience: eea, date: 2027-02-30}\n")},
		},
		{
			name:  "programme: updated in the future",
			files: map[string]string{p: programme(nil, "updated: 2027-01-01\n")},
		},
		{
			name:  "programme: updated as a timestamp",
			files: map[string]string{p: programme(nil, "updated: 2026-11-01T10:00:00Z\n")},
		},
		// Durations.
		{
			name:  "programme: duration in words",
			files: map[string]string{p: programme(map[string]string{"duration": "2 years"}, "")},
		},
		{
			name:  "programme: duration lower case",
			files: map[string]string{p: programme(map[string]string{"duration": "p2y"}, "")},
		},
		{
			name:  "programme: fractional duration",
			files: map[string]string{p: programme(map[string]string{"duration": "P1.5Y"}, "")},
		},
		// CEFR.
		{
			name:  "programme: cefr lower case and B2+",
			files: map[string]string{p: programme(nil, "languageRequirements:\n  - {language: en, cefr: b2}\n  - {language: fr, cefr: B2+}\n")},
		},
		// Institution codes.
		{
			name:  "institution: ROR checksum wrong",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\nror: https://ror.org/00afp2z81\n"},
		},
		{
			name:  "institution: Erasmus code padding",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\nerasmusCode: B LIEGE01\n"},
		},
		{
			name:  "institution: PIC",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\npic: 99987530\n"},
		},
		{
			name:  "institution: SCHAC and logo",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\nschac: https://uliege.be\nlogo: ../../secret.svg\n"},
		},
		// E-mail addresses.
		{
			name:  "alumni: not an e-mail address",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni at uliege.be\n"},
		},
		{
			name:  "programme: contact with a name",
			files: map[string]string{p: programme(nil, "contact: International Office <international@uliege.be>\n")},
		},
		{
			name:  "alumni: chapter e-mail",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni@uliege.be\nchapters:\n  - {country: US, email: newyork@alumni}\n"},
		},
		// Links.
		{
			name:  "institution: javascript: URL",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: \"javascript:alert(1)\"\n"},
		},
		{
			name:  "institution: ftp: URL",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: ftp://ftp.x.be/\n"},
		},
		{
			name:  "programme: url per language",
			files: map[string]string{p: programme(nil, "url: {fr: \"https://x.be/fr\", en: \"javascript:alert(1)\"}\n")},
		},
		{
			name:  "alumni: relative URL",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni@uliege.be\nurl: www.uliege.be/alumni\n"},
		},
		// ECTS and degrees.
		{
			name:  "programme: ECTS not fitting a bachelor",
			files: map[string]string{p: programme(map[string]string{"level": "bachelor", "ects": "60"}, "")},
		},
		{
			name:  "programme: ECTS missing",
			files: map[string]string{p: programme(map[string]string{"ects": "-"}, "")},
		},
		{
			name:  "programme: phd without ECTS is fine",
			files: map[string]string{p: programme(map[string]string{"level": "phd", "ects": "-", "duration": "P4Y"}, "")},
		},
		{
			name:  "programme: joint degree with one institution",
			files: map[string]string{p: programme(nil, "degree: joint\n")},
		},
		{
			name:  "programme: intake month 13",
			files: map[string]string{p: programme(nil, "intake: [9, 13]\n")},
		},
		{
			name:  "programme: fees",
			files: map[string]string{p: programme(nil, "tuition:\n  - {audience: eea, amount: -5, currency: BEF, per: month}\n  - {audience: all, amount: 10, currency: eur}\n")},
		},
		// Dangling references.
		{
			name:  "programme: institution that does not exist",
			files: map[string]string{p: programme(map[string]string{"institutions": "[uliage, ulb]"}, "")},
		},
		{
			name:  "programme: network that does not exist",
			files: map[string]string{p: programme(nil, "networks: [unigrr]\n")},
		},
		{
			name:  "chair: host that does not exist",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: kuleven\npartners: [ugent]\n"},
		},
		{
			name:  "chair: holder home that does not exist",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: kuleuven\nholders:\n  - {period: 2026, name: Jan Peeters, home: maastrict, basis: consent, reviewBy: 2027-01-01}\n"},
		},
		{
			name:  "network: member that does not exist",
			files: map[string]string{"data/networks/x.yaml": "name: X\nkind: thematic\nmembers: [maastricht, uliège]\n"},
		},
		{
			name:  "alumni: institution that does not exist",
			files: map[string]string{"data/alumni/x.yaml": "institution: kuleuvn\noffice: Alumni\nemail: alumni@kuleuven.be\n"},
		},
		{
			name:  "alumni: second office for one institution",
			files: map[string]string{"data/alumni/kuleuven-2.yaml": "institution: kuleuven\noffice: Alumni bis\nemail: alumni2@kuleuven.be\n"},
		},
		{
			name:  "programme: reference that is not an id",
			files: map[string]string{p: programme(nil, "networks: [{id: unigr}]\n")},
		},
		// Personal data.
		{
			name:  "alumni: personal e-mail",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: " + personal + "\n"},
		},
		{
			name:  "programme: personal e-mail in the Markdown description",
			files: map[string]string{p: programme(nil, "description:\n  en: |\n    Questions? Write to [Martine](mailto:"+personal+").\n")},
		},
		{
			name:  "programme: personal e-mail as contact",
			files: map[string]string{p: programme(nil, "contact: "+personal+"\n")},
		},
		{
			name:  "alumni: personal e-mail accepted with basis and reviewBy",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: " + personal + "\nbasis: consent\nreviewBy: 2027-06-30\n"},
		},
		{
			name:  "programme: personal e-mail in the description accepted with basis and reviewBy",
			files: map[string]string{p: programme(nil, "description: {en: \"Write to "+personal+".\"}\nbasis: public-task\nreviewBy: 2027-06-30\n")},
		},
		{
			name:  "alumni: reviewBy in the past",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: " + personal + "\nbasis: consent\nreviewBy: 2026-11-22\n"},
		},
		{
			name:  "alumni: reviewBy today is fine",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: " + personal + "\nbasis: consent\nreviewBy: 2026-11-23\n"},
		},
		{
			name:  "alumni: basis without reviewBy",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: " + personal + "\nbasis: consent\n"},
		},
		{
			name:  "alumni: basis not a lawful basis",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni@uliege.be\nbasis: legitimate-interest\nreviewBy: 2027-01-01\n"},
		},
		{
			name:  "chair: holder without basis",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: kuleuven\nholders:\n  - period: 2026\n    name: Jan Peeters\n"},
		},
		{
			name:  "chair: holder reviewBy in the past",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: kuleuven\nholders:\n  - {period: 2026, name: Jan Peeters, basis: consent, reviewBy: 2025-12-31}\n"},
		},
		{
			name:  "chair: year and weeks",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: kuleuven\nestablished: 3003\nminStayWeeks: 200\n"},
		},
		// Files and ids.
		{
			name:  "file name that is not an id",
			files: map[string]string{"data/programmes/MA Law.yaml": programme(nil, "")},
		},
		{
			name:  "slug that is not an id",
			files: map[string]string{p: programme(nil, "slug: {fr: Droit Européen}\n")},
		},
		{
			name:  "folder that is not a kind",
			files: map[string]string{"data/people/jan.yaml": "name: Jan\n"},
		},
		{
			name:  "entry at the top of data",
			files: map[string]string{"data/x.yaml": "name: X\n"},
		},
		{
			name:  "same id twice",
			files: map[string]string{"data/networks/unigr.yml": "name: X\nkind: thematic\n"},
		},
		{
			name:  "empty entry",
			files: map[string]string{p: "\n"},
		},
		{
			name:  "syntax error",
			files: map[string]string{p: programme(nil, "mode: a: b\n")},
		},
		{
			name:  "YAML alias",
			files: map[string]string{p: programme(map[string]string{"summary": "&s {en: Law}"}, "admission: *s\n")},
		},
		// Figures.
		{
			name:  "figures",
			files: map[string]string{"data/figures.yaml": "figures:\n  - {id: a, label: A, value: 120, unit: percent}\n  - {id: a, label: B, value: 3, unit: people, year: 99}\n  - {id: Bad Id, label: C, value: 1, unit: count}\n"},
		},
		// Drafts.
		{
			name:  "draft entries are not validated",
			files: map[string]string{p: programme(map[string]string{"level": "masters"}, "draft: true\n")},
		},
		{
			name:  "draft entries are validated with drafts",
			files: map[string]string{p: programme(map[string]string{"level": "masters"}, "draft: true\n")},
			opts:  catalog.Options{Drafts: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := load(t, site(tt.files), tt.opts)
			diff(t, diags, tt.want)
		})
	}
}
