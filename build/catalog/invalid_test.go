package catalog_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/privacy"
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
		bug   string // when set, a difference is a known bug: the test is skipped
	}{
		// Missing required fields.
		{
			name:  "programme: missing title and level",
			files: map[string]string{p: programme(map[string]string{"title": "-", "level": "-"}, "")},
			want: []string{
				`data/programmes/x.yaml:2:1: error: "level" is required but missing or empty`,
				`data/programmes/x.yaml:2:1: error: "title" is required but missing or empty`,
			},
		},
		{
			name:  "institution: only a name",
			files: map[string]string{"data/institutions/x.yaml": "name: X\n"},
			want: []string{
				`data/institutions/x.yaml:1:1: error: "city" is required but missing or empty`,
				`data/institutions/x.yaml:1:1: error: "country" is required but missing or empty`,
				`data/institutions/x.yaml:1:1: error: "url" is required but missing or empty`,
			},
		},
		{
			name:  "alumni: null email",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni ULiège\nemail:\n"},
			want: []string{
				`data/alumni/x.yaml:1:1: error: "email" is required but missing or empty`,
			},
		},
		// Unknown keys.
		{
			name:  "programme: misspelt key",
			files: map[string]string{p: programme(nil, "erasmusMundos: true\n")},
			want: []string{
				`data/programmes/x.yaml:9:1: error: unknown key "erasmusMundos": did you mean "erasmusMundus"?`,
			},
		},
		{
			name:  "institution: unknown key",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\nshrot: X\n"},
			want: []string{
				`data/institutions/x.yaml:5:1: error: unknown key "shrot": did you mean "short"?`,
			},
		},
		{
			name:  "programme: unknown key in a deadline",
			files: map[string]string{p: programme(nil, "deadlines:\n  - {audience: eea, date: 2027-01-15, dat: 2027-01-16}\n")},
			want: []string{
				`data/programmes/x.yaml:10:39: error: deadlines[1]: unknown key "dat": did you mean "date"?`,
			},
		},
		// Wrong types.
		{
			name:  "programme: ects as text",
			files: map[string]string{p: programme(map[string]string{"ects": "sixty"}, "")},
			want: []string{
				`data/programmes/x.yaml:4:7: error: ects: "sixty" is not a whole number`,
			},
			bug: `an ects that is not a number also gives "ects: 0 credits do not fit a master": Programme.validate checks the range whenever the key is present, even when decoding failed`,
		},
		{
			name:  "programme: languages as a mapping",
			files: map[string]string{p: programme(map[string]string{"languages": "{fr: yes}"}, "")},
			want: []string{
				`data/programmes/x.yaml:6:12: error: languages: expected a list, found a mapping (key: value)`,
			},
		},
		{
			name:  "programme: erasmusMundus not a boolean",
			files: map[string]string{p: programme(nil, "erasmusMundus: maybe\n")},
			want: []string{
				`data/programmes/x.yaml:9:16: error: erasmusMundus: "maybe" is not true or false`,
			},
		},
		{
			name:  "programme: deadlines not a list",
			files: map[string]string{p: programme(nil, "deadlines: 2027-01-15\n")},
			want: []string{
				`data/programmes/x.yaml:9:12: error: deadlines: expected a list, found "2027-01-15"`,
			},
		},
		{
			name:  "programme: title as a list",
			files: map[string]string{p: programme(map[string]string{"title": "[Law]"}, "")},
			want: []string{
				`data/programmes/x.yaml:1:8: error: title: expected text or {fr: …, en: …}, found a list`,
			},
		},
		{
			name:  "network: members as text",
			files: map[string]string{"data/networks/x.yaml": "name: X\nkind: thematic\nmembers: {uliege: yes}\n"},
			want: []string{
				`data/networks/x.yaml:3:10: error: members: expected a list, found a mapping (key: value)`,
			},
		},
		// Enumerations.
		{
			name:  "programme: level masters",
			files: map[string]string{p: programme(map[string]string{"level": "masters"}, "")},
			want: []string{
				`data/programmes/x.yaml:3:8: error: level: "masters" is not one of bachelor, master, advanced-master, phd, short-cycle, summer-school, certificate (did you mean "master"?)`,
			},
		},
		{
			name:  "programme: level Master",
			files: map[string]string{p: programme(map[string]string{"level": "Master"}, "")},
			want: []string{
				`data/programmes/x.yaml:3:8: error: level: "Master" is not one of bachelor, master, advanced-master, phd, short-cycle, summer-school, certificate (did you mean "master"?)`,
			},
		},
		{
			name:  "programme: mode, delivery and degree",
			files: map[string]string{p: programme(nil, "mode: fulltime\ndelivery: distance\ndegree: dual\n")},
			want: []string{
				`data/programmes/x.yaml:9:7: error: mode: "fulltime" is not one of full-time, part-time (did you mean "full-time"?)`,
				`data/programmes/x.yaml:10:11: error: delivery: "distance" is not one of on-site, hybrid, online`,
				`data/programmes/x.yaml:11:9: error: degree: "dual" is not one of single, joint, double, multiple`,
			},
			bug: `an unknown degree also gives "degree: a dual degree needs at least two institutions": Programme.validate applies the two-institution rule to a value it has just refused`,
		},
		{
			name:  "programme: deadline audience",
			files: map[string]string{p: programme(nil, "deadlines:\n  - {audience: EEA, date: 2027-01-15}\n")},
			want: []string{
				`data/programmes/x.yaml:10:16: error: deadlines[1].audience: "EEA" is not one of eea, non-eea, all (did you mean "eea"?)`,
			},
		},
		{
			name:  "institution: community and type",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\ncommunity: fr\ntype: college\n"},
			want: []string{
				`data/institutions/x.yaml:5:12: error: community: "fr" is not one of fwb, vl, dg, other`,
				`data/institutions/x.yaml:6:7: error: type: "college" is not one of university, university-college, art-school, research-centre, other`,
			},
		},
		{
			name:  "network: kind",
			files: map[string]string{"data/networks/x.yaml": "name: X\nkind: university network\n"},
			want: []string{
				`data/networks/x.yaml:2:7: error: kind: "university network" is not one of university-network, umbrella, cross-border, european-university, thematic, development (did you mean "university-network"?)`,
			},
		},
		{
			name:  "alumni: material kind",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni@uliege.be\nmaterials:\n  - {kind: rollup, title: Roll-up}\n"},
			want: []string{
				`data/alumni/x.yaml:5:12: error: materials[1].kind: "rollup" is not one of roll-up, flyer, brochure, banner, gadget, poster, flag (did you mean "roll-up"?)`,
			},
		},
		// Countries.
		{
			name:  "institution: country be",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: be\ncity: X\nurl: https://x.be/\n"},
			want: []string{
				`data/institutions/x.yaml:2:10: error: country: "be" is not an ISO 3166-1 country code (two upper-case letters, like BE, NL, DE): write it in upper case, "BE"`,
			},
		},
		{
			name:  "institution: country XX",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: XX\ncity: X\nurl: https://x.be/\n"},
			want: []string{
				`data/institutions/x.yaml:2:10: error: country: "XX" is not an ISO 3166-1 country code (two upper-case letters, like BE, NL, DE)`,
			},
		},
		{
			name:  "network: scope UK",
			files: map[string]string{"data/networks/x.yaml": "name: X\nkind: thematic\nscope: [BE, UK]\n"},
			want: []string{
				`data/networks/x.yaml:3:13: error: scope[2]: "UK" is not an ISO 3166-1 country code (two upper-case letters, like BE, NL, DE): the United Kingdom is "GB"`,
			},
		},
		{
			name:  "chair: inline host country",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: {name: Oxford, country: UK}\n"},
			want: []string{
				`data/chairs/x.yaml:2:31: error: host.country: "UK" is not an ISO 3166-1 country code (two upper-case letters, like BE, NL, DE): the United Kingdom is "GB"`,
			},
		},
		{
			name:  "alumni: chapter country",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni@uliege.be\nchapters:\n  - {country: be}\n"},
			want: []string{
				`data/alumni/x.yaml:5:15: error: chapters[1].country: "be" is not an ISO 3166-1 country code (two upper-case letters, like BE, NL, DE): write it in upper case, "BE"`,
			},
		},
		// Languages.
		{
			name:  "programme: languages",
			files: map[string]string{p: programme(map[string]string{"languages": "[fr, vl, EN]"}, "")},
			want: []string{
				`data/programmes/x.yaml:6:17: error: languages[2]: "vl" is not an ISO 639-1 language code (two lower-case letters, like fr, nl, en, de, es)`,
				`data/programmes/x.yaml:6:21: error: languages[3]: "EN" is not an ISO 639-1 language code (two lower-case letters, like fr, nl, en, de, es)`,
			},
		},
		{
			name:  "programme: language requirement",
			files: map[string]string{p: programme(nil, "languageRequirements:\n  - {language: english, cefr: B2}\n")},
			want: []string{
				`data/programmes/x.yaml:10:16: error: languageRequirements[1].language: "english" is not an ISO 639-1 language code (two lower-case letters, like fr, nl, en, de, es)`,
			},
		},
		{
			name:  "programme: text in a language not in the site",
			files: map[string]string{p: programme(map[string]string{"title": "{fr: Droit, it: Diritto}"}, "")},
			want: []string{
				`site.yaml: warning: it is not among the languages of site.yaml (fr, nl, en, de, es), so its text is not published: add {code: it, …} to languages to publish it, or delete the .it.md files and the it: keys of these files: data/programmes/x.yaml`,
			},
		},
		{
			name:  "programme: text in a language that does not exist",
			files: map[string]string{p: programme(map[string]string{"summary": "{en: Law, qq: Loi}"}, "outcomes:\n  - {en: Argue}\n  - {en: Plead, qq: Plaider}\n")},
			want: []string{
				`data/programmes/x.yaml:2:24: error: summary: "qq" is not a language of this site (fr, nl, en, de, es)`,
				`data/programmes/x.yaml:11:21: error: outcomes[2]: "qq" is not a language of this site (fr, nl, en, de, es)`,
			},
		},
		{
			name:  "figures: text in a language that does not exist",
			files: map[string]string{"data/figures.yaml": "figures:\n  - {id: a, label: {en: A, qq: B}, value: 1, unit: count}\n"},
			want: []string{
				`data/figures.yaml:2:32: error: figures[1].label: "qq" is not a language of this site (fr, nl, en, de, es)`,
			},
		},
		// ISCED-F fields.
		{
			name:  "programme: unquoted 0613 is fine",
			files: map[string]string{p: programme(map[string]string{"fields": "[0613]"}, "")},
		},
		{
			name:  "programme: field 613",
			files: map[string]string{p: programme(map[string]string{"fields": "[613]"}, "")},
			want: []string{
				`data/programmes/x.yaml:7:10: error: fields[1]: "613" is not a 4-digit ISCED-F 2013 detailed field, like "0613" (software) or "0421" (law); did you mean "0613"? Quote codes that start with 0`,
			},
		},
		{
			name:  "programme: field 9999",
			files: map[string]string{p: programme(map[string]string{"fields": `["9999"]`}, "")},
			want: []string{
				`data/programmes/x.yaml:7:10: error: fields[1]: "9999" is not a 4-digit ISCED-F 2013 detailed field, like "0613" (software) or "0421" (law)`,
			},
		},
		{
			name:  "programme: broad field 06",
			files: map[string]string{p: programme(map[string]string{"fields": `["06"]`}, "")},
			want: []string{
				`data/programmes/x.yaml:7:10: error: fields[1]: "06" is not a 4-digit ISCED-F 2013 detailed field, like "0613" (software) or "0421" (law)`,
			},
		},
		// Dates.
		{
			name:  "programme: deadline date",
			files: map[string]string{p: programme(nil, "deadlines:\n  - {audience: eea, date: 2027-02-30}\n")},
			want: []string{
				`data/programmes/x.yaml:10:27: error: deadlines[1].date: "2027-02-30" is not a date: write it as YYYY-MM-DD (2027-03-01), or --MM-DD (--03-01) for a deadline that comes back every year`,
			},
		},
		{
			name:  "programme: yearly deadline that is no day",
			files: map[string]string{p: programme(nil, "deadlines:\n  - {audience: eea, date: --02-30}\n  - {audience: all, date: --13-01}\n  - {audience: non-eea, date: --02-29}\n")},
			want: []string{
				`data/programmes/x.yaml:10:27: error: deadlines[1].date: "--02-30" is not a day of the year: write it as --MM-DD, like --03-01 for 1 March`,
				`data/programmes/x.yaml:11:27: error: deadlines[2].date: "--13-01" is not a day of the year: write it as --MM-DD, like --03-01 for 1 March`,
			},
		},
		{
			name:  "programme: every deadline passed",
			files: map[string]string{p: programme(nil, "deadlines:\n  - {audience: non-eea, date: 2026-03-01}\n  - {audience: eea, date: 2026-11-15}\n")},
			opts:  catalog.Options{Today: time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC)},
			want: []string{
				`data/programmes/x.yaml:10:3: warning: deadlines: every application deadline has passed (the last one was 2026-11-15), so the programme shows "applications closed": add the next round's dates, or write a deadline that comes back every year as --MM-DD`,
			},
		},
		{
			name:  "programme: a deadline is open until the end of its day",
			files: map[string]string{p: programme(nil, "deadlines:\n  - {audience: non-eea, date: 2026-03-01}\n  - {audience: eea, date: 2026-11-15}\n")},
			opts:  catalog.Options{Today: time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)},
		},
		{
			name:  "programme: a yearly deadline never closes",
			files: map[string]string{p: programme(nil, "deadlines:\n  - {audience: non-eea, date: 2026-03-01}\n  - {audience: eea, date: --01-15}\n")},
			opts:  catalog.Options{Today: time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC)},
		},
		{
			name:  "programme: tuition year",
			files: map[string]string{p: programme(nil, "tuition:\n  - {audience: eea, amount: 835, currency: EUR, year: 2025-2026}\n  - {audience: non-eea, amount: 4175, currency: EUR, year: 2026-2027}\n  - {audience: all, amount: 10, currency: EUR, year: 2026-2028}\n  - {audience: all, amount: 10, currency: EUR, year: spring}\n  - {audience: all, amount: 10, currency: EUR, year: 2026}\n")},
			opts:  catalog.Options{Today: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)},
			want: []string{
				`data/programmes/x.yaml:10:55: warning: tuition[1].year: the amount is for 2025-2026, a year that ended on 2026-08-31: check the fees and give the amount and year that apply now`,
				`data/programmes/x.yaml:12:54: error: tuition[3].year: "2026-2028": an academic year spans two years that follow each other, like 2026-2027`,
				`data/programmes/x.yaml:13:54: error: tuition[4].year: "spring" is not an academic year: write it like 2026-2027 (or 2027 for a calendar year)`,
			},
		},
		{
			name:  "programme: updated in the future",
			files: map[string]string{p: programme(nil, "updated: 2027-01-01\n")},
			want: []string{
				`data/programmes/x.yaml:9:10: error: updated: 2027-01-01 is in the future`,
			},
		},
		{
			name:  "programme: updated as a timestamp",
			files: map[string]string{p: programme(nil, "updated: 2026-11-01T10:00:00Z\n")},
			want: []string{
				`data/programmes/x.yaml:9:10: error: updated: "2026-11-01T10:00:00Z" is not a date: write it as YYYY-MM-DD, like 2026-11-23`,
			},
		},
		// Durations.
		{
			name:  "programme: duration in words",
			files: map[string]string{p: programme(map[string]string{"duration": "2 years"}, "")},
			want: []string{
				`data/programmes/x.yaml:5:11: error: duration: "2 years" is not a duration: expected P followed by a number of years (Y), months (M), weeks (W) or days (D), like "P2Y", "P18M" or "P1Y6M"`,
			},
		},
		{
			name:  "programme: duration lower case",
			files: map[string]string{p: programme(map[string]string{"duration": "p2y"}, "")},
			want: []string{
				`data/programmes/x.yaml:5:11: error: duration: "p2y" is not a duration: expected capital letters, like "P2Y"`,
			},
		},
		{
			name:  "programme: fractional duration",
			files: map[string]string{p: programme(map[string]string{"duration": "P1.5Y"}, "")},
			want: []string{
				`data/programmes/x.yaml:5:11: error: duration: "P1.5Y" is not a duration: expected whole numbers, like "P1Y6M" rather than "P1.5Y"`,
			},
		},
		// CEFR.
		{
			name:  "programme: cefr lower case and B2+",
			files: map[string]string{p: programme(nil, "languageRequirements:\n  - {language: en, cefr: b2}\n  - {language: fr, cefr: B2+}\n")},
			want: []string{
				`data/programmes/x.yaml:10:26: error: languageRequirements[1].cefr: "b2" is not a CEFR level: expected a capital letter, like "B2"`,
				`data/programmes/x.yaml:11:26: error: languageRequirements[2].cefr: "B2+" is not a CEFR level: expected one of A1, A2, B1, B2, C1 or C2`,
			},
		},
		// Institution codes.
		{
			name:  "institution: ROR checksum wrong",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\nror: https://ror.org/00afp2z81\n"},
			want: []string{
				`data/institutions/x.yaml:5:6: error: ror: "https://ror.org/00afp2z81" is not a ROR id: its last 2 digits do not match the rest, so it probably contains a typing mistake; expected the id exactly as shown on https://ror.org, like "00afp2z80"`,
			},
		},
		{
			name:  "institution: Erasmus code padding",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\nerasmusCode: B LIEGE01\n"},
			want: []string{
				`data/institutions/x.yaml:5:14: error: erasmusCode: "B LIEGE01" is not an Erasmus code: expected the country part padded to 3 characters, then the city code and 2 digits, like "B  LIEGE01"`,
			},
		},
		{
			name:  "institution: PIC",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\npic: 99987530\n"},
			want: []string{
				`data/institutions/x.yaml:5:6: error: pic: "99987530" is not a PIC: expected exactly 9 digits with no spaces, like "999875303"`,
			},
		},
		{
			name:  "institution: SCHAC and logo",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\nschac: https://uliege.be\nlogo: ../../secret.svg\n"},
			want: []string{
				`data/institutions/x.yaml:5:8: error: schac: "https://uliege.be" is not a SCHAC home organisation: expected just the domain name, without https:// or @, like "uliege.be"`,
				`data/institutions/x.yaml:6:7: error: logo: "../../secret.svg": give a path under static/, like /logos/uliege.svg`,
			},
		},
		// Images (issue #15): positioned at the key that is wrong.
		{
			name:  "programme image: no alt",
			files: map[string]string{"data/programmes/x.yaml": programme(nil, "image:\n  src: /images/campus.jpg\n")},
			want: []string{
				`data/programmes/x.yaml:10:3: error: image needs alt: describe what the image shows in each language, {fr: …, nl: …, en: …, de: …, es: …}, or write decorative: true for an image that adds nothing to the page`,
			},
		},
		{
			name:  "programme image: empty alt, bad focus, a URL as src",
			files: map[string]string{"data/programmes/x.yaml": programme(nil, "image:\n  src: https://x.be/a.jpg\n  alt: {en: \"\"}\n  focus: 0.3;0.6\n")},
			want: []string{
				`data/programmes/x.yaml:10:8: error: image.src: "https://x.be/a.jpg": use a path under static/, like /images/campus.jpg, not a URL`,
				`data/programmes/x.yaml:11:8: error: image.alt: no text in any language: describe what the image shows, or write decorative: true for an image that adds nothing to the page`,
				`data/programmes/x.yaml:12:10: error: image.focus "0.3;0.6": write two numbers from 0 to 1, across then down, like 0.3,0.6 (0.5,0.5 is the centre)`,
			},
		},
		{
			name:  "institution image: decorative with alt, no src",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: https://x.be/\nimage:\n  alt: {en: A hall}\n  decorative: true\n"},
			want: []string{
				`data/institutions/x.yaml:6:3: error: image: "src" is required but missing or empty`,
				`data/institutions/x.yaml:7:15: error: image: an image with alt text is not decorative: remove decorative: true, or remove alt`,
			},
		},
		{
			name:  "chair image: path out of static, alt in a language the site lacks",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: uliege\nimage: {src: ../x.png, alt: {pt: Um salão}}\n"},
			want: []string{
				`data/chairs/x.yaml:3:14: error: image.src: "../x.png": the path may not contain .., \, ? or #: write it from static/, like /images/campus.jpg`,
				`data/chairs/x.yaml:3:29: error: image.alt: no text in any language: describe what the image shows, or write decorative: true for an image that adds nothing to the page`,
				`site.yaml: warning: pt is not among the languages of site.yaml (fr, nl, en, de, es), so its text is not published: add {code: pt, …} to languages to publish it, or delete the .pt.md files and the pt: keys of these files: data/chairs/x.yaml`,
			},
		},
		{
			name:  "network image: a string, not a mapping",
			files: map[string]string{"data/networks/x.yaml": "name: X\nkind: thematic\nimage: /images/x.jpg\n"},
			want: []string{
				`data/networks/x.yaml:3:8: error: image: expected a mapping (key: value), found "/images/x.jpg"`,
			},
		},
		// E-mail addresses.
		{
			name:  "alumni: not an e-mail address",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni at uliege.be\n"},
			want: []string{
				`data/alumni/x.yaml:3:8: error: email: "alumni at uliege.be" is not an e-mail address: expected just one address, with no spaces and no name in front, like "name@uliege.be"`,
			},
		},
		{
			name:  "programme: contact with a name",
			files: map[string]string{p: programme(nil, "contact: International Office <international@uliege.be>\n")},
			want: []string{
				`data/programmes/x.yaml:9:10: error: contact: "International Office <international@uliege.be>" is not an e-mail address: expected just one address, with no spaces and no name in front, like "name@uliege.be"`,
			},
		},
		{
			name:  "alumni: chapter e-mail",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni@uliege.be\nchapters:\n  - {country: US, email: newyork@alumni}\n"},
			want: []string{
				`data/alumni/x.yaml:5:26: error: chapters[1].email: "newyork@alumni" is not an e-mail address: the domain after the @ has no dot; expected an address like "name@uliege.be"`,
			},
		},
		// Links.
		{
			name:  "institution: javascript: URL",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: \"javascript:alert(1)\"\n"},
			want: []string{
				`data/institutions/x.yaml:4:6: error: url: "javascript:alert(1)" is not a usable link: javascript: links are not allowed; expected a full web address starting with https://, like "https://www.uliege.be/", or an e-mail link like "mailto:info@uliege.be"`,
			},
		},
		{
			name:  "institution: ftp: URL",
			files: map[string]string{"data/institutions/x.yaml": "name: X\ncountry: BE\ncity: X\nurl: ftp://ftp.x.be/\n"},
			want: []string{
				`data/institutions/x.yaml:4:6: error: url: "ftp://ftp.x.be/" is not a usable link: ftp: links are not allowed; expected a full web address starting with https://, like "https://www.uliege.be/", or an e-mail link like "mailto:info@uliege.be"`,
			},
		},
		{
			name:  "programme: url per language",
			files: map[string]string{p: programme(nil, "url: {fr: \"https://x.be/fr\", en: \"javascript:alert(1)\"}\n")},
			want: []string{
				`data/programmes/x.yaml:9:34: error: url: "javascript:alert(1)" is not a usable link: javascript: links are not allowed; expected a full web address starting with https://, like "https://www.uliege.be/", or an e-mail link like "mailto:info@uliege.be"`,
			},
		},
		{
			name:  "alumni: relative URL",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni@uliege.be\nurl: www.uliege.be/alumni\n"},
			want: []string{
				`data/alumni/x.yaml:4:6: error: url: "www.uliege.be/alumni" is not a usable link: expected a full web address starting with https://, like "https://www.uliege.be/", or an e-mail link like "mailto:info@uliege.be"`,
			},
		},
		// ECTS and degrees.
		{
			name:  "programme: ECTS not fitting a bachelor",
			files: map[string]string{p: programme(map[string]string{"level": "bachelor", "ects": "60"}, "")},
			want: []string{
				`data/programmes/x.yaml:4:7: error: ects: 60 credits do not fit a bachelor: expected 180 to 240`,
			},
		},
		{
			name:  "programme: ECTS missing",
			files: map[string]string{p: programme(map[string]string{"ects": "-"}, "")},
			want: []string{
				`data/programmes/x.yaml:1:1: error: "ects" is required for a master: give the number of credits (60 to 120)`,
			},
		},
		{
			name:  "programme: phd without ECTS is fine",
			files: map[string]string{p: programme(map[string]string{"level": "phd", "ects": "-", "duration": "P4Y"}, "")},
		},
		{
			name:  "programme: joint degree with one institution",
			files: map[string]string{p: programme(nil, "degree: joint\n")},
			want: []string{
				`data/programmes/x.yaml:9:9: error: degree: a joint degree needs at least two institutions`,
			},
		},
		{
			name:  "programme: intake month 13",
			files: map[string]string{p: programme(nil, "intake: [9, 13]\n")},
			want: []string{
				`data/programmes/x.yaml:9:13: error: intake[2]: 13 is not a month: use 1 (January) to 12 (December)`,
			},
		},
		{
			name:  "programme: fees",
			files: map[string]string{p: programme(nil, "tuition:\n  - {audience: eea, amount: -5, currency: BEF, per: month}\n  - {audience: all, amount: 10, currency: eur}\n")},
			want: []string{
				`data/programmes/x.yaml:10:29: error: tuition[1].amount: a fee cannot be negative`,
				`data/programmes/x.yaml:10:43: error: tuition[1].currency: "BEF" is not a currency code: this currency is no longer in use; expected the current code, like "EUR"`,
				`data/programmes/x.yaml:10:53: error: tuition[1].per: "month" is not one of year, programme`,
				`data/programmes/x.yaml:11:43: error: tuition[2].currency: "eur" is not a currency code: expected capital letters, like "EUR"`,
			},
		},
		// Dangling references.
		{
			name:  "programme: institution that does not exist",
			files: map[string]string{p: programme(map[string]string{"institutions": "[uliage, ulb]"}, "")},
			want: []string{
				`data/programmes/x.yaml:8:16: error: institutions[1]: no institution "uliage": expected the id of a file in data/institutions/ (did you mean "uliege"?)`,
				`data/programmes/x.yaml:8:24: error: institutions[2]: no institution "ulb": expected the id of a file in data/institutions/`,
			},
		},
		{
			name:  "programme: network that does not exist",
			files: map[string]string{p: programme(nil, "networks: [unigrr]\n")},
			want: []string{
				`data/programmes/x.yaml:9:12: error: networks[1]: no network "unigrr": expected the id of a file in data/networks/ (did you mean "unigr"?)`,
			},
		},
		{
			name:  "chair: host that does not exist",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: kuleven\npartners: [ugent]\n"},
			want: []string{
				`data/chairs/x.yaml:2:7: error: host: no institution "kuleven": expected the id of a file in data/institutions/ (did you mean "kuleuven"?)`,
				`data/chairs/x.yaml:3:12: error: partners[1]: no institution "ugent": expected the id of a file in data/institutions/`,
			},
		},
		{
			name:  "chair: holder home that does not exist",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: kuleuven\nholders:\n  - {period: 2026, name: Jan Peeters, home: maastrict, basis: consent, reviewBy: 2027-01-01}\n"},
			want: []string{
				`data/chairs/x.yaml:4:45: error: holders[1].home: no institution "maastrict": expected the id of a file in data/institutions/ (did you mean "maastricht"?)`,
			},
		},
		{
			name:  "network: member that does not exist",
			files: map[string]string{"data/networks/x.yaml": "name: X\nkind: thematic\nmembers: [maastricht, uliège]\n"},
			want: []string{
				`data/networks/x.yaml:3:23: error: members[2]: no institution "uliège": expected the id of a file in data/institutions/ (did you mean "uliege"?)`,
			},
		},
		{
			name:  "alumni: institution that does not exist",
			files: map[string]string{"data/alumni/x.yaml": "institution: kuleuvn\noffice: Alumni\nemail: alumni@kuleuven.be\n"},
			want: []string{
				`data/alumni/x.yaml:1:14: error: institution: no institution "kuleuvn": expected the id of a file in data/institutions/ (did you mean "kuleuven"?)`,
			},
		},
		{
			name:  "alumni: second office for one institution",
			files: map[string]string{"data/alumni/kuleuven-2.yaml": "institution: kuleuven\noffice: Alumni bis\nemail: alumni2@kuleuven.be\n"},
			want: []string{
				`data/alumni/kuleuven.yaml:1:14: error: institution: kuleuven already has an alumni office, in data/alumni/kuleuven-2.yaml`,
			},
		},
		{
			name:  "programme: reference that is not an id",
			files: map[string]string{p: programme(nil, "networks: [{id: unigr}]\n")},
			want: []string{
				`data/programmes/x.yaml:9:12: error: networks[1]: expected the id of an entry (its file name without .yaml), found a mapping (key: value)`,
			},
			bug: `a reference that is not an id also gives "networks[1]: no network \"\"": resolve looks up the empty id that Ref.DecodeYAML left after reporting the mistake`,
		},
		// Personal data.
		{
			name:  "alumni: personal e-mail",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: " + personal + "\n"},
			want: []string{
				`data/alumni/x.yaml:3:8: error: email: "jana.voorbeeld@univ.example" looks like a person's e-mail address (GDPR): publish a role address (international@…, alumni@…) instead; if it is one, add it to privacy.allow in site.yaml; to publish it on purpose, record the lawful basis with basis: and reviewBy: in this entry, or under privacy.personal in site.yaml`,
			},
		},
		{
			name:  "programme: personal e-mail in the Markdown description",
			files: map[string]string{p: programme(nil, "description:\n  en: |\n    Questions? Write to [Jana](mailto:"+personal+").\n")},
			want: []string{
				`data/programmes/x.yaml:10:7: error: en: "jana.voorbeeld@univ.example" looks like a person's e-mail address (GDPR): publish a role address (international@…, alumni@…) instead; if it is one, add it to privacy.allow in site.yaml; to publish it on purpose, record the lawful basis with basis: and reviewBy: in this entry, or under privacy.personal in site.yaml`,
			},
		},
		{
			name:  "programme: personal e-mail as contact",
			files: map[string]string{p: programme(nil, "contact: "+personal+"\n")},
			want: []string{
				`data/programmes/x.yaml:9:10: error: contact: "jana.voorbeeld@univ.example" looks like a person's e-mail address (GDPR): publish a role address (international@…, alumni@…) instead; if it is one, add it to privacy.allow in site.yaml; to publish it on purpose, record the lawful basis with basis: and reviewBy: in this entry, or under privacy.personal in site.yaml`,
			},
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
			want: []string{
				`data/alumni/x.yaml:5:11: error: reviewBy: the review date 2026-11-22 has passed: review the personal data, then set a new date or remove it`,
			},
		},
		{
			name:  "alumni: reviewBy today is fine",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: " + personal + "\nbasis: consent\nreviewBy: 2026-11-23\n"},
		},
		{
			name:  "alumni: basis without reviewBy",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: " + personal + "\nbasis: consent\n"},
			want: []string{
				`data/alumni/x.yaml:1:1: error: basis and reviewBy go together: record the lawful basis of the personal data and when to review it`,
				`data/alumni/x.yaml:3:8: error: email: "jana.voorbeeld@univ.example" looks like a person's e-mail address (GDPR): publish a role address (international@…, alumni@…) instead; if it is one, add it to privacy.allow in site.yaml; to publish it on purpose, record the lawful basis with basis: and reviewBy: in this entry, or under privacy.personal in site.yaml`,
			},
		},
		{
			name:  "alumni: basis not a lawful basis",
			files: map[string]string{"data/alumni/x.yaml": "institution: uliege\noffice: Alumni\nemail: alumni@uliege.be\nbasis: legitimate-interest\nreviewBy: 2027-01-01\n"},
			want: []string{
				`data/alumni/x.yaml:4:8: error: basis: "legitimate-interest" is not one of public-task, consent`,
			},
		},
		{
			name:  "chair: holder without basis",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: kuleuven\nholders:\n  - period: 2026\n    name: Jan Peeters\n"},
			want: []string{
				`data/chairs/x.yaml:4:5: error: holders[1]: "basis" is required but missing or empty`,
				`data/chairs/x.yaml:4:5: error: holders[1]: "reviewBy" is required but missing or empty`,
			},
		},
		{
			name:  "chair: holder reviewBy in the past",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: kuleuven\nholders:\n  - {period: 2026, name: Jan Peeters, basis: consent, reviewBy: 2025-12-31}\n"},
			want: []string{
				`data/chairs/x.yaml:4:65: error: holders[1].reviewBy: the review date 2025-12-31 has passed: check with the holder, then set a new date or remove the holder`,
			},
		},
		{
			name:  "chair: year and weeks",
			files: map[string]string{"data/chairs/x.yaml": "name: X\nhost: kuleuven\nestablished: 3003\nminStayWeeks: 200\n"},
			want: []string{
				`data/chairs/x.yaml:3:14: error: established: 3003 is not a plausible year`,
				`data/chairs/x.yaml:4:15: error: minStayWeeks: 200 is not a number of weeks between 0 and 104`,
			},
		},
		// Files and ids.
		{
			name:  "file name that is not an id",
			files: map[string]string{"data/programmes/MA Law.yaml": programme(nil, "")},
			want: []string{
				`data/programmes/MA Law.yaml: error: file name: "MA Law" is not a valid id: use lower-case letters, digits and hyphens only, like "ma-law"`,
			},
		},
		{
			name:  "slug that is not an id",
			files: map[string]string{p: programme(nil, "slug: {fr: Droit Européen}\n")},
			want: []string{
				`data/programmes/x.yaml:9:12: error: slug: "Droit Européen" is not a valid id: use lower-case letters, digits and hyphens only, like "droit-europeen"`,
			},
		},
		{
			name:  "folder that is not a kind",
			files: map[string]string{"data/people/jan.yaml": "name: Jan\n"},
			want: []string{
				`data/people: error: "data/people" is not a catalogue folder: expected one of data/programmes, data/institutions, data/networks, data/chairs, data/alumni, data/events`,
			},
		},
		{
			name:  "entry at the top of data",
			files: map[string]string{"data/x.yaml": "name: X\n"},
			want: []string{
				`data/x.yaml: error: catalogue entries go in a folder per kind, like data/programmes/x.yaml; only figures.yaml sits in data/`,
			},
		},
		{
			name:  "same id twice",
			files: map[string]string{"data/networks/unigr.yml": "name: X\nkind: thematic\n"},
			want: []string{
				`data/networks/unigr.yml: error: id "unigr" is already used by data/networks/unigr.yaml: give each entry its own file name`,
			},
		},
		{
			name:  "empty entry",
			files: map[string]string{p: "\n"},
			want: []string{
				`data/programmes/x.yaml:1:1: error: the entry is empty`,
			},
		},
		{
			name:  "syntax error",
			files: map[string]string{p: programme(nil, "mode: a: b\n")},
			want: []string{
				`data/programmes/x.yaml:9:8: error: invalid YAML: the text of "mode" holds a colon followed by a space, which YAML reads as the start of another key: put the text in double quotes: mode: "a: b"`,
			},
		},
		{
			name:  "YAML alias",
			files: map[string]string{p: programme(map[string]string{"summary": "&s {en: Law}"}, "admission: *s\n")},
			want: []string{
				`data/programmes/x.yaml:9:12: error: YAML aliases (*s) are not supported: write the value out in full`,
			},
		},
		// Figures.
		{
			name:  "figures",
			files: map[string]string{"data/figures.yaml": "figures:\n  - {id: a, label: A, value: 120, unit: percent}\n  - {id: a, label: B, value: 3, unit: people, year: 99}\n  - {id: Bad Id, label: C, value: 1, unit: count}\n"},
			want: []string{
				`data/figures.yaml:2:30: error: figures[1].value: 120 is not a percentage between 0 and 100`,
				`data/figures.yaml:3:10: error: figures[2].id: "a" is used twice`,
				`data/figures.yaml:3:39: error: figures[2].unit: "people" is not one of percent, count, eur`,
				`data/figures.yaml:3:53: error: figures[2].year: 99 is not a year`,
				`data/figures.yaml:4:10: error: figures[3].id: "Bad Id" is not a valid id: use lower-case letters, digits and hyphens only, like "bad-id"`,
			},
		},
		{
			name:  "figures: approximations and ranges",
			files: map[string]string{"data/figures.yaml": "figures:\n  - {id: a, label: A, value: 20, approx: almost, unit: percent}\n  - {id: b, label: B, value: 613, max: 465, unit: eur}\n  - {id: c, label: C, value: 90, max: 120, unit: percent}\n  - {id: d, label: D, value: 2, max: 0, unit: count}\n"},
			want: []string{
				`data/figures.yaml:2:42: error: figures[1].approx: "almost" is not one of about, nearly, over: write approx: nearly for "nearly 20 %"`,
				`data/figures.yaml:3:40: error: figures[2].max: 465 is not above value 613: max is the upper end of the range value–max`,
				`data/figures.yaml:4:39: error: figures[3].max: 120 is not a percentage between 0 and 100`,
				`data/figures.yaml:5:38: error: figures[4].max: 0 is not above value 2: max is the upper end of the range value–max`,
			},
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
			want: []string{
				`data/programmes/x.yaml:3:8: error: level: "masters" is not one of bachelor, master, advanced-master, phd, short-cycle, summer-school, certificate (did you mean "master"?)`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := load(t, site(tt.files), tt.opts)
			if tt.bug != "" && !slices.Equal(diags, tt.want) {
				t.Errorf("%s; got:\n%s", tt.bug, strings.Join(diags, "\n"))
			}
			diff(t, diags, tt.want)
		})
	}
}

// TestRequiredListsNotEmpty: a required list written empty is as missing as
// an absent one: a programme must name its institutions, languages and fields.
func TestRequiredListsNotEmpty(t *testing.T) {
	for _, key := range []string{"institutions", "languages", "fields"} {
		t.Run(key, func(t *testing.T) {
			_, diags := load(t, site(map[string]string{"data/programmes/x.yaml": programme(map[string]string{key: "[]"}, "")}), catalog.Options{})
			if !slices.ContainsFunc(diags, func(d string) bool { return strings.Contains(d, key) }) {
				t.Errorf("%s: [] is accepted for a required list: schema's required check only looks for an absent or null value, so an empty list passes, and a programme can have no institution, language or field; got %q", key, diags)
			}
		})
	}
}

// TestListItemPositions: a bad item of a block list is reported on its own
// line, not on the line of the first item.
func TestListItemPositions(t *testing.T) {
	src := programme(map[string]string{"fields": "-"}, "fields:\n  - \"0421\"\n  - \"9999\"\n")
	_, diags := load(t, site(map[string]string{"data/programmes/x.yaml": src}), catalog.Options{})
	if len(diags) != 1 || !strings.Contains(diags[0], `fields[2]: "9999"`) {
		t.Fatalf("diagnostics = %q", diags)
	}
	if !strings.HasPrefix(diags[0], "data/programmes/x.yaml:11:5:") {
		t.Errorf("%s: the checks of string lists (fields, languages, intake, scope, countries…) report every item at the position of the list, because []string keeps no positions; fields[2] is on line 11", diags[0])
	}
}

// TestPrivacyAccentedAddress: a first.last address with accented letters is
// as personal as one without; privacy.Personal says so, the scan of free
// text must find it.
func TestPrivacyAccentedAddress(t *testing.T) {
	if !privacy.Personal("andré.lefèvre@uliege.be") {
		t.Fatal("Personal(andré.lefèvre@uliege.be) = false")
	}
	src := programme(nil, "description: {en: \"Write to andré.lefèvre@uliege.be.\"}\n")
	_, diags := load(t, site(map[string]string{"data/programmes/x.yaml": src}), catalog.Options{})
	if len(diags) == 0 {
		t.Error(`"andré.lefèvre@uliege.be" in a description passes the privacy check: the address finder only matches ASCII local parts`)
	}
}
