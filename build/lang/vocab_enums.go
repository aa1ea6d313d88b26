package lang

// The small vocabularies of the catalogues. Labels are in the order fr, nl,
// en, de, es. Terms follow Belgian usage where the site's audience meets them
// first (fr "bachelier", "haute école"; nl "graduaat", "hogeschool").

var vocabLevels = map[string]vocabLabels{
	"bachelor":        {"Bachelier", "Bachelor", "Bachelor", "Bachelor", "Grado"},
	"master":          {"Master", "Master", "Master", "Master", "Máster"},
	"advanced-master": {"Master de spécialisation", "Master-na-master", "Advanced master", "Weiterführender Master", "Máster de especialización"},
	"phd":             {"Doctorat", "Doctoraat", "PhD", "Promotion", "Doctorado"},
	"short-cycle":     {"Cycle court", "Graduaat", "Short-cycle programme", "Kurzstudiengang", "Ciclo corto"},
	"summer-school":   {"École d’été", "Zomerschool", "Summer school", "Sommerschule", "Curso de verano"},
	"certificate":     {"Certificat", "Getuigschrift", "Certificate", "Zertifikat", "Certificado"},
}

var vocabModes = map[string]vocabLabels{
	"full-time": {"Temps plein", "Voltijds", "Full-time", "Vollzeit", "Tiempo completo"},
	"part-time": {"Temps partiel", "Deeltijds", "Part-time", "Teilzeit", "Tiempo parcial"},
}

var vocabDeliveries = map[string]vocabLabels{
	"on-site": {"En présentiel", "Op de campus", "On-site", "Präsenz", "Presencial"},
	"hybrid":  {"Hybride", "Hybride", "Hybrid", "Hybrid", "Híbrido"},
	"online":  {"En ligne", "Online", "Online", "Online", "En línea"},
}

var vocabDegrees = map[string]vocabLabels{
	"single":   {"Diplôme simple", "Enkelvoudig diploma", "Single degree", "Einfachabschluss", "Título único"},
	"joint":    {"Diplôme conjoint", "Gezamenlijk diploma", "Joint degree", "Gemeinsamer Abschluss", "Título conjunto"},
	"double":   {"Double diplôme", "Dubbel diploma", "Double degree", "Doppelabschluss", "Doble titulación"},
	"multiple": {"Diplôme multiple", "Meervoudig diploma", "Multiple degree", "Mehrfachabschluss", "Titulación múltiple"},
}

var vocabNetworkKinds = map[string]vocabLabels{
	"university-network":  {"Réseau universitaire", "Universiteitsnetwerk", "University network", "Hochschulnetzwerk", "Red universitaria"},
	"cross-border":        {"Coopération transfrontalière", "Grensoverschrijdende samenwerking", "Cross-border cooperation", "Grenzüberschreitende Zusammenarbeit", "Cooperación transfronteriza"},
	"european-university": {"Alliance d’universités européennes", "Europese universiteitsalliantie", "European University alliance", "Europäische Hochschulallianz", "Alianza de universidades europeas"},
	"thematic":            {"Réseau thématique", "Thematisch netwerk", "Thematic network", "Thematisches Netzwerk", "Red temática"},
	"development":         {"Coopération au développement", "Ontwikkelingssamenwerking", "Development cooperation", "Entwicklungszusammenarbeit", "Cooperación al desarrollo"},
}

var vocabMaterialKinds = map[string]vocabLabels{
	"roll-up":  {"Roll-up", "Roll-up banner", "Roll-up banner", "Roll-up", "Roll-up"},
	"flyer":    {"Flyer", "Flyer", "Flyer", "Flyer", "Octavilla"},
	"brochure": {"Brochure", "Brochure", "Brochure", "Broschüre", "Folleto"},
	"banner":   {"Banderole", "Spandoek", "Banner", "Banner", "Pancarta"},
	"gadget":   {"Objet promotionnel", "Promotieartikel", "Promotional item", "Werbeartikel", "Artículo promocional"},
	"poster":   {"Affiche", "Affiche", "Poster", "Plakat", "Cartel"},
	"flag":     {"Drapeau", "Vlag", "Flag", "Fahne", "Bandera"},
}

var vocabCommunities = map[string]vocabLabels{
	"fwb":   {"Fédération Wallonie-Bruxelles", "Federatie Wallonië-Brussel", "Wallonia-Brussels Federation", "Föderation Wallonie-Brüssel", "Federación Valonia-Bruselas"},
	"vl":    {"Communauté flamande", "Vlaamse Gemeenschap", "Flemish Community", "Flämische Gemeinschaft", "Comunidad Flamenca"},
	"dg":    {"Communauté germanophone", "Duitstalige Gemeenschap", "German-speaking Community", "Deutschsprachige Gemeinschaft", "Comunidad Germanófona"},
	"other": {"Autre", "Andere", "Other", "Sonstige", "Otra"},
}

var vocabAudiences = map[string]vocabLabels{
	"eea":     {"Étudiants de l’EEE", "Studenten uit de EER", "Students from the EEA", "Studierende aus dem EWR", "Estudiantes del EEE"},
	"non-eea": {"Étudiants hors EEE", "Studenten van buiten de EER", "Students from outside the EEA", "Studierende von außerhalb des EWR", "Estudiantes de fuera del EEE"},
	"all":     {"Tous les étudiants", "Alle studenten", "All students", "Alle Studierenden", "Todos los estudiantes"},
}

var vocabInstitutionTypes = map[string]vocabLabels{
	"university":         {"Université", "Universiteit", "University", "Universität", "Universidad"},
	"university-college": {"Haute école", "Hogeschool", "University college", "Hochschule", "Escuela universitaria"},
	"art-school":         {"École supérieure des arts", "Kunsthogeschool", "School of arts", "Kunsthochschule", "Escuela superior de artes"},
	"research-centre":    {"Centre de recherche", "Onderzoekscentrum", "Research centre", "Forschungszentrum", "Centro de investigación"},
	"other":              {"Autre", "Andere", "Other", "Sonstige", "Otro"},
}

// vocabCEFR names the levels of the Common European Framework of Reference for
// Languages as each language's edition of the framework does (CECRL, ERK,
// GER, MCER); English uses the customary descriptive names.
var vocabCEFR = map[string]vocabLabels{
	"A1": {"A1 — découverte", "A1 — doorbraak", "A1 — beginner", "A1 — Anfänger", "A1 — acceso"},
	"A2": {"A2 — intermédiaire", "A2 — tussenstap", "A2 — elementary", "A2 — grundlegende Kenntnisse", "A2 — plataforma"},
	"B1": {"B1 — seuil", "B1 — drempel", "B1 — intermediate", "B1 — fortgeschrittene Sprachverwendung", "B1 — umbral"},
	"B2": {"B2 — avancé", "B2 — uitzicht", "B2 — upper intermediate", "B2 — selbständige Sprachverwendung", "B2 — avanzado"},
	"C1": {"C1 — autonome", "C1 — effectieve operationele vaardigheid", "C1 — advanced", "C1 — fachkundige Sprachkenntnisse", "C1 — dominio operativo eficaz"},
	"C2": {"C2 — maîtrise", "C2 — beheersing", "C2 — proficiency", "C2 — annähernd muttersprachliche Kenntnisse", "C2 — maestría"},
}

// vocabMonths writes month names as each language does in running text:
// lower case in French, Dutch and Spanish.
var vocabMonths = map[string]vocabLabels{
	"1":  {"janvier", "januari", "January", "Januar", "enero"},
	"2":  {"février", "februari", "February", "Februar", "febrero"},
	"3":  {"mars", "maart", "March", "März", "marzo"},
	"4":  {"avril", "april", "April", "April", "abril"},
	"5":  {"mai", "mei", "May", "Mai", "mayo"},
	"6":  {"juin", "juni", "June", "Juni", "junio"},
	"7":  {"juillet", "juli", "July", "Juli", "julio"},
	"8":  {"août", "augustus", "August", "August", "agosto"},
	"9":  {"septembre", "september", "September", "September", "septiembre"},
	"10": {"octobre", "oktober", "October", "Oktober", "octubre"},
	"11": {"novembre", "november", "November", "November", "noviembre"},
	"12": {"décembre", "december", "December", "Dezember", "diciembre"},
}

var vocabUnits = map[string]vocabLabels{
	"percent": {"Pourcentage", "Percentage", "Percentage", "Prozent", "Porcentaje"},
	"count":   {"Nombre", "Aantal", "Number", "Anzahl", "Número"},
	"eur":     {"Euros", "Euro", "Euros", "Euro", "Euros"},
}

// vocabBases names the lawful bases of GDPR art. 6(1) that catalogue entries
// may record: (e) public task and (a) consent.
var vocabBases = map[string]vocabLabels{
	"public-task": {"Mission d’intérêt public", "Taak van algemeen belang", "Public task", "Aufgabe im öffentlichen Interesse", "Misión de interés público"},
	"consent":     {"Consentement", "Toestemming", "Consent", "Einwilligung", "Consentimiento"},
}

var vocabKinds = map[string]vocabLabels{
	"programme":   {"Formation", "Opleiding", "Programme", "Studiengang", "Programa"},
	"chair":       {"Chaire", "Leerstoel", "Chair", "Lehrstuhl", "Cátedra"},
	"network":     {"Réseau", "Netwerk", "Network", "Netzwerk", "Red"},
	"alumni":      {"Bureau des alumni", "Alumnibureau", "Alumni office", "Alumnibüro", "Oficina de antiguos alumnos"},
	"institution": {"Établissement", "Instelling", "Institution", "Einrichtung", "Institución"},
}
