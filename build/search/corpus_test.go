package search

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
)

// The corpus of TestBuildGolden and BenchmarkBuilderAdd: pages of a
// university's site in several languages, made up from sentences and
// words of each, with the typography of real pages (’ « » € and the
// narrow no-break space), capitals, numbers, long identifiers, single
// letters and the odd word in another script.

var update = flag.Bool("update", false, "rewrite testdata/golden.txt from the current output")

// corpusText holds, by language, sentences that bodies and summaries are
// made of, and words that titles and facts are made of.
var corpusText = map[string]struct{ sentences, words []string }{
	"fr": {
		sentences: []string{
			"L’Université de Liège accueille chaque année plus de 27 000 étudiants venus de 120 pays.",
			"Les bourses d’études sont attribuées sur la base du mérite et des revenus du ménage.",
			"Le programme « Erasmus+ » permet d’effectuer un séjour de trois à douze mois à l’étranger.",
			"Les droits d’inscription s’élèvent à 835 € pour l’année académique 2025-2026.",
			"À l’issue du master, l’étudiant maîtrise les méthodes de recherche en sciences économiques.",
			"Ça commence dès la rentrée : cours, travaux pratiques et stages en entreprise.",
			"Où se loger ? Les résidences universitaires proposent des chambres à partir de 350\u202f€ par mois.",
			"Le jury se réunit en juin ; les résultats sont publiés sur MyULiège.",
			"Une œuvre collective, écrite par des chercheurs de la Faculté de Philosophie et Lettres.",
			"L’été, la bibliothèque reste ouverte du lundi au vendredi, de 9 h à 18 h.",
			"Les candidats non ressortissants de l’UE doivent introduire une demande d’équivalence.",
			"Ce cours, donné en anglais, aborde l’histoire économique de l’Europe au XIXe siècle.",
			"Renseignez-vous auprès du Service des Relations internationales — bureau 1/42, bâtiment B7.",
			"Naïve ou pas, cette idée a reçu le prix de l’innovation pédagogique en 2023.",
			"Les crédits ECTS acquis à l’étranger sont valorisés dans le programme de l’étudiant.",
			"Pour plus d’informations, consultez la page « Inscriptions » ou écrivez-nous.",
		},
		words: []string{"Master", "Bachelier", "Droit", "Économie", "Gestion", "Médecine", "Sciences", "Ingénieur", "civil", "Philosophie", "Lettres", "Liège", "Gembloux", "Arlon", "Bourse", "Mobilité", "Recherche", "Santé", "publique", "Architecture", "Psychologie", "Éducation", "Criminologie", "Géographie", "Biologie", "Chimie", "Physique", "informatique", "spécialisé", "approfondi", "en", "de", "la", "des", "et"},
	},
	"de": {
		sentences: []string{
			"Die Universität bietet über 500 Studiengänge in deutscher und englischer Sprache an.",
			"Studierende aus Nicht-EU-Staaten zahlen eine Studiengebühr von 1.500 € pro Semester.",
			"Das Stipendium „Deutschlandstipendium“ wird einkommensunabhängig vergeben.",
			"Für die Zulassung ist ein Nachweis über Deutschkenntnisse auf Niveau C1 erforderlich.",
			"Die Fakultät für Maschinenbau forscht an der Schnittstelle von Straßenbau und Ökologie.",
			"Im Wintersemester beginnen die Vorlesungen am 14. Oktober; die Einführungswoche davor.",
			"Bewerbungen sind über das Online-Portal bis zum 15. Juli möglich – verspätete Anträge nicht.",
			"Das Studentenwerk vermittelt Zimmer in Wohnheimen ab 290 € monatlich, Nebenkosten inklusive.",
			"Größere Änderungen der Prüfungsordnung werden im Amtsblatt veröffentlicht.",
			"Übungen und Seminare ergänzen die Vorlesungen; die Teilnahme ist verpflichtend.",
			"Der Masterstudiengang „Wirtschaftsinformatik“ dauert vier Semester (120 ECTS).",
			"Weitere Auskünfte erteilt das Akademische Auslandsamt, Raum 2.031, Hauptgebäude.",
			"Außerdem können Studierende ein Auslandssemester an einer der 300 Partnerhochschulen verbringen.",
			"Die Regeln für Prüfungsanmeldungen gelten für alle Fächer gleichermaßen.",
		},
		words: []string{"Master", "Bachelor", "Rechtswissenschaft", "Volkswirtschaftslehre", "Medizin", "Maschinenbau", "Informatik", "Physik", "Chemie", "Biologie", "Geschichte", "Philosophie", "Psychologie", "Stipendien", "Zulassung", "Bewerbung", "Köln", "München", "Düsseldorf", "Wohnheime", "Prüfungen", "Auslandsstudium", "Lehramt", "Grundschule", "für", "und", "der", "die"},
	},
	"en": {
		sentences: []string{
			"The University welcomes more than 27,000 students from 120 countries every year.",
			"Scholarships are awarded on the basis of academic merit and household income.",
			"The “Erasmus+” programme lets you spend three to twelve months abroad.",
			"Tuition fees amount to €835 for the 2025–2026 academic year.",
			"Graduates of the master’s programme master research methods in economics.",
			"It all starts at the beginning of term: lectures, practicals and internships.",
			"Where to live? University residences offer rooms from €350 a month.",
			"The board of examiners meets in June; results are published on MyULiège.",
			"Non-EU applicants must apply for recognition of their qualifications first.",
			"This course, taught in English, covers the economic history of 19th-century Europe.",
			"Contact the International Relations Office — room 1/42, building B7 — for details.",
			"ECTS credits earned abroad are recognised in the student’s programme.",
			"Applications for the winter intake close on 15 July; late applications are not considered.",
			"Students can choose between a research track and a professional track in the second year.",
		},
		words: []string{"Master", "Bachelor", "Law", "Economics", "Management", "Medicine", "Science", "Engineering", "Philosophy", "Letters", "Liège", "Scholarships", "Mobility", "Research", "Public", "Health", "Architecture", "Psychology", "Education", "Criminology", "Geography", "Biology", "Chemistry", "Physics", "Computer", "Food", "Security", "Studies", "in", "of", "and", "the"},
	},
	"nl": {
		sentences: []string{
			"De universiteit verwelkomt elk jaar meer dan 27.000 studenten uit 120 landen.",
			"Beurzen worden toegekend op basis van studieresultaten en het gezinsinkomen.",
			"Het inschrijvingsgeld bedraagt € 835 voor het academiejaar 2025-2026.",
			"Lessen, werkcolleges en stages beginnen in de eerste week van het semester.",
			"Studentenkamers in de residenties kosten vanaf € 350 per maand.",
			"Kinderen van personeelsleden krijgen voorrang bij de kinderopvang op de campus.",
			"De brieven met de examenresultaten worden eind juni verstuurd.",
			"Meer informatie vindt u bij de dienst Internationale Betrekkingen, lokaal 1/42.",
		},
		words: []string{"Master", "Bachelor", "Rechten", "Economie", "Geneeskunde", "Wetenschappen", "Ingenieur", "Beurzen", "Mobiliteit", "Onderzoek", "Scholen", "Graven", "Lessen", "Brieven", "Leuven", "Gent", "in", "de", "en", "van"},
	},
	"es": {
		sentences: []string{
			"La universidad acoge cada año a más de 27.000 estudiantes de 120 países.",
			"Las becas se conceden según el mérito académico y la renta familiar.",
			"La matrícula cuesta 835 € para el curso académico 2025-2026.",
			"¿Dónde vivir? Las residencias ofrecen habitaciones desde 350 € al mes.",
			"El máster, impartido en inglés, dura dos años académicos (120 ECTS).",
			"Más información en la Oficina de Relaciones Internacionales, despacho 1/42.",
			"Los estudiantes pueden realizar prácticas en empresas del año año siguiente.",
		},
		words: []string{"Máster", "Grado", "Derecho", "Economía", "Medicina", "Ciencias", "Ingeniería", "Becas", "Movilidad", "Investigación", "Cañón", "Pingüino", "Señor", "en", "de", "la", "y"},
	},
	// A language without analyzer: no stemming, no stop words.
	"it": {
		sentences: []string{
			"L’università accoglie ogni anno più di 27.000 studenti provenienti da 120 paesi.",
			"Le borse di studio sono assegnate in base al merito e al reddito familiare.",
			"Le tasse d’iscrizione ammontano a 835 € per l’anno accademico 2025-2026.",
			"Perché scegliere Liegi? Città vivace, università internazionale, costo della vita contenuto.",
			"Per ulteriori informazioni, contattate l’Ufficio Relazioni Internazionali.",
		},
		words: []string{"Laurea", "Magistrale", "Giurisprudenza", "Economia", "Medicina", "Scienze", "Ingegneria", "Borse", "Mobilità", "Ricerca", "Città", "in", "di", "e"},
	},
}

// oddWords are mixed into every language's text: other scripts,
// combining marks, letters that fold to two, single letters, digits and
// a run of letters longer than MaxWord.
var oddWords = []string{
	"Αθήνα", "Москва", "東京大学", "İstanbul", "Łódź", "Ørsted", "Æsir", "Straße", "ŒUVRE", "e\u0301te\u0301",
	"ǅemal", "x", "B", "2027", "ULg-42", "ISBN 978-2-87019-300-1", strings.Repeat("abcdefghij", 5),
	"café\u0301", "NAÏVE", "l’ÉTÉ", "Ḗ", "ǰ", "XIXᵉ", "Ä\u00b5\u00aa\u00ba",
}

// codePrefixes start the courses' codes.
var codePrefixes = []string{"ECON", "GEST", "DROI", "MATH", "INFO", "BIOL", "Phys", "chim"}

// rng is a small deterministic generator (xorshift), so that the corpus
// does not depend on math/rand's algorithms.
type rng uint64

func (r *rng) intn(n int) int {
	x := uint64(*r)
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	*r = rng(x)
	return int(x % uint64(n))
}

// corpus returns n pages in language code, the same every time. One in
// 8×odd of its sentences is followed by one of oddWords, whose folding
// takes the general rule.
func corpus(code string, n, odd int) []Doc {
	text := corpusText[code]
	r := rng(0x9e3779b97f4a7c15 ^ uint64(len(code)*7919+int(code[0])))
	pick := func(list []string) string { return list[r.intn(len(list))] }
	kinds := []string{"Programme", "Page", "News", "Section"}
	docs := make([]Doc, n)
	for i := range docs {
		var title []string
		for range 2 + r.intn(6) {
			title = append(title, pick(text.words))
		}
		if r.intn(10*odd) == 0 {
			title = append(title, pick(oddWords))
		}
		var facts []string
		for range r.intn(5) {
			facts = append(facts, pick(text.words))
		}
		var summary, body strings.Builder
		for range 1 + r.intn(2) {
			summary.WriteString(pick(text.sentences))
			summary.WriteByte(' ')
		}
		size := 3000 + r.intn(2000)
		for body.Len() < size {
			body.WriteString(pick(text.sentences))
			switch r.intn(8) {
			case 0:
				if r.intn(odd) == 0 {
					body.WriteString(" " + pick(oddWords) + " ")
				} else {
					body.WriteString(". ")
				}
			case 1:
				body.WriteString("\n\n")
			case 2:
				body.WriteString(" " + strings.ToUpper(pick(text.words)) + " — ")
			case 3:
				// Course codes and numbers: many words of one page only.
				fmt.Fprintf(&body, " (%s%04d, %d) ", pick(codePrefixes), r.intn(5000), r.intn(100000))
			default:
				body.WriteByte(' ')
			}
		}
		d := Doc{
			URL:     fmt.Sprintf("/site/%s/p/%04d/", code, i),
			Kind:    pick(kinds),
			Title:   strings.Join(title, " "),
			Summary: strings.TrimSpace(summary.String()),
			Facts:   strings.Join(facts, " · "),
			Body:    body.String(),
		}
		if r.intn(7) == 0 {
			d.Lang = "en"
		}
		if r.intn(13) == 0 {
			d.URL = "https://elsewhere.example/" + code + "/" // not under the base
		}
		if r.intn(17) == 0 {
			d.Body = "" // a page without text
		}
		docs[i] = d
	}
	return docs
}

// corpusLangs are the languages of the golden index.
var corpusLangs = []string{"fr", "de", "en", "nl", "es", "it"}

// TestBuildGolden builds the indexes of the corpus and compares their
// files with testdata/golden.txt, which holds each file's name, size and
// SHA-256: a change to the index's code must not change its output.
// go test -run BuildGolden -update rewrites it.
func TestBuildGolden(t *testing.T) {
	var got bytes.Buffer
	for _, code := range corpusLangs {
		docs := corpus(code, 300, 1)
		for _, opts := range []Options{{Base: "/site/" + code + "/"}, {ChunkBytes: 4 << 10, PageChunkBytes: 3 << 10, Excerpt: 120, FactsExcerpt: 30}} {
			files := Build(code, docs, opts)
			// Added in another order, from several goroutines: the same.
			b := NewBuilder(code, len(docs), opts)
			var wg sync.WaitGroup
			for g := range 3 {
				wg.Go(func() {
					for i := len(docs) - 1 - g; i >= 0; i -= 3 {
						b.Add(i, docs[i])
					}
				})
			}
			wg.Wait()
			again := b.Files()
			if len(again) != len(files) {
				t.Fatalf("%s: %d files, then %d", code, len(files), len(again))
			}
			for i, f := range files {
				if f.Name != again[i].Name || !bytes.Equal(f.Body, again[i].Body) {
					t.Fatalf("%s: the builds differ at %s", code, f.Name)
				}
				sum := sha256.Sum256(f.Body)
				fmt.Fprintf(&got, "%s %s %d %s\n", code, f.Name, len(f.Body), hex.EncodeToString(sum[:]))
			}
		}
	}
	const golden = "testdata/golden.txt"
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		gl, wl := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("the index differs from %s at line %d:\n got %s\nwant %s", golden, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("the index has %d lines, %s %d", len(gl), golden, len(wl))
	}
}

// BenchmarkBuilderAdd adds 1,000 pages in each of French, German and
// English to new builders: one operation is the 3,000 pages. Words in
// other scripts are rare, as on the sites the index is made for.
func BenchmarkBuilderAdd(b *testing.B) {
	langs := []string{"fr", "de", "en"}
	docs := make([][]Doc, len(langs))
	for i, code := range langs {
		docs[i] = corpus(code, 1000, 50)
	}
	b.ResetTimer()
	for b.Loop() {
		for i, code := range langs {
			bl := NewBuilder(code, len(docs[i]), Options{Base: "/site/" + code + "/"})
			for n, d := range docs[i] {
				bl.Add(n, d)
			}
		}
	}
}
