package scaffold

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Languages are the languages vitrine ships UI strings for, in the order a
// blank site lists them when none are chosen.
var Languages = []string{"fr", "nl", "en", "de", "es"}

// blankLang is what site.yaml says of each language.
var blankLang = map[string]struct{ label, locale string }{
	"fr": {"Français", "fr-BE"},
	"nl": {"Nederlands", "nl-BE"},
	"en": {"English", "en-GB"},
	"de": {"Deutsch", "de-BE"},
	"es": {"Español", "es-ES"},
}

// tr is a text in the five languages.
type tr map[string]string

// Blank writes a minimal site in dir, which must not exist or be empty: a
// site.yaml for langs (the first is the default language), a home page and
// one page in each language, and one commented example per catalogue kind.
// The examples are drafts: the site publishes none of them, so there is
// nothing to delete; `vitrine build --drafts` or `vitrine serve --drafts`
// shows them. There are no key figures (data/figures.yaml is optional).
// site.yaml has an accessibility statement dated today, which says that
// the site's content is not yet assessed. langs must be codes of
// Languages; nil means all five.
func Blank(dir string, langs []string, today time.Time) ([]string, error) {
	if len(langs) == 0 {
		langs = Languages
	}
	for i, l := range langs {
		if _, ok := blankLang[l]; !ok {
			return nil, fmt.Errorf("--lang %s: vitrine writes new sites in %s; add other languages to site.yaml afterwards, with UI strings in i18n/", l, strings.Join(Languages, ", "))
		}
		if slices.Contains(langs[:i], l) {
			return nil, fmt.Errorf("--lang: %s is given twice", l)
		}
	}
	if err := emptyDir(dir); err != nil {
		return nil, err
	}
	files := [][2]string{{"site.yaml", blankConfig(langs, today)}} // path, body
	for _, l := range langs {
		files = append(files,
			[2]string{"content/_index." + l + ".md", page(blankHome, l, "")},
			[2]string{"content/about." + l + ".md", page(blankAbout, l, "weight: 10\nmenu: main\n")})
	}
	for _, ex := range blankExamples {
		files = append(files, [2]string{"data/" + ex.kind + "/" + ex.id + ".yaml", ex.write(langs)})
	}
	var written []string
	for _, f := range files {
		if err := writeNew(filepath.Join(dir, filepath.FromSlash(f[0])), []byte(f[1])); err != nil {
			return written, err
		}
		written = append(written, f[0])
	}
	more, err := Editor(dir, langs)
	return append(written, more...), err
}

func blankConfig(langs []string, today time.Time) string {
	var b strings.Builder
	b.WriteString("# The site's settings. Every key is documented in vitrine's README\n# (section \"site.yaml\"); an unknown key is an error.\n")
	b.WriteString("baseURL: https://www.example.org/   # the address the site is published at; CI may override it with --base-url\n")
	textValues(&b, "title", "the site's name, in the header and in every page's title", blankTitle, langs)
	textValues(&b, "description", "the home page's description for search engines", blankDescription, langs)
	b.WriteString("languages:                          # the order of the language switcher\n")
	for _, l := range langs {
		fmt.Fprintf(&b, "  - {code: %s, label: %s, locale: %s}\n", l, blankLang[l].label, blankLang[l].locale)
	}
	fmt.Fprintf(&b, "defaultLanguage: %s                 # the language of x-default and the last fallback\n", langs[0])
	fmt.Fprintf(&b, "fallback: [%s]                      # where a missing text is taken from\n", langs[0])
	b.WriteString("theme: default\n")
	b.WriteString("menu:\n  main:                               # a catalogue shows in the menu once it has a published entry\n")
	b.WriteString("    - {catalog: programmes, weight: 1}\n    - {catalog: institutions, weight: 2}\n    - {catalog: networks, weight: 3}\n    - {catalog: chairs, weight: 4}\n")
	b.WriteString("  footer:\n    - {catalog: alumni, weight: 45}\n")
	blankAccessibility(&b, langs, today)
	b.WriteString("# params:\n#   brand:                            # the default theme's colours\n#     primary: \"#0b4f8a\"\n#     primaryDark: \"#083a66\"\n#     accent: \"#b3541e\"\n#   logo: logo.svg                    # a file under static/\n")
	return b.String()
}

// blankAccessibility writes the accessibility statement of a new site:
// dated today, partially compliant because its content is not assessed
// yet, with the enforcement bodies of Belgium's French and Flemish
// Communities to choose from.
func blankAccessibility(b *strings.Builder, langs []string, today time.Time) {
	b.WriteString("# The accessibility statement (EU Directive 2016/2102; README.md, \"Accessibility\n# statement\"): public-sector bodies must publish one. vitrine writes it as a page\n# in every language, linked from every footer. Assess the site, then update status\n# and limitations and set reviewed: to the date; a build warns a year after it.\n")
	b.WriteString("accessibility:\n")
	b.WriteString("  status: partially-compliant        # fully-compliant | partially-compliant | not-compliant\n")
	b.WriteString("  limitations:                       # what does not comply, and why: one item per content\n")
	for i, l := range langs {
		lead := "      "
		if i == 0 {
			lead = "    - "
		}
		fmt.Fprintf(b, "%s%s: %s\n", lead, l, quote(blankLimitation[l]))
	}
	b.WriteString("  # disproportionateBurden: []        # contents exempted as a disproportionate burden, and why\n")
	b.WriteString("  # outsideScope: []                  # contents the law does not cover (third-party sites, …)\n")
	fmt.Fprintf(b, "  prepared: %s\n", today.Format("2006-01-02"))
	b.WriteString("  # reviewed: YYYY-MM-DD              # the date of the last review (default: prepared)\n")
	b.WriteString("  method: self-assessment            # or third-party, with assessor: the organisation's name\n")
	b.WriteString("  contact:\n    email: accessibility@example.org   # a role address, never a person's; or url: a contact form (https)\n")
	b.WriteString("  enforcement:                       # keep the body your law designates; outside Belgium, name your country's\n")
	b.WriteString("    - {name: Le Médiateur de la Wallonie et de la Fédération Wallonie-Bruxelles, url: \"https://www.le-mediateur.be/\"}   # French Community\n")
	b.WriteString("    - {name: Vlaamse Ombudsdienst, url: \"https://www.vlaamseombudsdienst.be/\"}   # Flemish Community\n")
}

var blankLimitation = tr{
	"fr": "Le contenu de ce site n’a pas encore été évalué au regard de la norme EN 301 549\u00a0: tant qu’il ne l’a pas été, certaines pages, certains documents ou certaines images peuvent ne pas être accessibles.",
	"nl": "De inhoud van deze site is nog niet getoetst aan de norm EN 301 549: tot dat gebeurd is, kunnen sommige pagina’s, documenten of afbeeldingen niet toegankelijk zijn.",
	"en": "The content of this site has not yet been assessed against EN 301 549: until it is, some pages, documents or images may not be accessible.",
	"de": "Die Inhalte dieser Website wurden noch nicht nach der Norm EN 301 549 bewertet: Bis dahin können einzelne Seiten, Dokumente oder Bilder nicht barrierefrei sein.",
	"es": "El contenido de este sitio aún no se ha evaluado conforme a la norma EN 301 549: hasta que se evalúe, algunas páginas, documentos o imágenes pueden no ser accesibles.",
}

// textValues writes a multilingual field with its values in langs; a
// language t lacks (every language, for a nil t) gets "" to fill in.
func textValues(b *strings.Builder, key, comment string, t tr, langs []string) {
	fmt.Fprintf(b, "%s:%s\n", key, commentOf(comment))
	for _, l := range langs {
		fmt.Fprintf(b, "  %s: %s\n", l, quote(t[l]))
	}
}

// quote writes s as a double-quoted YAML string.
func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

var blankTitle = tr{
	"fr": "Relations internationales",
	"nl": "Internationale relaties",
	"en": "International relations",
	"de": "Internationale Beziehungen",
	"es": "Relaciones internacionales",
}

var blankDescription = tr{
	"fr": "Études, recherche et partenariats internationaux\u00a0: ce que notre établissement offre aux étudiants, chercheurs et partenaires du monde entier.",
	"nl": "Internationaal studeren, onderzoeken en samenwerken: wat onze instelling biedt aan studenten, onderzoekers en partners wereldwijd.",
	"en": "International study, research and partnerships: what our institution offers students, researchers and partners from around the world.",
	"de": "Internationales Studium, Forschung und Partnerschaften: was unsere Hochschule Studierenden, Forschenden und Partnern aus aller Welt bietet.",
	"es": "Estudios, investigación y colaboraciones internacionales: lo que nuestra institución ofrece a estudiantes, investigadores y socios de todo el mundo.",
}

// blankPage is a Markdown page in the five languages.
type blankPage struct {
	title, description, body tr
}

func page(p blankPage, l, extra string) string {
	return fmt.Sprintf("---\ntitle: %s\ndescription: %s\n%s---\n\n%s\n", quote(p.title[l]), quote(p.description[l]), extra, p.body[l])
}

var blankHome = blankPage{
	title:       blankTitle,
	description: blankDescription,
	body: tr{
		"fr": "Bienvenue sur le site des relations internationales de notre établissement. Vous souhaitez venir étudier chez nous, y mener des recherches ou construire un partenariat avec nos équipes\u00a0? Vous trouverez ici nos formations ouvertes aux étudiants internationaux, nos établissements partenaires et les réseaux auxquels nous participons.\n\nLa page [notre service](about.md) présente les missions du service des relations internationales et la manière de le joindre.",
		"nl": "Welkom op de website van de internationale relaties van onze instelling. Wilt u bij ons komen studeren of onderzoek doen, of een samenwerking met onze teams opzetten? Hier vindt u onze opleidingen voor internationale studenten, onze partnerinstellingen en de netwerken waaraan wij deelnemen.\n\nDe pagina [onze dienst](about.md) stelt de taken van de dienst internationale relaties voor en vertelt hoe u die bereikt.",
		"en": "Welcome to the international relations site of our institution. Would you like to study or do research with us, or build a partnership with our teams? Here you will find our programmes open to international students, our partner institutions and the networks we belong to.\n\nThe page [our office](about.md) presents what the international relations office does and how to reach it.",
		"de": "Willkommen auf der Website der internationalen Beziehungen unserer Hochschule. Möchten Sie bei uns studieren oder forschen oder eine Partnerschaft mit unseren Teams aufbauen? Hier finden Sie unsere Studiengänge für internationale Studierende, unsere Partnerhochschulen und die Netzwerke, in denen wir mitwirken.\n\nDie Seite [unser Büro](about.md) stellt die Aufgaben des Büros für internationale Beziehungen vor und sagt Ihnen, wie Sie es erreichen.",
		"es": "Le damos la bienvenida al sitio de relaciones internacionales de nuestra institución. ¿Desea estudiar o investigar con nosotros, o establecer una colaboración con nuestros equipos? Aquí encontrará nuestros programas abiertos a estudiantes internacionales, nuestras instituciones socias y las redes de las que formamos parte.\n\nLa página [nuestra oficina](about.md) presenta las funciones de la oficina de relaciones internacionales y cómo contactar con ella.",
	},
}

var blankAbout = blankPage{
	title: tr{
		"fr": "Notre service",
		"nl": "Onze dienst",
		"en": "Our office",
		"de": "Unser Büro",
		"es": "Nuestra oficina",
	},
	description: tr{
		"fr": "Les missions du service des relations internationales\u00a0: mobilité, accords de coopération, accueil des étudiants et des chercheurs venus de l'étranger.",
		"nl": "De taken van de dienst internationale relaties: mobiliteit, samenwerkingsakkoorden en het onthaal van buitenlandse studenten en onderzoekers.",
		"en": "What the international relations office does: mobility, cooperation agreements, and welcoming students and researchers from abroad.",
		"de": "Die Aufgaben des Büros für internationale Beziehungen: Mobilität, Kooperationsabkommen und die Betreuung von Studierenden und Forschenden aus dem Ausland.",
		"es": "Las funciones de la oficina de relaciones internacionales: movilidad, acuerdos de cooperación y acogida de estudiantes e investigadores extranjeros.",
	},
	body: tr{
		"fr": "Le service des relations internationales met en œuvre la politique internationale de l'établissement. Il accompagne les étudiants, les enseignants et les membres du personnel qui partent à l'étranger, et accueille ceux qui nous rejoignent pour un échange, un diplôme ou un séjour de recherche.\n\n## Ce que nous faisons\n\n- nous préparons et suivons les accords de coopération avec nos établissements partenaires\u00a0;\n- nous organisons la mobilité des étudiants et du personnel, notamment dans le cadre d'Erasmus+\u00a0;\n- nous accueillons les délégations étrangères et les chercheurs invités\u00a0;\n- nous représentons l'établissement dans les réseaux universitaires internationaux.",
		"nl": "De dienst internationale relaties voert het internationale beleid van de instelling uit. Hij begeleidt studenten, docenten en personeelsleden die naar het buitenland vertrekken, en verwelkomt wie bij ons komt voor een uitwisseling, een diploma of een onderzoeksverblijf.\n\n## Wat wij doen\n\n- wij bereiden samenwerkingsakkoorden met onze partnerinstellingen voor en volgen ze op;\n- wij organiseren de mobiliteit van studenten en personeel, onder meer binnen Erasmus+;\n- wij ontvangen buitenlandse delegaties en gastonderzoekers;\n- wij vertegenwoordigen de instelling in internationale universitaire netwerken.",
		"en": "The international relations office carries out the institution's international policy. It supports students, teachers and staff who go abroad, and welcomes those who join us for an exchange, a degree or a research stay.\n\n## What we do\n\n- we prepare and follow up cooperation agreements with our partner institutions;\n- we organise the mobility of students and staff, in particular under Erasmus+;\n- we welcome foreign delegations and visiting researchers;\n- we represent the institution in international university networks.",
		"de": "Das Büro für internationale Beziehungen setzt die internationale Strategie der Hochschule um. Es begleitet Studierende, Lehrende und Beschäftigte, die ins Ausland gehen, und empfängt alle, die für einen Austausch, einen Abschluss oder einen Forschungsaufenthalt zu uns kommen.\n\n## Was wir tun\n\n- Wir bereiten Kooperationsabkommen mit unseren Partnerhochschulen vor und begleiten sie.\n- Wir organisieren die Mobilität von Studierenden und Beschäftigten, insbesondere im Rahmen von Erasmus+.\n- Wir empfangen ausländische Delegationen und Gastforschende.\n- Wir vertreten die Hochschule in internationalen Hochschulnetzwerken.",
		"es": "La oficina de relaciones internacionales lleva a cabo la política internacional de la institución. Acompaña a los estudiantes, docentes y miembros del personal que se marchan al extranjero, y acoge a quienes se incorporan para un intercambio, una titulación o una estancia de investigación.\n\n## Qué hacemos\n\n- preparamos los acuerdos de cooperación con nuestras instituciones socias y velamos por su seguimiento;\n- organizamos la movilidad de estudiantes y personal, en particular en el marco de Erasmus+;\n- recibimos a delegaciones extranjeras y a investigadores visitantes;\n- representamos a la institución en las redes universitarias internacionales.",
	},
}

// blankExample is a catalogue entry of a blank site: YAML lines, where a
// line "@key" is a multilingual field written from texts[key].
type blankExample struct {
	kind, id, schema string
	lines            []string
	texts            map[string]tr
}

func (ex blankExample) write(langs []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# yaml-language-server: $schema=../../docs/schemas/%s.json\n", ex.schema)
	b.WriteString("# An example to copy: this entry is a draft, so the site does not publish it\n# (vitrine serve --drafts shows it). Copy this file under a new name (the\n# name is the id and the URL), fill it in, and remove draft: true.\n# Every field: docs/catalogues.md in vitrine's repository.\ndraft: true\nexample: true          # shows an \"example\" badge; remove it for real entries\n")
	for _, line := range ex.lines {
		if key, ok := strings.CutPrefix(line, "@"); ok {
			key, comment, _ := strings.Cut(key, " # ")
			textValues(&b, key, comment, ex.texts[key], langs)
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

var blankExamples = []blankExample{
	{
		kind: "institutions", id: "kuleuven", schema: "institution",
		lines: []string{
			"name: KU Leuven           # a name that is the same in every language is a plain string",
			"short: KU Leuven",
			"country: BE               # ISO 3166-1 alpha-2",
			"@city",
			"community: vl             # fwb | vl | dg | other",
			"type: university          # university | university-college | art-school | research-centre | other",
			"url: https://www.kuleuven.be/",
			"erasmusCode: \"B  LEUVEN01\"",
			"ror: https://ror.org/05f950310   # checked with its checksum",
			"@summary # one or two sentences, shown in lists",
		},
		texts: map[string]tr{
			"city": {"fr": "Louvain", "nl": "Leuven", "en": "Leuven", "de": "Löwen", "es": "Lovaina"},
			"summary": {
				"fr": "Université flamande établie à Louvain, membre du Conseil interuniversitaire flamand.",
				"nl": "Vlaamse universiteit in Leuven, lid van de Vlaamse Interuniversitaire Raad.",
				"en": "A Flemish university in Leuven and a member of the Flemish Interuniversity Council.",
				"de": "Flämische Universität in Löwen und Mitglied des Flämischen Interuniversitären Rates.",
				"es": "Universidad flamenca con sede en Lovaina, miembro del Consejo Interuniversitario Flamenco.",
			},
		},
	},
	{
		kind: "programmes", id: "ba-history", schema: "programme",
		lines: []string{
			"@title",
			"@summary # one or two sentences, shown in lists and in search results",
			"level: bachelor           # bachelor | master | advanced-master | phd | short-cycle | summer-school | certificate",
			"ects: 180                 # credits; must fit the level",
			"duration: P3Y             # ISO 8601: P1Y, P18M, P3W",
			"languages: [nl, en]       # languages of instruction (ISO 639-1)",
			"fields: [\"0222\"]          # ISCED-F 2013 detailed fields, quoted: \"0222\" is history and archaeology",
			"institutions: [kuleuven]  # ids of data/institutions/*.yaml; the first coordinates",
			"degree: single            # single | joint | double | multiple",
			"mode: full-time           # full-time | part-time",
			"delivery: on-site         # on-site | hybrid | online",
			"intake: [9]               # the months the programme starts",
			"deadlines:",
			"  - {audience: non-eea, date: --03-01}   # eea | non-eea | all; --03-01 is 1 March of every year, 2027-03-01 that day only",
			"tuition:",
			"  - {audience: eea, amount: 1084, currency: EUR, per: year}",
			"contact: international@kuleuven.be   # a role address, never a person's",
		},
		texts: map[string]tr{
			"title": {"fr": "Bachelier en histoire", "nl": "Bachelor in de geschiedenis", "en": "Bachelor in History", "de": "Bachelor Geschichte", "es": "Grado en Historia"},
			"summary": {
				"fr": "Trois ans pour étudier le passé, de l'Antiquité au temps présent, avec une place centrale pour la critique des sources.",
				"nl": "Drie jaar om het verleden te bestuderen, van de oudheid tot vandaag, met bronnenkritiek als rode draad.",
				"en": "Three years to study the past, from Antiquity to the present day, with source criticism at the heart of the programme.",
				"de": "Drei Jahre, um die Vergangenheit von der Antike bis zur Gegenwart zu erforschen, mit der Quellenkritik im Mittelpunkt.",
				"es": "Tres años para estudiar el pasado, de la Antigüedad a nuestros días, con la crítica de las fuentes como eje del programa.",
			},
		},
	},
	{
		kind: "networks", id: "vlir", schema: "network",
		lines: []string{
			"acronym: VLIR",
			"@name",
			"kind: university-network  # university-network | cross-border | european-university | thematic | development",
			"scope: [BE]               # the countries it covers",
			"members:                  # ids of data/institutions/*.yaml, or a name and a country",
			"  - kuleuven",
			"  - {name: Ghent University, country: BE}",
			"url: https://www.vlir.be/",
			"@summary # one or two sentences",
		},
		texts: map[string]tr{
			"name": {"fr": "Conseil interuniversitaire flamand", "nl": "Vlaamse Interuniversitaire Raad", "en": "Flemish Interuniversity Council", "de": "Flämischer Interuniversitärer Rat", "es": "Consejo Interuniversitario Flamenco"},
			"summary": {
				"fr": "Organe de concertation des universités flamandes, notamment sur l'internationalisation.",
				"nl": "Overlegorgaan van de Vlaamse universiteiten, onder meer over internationalisering.",
				"en": "The consultative body of the Flemish universities, on internationalisation among other matters.",
				"de": "Beratungsgremium der flämischen Universitäten, unter anderem zur Internationalisierung.",
				"es": "Órgano de concertación de las universidades flamencas, entre otros temas sobre la internacionalización.",
			},
		},
	},
	{
		kind: "chairs", id: "rubens", schema: "chair",
		lines: []string{
			"name: The Peter Paul Rubens Chair",
			"@summary # one or two sentences",
			"host: {name: \"University of California, Berkeley\", city: Berkeley, country: US}   # or an id of data/institutions/",
			"partners: [kuleuven]      # the institutions taking part in the rotation",
			"fields: [\"0222\"]",
			"minStayWeeks: 10",
			"# holders:                # the only place a person may be named (GDPR), with a lawful basis",
			"#   - {period: 2026-2027, name: …, home: kuleuven, basis: public-task, reviewBy: 2027-12-31}",
		},
		texts: map[string]tr{
			"summary": {
				"fr": "Poste de professeur invité en études flamandes à l'Université de Californie à Berkeley, occupé chaque année par un universitaire venu d'une université flamande.",
				"nl": "Gastprofessoraat Flemish Studies aan de University of California, Berkeley, elk jaar bekleed door een academicus van een Vlaamse universiteit.",
				"en": "A visiting professorship of Flemish Studies at the University of California, Berkeley, held each year by an academic from a Flemish university.",
				"de": "Gastprofessur für flämische Studien an der University of California, Berkeley, die jedes Jahr eine Wissenschaftlerin oder ein Wissenschaftler einer flämischen Universität innehat.",
				"es": "Cátedra visitante de estudios flamencos en la Universidad de California en Berkeley, ocupada cada año por un académico de una universidad flamenca.",
			},
		},
	},
	{
		kind: "alumni", id: "kuleuven", schema: "alumni",
		lines: []string{
			"institution: kuleuven     # an id of data/institutions/*.yaml",
			"@office",
			"email: alumni@kuleuven.be # a role address, never a person's",
			"materials:                # roll-up | flyer | brochure | banner | gadget | poster | flag",
			"  - {kind: roll-up, title: Roll-up, languages: [nl, en]}",
			"@howTo # Markdown: how a diplomatic post reaches alumni through the office",
		},
		texts: map[string]tr{
			"office": {"fr": "Service des alumni de la KU Leuven", "nl": "Alumniwerking KU Leuven", "en": "KU Leuven Alumni Office", "de": "Alumni-Büro der KU Leuven", "es": "Oficina de antiguos alumnos de la KU Leuven"},
			"howTo": {
				"fr": "Le service transmet votre message aux anciens concernés\u00a0: il ne communique pas de listes nominatives.",
				"nl": "De dienst bezorgt uw bericht aan de betrokken alumni; namenlijsten geeft hij niet door.",
				"en": "The office forwards your message to the alumni concerned; it does not hand over lists of names.",
				"de": "Das Büro leitet Ihre Nachricht an die betreffenden Alumni weiter; Namenslisten gibt es nicht heraus.",
				"es": "La oficina hace llegar su mensaje a los antiguos alumnos interesados; no facilita listas de nombres.",
			},
		},
	},
	{
		kind: "events", id: "open-day", schema: "event",
		lines: []string{
			"@title",
			"@summary # one or two sentences, for lists and calendars",
			"type: open-day            # fair | open-day | information-session | webinar | lecture",
			"start: 2027-03-06T10:00   # local time in site.yaml's timeZone (or give timeZone: here); a date alone for whole days",
			"end: 2027-03-06T16:00",
			"place: {name: Campus, city: Leuven, country: BE}   # a place, an online link (online: https://…), or both",
			"audience: [students]      # students | researchers | partners | alumni | public",
			"programmes: [ba-history]  # its page lists the event until it is over",
			"institutions: [kuleuven]",
			"# registration: https://…  # https only",
		},
		texts: map[string]tr{
			"title": {"fr": "Journée portes ouvertes", "nl": "Opendeurdag", "en": "Open day", "de": "Tag der offenen Tür", "es": "Jornada de puertas abiertas"},
			"summary": {
				"fr": "Visitez le campus, assistez à un cours et posez vos questions aux étudiants.",
				"nl": "Bezoek de campus, woon een les bij en stel uw vragen aan de studenten.",
				"en": "Visit the campus, sit in on a class and ask students your questions.",
				"de": "Besuchen Sie den Campus, nehmen Sie an einer Lehrveranstaltung teil und stellen Sie den Studierenden Ihre Fragen.",
				"es": "Visite el campus, asista a una clase y haga sus preguntas a los estudiantes.",
			},
		},
	},
}
