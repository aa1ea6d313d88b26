package synth

// The word banks: names, subjects, topics and sentence templates in the five
// languages, always in the order of Langs (fr, nl, en, de, es).
//
// Sentence templates have slots, filled by fill:
//
//	{S} {S2} a subject, in running text ("sciences politiques")
//	{T}      a topic, in running text ("gouvernance européenne")
//	{deT}    French: the topic after "de", elided when needed ("d’intelligence artificielle")
//	{C}      a city ("Gand"); {deC} the same after "de" in French ("d’Anvers")
//	{I}      an institution with its article, as a catalogue link
//	{W}      a network's acronym, as a catalogue link
//	{P}      two employment sectors joined by "and"
//	{U}      the programme's website
//	{N}      a number
//
// Templates are written so that every slot reads correctly in every
// language: French topics follow "de", German institutions are feminine
// nouns after a dative or genitive article, and so on.

// t5 is a text in the five languages, in the order of Langs.
type t5 [5]string

// Language indexes into t5.
const (
	fr = iota
	nl
	en
	de
	es
)

// subject is a discipline: its ISCED-F field and its name as written in
// programme titles.
type subject struct {
	field string
	title t5
}

var subjects = []subject{
	{"0312", t5{"Sciences politiques", "Politieke wetenschappen", "Political Science", "Politikwissenschaft", "Ciencias políticas"}},
	{"0312", t5{"Relations internationales", "Internationale betrekkingen", "International Relations", "Internationale Beziehungen", "Relaciones internacionales"}},
	{"0312", t5{"Études européennes", "Europese studies", "European Studies", "Europastudien", "Estudios europeos"}},
	{"0311", t5{"Économie", "Economie", "Economics", "Volkswirtschaftslehre", "Economía"}},
	{"0313", t5{"Psychologie", "Psychologie", "Psychology", "Psychologie", "Psicología"}},
	{"0314", t5{"Sociologie", "Sociologie", "Sociology", "Soziologie", "Sociología"}},
	{"0314", t5{"Anthropologie", "Antropologie", "Anthropology", "Anthropologie", "Antropología"}},
	{"0421", t5{"Droit", "Rechten", "Law", "Rechtswissenschaft", "Derecho"}},
	{"0421", t5{"Droit européen", "Europees recht", "European Law", "Europarecht", "Derecho europeo"}},
	{"0413", t5{"Gestion", "Bedrijfskunde", "Management", "Betriebswirtschaftslehre", "Administración de empresas"}},
	{"0412", t5{"Finance", "Financiën", "Finance", "Finanzwissenschaft", "Finanzas"}},
	{"0414", t5{"Marketing", "Marketing", "Marketing", "Marketing", "Marketing"}},
	{"0222", t5{"Histoire", "Geschiedenis", "History", "Geschichte", "Historia"}},
	{"0222", t5{"Archéologie", "Archeologie", "Archaeology", "Archäologie", "Arqueología"}},
	{"0223", t5{"Philosophie", "Wijsbegeerte", "Philosophy", "Philosophie", "Filosofía"}},
	{"0232", t5{"Linguistique", "Taalkunde", "Linguistics", "Linguistik", "Lingüística"}},
	{"0231", t5{"Traduction et interprétation", "Vertalen en tolken", "Translation and Interpreting", "Übersetzen und Dolmetschen", "Traducción e interpretación"}},
	{"0232", t5{"Littératures comparées", "Vergelijkende literatuurwetenschap", "Comparative Literature", "Vergleichende Literaturwissenschaft", "Literatura comparada"}},
	{"0213", t5{"Arts plastiques", "Beeldende kunsten", "Fine Arts", "Bildende Kunst", "Bellas artes"}},
	{"0215", t5{"Musique", "Muziek", "Music", "Musik", "Música"}},
	{"0211", t5{"Cinéma et médias", "Film en media", "Film and Media", "Film und Medien", "Cine y medios audiovisuales"}},
	{"0321", t5{"Journalisme", "Journalistiek", "Journalism", "Journalismus", "Periodismo"}},
	{"0322", t5{"Sciences de l’information", "Informatiewetenschap", "Information Science", "Informationswissenschaft", "Ciencias de la información"}},
	{"0511", t5{"Biologie", "Biologie", "Biology", "Biologie", "Biología"}},
	{"0512", t5{"Biochimie", "Biochemie", "Biochemistry", "Biochemie", "Bioquímica"}},
	{"0521", t5{"Sciences de l’environnement", "Milieuwetenschappen", "Environmental Science", "Umweltwissenschaften", "Ciencias ambientales"}},
	{"0531", t5{"Chimie", "Chemie", "Chemistry", "Chemie", "Química"}},
	{"0532", t5{"Géologie", "Geologie", "Geology", "Geologie", "Geología"}},
	{"0533", t5{"Physique", "Fysica", "Physics", "Physik", "Física"}},
	{"0541", t5{"Mathématiques", "Wiskunde", "Mathematics", "Mathematik", "Matemáticas"}},
	{"0542", t5{"Statistique", "Statistiek", "Statistics", "Statistik", "Estadística"}},
	{"0613", t5{"Informatique", "Informatica", "Computer Science", "Informatik", "Informática"}},
	{"0612", t5{"Science des données", "Datawetenschap", "Data Science", "Data Science", "Ciencia de datos"}},
	{"0711", t5{"Génie chimique", "Chemische technologie", "Chemical Engineering", "Chemieingenieurwesen", "Ingeniería química"}},
	{"0713", t5{"Génie électrique", "Elektrotechniek", "Electrical Engineering", "Elektrotechnik", "Ingeniería eléctrica"}},
	{"0715", t5{"Génie mécanique", "Werktuigkunde", "Mechanical Engineering", "Maschinenbau", "Ingeniería mecánica"}},
	{"0731", t5{"Architecture", "Architectuur", "Architecture", "Architektur", "Arquitectura"}},
	{"0731", t5{"Urbanisme", "Stedenbouw", "Urban Planning", "Stadtplanung", "Urbanismo"}},
	{"0732", t5{"Génie civil", "Bouwkunde", "Civil Engineering", "Bauingenieurwesen", "Ingeniería civil"}},
	{"0811", t5{"Bioingénierie", "Bio-ingenieurswetenschappen", "Bioengineering", "Bioingenieurwesen", "Bioingeniería"}},
	{"0821", t5{"Sciences forestières", "Bosbouw", "Forestry", "Forstwissenschaft", "Ingeniería forestal"}},
	{"0841", t5{"Médecine vétérinaire", "Diergeneeskunde", "Veterinary Medicine", "Tiermedizin", "Veterinaria"}},
	{"0912", t5{"Médecine", "Geneeskunde", "Medicine", "Medizin", "Medicina"}},
	{"0913", t5{"Soins infirmiers", "Verpleegkunde", "Nursing", "Pflegewissenschaft", "Enfermería"}},
	{"0916", t5{"Pharmacie", "Farmacie", "Pharmacy", "Pharmazie", "Farmacia"}},
	{"0915", t5{"Kinésithérapie", "Kinesitherapie", "Physiotherapy", "Physiotherapie", "Fisioterapia"}},
	{"0919", t5{"Santé publique", "Volksgezondheid", "Public Health", "Public Health", "Salud pública"}},
	{"0923", t5{"Travail social", "Sociaal werk", "Social Work", "Soziale Arbeit", "Trabajo social"}},
	{"1014", t5{"Sciences du sport", "Sportwetenschappen", "Sport Science", "Sportwissenschaft", "Ciencias del deporte"}},
	{"1015", t5{"Tourisme", "Toerisme", "Tourism", "Tourismus", "Turismo"}},
	{"0111", t5{"Sciences de l’éducation", "Onderwijskunde", "Education Science", "Erziehungswissenschaft", "Ciencias de la educación"}},
}

// topics are the focus of a programme or a network, in running text.
var topics = []t5{
	{"gouvernance européenne", "Europees bestuur", "European governance", "europäische Governance", "gobernanza europea"},
	{"développement durable", "duurzame ontwikkeling", "sustainable development", "nachhaltige Entwicklung", "desarrollo sostenible"},
	{"transformation numérique", "digitale transformatie", "digital transformation", "digitale Transformation", "transformación digital"},
	{"santé publique", "volksgezondheid", "public health", "öffentliche Gesundheit", "salud pública"},
	{"diplomatie", "diplomatie", "diplomacy", "Diplomatie", "diplomacia"},
	{"transition énergétique", "energietransitie", "energy transition", "Energiewende", "transición energética"},
	{"droits humains", "mensenrechten", "human rights", "Menschenrechte", "derechos humanos"},
	{"analyse de données", "data-analyse", "data analysis", "Datenanalyse", "análisis de datos"},
	{"études urbaines", "stedelijke studies", "urban studies", "Stadtforschung", "estudios urbanos"},
	{"migrations et mobilité", "migratie en mobiliteit", "migration and mobility", "Migration und Mobilität", "migración y movilidad"},
	{"économie circulaire", "circulaire economie", "circular economy", "Kreislaufwirtschaft", "economía circular"},
	{"intelligence artificielle", "artificiële intelligentie", "artificial intelligence", "künstliche Intelligenz", "inteligencia artificial"},
	{"adaptation au climat", "klimaatadaptatie", "climate adaptation", "Klimaanpassung", "adaptación al clima"},
	{"patrimoine culturel", "cultureel erfgoed", "cultural heritage", "kulturelles Erbe", "patrimonio cultural"},
	{"santé mondiale", "mondiale gezondheid", "global health", "globale Gesundheit", "salud global"},
	{"gestion de l’innovation", "innovatiemanagement", "innovation management", "Innovationsmanagement", "gestión de la innovación"},
	{"résolution des conflits", "conflictoplossing", "conflict resolution", "Konfliktlösung", "resolución de conflictos"},
	{"sécurité alimentaire", "voedselzekerheid", "food security", "Ernährungssicherheit", "seguridad alimentaria"},
	{"gestion de l’eau", "waterbeheer", "water management", "Wassermanagement", "gestión del agua"},
	{"villes intelligentes", "slimme steden", "smart cities", "intelligente Städte", "ciudades inteligentes"},
	{"recherche biomédicale", "biomedisch onderzoek", "biomedical research", "biomedizinische Forschung", "investigación biomédica"},
	{"communication interculturelle", "interculturele communicatie", "intercultural communication", "interkulturelle Kommunikation", "comunicación intercultural"},
	{"coopération au développement", "ontwikkelingssamenwerking", "development cooperation", "Entwicklungszusammenarbeit", "cooperación al desarrollo"},
	{"cybersécurité", "cyberveiligheid", "cybersecurity", "Cybersicherheit", "ciberseguridad"},
}

// city is a city with its country and Belgian community ("" abroad).
type city struct {
	country   string
	community string // fwb, vl, dg or other
	name      t5
}

var cities = []city{
	{"BE", "fwb", t5{"Bruxelles", "Brussel", "Brussels", "Brüssel", "Bruselas"}},
	{"BE", "fwb", t5{"Liège", "Luik", "Liège", "Lüttich", "Lieja"}},
	{"BE", "vl", t5{"Gand", "Gent", "Ghent", "Gent", "Gante"}},
	{"BE", "vl", t5{"Anvers", "Antwerpen", "Antwerp", "Antwerpen", "Amberes"}},
	{"BE", "vl", t5{"Louvain", "Leuven", "Leuven", "Löwen", "Lovaina"}},
	{"BE", "fwb", t5{"Louvain-la-Neuve", "Louvain-la-Neuve", "Louvain-la-Neuve", "Louvain-la-Neuve", "Louvain-la-Neuve"}},
	{"BE", "fwb", t5{"Namur", "Namen", "Namur", "Namur", "Namur"}},
	{"BE", "fwb", t5{"Mons", "Bergen", "Mons", "Mons", "Mons"}},
	{"BE", "vl", t5{"Hasselt", "Hasselt", "Hasselt", "Hasselt", "Hasselt"}},
	{"BE", "vl", t5{"Courtrai", "Kortrijk", "Kortrijk", "Kortrijk", "Cortrique"}},
	{"BE", "vl", t5{"Bruges", "Brugge", "Bruges", "Brügge", "Brujas"}},
	{"BE", "dg", t5{"Eupen", "Eupen", "Eupen", "Eupen", "Eupen"}},
	{"BE", "fwb", t5{"Gembloux", "Gembloers", "Gembloux", "Gembloux", "Gembloux"}},
	{"BE", "fwb", t5{"Arlon", "Aarlen", "Arlon", "Arel", "Arlon"}},
	{"BE", "fwb", t5{"Charleroi", "Charleroi", "Charleroi", "Charleroi", "Charleroi"}},
	{"BE", "vl", t5{"Malines", "Mechelen", "Mechelen", "Mecheln", "Malinas"}},
	{"NL", "other", t5{"Maastricht", "Maastricht", "Maastricht", "Maastricht", "Maastricht"}},
	{"NL", "other", t5{"Amsterdam", "Amsterdam", "Amsterdam", "Amsterdam", "Ámsterdam"}},
	{"NL", "other", t5{"Utrecht", "Utrecht", "Utrecht", "Utrecht", "Utrecht"}},
	{"NL", "other", t5{"Leyde", "Leiden", "Leiden", "Leiden", "Leiden"}},
	{"NL", "other", t5{"Groningue", "Groningen", "Groningen", "Groningen", "Groninga"}},
	{"DE", "other", t5{"Aix-la-Chapelle", "Aken", "Aachen", "Aachen", "Aquisgrán"}},
	{"DE", "other", t5{"Cologne", "Keulen", "Cologne", "Köln", "Colonia"}},
	{"DE", "other", t5{"Trèves", "Trier", "Trier", "Trier", "Tréveris"}},
	{"DE", "other", t5{"Sarrebruck", "Saarbrücken", "Saarbrücken", "Saarbrücken", "Saarbrücken"}},
	{"DE", "other", t5{"Berlin", "Berlijn", "Berlin", "Berlin", "Berlín"}},
	{"DE", "other", t5{"Munich", "München", "Munich", "München", "Múnich"}},
	{"FR", "other", t5{"Lille", "Rijsel", "Lille", "Lille", "Lille"}},
	{"FR", "other", t5{"Paris", "Parijs", "Paris", "Paris", "París"}},
	{"FR", "other", t5{"Strasbourg", "Straatsburg", "Strasbourg", "Straßburg", "Estrasburgo"}},
	{"FR", "other", t5{"Lyon", "Lyon", "Lyon", "Lyon", "Lyon"}},
	{"FR", "other", t5{"Metz", "Metz", "Metz", "Metz", "Metz"}},
	{"LU", "other", t5{"Luxembourg", "Luxemburg", "Luxembourg", "Luxemburg", "Luxemburgo"}},
	{"ES", "other", t5{"Barcelone", "Barcelona", "Barcelona", "Barcelona", "Barcelona"}},
	{"ES", "other", t5{"Madrid", "Madrid", "Madrid", "Madrid", "Madrid"}},
	{"ES", "other", t5{"Salamanque", "Salamanca", "Salamanca", "Salamanca", "Salamanca"}},
	{"ES", "other", t5{"Grenade", "Granada", "Granada", "Granada", "Granada"}},
	{"ES", "other", t5{"Séville", "Sevilla", "Seville", "Sevilla", "Sevilla"}},
	{"IT", "other", t5{"Bologne", "Bologna", "Bologna", "Bologna", "Bolonia"}},
	{"IT", "other", t5{"Florence", "Florence", "Florence", "Florenz", "Florencia"}},
	{"PT", "other", t5{"Lisbonne", "Lissabon", "Lisbon", "Lissabon", "Lisboa"}},
	{"AT", "other", t5{"Vienne", "Wenen", "Vienna", "Wien", "Viena"}},
	{"CZ", "other", t5{"Prague", "Praag", "Prague", "Prag", "Praga"}},
	{"PL", "other", t5{"Cracovie", "Krakau", "Kraków", "Krakau", "Cracovia"}},
	{"CA", "other", t5{"Montréal", "Montreal", "Montreal", "Montreal", "Montreal"}},
	{"SN", "other", t5{"Dakar", "Dakar", "Dakar", "Dakar", "Dakar"}},
	{"CD", "other", t5{"Kinshasa", "Kinshasa", "Kinshasa", "Kinshasa", "Kinsasa"}},
	{"CO", "other", t5{"Bogota", "Bogota", "Bogotá", "Bogotá", "Bogotá"}},
}

// kindOfInstitution is a pattern for institution names: %s is the city.
// Every German noun is feminine and every Spanish one too, so that the
// articles of the sentence templates fit.
type kindOfInstitution struct {
	token   string // id prefix
	typ     string // catalogue type
	short   string // prefix of the short name
	name    t5
	article t5 // article before the name in running text (German: dative)
}

var institutionKinds = []kindOfInstitution{
	{"univ", "university", "U", t5{"Université de %s", "Universiteit %s", "University of %s", "Universität %s", "Universidad de %s"}, t5{"l’", "de ", "the ", "der ", "la "}},
	{"free", "university", "UL", t5{"Université libre de %s", "Vrije Universiteit %s", "Free University of %s", "Freie Universität %s", "Universidad Libre de %s"}, t5{"l’", "de ", "the ", "der ", "la "}},
	{"tech", "university", "TU ", t5{"Université technique de %s", "Technische Universiteit %s", "%s University of Technology", "Technische Universität %s", "Universidad Técnica de %s"}, t5{"l’", "de ", "the ", "der ", "la "}},
	{"college", "university-college", "HE ", t5{"Haute École de %s", "Hogeschool %s", "%s University College", "Hochschule %s", "Escuela Universitaria de %s"}, t5{"la ", "", "", "der ", "la "}},
	{"applied", "university-college", "HS ", t5{"Haute École des sciences appliquées de %s", "Hogeschool voor toegepaste wetenschappen %s", "%s University of Applied Sciences", "Fachhochschule %s", "Universidad de Ciencias Aplicadas de %s"}, t5{"la ", "de ", "the ", "der ", "la "}},
	{"arts", "art-school", "ESA ", t5{"École supérieure des arts de %s", "Kunsthogeschool %s", "%s School of Arts", "Kunsthochschule %s", "Escuela Superior de Artes de %s"}, t5{"l’", "de ", "the ", "der ", "la "}},
	{"academy", "research-centre", "RA ", t5{"Académie de recherche de %s", "Onderzoeksacademie %s", "%s Research Academy", "Forschungsakademie %s", "Academia de Investigación de %s"}, t5{"l’", "de ", "the ", "der ", "la "}},
	{"cath", "university", "UC", t5{"Université catholique de %s", "Katholieke Universiteit %s", "Catholic University of %s", "Katholische Universität %s", "Universidad Católica de %s"}, t5{"l’", "de ", "the ", "der ", "la "}},
}

// networkKinds are the catalogue's network kinds with a pattern for names:
// %s is a coined name ("Meridia").
var networkKinds = []struct {
	kind string
	name t5
}{
	{"european-university", t5{"Alliance universitaire européenne %s", "Europese universiteitsalliantie %s", "%s European University Alliance", "Europäische Hochschulallianz %s", "Alianza Universitaria Europea %s"}},
	{"thematic", t5{"Réseau thématique %s", "Thematisch netwerk %s", "%s Thematic Network", "Thematisches Netzwerk %s", "Red Temática %s"}},
	{"cross-border", t5{"Réseau transfrontalier %s", "Grensoverschrijdend netwerk %s", "%s Cross-Border Network", "Grenzüberschreitendes Netzwerk %s", "Red Transfronteriza %s"}},
	{"development", t5{"Réseau de coopération au développement %s", "Netwerk voor ontwikkelingssamenwerking %s", "%s Development Network", "Entwicklungsnetzwerk %s", "Red de Cooperación al Desarrollo %s"}},
	{"university-network", t5{"Réseau universitaire %s", "Universiteitsnetwerk %s", "%s University Network", "Hochschulnetzwerk %s", "Red Universitaria %s"}},
}

// coined are names for networks.
var coined = []string{
	"Meridia", "Lumen", "Fluvia", "Conexus", "Arcadia", "Hestia", "Orbis", "Pangea",
	"Vela", "Tessera", "Sylva", "Aurelia", "Nexus", "Atria", "Cordis", "Delta",
	"Ionia", "Kairos", "Lyra", "Mosaic", "Novum", "Polaris", "Rhenus", "Scaldis",
	"Mosa", "Terra", "Unitas", "Viadua", "Zephyr", "Alma",
}

// levels are the programme levels with their share of the catalogue (in
// percent), title pattern (%s is the subject) and id prefix.
var levels = []struct {
	level  string
	share  int
	prefix string
	title  t5
}{
	{"bachelor", 30, "ba", t5{"Bachelier en %s", "Bachelor in de %s", "Bachelor in %s", "Bachelor %s", "Grado en %s"}},
	{"master", 38, "ma", t5{"Master en %s", "Master in de %s", "Master in %s", "Master %s", "Máster en %s"}},
	{"advanced-master", 8, "adv", t5{"Master de spécialisation en %s", "Master-na-master in de %s", "Advanced Master in %s", "Aufbaumaster %s", "Máster avanzado en %s"}},
	{"phd", 10, "phd", t5{"Doctorat en %s", "Doctoraat in de %s", "PhD in %s", "Promotionsprogramm %s", "Doctorado en %s"}},
	{"short-cycle", 4, "sc", t5{"Brevet de l’enseignement supérieur en %s", "Graduaat in de %s", "Associate Degree in %s", "Kurzstudiengang %s", "Ciclo corto en %s"}},
	{"summer-school", 5, "ss", t5{"École d’été en %s", "Zomerschool %s", "Summer School in %s", "Sommerschule %s", "Escuela de verano en %s"}},
	{"certificate", 5, "cert", t5{"Certificat d’université en %s", "Postgraduaat in de %s", "University Certificate in %s", "Hochschulzertifikat %s", "Certificado universitario en %s"}},
}

// sectors are where graduates work, in the form that follows the
// prepositions of the careers templates (German: dative).
var sectors = []t5{
	{"les organisations internationales", "internationale organisaties", "international organisations", "internationalen Organisationen", "organismos internacionales"},
	{"les administrations publiques", "de overheid", "public administration", "der öffentlichen Verwaltung", "la administración pública"},
	{"les organisations non gouvernementales", "niet-gouvernementele organisaties", "non-governmental organisations", "Nichtregierungsorganisationen", "organizaciones no gubernamentales"},
	{"les bureaux de conseil", "adviesbureaus", "consultancies", "Beratungsunternehmen", "consultoras"},
	{"les centres de recherche", "onderzoekscentra", "research centres", "Forschungszentren", "centros de investigación"},
	{"le secteur privé", "de privésector", "the private sector", "der Privatwirtschaft", "el sector privado"},
	{"le secteur culturel", "de culturele sector", "the cultural sector", "dem Kultursektor", "el sector cultural"},
	{"les hôpitaux et les services de santé", "ziekenhuizen en zorgdiensten", "hospitals and health services", "Krankenhäusern und Gesundheitsdiensten", "hospitales y servicios de salud"},
	{"le secteur de l’énergie", "de energiesector", "the energy sector", "der Energiewirtschaft", "el sector energético"},
	{"les médias", "de media", "the media", "den Medien", "los medios de comunicación"},
	{"l’enseignement", "het onderwijs", "education", "dem Bildungswesen", "la enseñanza"},
	{"les institutions européennes", "de Europese instellingen", "the European institutions", "den europäischen Institutionen", "las instituciones europeas"},
}

// and joins two items.
var and = t5{" et ", " en ", " and ", " und ", " y "}

// Headings of the programme description's sections.
var (
	headLearn    = []t5{{"Ce que vous apprenez", "Wat je leert", "What you learn", "Was Sie lernen", "Qué aprenderás"}, {"Compétences visées", "Competenties", "Skills you develop", "Kompetenzen", "Competencias"}}
	headPartners = []t5{{"Partenaires et réseaux", "Partners en netwerken", "Partners and networks", "Partner und Netzwerke", "Socios y redes"}, {"Étudier avec nos partenaires", "Studeren met partners", "Studying with partners", "Studieren mit Partnern", "Estudiar con nuestros socios"}}
	headCity     = []t5{{"Vivre à {C}", "Leven in {C}", "Living in {C}", "Leben in {C}", "Vivir en {C}"}, {"Étudier à {C}", "Studeren in {C}", "Studying in {C}", "Studieren in {C}", "Estudiar en {C}"}}
	headResearch = []t5{{"Recherche et projets", "Onderzoek en projecten", "Research and projects", "Forschung und Projekte", "Investigación y proyectos"}, {"Un enseignement nourri par la recherche", "Onderwijs dat steunt op onderzoek", "Research-led teaching", "Forschungsnahe Lehre", "Una docencia basada en la investigación"}}
)

var introSentences = []t5{
	{
		"Ce programme vous donne une base solide en {S}, avec un accent particulier sur les enjeux {deT}.",
		"Deze opleiding geeft je een stevige basis in {S}, met bijzondere aandacht voor {T}.",
		"This programme gives you a solid grounding in {S}, with a particular focus on {T}.",
		"Dieser Studiengang vermittelt eine solide Grundlage im Fach {S}, mit einem besonderen Schwerpunkt im Bereich {T}.",
		"Este programa ofrece una base sólida en {S}, con especial atención a los retos de {T}.",
	},
	{
		"Les cours ont lieu à {C}, en petits groupes qui facilitent les échanges avec les enseignants et entre étudiants.",
		"De lessen vinden plaats in {C}, in kleine groepen waarin je makkelijk in gesprek gaat met docenten en medestudenten.",
		"Teaching takes place in {C}, in small groups that make it easy to talk to lecturers and fellow students.",
		"Der Unterricht findet in {C} in kleinen Gruppen statt, die den Austausch mit Lehrenden und Mitstudierenden erleichtern.",
		"Las clases se imparten en {C}, en grupos reducidos que facilitan el diálogo con el profesorado y entre estudiantes.",
	},
	{
		"Le cursus combine cours magistraux, séminaires et travaux de groupe, et laisse une place à un séjour d’un semestre à l’étranger.",
		"Het programma combineert hoorcolleges, seminaries en projectwerk, en laat ruimte voor een semester in het buitenland.",
		"The curriculum combines lectures, seminars and project work, and leaves room for a semester abroad.",
		"Das Curriculum verbindet Vorlesungen, Seminare und Projektarbeit und lässt Raum für ein Auslandssemester.",
		"El plan de estudios combina clases magistrales, seminarios y trabajo por proyectos, y deja espacio para un semestre en el extranjero.",
	},
	{
		"Chaque année, des étudiants venus de plus de {N} pays le suivent, ce qui fait de chaque cours une expérience internationale.",
		"Elk jaar nemen studenten uit meer dan {N} landen deel, waardoor elke les een internationale ervaring wordt.",
		"Students from more than {N} countries take part every year, which makes every class an international experience.",
		"Jedes Jahr nehmen Studierende aus mehr als {N} Ländern teil, sodass jede Lehrveranstaltung international geprägt ist.",
		"Cada año participan estudiantes de más de {N} países, lo que convierte cada clase en una experiencia internacional.",
	},
	{
		"Le programme a été conçu avec des employeurs et des anciens étudiants, pour que les compétences acquises répondent aux besoins du terrain.",
		"De opleiding werd ontwikkeld samen met werkgevers en alumni, zodat wat je leert aansluit bij wat het werkveld nodig heeft.",
		"The programme was designed with employers and alumni, so that what you learn matches what the profession needs.",
		"Der Studiengang wurde gemeinsam mit Arbeitgebern und Alumni entwickelt, damit das Gelernte den Anforderungen der Praxis entspricht.",
		"El programa se diseñó con empleadores y antiguos alumnos, para que lo que se aprende responda a las necesidades de la profesión.",
	},
	{
		"Dès la première année, vous travaillez sur des cas réels liés aux questions {deT}.",
		"Vanaf het eerste jaar werk je aan echte cases op het gebied van {T}.",
		"From the first year onwards, you work on real cases drawn from {T}.",
		"Vom ersten Jahr an arbeiten Sie an realen Fallstudien rund um das Thema {T}.",
		"Desde el primer año trabajarás con casos reales relacionados con {T}.",
	},
	{
		"Les enseignements s’appuient sur la recherche la plus récente en {S} et sont régulièrement mis à jour par l’équipe pédagogique.",
		"De vakken steunen op het meest recente onderzoek in {S} en worden geregeld bijgewerkt door het onderwijsteam.",
		"Courses build on the latest research in {S} and are regularly updated by the teaching team.",
		"Die Lehrveranstaltungen beruhen auf der aktuellen Forschung im Fach {S} und werden vom Lehrteam regelmäßig überarbeitet.",
		"Las asignaturas se basan en la investigación más reciente en {S} y el equipo docente las actualiza con regularidad.",
	},
	{
		"Chaque étudiant est suivi par un tuteur qui l’aide à construire son parcours et à choisir ses options.",
		"Elke student wordt begeleid door een tutor die helpt bij het uitstippelen van het studietraject en het kiezen van opties.",
		"Each student is followed by a tutor who helps to plan the study path and choose options.",
		"Alle Studierenden werden von einer Mentorin oder einem Mentor begleitet, die bei der Planung des Studiums und der Wahl der Optionen helfen.",
		"Cada estudiante cuenta con un tutor que le ayuda a planificar su itinerario y a elegir sus optativas.",
	},
	{
		"La formation est ouverte à des profils variés, réunis par un intérêt commun pour les questions {deT}.",
		"De opleiding staat open voor studenten met uiteenlopende achtergronden die een gedeelde interesse hebben in {T}.",
		"The programme is open to students with different backgrounds who share an interest in {T}.",
		"Der Studiengang steht Studierenden mit unterschiedlichem Hintergrund offen, die sich für das Thema {T} interessieren.",
		"La formación está abierta a perfiles diversos que comparten el interés por {T}.",
	},
	{
		"Les enseignants partagent leur temps entre l’enseignement et la recherche, et font entrer leurs propres projets dans la salle de cours.",
		"Docenten combineren onderwijs met onderzoek en brengen hun eigen projecten mee in de klas.",
		"Lecturers combine teaching with research and bring their own projects into the classroom.",
		"Die Lehrenden verbinden Lehre und Forschung und bringen ihre eigenen Projekte in den Unterricht ein.",
		"El profesorado combina la docencia con la investigación y lleva sus propios proyectos al aula.",
	},
}

var skillItems = []t5{
	{"analyser des problèmes complexes à l’aide de méthodes quantitatives et qualitatives", "complexe problemen analyseren met kwantitatieve en kwalitatieve methoden", "analyse complex problems with quantitative and qualitative methods", "komplexe Probleme mit quantitativen und qualitativen Methoden analysieren", "analizar problemas complejos con métodos cuantitativos y cualitativos"},
	{"rédiger des rapports clairs pour des spécialistes comme pour le grand public", "heldere rapporten schrijven voor experts en voor een breed publiek", "write clear reports for experts and for a general audience", "klare Berichte für Fachleute und für ein breites Publikum schreiben", "redactar informes claros para especialistas y para el gran público"},
	{"travailler dans des équipes internationales et pluridisciplinaires", "samenwerken in internationale en multidisciplinaire teams", "work in international and multidisciplinary teams", "in internationalen und interdisziplinären Teams arbeiten", "trabajar en equipos internacionales y multidisciplinares"},
	{"appliquer les théories actuelles en {S} à des cas concrets", "actuele theorieën uit {S} toepassen op concrete cases", "apply current theories of {S} to concrete cases", "aktuelle Theorien des Fachs {S} auf konkrete Fälle anwenden", "aplicar las teorías actuales de {S} a casos concretos"},
	{"concevoir et piloter un projet, de la première idée à son évaluation", "een project ontwerpen en aansturen, van het eerste idee tot de evaluatie", "design and manage a project from the first idea to its evaluation", "ein Projekt von der ersten Idee bis zur Evaluation planen und steuern", "diseñar y dirigir un proyecto, desde la primera idea hasta su evaluación"},
	{"utiliser des outils numériques et des données pour éclairer la décision", "digitale hulpmiddelen en data inzetten om beslissingen te onderbouwen", "use digital tools and data to support decisions", "digitale Werkzeuge und Daten zur Entscheidungsfindung nutzen", "utilizar herramientas digitales y datos para fundamentar decisiones"},
	{"présenter et défendre vos résultats dans plusieurs langues", "je resultaten voorstellen en verdedigen in meerdere talen", "present and defend your results in several languages", "Ihre Ergebnisse in mehreren Sprachen präsentieren und verteidigen", "presentar y defender tus resultados en varios idiomas"},
	{"tenir compte des questions éthiques et juridiques dans votre travail", "rekening houden met ethische en juridische vragen in je werk", "take ethical and legal questions into account in your work", "ethische und rechtliche Fragen in Ihrer Arbeit berücksichtigen", "tener en cuenta las cuestiones éticas y jurídicas en tu trabajo"},
	{"mener une recherche autonome sous la supervision d’un enseignant", "zelfstandig onderzoek uitvoeren onder begeleiding", "carry out independent research under supervision", "unter Betreuung selbstständig forschen", "llevar a cabo una investigación autónoma con supervisión"},
	{"comprendre le contexte européen et international des questions {deT}", "de Europese en internationale context van {T} begrijpen", "understand the European and international context of {T}", "den europäischen und internationalen Kontext des Themas {T} verstehen", "comprender el contexto europeo e internacional de {T}"},
	{"dialoguer avec les parties prenantes, les partenaires et le public", "communiceren met belanghebbenden, partners en het publiek", "communicate with stakeholders, partners and the public", "mit Interessengruppen, Partnern und der Öffentlichkeit kommunizieren", "comunicarte con las partes interesadas, los socios y el público"},
	{"évaluer l’impact social et environnemental des politiques et des projets", "de sociale en ecologische impact van beleid en projecten inschatten", "assess the social and environmental impact of policies and projects", "die sozialen und ökologischen Auswirkungen von Politik und Projekten bewerten", "evaluar el impacto social y ambiental de políticas y proyectos"},
}

// Partnership sentences: coordinator, co-organiser, network (two), others.
var (
	partnerCoordinator = t5{
		"Le programme est coordonné par {I}, qui gère les admissions et le travail de fin d’études.",
		"De opleiding wordt gecoördineerd door {I}, die de toelating en het eindwerk opvolgt.",
		"The programme is coordinated by {I}, which manages admissions and the final thesis.",
		"Der Studiengang wird von {I} koordiniert, die die Zulassung und die Abschlussarbeit betreut.",
		"El programa está coordinado por {I}, que gestiona la admisión y el trabajo de fin de estudios.",
	}
	partnerJoint = t5{
		"Une partie des cours est donnée avec {I}, ce qui permet de découvrir deux cultures académiques.",
		"Een deel van de vakken wordt samen met {I} gegeven, zodat studenten twee academische culturen leren kennen.",
		"Part of the courses are taught together with {I}, so that students get to know two academic cultures.",
		"Ein Teil der Lehrveranstaltungen findet gemeinsam mit {I} statt, sodass die Studierenden zwei akademische Kulturen kennenlernen.",
		"Parte de las asignaturas se imparten junto con {I}, de modo que los estudiantes conocen dos culturas académicas.",
	}
	partnerNetwork = []t5{
		{
			"Grâce au réseau {W}, les étudiants peuvent passer un semestre dans une université partenaire et participer à des écoles d’été.",
			"Via het netwerk {W} kunnen studenten een semester aan een partneruniversiteit doorbrengen en deelnemen aan zomerscholen.",
			"Through the {W} network, students can spend a semester at a partner university and join summer schools.",
			"Über das Netzwerk {W} können Studierende ein Semester an einer Partneruniversität verbringen und an Sommerschulen teilnehmen.",
			"Gracias a la red {W}, los estudiantes pueden pasar un semestre en una universidad socia y participar en escuelas de verano.",
		},
		{
			"Les échanges au sein du réseau {W} donnent accès à des séminaires communs, à des visites de terrain et à des projets de recherche partagés.",
			"Uitwisselingen binnen het netwerk {W} geven toegang tot gezamenlijke seminaries, excursies en gedeelde onderzoeksprojecten.",
			"Exchanges within the {W} network open the way to joint seminars, field trips and shared research projects.",
			"Der Austausch im Netzwerk {W} eröffnet gemeinsame Seminare, Exkursionen und Forschungsprojekte.",
			"Los intercambios dentro de la red {W} dan acceso a seminarios conjuntos, salidas de campo y proyectos de investigación compartidos.",
		},
	}
	partnerOther = []t5{
		{
			"Des stages sont proposés dans des administrations, des entreprises et des organisations non gouvernementales, en Belgique et à l’étranger.",
			"Stages zijn mogelijk bij overheden, bedrijven en niet-gouvernementele organisaties, in België en in het buitenland.",
			"Internships are available with public bodies, companies and non-governmental organisations, in Belgium and abroad.",
			"Praktika sind bei Behörden, Unternehmen und Nichtregierungsorganisationen in Belgien und im Ausland möglich.",
			"Se ofrecen prácticas en administraciones públicas, empresas y organizaciones no gubernamentales, en Bélgica y en el extranjero.",
		},
		{
			"Chaque année, des enseignants invités d’universités partenaires donnent des cours intensifs.",
			"Elk jaar geven gastdocenten van partneruniversiteiten korte intensieve cursussen.",
			"Every year, guest lecturers from partner universities teach short intensive courses.",
			"Jedes Jahr bieten Gastdozierende von Partneruniversitäten kurze Intensivkurse an.",
			"Cada año, profesores invitados de universidades socias imparten cursos intensivos.",
		},
	}
	partnerWebsite = t5{
		"Plus d’informations sur [le site du programme]({U}).",
		"Meer informatie vind je op [de website van de opleiding]({U}).",
		"More information is available on [the programme’s website]({U}).",
		"Weitere Informationen finden Sie auf [der Website des Studiengangs]({U}).",
		"Más información en [la web del programa]({U}).",
	}
)

var citySentences = []t5{
	{
		"{C} est une ville étudiante animée, avec des logements abordables, de bons transports en commun et une vie culturelle riche.",
		"{C} is een levendige studentenstad met betaalbare huisvesting, goed openbaar vervoer en een rijk cultureel leven.",
		"{C} is a lively student city, with affordable housing, good public transport and a rich cultural life.",
		"{C} ist eine lebendige Studentenstadt mit bezahlbarem Wohnraum, gutem Nahverkehr und einem reichen Kulturleben.",
		"{C} es una ciudad universitaria animada, con alojamiento asequible, buen transporte público y una rica vida cultural.",
	},
	{
		"À {C}, une équipe dédiée accueille les étudiants internationaux et les aide pour le visa, le logement et l’inscription.",
		"In {C} staat een apart team klaar om internationale studenten te helpen met visum, huisvesting en inschrijving.",
		"International students in {C} are welcomed by a dedicated team that helps with visas, housing and registration.",
		"In {C} hilft ein eigenes Team internationalen Studierenden bei Visum, Wohnungssuche und Einschreibung.",
		"En {C}, un equipo específico recibe a los estudiantes internacionales y les ayuda con el visado, el alojamiento y la matrícula.",
	},
	{
		"Depuis {C}, les grandes capitales européennes sont facilement accessibles en train.",
		"Vanuit {C} zijn de grote Europese hoofdsteden vlot bereikbaar met de trein.",
		"From {C}, the main European capitals are within easy reach by train.",
		"Von {C} aus sind die großen europäischen Hauptstädte bequem mit dem Zug erreichbar.",
		"Desde {C}, las grandes capitales europeas quedan a poca distancia en tren.",
	},
	{
		"Le campus {deC} offre des bibliothèques, des laboratoires et des espaces d’étude ouverts jusque tard le soir.",
		"De campus in {C} biedt bibliotheken, labo’s en studieplekken die tot laat op de avond open zijn.",
		"The campus in {C} offers libraries, laboratories and study spaces that stay open late into the evening.",
		"Der Campus in {C} bietet Bibliotheken, Labore und Lernräume, die bis spät am Abend geöffnet sind.",
		"El campus de {C} cuenta con bibliotecas, laboratorios y salas de estudio abiertas hasta tarde.",
	},
	{
		"Des cours de langue organisés à {C} aident les nouveaux arrivants à trouver leurs repères au quotidien.",
		"Taalcursussen in {C} helpen nieuwkomers hun weg te vinden in het dagelijkse leven.",
		"Language courses in {C} help newcomers to find their way in everyday life.",
		"Sprachkurse in {C} helfen Neuankömmlingen, sich im Alltag zurechtzufinden.",
		"Los cursos de idiomas en {C} ayudan a los recién llegados a desenvolverse en el día a día.",
	},
}

var researchSentences = []t5{
	{
		"Les équipes de recherche liées au programme travaillent sur les questions {deT} et publient dans des revues internationales de premier plan.",
		"De onderzoeksgroepen die bij de opleiding betrokken zijn, werken rond {T} en publiceren in toonaangevende internationale tijdschriften.",
		"Research groups linked to the programme work on {T} and publish in leading international journals.",
		"Die mit dem Studiengang verbundenen Forschungsgruppen arbeiten zum Thema {T} und veröffentlichen in führenden internationalen Fachzeitschriften.",
		"Los grupos de investigación vinculados al programa trabajan sobre {T} y publican en revistas internacionales de referencia.",
	},
	{
		"En dernière année, les étudiants rédigent un travail de fin d’études qui s’inscrit souvent dans un projet de recherche en cours.",
		"In het laatste jaar schrijven studenten een eindwerk dat vaak voortbouwt op een lopend onderzoeksproject.",
		"In the final year, students write a thesis that often grows out of an ongoing research project.",
		"Im letzten Studienjahr schreiben die Studierenden eine Abschlussarbeit, die oft aus einem laufenden Forschungsprojekt hervorgeht.",
		"En el último curso, los estudiantes redactan un trabajo final que a menudo surge de un proyecto de investigación en marcha.",
	},
	{
		"Doctorants et étudiants de master partagent certains séminaires, ce qui rapproche la recherche de l’enseignement.",
		"Doctorandi en masterstudenten volgen samen seminaries, waardoor onderzoek en onderwijs dicht bij elkaar liggen.",
		"Doctoral candidates and master’s students share seminars, which brings research close to teaching.",
		"Promovierende und Masterstudierende besuchen gemeinsame Seminare, wodurch Forschung und Lehre eng verbunden sind.",
		"Doctorandos y estudiantes de máster comparten seminarios, lo que acerca la investigación a la docencia.",
	},
	{
		"Des projets récents ont croisé les approches en {S} avec les enjeux {deT}.",
		"Recente projecten brachten inzichten uit {S} samen met vragen rond {T}.",
		"Recent projects have brought together approaches from {S} and questions of {T}.",
		"Aktuelle Projekte verbinden Ansätze des Fachs {S} mit Fragen rund um das Thema {T}.",
		"Proyectos recientes han combinado enfoques de {S} con cuestiones de {T}.",
	},
	{
		"Le programme participe à des projets de recherche européens financés par Horizon Europe.",
		"De opleiding neemt deel aan Europese onderzoeksprojecten die gefinancierd worden door Horizon Europe.",
		"The programme takes part in European research projects funded by Horizon Europe.",
		"Der Studiengang beteiligt sich an europäischen Forschungsprojekten, die von Horizon Europe gefördert werden.",
		"El programa participa en proyectos de investigación europeos financiados por Horizonte Europa.",
	},
	{
		"La science ouverte et la gestion des données de recherche font partie des cours de méthodologie.",
		"Open science en het beheer van onderzoeksdata maken deel uit van de methodologievakken.",
		"Open science and research data management are part of the methods courses.",
		"Open Science und Forschungsdatenmanagement sind Teil der Methodenkurse.",
		"La ciencia abierta y la gestión de datos de investigación forman parte de los cursos de metodología.",
	},
}

var summarySentences = []t5{
	{
		"Une formation en {S} à {C}, avec un accent particulier sur les enjeux {deT}.",
		"Een opleiding in {S} in {C}, met bijzondere aandacht voor {T}.",
		"A programme in {S} taught in {C}, with a strong focus on {T}.",
		"Ein Studiengang im Fach {S} in {C} mit dem Schwerpunkt {T}.",
		"Una formación en {S} en {C}, con especial atención a {T}.",
	},
	{
		"Étudier en {S} à {C} et apprendre à relever les défis {deT} avec des partenaires de toute l’Europe.",
		"Studeer {S} in {C} en leer samen met partners uit heel Europa de uitdagingen rond {T} aanpakken.",
		"Study {S} in {C} and learn to tackle the challenges of {T} with partners across Europe.",
		"Studieren Sie {S} in {C} und lernen Sie, mit Partnern aus ganz Europa die Herausforderungen rund um das Thema {T} anzugehen.",
		"Estudia {S} en {C} y aprende a afrontar los retos de {T} con socios de toda Europa.",
	},
	{
		"Un programme international en {S} qui prépare à des carrières liées aux questions {deT}.",
		"Een internationale opleiding in {S} die je voorbereidt op een loopbaan rond {T}.",
		"An international programme in {S} that prepares you for careers linked to {T}.",
		"Ein internationaler Studiengang im Fach {S}, der auf Berufe rund um das Thema {T} vorbereitet.",
		"Un programa internacional en {S} que prepara para carreras relacionadas con {T}.",
	},
	{
		"Une formation en {S} en petit groupe international à {C}, avec des projets sur les questions {deT}.",
		"Leer {S} in een kleine internationale groep in {C}, met projecten rond {T}.",
		"Learn {S} in a small international group in {C}, with projects on {T}.",
		"Studieren Sie {S} in einer kleinen internationalen Gruppe in {C}, mit Projekten zum Thema {T}.",
		"Aprende {S} en un grupo internacional reducido en {C}, con proyectos sobre {T}.",
	},
}

var admissionSentences = []t5{
	{
		"Les candidats doivent être titulaires d’un diplôme en {S} ou dans un domaine proche.",
		"Kandidaten hebben een diploma in {S} of in een verwant domein.",
		"Applicants need a degree in {S} or in a related field.",
		"Bewerberinnen und Bewerber benötigen einen Abschluss im Fach {S} oder in einem verwandten Fach.",
		"Los candidatos deben tener un título en {S} o en un ámbito afín.",
	},
	{
		"Le dossier comprend une lettre de motivation, un curriculum vitae et une copie des diplômes obtenus.",
		"Het dossier bevat een motivatiebrief, een cv en kopieën van eerder behaalde diploma’s.",
		"The application includes a motivation letter, a CV and copies of previous diplomas.",
		"Zur Bewerbung gehören ein Motivationsschreiben, ein Lebenslauf und Kopien der bisherigen Abschlüsse.",
		"La solicitud incluye una carta de motivación, un currículum y copias de los títulos obtenidos.",
	},
	{
		"Un diplôme obtenu hors de l’Espace économique européen doit être reconnu avant l’inscription.",
		"Wie een diploma behaalde buiten de Europese Economische Ruimte, moet het laten erkennen vóór de inschrijving.",
		"A degree obtained outside the European Economic Area must be recognised before enrolment.",
		"Ein außerhalb des Europäischen Wirtschaftsraums erworbener Abschluss muss vor der Einschreibung anerkannt werden.",
		"Los títulos obtenidos fuera del Espacio Económico Europeo deben reconocerse antes de la matrícula.",
	},
	{
		"Un entretien de sélection, en ligne ou sur place, peut faire partie de la procédure.",
		"Een selectiegesprek, online of ter plaatse, kan deel uitmaken van de procedure.",
		"A selection interview, online or on site, may be part of the procedure.",
		"Ein Auswahlgespräch, online oder vor Ort, kann Teil des Verfahrens sein.",
		"El procedimiento puede incluir una entrevista de selección, en línea o presencial.",
	},
	{
		"Une bonne maîtrise de la langue d’enseignement est requise dès le début.",
		"Een goede kennis van de onderwijstaal is vanaf de start vereist.",
		"A good command of the language of instruction is required from the start.",
		"Gute Kenntnisse der Unterrichtssprache werden von Beginn an vorausgesetzt.",
		"Se exige un buen dominio de la lengua de enseñanza desde el principio.",
	},
}

var careerSentences = []t5{
	{
		"Les diplômés travaillent dans {P}, en Belgique comme à l’étranger.",
		"Afgestudeerden werken bij {P}, in België en in het buitenland.",
		"Graduates work in {P}, in Belgium and abroad.",
		"Absolventinnen und Absolventen arbeiten in {P}, in Belgien und im Ausland.",
		"Los titulados trabajan en {P}, en Bélgica y en el extranjero.",
	},
	{
		"De nombreux anciens poursuivent par un doctorat ou font carrière dans {P}.",
		"Veel alumni gaan verder met een doctoraat of bouwen een loopbaan uit bij {P}.",
		"Many alumni go on to a doctorate or build careers in {P}.",
		"Viele Alumni schließen eine Promotion an oder machen Karriere in {P}.",
		"Muchos antiguos alumnos continúan con un doctorado o desarrollan su carrera en {P}.",
	},
	{
		"La formation prépare aussi aux métiers exercés dans {P}, où une expérience internationale est très appréciée.",
		"De opleiding bereidt ook voor op functies bij {P}, waar internationale ervaring sterk gewaardeerd wordt.",
		"The programme also prepares for jobs in {P}, where international experience is highly valued.",
		"Der Studiengang bereitet auch auf Tätigkeiten in {P} vor, wo internationale Erfahrung sehr geschätzt wird.",
		"El programa también prepara para puestos en {P}, donde la experiencia internacional se valora mucho.",
	},
	{
		"Le service carrières aide les étudiants à préparer leurs premiers pas sur le marché du travail.",
		"De loopbaandienst helpt studenten bij hun eerste stappen op de arbeidsmarkt.",
		"The careers service helps students to take their first steps on the job market.",
		"Der Career Service unterstützt die Studierenden bei ihren ersten Schritten auf dem Arbeitsmarkt.",
		"El servicio de empleo ayuda a los estudiantes a dar sus primeros pasos en el mercado laboral.",
	},
}

var outcomeSentences = []t5{
	{"Analyser de manière critique les débats actuels en {S}.", "Actuele debatten in {S} kritisch analyseren.", "Critically analyse current debates in {S}.", "Aktuelle Debatten im Fach {S} kritisch analysieren.", "Analizar críticamente los debates actuales en {S}."},
	{"Concevoir et mener un projet de recherche sur les questions {deT}.", "Een onderzoeksproject rond {T} ontwerpen en uitvoeren.", "Design and carry out a research project on {T}.", "Ein Forschungsprojekt zum Thema {T} konzipieren und durchführen.", "Diseñar y llevar a cabo un proyecto de investigación sobre {T}."},
	{"Communiquer des résultats de manière claire à des spécialistes et à des non-spécialistes.", "Resultaten helder communiceren aan specialisten en niet-specialisten.", "Communicate results clearly to specialists and non-specialists.", "Ergebnisse klar an Fachleute und Laien vermitteln.", "Comunicar resultados con claridad a especialistas y no especialistas."},
	{"Travailler efficacement au sein d’une équipe internationale et pluridisciplinaire.", "Doeltreffend samenwerken in een internationaal en multidisciplinair team.", "Work effectively in an international and multidisciplinary team.", "Wirksam in einem internationalen und interdisziplinären Team arbeiten.", "Trabajar con eficacia en un equipo internacional y multidisciplinar."},
	{"Appliquer des méthodes adaptées pour recueillir et interpréter des données.", "Gepaste methoden toepassen om gegevens te verzamelen en te interpreteren.", "Apply appropriate methods to collect and interpret data.", "Geeignete Methoden zur Erhebung und Auswertung von Daten anwenden.", "Aplicar métodos adecuados para recoger e interpretar datos."},
	{"Tenir compte des dimensions éthiques, juridiques et sociales dans les décisions professionnelles.", "Rekening houden met ethische, juridische en maatschappelijke aspecten bij professionele beslissingen.", "Take ethical, legal and social aspects into account in professional decisions.", "Ethische, rechtliche und gesellschaftliche Aspekte bei beruflichen Entscheidungen berücksichtigen.", "Tener en cuenta los aspectos éticos, jurídicos y sociales en las decisiones profesionales."},
	{"Proposer des solutions argumentées à des problèmes complexes.", "Goed onderbouwde oplossingen voorstellen voor complexe problemen.", "Propose well-argued solutions to complex problems.", "Gut begründete Lösungen für komplexe Probleme vorschlagen.", "Proponer soluciones bien argumentadas a problemas complejos."},
	{"Porter un regard réflexif sur son propre apprentissage et son développement professionnel.", "Reflecteren over het eigen leerproces en de eigen professionele ontwikkeling.", "Reflect on one’s own learning and professional development.", "Das eigene Lernen und die eigene berufliche Entwicklung reflektieren.", "Reflexionar sobre el propio aprendizaje y desarrollo profesional."},
}

var institutionSummary = t5{
	"Établissement d’enseignement supérieur situé à {C}, qui propose notamment des formations en {S} et en {S2}.",
	"Instelling voor hoger onderwijs in {C}, met onder meer opleidingen in {S} en {S2}.",
	"A higher education institution in {C} offering programmes in {S} and {S2}, among others.",
	"Hochschule in {C}, die unter anderem Studiengänge in den Fächern {S} und {S2} anbietet.",
	"Institución de enseñanza superior situada en {C}, que ofrece, entre otros, programas en {S} y {S2}.",
}

var institutionSentences = []t5{
	{
		"Fondé il y a plus de {N} ans, l’établissement accueille sur son campus {deC} des étudiants du monde entier.",
		"De instelling werd meer dan {N} jaar geleden opgericht en verwelkomt op haar campus in {C} studenten uit de hele wereld.",
		"Founded more than {N} years ago, the institution welcomes students from all over the world to its campus in {C}.",
		"Die vor mehr als {N} Jahren gegründete Hochschule empfängt auf ihrem Campus in {C} Studierende aus aller Welt.",
		"Fundada hace más de {N} años, la institución recibe en su campus de {C} a estudiantes de todo el mundo.",
	},
	{
		"Son offre couvre de nombreux domaines, notamment les formations en {S} et en {S2}.",
		"Het aanbod omvat opleidingen in tal van domeinen, waaronder {S} en {S2}.",
		"Its programmes cover many fields, including {S} and {S2}.",
		"Ihr Angebot umfasst zahlreiche Fachgebiete, darunter {S} und {S2}.",
		"Su oferta abarca numerosos ámbitos, entre ellos {S} y {S2}.",
	},
	{
		"Son service des relations internationales accompagne les étudiants entrants pour le logement, les cours de langue et les démarches administratives.",
		"De internationale dienst helpt inkomende studenten met huisvesting, taalcursussen en administratieve stappen.",
		"Its international office helps incoming students with housing, language courses and paperwork.",
		"Das International Office unterstützt ankommende Studierende bei Wohnungssuche, Sprachkursen und Behördengängen.",
		"Su oficina de relaciones internacionales ayuda a los estudiantes entrantes con el alojamiento, los cursos de idiomas y los trámites administrativos.",
	},
	{
		"La recherche est organisée en instituts interdisciplinaires qui travaillent étroitement avec des partenaires en Europe et au-delà.",
		"Het onderzoek is georganiseerd in interdisciplinaire instituten die nauw samenwerken met partners in Europa en daarbuiten.",
		"Research is organised in interdisciplinary institutes that work closely with partners in Europe and beyond.",
		"Die Forschung ist in interdisziplinären Instituten organisiert, die eng mit Partnern in Europa und darüber hinaus zusammenarbeiten.",
		"La investigación se organiza en institutos interdisciplinares que colaboran estrechamente con socios de Europa y de otros continentes.",
	},
	{
		"L’établissement participe à Erasmus+ et à plusieurs réseaux internationaux.",
		"De instelling neemt deel aan Erasmus+ en aan verschillende internationale netwerken.",
		"The institution takes part in Erasmus+ and in several international networks.",
		"Die Hochschule beteiligt sich an Erasmus+ und an mehreren internationalen Netzwerken.",
		"La institución participa en Erasmus+ y en varias redes internacionales.",
	},
}

var institutionShare = t5{
	"Environ {N} % des étudiants viennent de l’étranger.",
	"Ongeveer {N} procent van de studenten komt uit het buitenland.",
	"About {N} per cent of the students come from abroad.",
	"Rund {N} Prozent der Studierenden kommen aus dem Ausland.",
	"Alrededor del {N} % de los estudiantes procede del extranjero.",
}

var networkSummary = t5{
	"Réseau de {N} établissements qui coopèrent sur les questions {deT}.",
	"Netwerk van {N} instellingen die samenwerken rond {T}.",
	"A network of {N} institutions working together on {T}.",
	"Netzwerk von {N} Einrichtungen, die rund um das Thema {T} zusammenarbeiten.",
	"Red de {N} instituciones que colaboran en torno a {T}.",
}

var networkSentences = []t5{
	{
		"{W} réunit {N} établissements qui coopèrent dans l’enseignement, la recherche et le service à la société.",
		"{W} brengt {N} instellingen samen die samenwerken in onderwijs, onderzoek en dienstverlening aan de samenleving.",
		"{W} brings together {N} institutions that cooperate in teaching, research and service to society.",
		"{W} vereint {N} Einrichtungen, die in Lehre, Forschung und gesellschaftlichem Engagement zusammenarbeiten.",
		"{W} reúne a {N} instituciones que colaboran en docencia, investigación y servicio a la sociedad.",
	},
	{
		"Ses membres développent des programmes conjoints, des écoles d’été et des échanges de personnel.",
		"De leden ontwikkelen gezamenlijke opleidingen, zomerscholen en personeelsuitwisselingen.",
		"Its members develop joint programmes, summer schools and staff exchanges.",
		"Die Mitglieder entwickeln gemeinsame Studiengänge, Sommerschulen und Programme für den Personalaustausch.",
		"Sus miembros desarrollan programas conjuntos, escuelas de verano e intercambios de personal.",
	},
	{
		"Le réseau accorde une attention particulière aux questions {deT}.",
		"Het netwerk besteedt bijzondere aandacht aan {T}.",
		"The network pays particular attention to {T}.",
		"Das Netzwerk widmet dem Thema {T} besondere Aufmerksamkeit.",
		"La red presta especial atención a {T}.",
	},
	{
		"Les étudiants des établissements membres peuvent suivre des cours dans les universités partenaires et les faire reconnaître.",
		"Studenten van de aangesloten instellingen kunnen vakken volgen aan partneruniversiteiten en ze laten erkennen.",
		"Students of member institutions can take courses at partner universities and have them recognised.",
		"Studierende der Mitgliedseinrichtungen können Kurse an Partneruniversitäten belegen und anerkennen lassen.",
		"Los estudiantes de las instituciones miembros pueden cursar asignaturas en universidades socias y obtener su reconocimiento.",
	},
	{
		"Des groupes de travail se réunissent deux fois par an pour partager les bonnes pratiques et préparer des projets communs.",
		"Werkgroepen komen twee keer per jaar samen om goede praktijken te delen en gemeenschappelijke projecten voor te bereiden.",
		"Working groups meet twice a year to share good practice and prepare joint projects.",
		"Arbeitsgruppen treffen sich zweimal im Jahr, um bewährte Verfahren auszutauschen und gemeinsame Projekte vorzubereiten.",
		"Grupos de trabajo se reúnen dos veces al año para compartir buenas prácticas y preparar proyectos comunes.",
	},
}

// Site-wide texts.
var (
	siteTitle = t5{"Étudier en Belgique — catalogue de démonstration", "Studeren in België — demonstratiecatalogus", "Study in Belgium — demonstration catalogue", "Studieren in Belgien — Demonstrationskatalog", "Estudiar en Bélgica — catálogo de demostración"}
	siteDesc  = t5{
		"Un catalogue synthétique de formations, d’établissements et de réseaux, généré pour mesurer les performances de vitrine.",
		"Een synthetische catalogus van opleidingen, instellingen en netwerken, gegenereerd om de prestaties van vitrine te meten.",
		"A synthetic catalogue of programmes, institutions and networks, generated to measure vitrine’s performance.",
		"Ein synthetischer Katalog von Studiengängen, Hochschulen und Netzwerken, erzeugt, um die Leistung von vitrine zu messen.",
		"Un catálogo sintético de programas, instituciones y redes, generado para medir el rendimiento de vitrine.",
	}
	homeText = t5{
		"Ce site rassemble {N} formations proposées par des établissements de Belgique et de leurs pays partenaires. Parcourez les [formations](@programmes), découvrez les [établissements](@institutions) qui les organisent et les [réseaux](@networks) dans lesquels ils coopèrent. Toutes les entrées sont des exemples générés automatiquement.",
		"Deze site brengt {N} opleidingen samen van instellingen in België en hun partnerlanden. Blader door de [opleidingen](@programmes), ontdek de [instellingen](@institutions) die ze aanbieden en de [netwerken](@networks) waarin ze samenwerken. Alle items zijn automatisch gegenereerde voorbeelden.",
		"This site brings together {N} programmes offered by institutions in Belgium and their partner countries. Browse the [programmes](@programmes), discover the [institutions](@institutions) that run them and the [networks](@networks) in which they cooperate. Every entry is an automatically generated example.",
		"Diese Website vereint {N} Studiengänge von Hochschulen in Belgien und ihren Partnerländern. Stöbern Sie in den [Studiengängen](@programmes), entdecken Sie die [Hochschulen](@institutions), die sie anbieten, und die [Netzwerke](@networks), in denen sie zusammenarbeiten. Alle Einträge sind automatisch erzeugte Beispiele.",
		"Este sitio reúne {N} programas de instituciones de Bélgica y de sus países socios. Consulta los [programas](@programmes), descubre las [instituciones](@institutions) que los imparten y las [redes](@networks) en las que colaboran. Todas las entradas son ejemplos generados automáticamente.",
	}
	aboutTitle = t5{"À propos de ce site", "Over deze site", "About this site", "Über diese Website", "Acerca de este sitio"}
	aboutDesc  = t5{"Comment ce catalogue de démonstration a été produit.", "Hoe deze demonstratiecatalogus tot stand kwam.", "How this demonstration catalogue was produced.", "Wie dieser Demonstrationskatalog entstanden ist.", "Cómo se elaboró este catálogo de demostración."}
	aboutText  = t5{
		"## Un catalogue généré\n\nLes textes de ce site sont assemblés à partir d’une banque de phrases, avec une graine fixe : deux générations donnent exactement les mêmes fichiers. Ils servent à mesurer le temps de construction et la mémoire utilisée.\n\n- {N} formations\n- des établissements dans une quarantaine de villes\n- des réseaux qui les relient\n\nRetour à l’[accueil](_index.md).",
		"## Een gegenereerde catalogus\n\nDe teksten op deze site worden samengesteld uit een zinnenbank, met een vaste seed: twee generaties leveren exact dezelfde bestanden op. Ze dienen om de bouwtijd en het geheugengebruik te meten.\n\n- {N} opleidingen\n- instellingen in een veertigtal steden\n- netwerken die ze verbinden\n\nTerug naar de [startpagina](_index.md).",
		"## A generated catalogue\n\nThe texts on this site are assembled from a bank of sentences with a fixed seed: two runs produce exactly the same files. They are used to measure build time and memory use.\n\n- {N} programmes\n- institutions in some forty cities\n- networks that connect them\n\nBack to the [home page](_index.md).",
		"## Ein generierter Katalog\n\nDie Texte dieser Website werden aus einer Satzbank mit festem Startwert zusammengesetzt: Zwei Läufe erzeugen genau dieselben Dateien. Sie dienen dazu, Bauzeit und Speicherbedarf zu messen.\n\n- {N} Studiengänge\n- Hochschulen in rund vierzig Städten\n- Netzwerke, die sie verbinden\n\nZurück zur [Startseite](_index.md).",
		"## Un catálogo generado\n\nLos textos de este sitio se componen a partir de un banco de frases con una semilla fija: dos ejecuciones producen exactamente los mismos archivos. Sirven para medir el tiempo de construcción y la memoria utilizada.\n\n- {N} programas\n- instituciones en unas cuarenta ciudades\n- redes que las conectan\n\nVolver a la [página de inicio](_index.md).",
	}
)
