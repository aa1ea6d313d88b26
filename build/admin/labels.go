package admin

// Labels of the editor in the five languages of the built-in vocabularies,
// in the order fr, nl, en, de, es (lang.Languages).

import (
	"slices"

	"github.com/vitrine-ssg/vitrine/build/lang"
)

type labels [5]string

// fieldLabels names the YAML keys of catalogue files and front matter, by
// key: a key means the same thing in every kind.
var fieldLabels = map[string]labels{
	"example":              {"Exemple", "Voorbeeld", "Example", "Beispiel", "Ejemplo"},
	"draft":                {"Brouillon", "Concept", "Draft", "Entwurf", "Borrador"},
	"slug":                 {"Segment d’URL", "URL-segment", "URL segment", "URL-Segment", "Segmento de URL"},
	"updated":              {"Dernière vérification", "Laatst gecontroleerd", "Last checked", "Zuletzt geprüft", "Última comprobación"},
	"basis":                {"Base légale (RGPD)", "Rechtsgrond (AVG)", "Lawful basis (GDPR)", "Rechtsgrundlage (DSGVO)", "Base jurídica (RGPD)"},
	"reviewBy":             {"À revoir avant le", "Herzien vóór", "Review by", "Überprüfen bis", "Revisar antes del"},
	"name":                 {"Nom", "Naam", "Name", "Name", "Nombre"},
	"short":                {"Nom court", "Korte naam", "Short name", "Kurzname", "Nombre corto"},
	"country":              {"Pays", "Land", "Country", "Land", "País"},
	"city":                 {"Ville", "Stad", "City", "Stadt", "Ciudad"},
	"community":            {"Communauté", "Gemeenschap", "Community", "Gemeinschaft", "Comunidad"},
	"type":                 {"Type", "Type", "Type", "Art", "Tipo"},
	"url":                  {"Site web", "Website", "Website", "Website", "Sitio web"},
	"international":        {"Page du service international", "Pagina van de internationale dienst", "International office page", "Seite des International Office", "Página de la oficina internacional"},
	"erasmusCode":          {"Code Erasmus", "Erasmuscode", "Erasmus code", "Erasmus-Code", "Código Erasmus"},
	"schac":                {"Code SCHAC", "SCHAC-code", "SCHAC code", "SCHAC-Code", "Código SCHAC"},
	"pic":                  {"PIC", "PIC", "PIC", "PIC", "PIC"},
	"ror":                  {"Identifiant ROR", "ROR-identificatie", "ROR identifier", "ROR-Kennung", "Identificador ROR"},
	"logo":                 {"Logo", "Logo", "Logo", "Logo", "Logotipo"},
	"src":                  {"Fichier (chemin sous static/, par ex. /images/campus.jpg)", "Bestand (pad onder static/, bv. /images/campus.jpg)", "File (path under static/, e.g. /images/campus.jpg)", "Datei (Pfad unter static/, z. B. /images/campus.jpg)", "Archivo (ruta bajo static/, p. ej. /images/campus.jpg)"},
	"alt":                  {"Texte alternatif (ce que montre l’image)", "Alternatieve tekst (wat de afbeelding toont)", "Alt text (what the image shows)", "Alternativtext (was das Bild zeigt)", "Texto alternativo (lo que muestra la imagen)"},
	"decorative":           {"Image décorative (sans texte alternatif)", "Decoratieve afbeelding (zonder alternatieve tekst)", "Decorative image (no alt text)", "Dekoratives Bild (ohne Alternativtext)", "Imagen decorativa (sin texto alternativo)"},
	"focus":                {"Point focal (x,y de 0 à 1, par ex. 0.3,0.6)", "Brandpunt (x,y van 0 tot 1, bv. 0.3,0.6)", "Focal point (x,y from 0 to 1, e.g. 0.3,0.6)", "Fokuspunkt (x,y von 0 bis 1, z. B. 0.3,0.6)", "Punto focal (x,y de 0 a 1, p. ej. 0.3,0.6)"},
	"credit":               {"Crédit", "Bronvermelding", "Credit", "Bildnachweis", "Créditos"},
	"summary":              {"Résumé", "Samenvatting", "Summary", "Kurzbeschreibung", "Resumen"},
	"description":          {"Description", "Beschrijving", "Description", "Beschreibung", "Descripción"},
	"title":                {"Titre", "Titel", "Title", "Titel", "Título"},
	"level":                {"Niveau", "Niveau", "Level", "Niveau", "Nivel"},
	"ects":                 {"Crédits ECTS", "ECTS-studiepunten", "ECTS credits", "ECTS-Punkte", "Créditos ECTS"},
	"duration":             {"Durée (ISO 8601, par ex. P2Y)", "Duur (ISO 8601, bv. P2Y)", "Duration (ISO 8601, e.g. P2Y)", "Dauer (ISO 8601, z. B. P2Y)", "Duración (ISO 8601, p. ej. P2Y)"},
	"languages":            {"Langues", "Talen", "Languages", "Sprachen", "Idiomas"},
	"fields":               {"Domaines d’études (ISCED-F)", "Studiegebieden (ISCED-F)", "Fields of study (ISCED-F)", "Studienbereiche (ISCED-F)", "Ámbitos de estudio (ISCED-F)"},
	"institutions":         {"Établissements", "Instellingen", "Institutions", "Hochschulen", "Instituciones"},
	"degree":               {"Diplôme", "Diploma", "Degree", "Abschluss", "Titulación"},
	"erasmusMundus":        {"Erasmus Mundus", "Erasmus Mundus", "Erasmus Mundus", "Erasmus Mundus", "Erasmus Mundus"},
	"mode":                 {"Rythme", "Studievorm", "Study mode", "Studienform", "Modalidad"},
	"delivery":             {"Format", "Onderwijsvorm", "Delivery", "Lehrform", "Formato"},
	"intake":               {"Mois de rentrée", "Startmaanden", "Intake months", "Studienbeginn (Monate)", "Meses de inicio"},
	"deadlines":            {"Dates limites", "Deadlines", "Deadlines", "Bewerbungsfristen", "Plazos"},
	"tuition":              {"Droits d’inscription", "Inschrijvingsgeld", "Tuition", "Studiengebühren", "Matrícula"},
	"admission":            {"Admission", "Toelating", "Admission", "Zulassung", "Admisión"},
	"languageRequirements": {"Exigences linguistiques", "Taalvereisten", "Language requirements", "Sprachanforderungen", "Requisitos lingüísticos"},
	"outcomes":             {"Acquis d’apprentissage", "Leerresultaten", "Learning outcomes", "Lernergebnisse", "Resultados de aprendizaje"},
	"careers":              {"Débouchés", "Loopbaanperspectieven", "Careers", "Berufsperspektiven", "Salidas profesionales"},
	"networks":             {"Réseaux", "Netwerken", "Networks", "Netzwerke", "Redes"},
	"scholarships":         {"Bourses", "Beurzen", "Scholarships", "Stipendien", "Becas"},
	"contact":              {"Adresse de contact", "Contactadres", "Contact address", "Kontaktadresse", "Dirección de contacto"},
	"audience":             {"Public", "Doelgroep", "Audience", "Zielgruppe", "Destinatarios"},
	"date":                 {"Date", "Datum", "Date", "Datum", "Fecha"},
	"amount":               {"Montant", "Bedrag", "Amount", "Betrag", "Importe"},
	"currency":             {"Devise", "Munt", "Currency", "Währung", "Moneda"},
	"per":                  {"Par", "Per", "Per", "Pro", "Por"},
	"language":             {"Langue", "Taal", "Language", "Sprache", "Idioma"},
	"cefr":                 {"Niveau CECR", "ERK-niveau", "CEFR level", "GER-Niveau", "Nivel MCER"},
	"host":                 {"Établissement d’accueil", "Gastinstelling", "Host institution", "Gasthochschule", "Institución de acogida"},
	"partners":             {"Partenaires", "Partners", "Partners", "Partner", "Socios"},
	"established":          {"Année de création", "Opgericht in", "Established", "Gegründet", "Año de creación"},
	"rotation":             {"Rotation", "Rotatie", "Rotation", "Rotation", "Rotación"},
	"minStayWeeks":         {"Séjour minimum (semaines)", "Minimaal verblijf (weken)", "Minimum stay (weeks)", "Mindestaufenthalt (Wochen)", "Estancia mínima (semanas)"},
	"holders":              {"Titulaires", "Titularissen", "Holders", "Lehrstuhlinhaber", "Titulares"},
	"lectures":             {"Conférences", "Lezingen", "Lectures", "Vorträge", "Conferencias"},
	"period":               {"Période", "Periode", "Period", "Zeitraum", "Periodo"},
	"home":                 {"Établissement d’origine", "Thuisinstelling", "Home institution", "Heimathochschule", "Institución de origen"},
	"topic":                {"Thème", "Onderwerp", "Topic", "Thema", "Tema"},
	"place":                {"Lieu", "Plaats", "Place", "Ort", "Lugar"},
	"acronym":              {"Sigle", "Acroniem", "Acronym", "Akronym", "Sigla"},
	"kind":                 {"Type", "Soort", "Kind", "Art", "Tipo"},
	"scope":                {"Pays couverts", "Landen", "Countries covered", "Abgedeckte Länder", "Países abarcados"},
	"members":              {"Membres", "Leden", "Members", "Mitglieder", "Miembros"},
	"since":                {"Depuis", "Sinds", "Since", "Seit", "Desde"},
	"institution":          {"Établissement", "Instelling", "Institution", "Hochschule", "Institución"},
	"office":               {"Service", "Dienst", "Office", "Stelle", "Oficina"},
	"email":                {"Courriel", "E-mail", "E-mail", "E-Mail", "Correo electrónico"},
	"phone":                {"Téléphone", "Telefoon", "Phone", "Telefon", "Teléfono"},
	"countries":            {"Pays desservis", "Bediende landen", "Countries served", "Betreute Länder", "Países atendidos"},
	"chapters":             {"Antennes locales", "Lokale afdelingen", "Chapters", "Ortsgruppen", "Delegaciones locales"},
	"materials":            {"Matériel promotionnel", "Promotiemateriaal", "Promotional material", "Werbematerial", "Material promocional"},
	"howTo":                {"Comment joindre les alumni", "Hoe alumni te bereiken", "How to reach alumni", "So erreichen Sie die Alumni", "Cómo contactar con los antiguos alumnos"},
	"figures":              {"Chiffres clés", "Kerncijfers", "Key figures", "Kennzahlen", "Cifras clave"},
	"id":                   {"Identifiant", "Identificatie", "Identifier", "Kennung", "Identificador"},
	"label":                {"Libellé", "Label", "Label", "Bezeichnung", "Etiqueta"},
	"value":                {"Valeur", "Waarde", "Value", "Wert", "Valor"},
	"approx":               {"Approximation", "Benadering", "Approximation", "Näherung", "Aproximación"},
	"max":                  {"Valeur haute (fourchette)", "Bovengrens (bereik)", "Upper value (range)", "Obergrenze (Spanne)", "Valor superior (intervalo)"},
	"unit":                 {"Unité", "Eenheid", "Unit", "Einheit", "Unidad"},
	"year":                 {"Année", "Jaar", "Year", "Jahr", "Año"},
	"source":               {"Source", "Bron", "Source", "Quelle", "Fuente"},
	"group":                {"Groupe", "Groep", "Group", "Gruppe", "Grupo"},
	"start":                {"Début", "Begin", "Start", "Beginn", "Inicio"},
	"end":                  {"Fin", "Einde", "End", "Ende", "Fin"},
	"timeZone":             {"Fuseau horaire (IANA, par ex. Europe/Brussels)", "Tijdzone (IANA, bv. Europe/Brussels)", "Time zone (IANA, e.g. Europe/Brussels)", "Zeitzone (IANA, z. B. Europe/Brussels)", "Zona horaria (IANA, p. ej. Europe/Brussels)"},
	"address":              {"Adresse", "Adres", "Address", "Adresse", "Dirección"},
	"online":               {"Lien de participation en ligne", "Link om online deel te nemen", "Online link", "Link zur Online-Teilnahme", "Enlace para participar en línea"},
	"registration":         {"Page d’inscription", "Inschrijvingspagina", "Registration page", "Anmeldeseite", "Página de inscripción"},
	"programmes":           {"Programmes", "Opleidingen", "Programmes", "Studiengänge", "Programas"},
	"chairs":               {"Chaires", "Leerstoelen", "Chairs", "Lehrstühle", "Cátedras"},
	// Front matter of pages.
	"linkTitle":      {"Titre court (menus)", "Korte titel (menu’s)", "Short title (menus)", "Kurztitel (Menüs)", "Título corto (menús)"},
	"weight":         {"Ordre", "Volgorde", "Order", "Reihenfolge", "Orden"},
	"menu":           {"Menu", "Menu", "Menu", "Menü", "Menú"},
	"aliases":        {"Anciennes adresses", "Oude adressen", "Former addresses", "Frühere Adressen", "Direcciones anteriores"},
	"image":          {"Image", "Afbeelding", "Image", "Bild", "Imagen"},
	"imageAlt":       {"Texte alternatif de l’image", "Alternatieve tekst van de afbeelding", "Image alt text", "Alternativtext des Bildes", "Texto alternativo de la imagen"},
	"imageFocus":     {"Point d’intérêt de l’image (x,y de 0 à 1)", "Focuspunt van de afbeelding (x,y van 0 tot 1)", "Image focal point (x,y from 0 to 1)", "Bildschwerpunkt (x,y von 0 bis 1)", "Punto focal de la imagen (x,y de 0 a 1)"},
	"imageCredit":    {"Crédit de l’image", "Bronvermelding van de afbeelding", "Image credit", "Bildnachweis", "Créditos de la imagen"},
	"layout":         {"Mise en page", "Lay-out", "Layout", "Layout", "Diseño"},
	"translationKey": {"Clé de traduction", "Vertaalsleutel", "Translation key", "Übersetzungsschlüssel", "Clave de traducción"},
	"body":           {"Texte", "Tekst", "Text", "Text", "Texto"},
}

// messages are the editor's own sentences: pattern errors and the pages
// of /admin/.
var messages = map[string]labels{
	"pattern.id":            {"lettres minuscules, chiffres et traits d’union, comme ma-droit-europeen", "kleine letters, cijfers en koppeltekens, zoals ma-europees-recht", "lower-case letters, digits and hyphens, like ma-european-law", "Kleinbuchstaben, Ziffern und Bindestriche, etwa ma-europarecht", "minúsculas, cifras y guiones, como ma-derecho-europeo"},
	"pattern.date":          {"une date AAAA-MM-JJ, comme 2027-03-01", "een datum JJJJ-MM-DD, zoals 2027-03-01", "a date YYYY-MM-DD, like 2027-03-01", "ein Datum JJJJ-MM-TT, etwa 2027-03-01", "una fecha AAAA-MM-DD, como 2027-03-01"},
	"pattern.duration":      {"une durée ISO 8601, comme P2Y (deux ans) ou P6M (six mois)", "een duur in ISO 8601, zoals P2Y (twee jaar) of P6M (zes maanden)", "an ISO 8601 duration, like P2Y (two years) or P6M (six months)", "eine Dauer nach ISO 8601, etwa P2Y (zwei Jahre) oder P6M (sechs Monate)", "una duración ISO 8601, como P2Y (dos años) o P6M (seis meses)"},
	"pattern.url":           {"une adresse qui commence par https://", "een adres dat begint met https://", "an address starting with https://", "eine Adresse, die mit https:// beginnt", "una dirección que empiece por https://"},
	"pattern.email":         {"une adresse électronique de service, comme international@exemple.be", "een functioneel e-mailadres, zoals international@voorbeeld.be", "a role e-mail address, like international@example.be", "eine Funktionsadresse, etwa international@beispiel.be", "una dirección de correo institucional, como international@ejemplo.be"},
	"pattern.phone":         {"un numéro au format international, comme +32 4 366 21 11", "een nummer in internationaal formaat, zoals +32 9 264 31 11", "a number in international format, like +32 16 32 40 10", "eine Nummer im internationalen Format, etwa +32 87 59 63 00", "un número en formato internacional, como +32 2 650 21 11"},
	"pattern.erasmus":       {"un code Erasmus comme « B  LIEGE01 » (pays complété à trois caractères)", "een Erasmuscode zoals ‘B  GENT01’ (land aangevuld tot drie tekens)", "an Erasmus code like “B  LIEGE01” (country padded to three characters)", "ein Erasmus-Code wie „B  LIEGE01“ (Land auf drei Zeichen aufgefüllt)", "un código Erasmus como «B  LIEGE01» (país completado a tres caracteres)"},
	"pattern.schac":         {"un nom de domaine, comme uliege.be", "een domeinnaam, zoals ugent.be", "a domain name, like uliege.be", "ein Domainname, etwa uliege.be", "un nombre de dominio, como uliege.be"},
	"pattern.pic":           {"neuf chiffres", "negen cijfers", "nine digits", "neun Ziffern", "nueve cifras"},
	"pattern.ror":           {"un identifiant ROR, comme https://ror.org/00afp2z80", "een ROR-identificatie, zoals https://ror.org/00afp2z80", "a ROR identifier, like https://ror.org/00afp2z80", "eine ROR-Kennung, etwa https://ror.org/00afp2z80", "un identificador ROR, como https://ror.org/00afp2z80"},
	"pattern.logo":          {"le nom d’un fichier sous static/, comme logos/uliege.svg", "de naam van een bestand onder static/, zoals logos/ugent.svg", "the name of a file under static/, like logos/uliege.svg", "der Name einer Datei unter static/, etwa logos/uliege.svg", "el nombre de un archivo en static/, como logos/uliege.svg"},
	"pattern.currency":      {"un code de devise ISO 4217 en majuscules, comme EUR", "een ISO 4217-muntcode in hoofdletters, zoals EUR", "an ISO 4217 currency code in capitals, like EUR", "ein ISO-4217-Währungscode in Großbuchstaben, etwa EUR", "un código de moneda ISO 4217 en mayúsculas, como EUR"},
	"pattern.deadline":      {"une date AAAA-MM-JJ, comme 2027-03-01, ou --03-01 pour le 1er mars de chaque année", "een datum JJJJ-MM-DD, zoals 2027-03-01, of --03-01 voor elk jaar op 1 maart", "a date YYYY-MM-DD, like 2027-03-01, or --03-01 for 1 March every year", "ein Datum JJJJ-MM-TT, etwa 2027-03-01, oder --03-01 für jedes Jahr am 1. März", "una fecha AAAA-MM-DD, como 2027-03-01, o --03-01 para el 1 de marzo de cada año"},
	"pattern.academic-year": {"une année académique comme 2026-2027, ou une année comme 2027", "een academiejaar zoals 2026-2027, of een jaar zoals 2027", "an academic year like 2026-2027, or a year like 2027", "ein Studienjahr wie 2026-2027 oder ein Jahr wie 2027", "un curso académico como 2026-2027, o un año como 2027"},
	"pattern.when":          {"une date AAAA-MM-JJ pour une journée entière, comme 2027-03-06, ou une date et une heure locale, comme 2027-03-06T10:00", "een datum JJJJ-MM-DD voor een hele dag, zoals 2027-03-06, of een datum met een lokaal tijdstip, zoals 2027-03-06T10:00", "a date YYYY-MM-DD for a whole day, like 2027-03-06, or a date and a local time, like 2027-03-06T10:00", "ein Datum JJJJ-MM-TT für einen ganzen Tag, etwa 2027-03-06, oder ein Datum mit Ortszeit, etwa 2027-03-06T10:00", "una fecha AAAA-MM-DD para un día entero, como 2027-03-06, o una fecha y una hora local, como 2027-03-06T10:00"},
	"pattern.https":         {"une adresse qui commence par https://", "een adres dat begint met https://", "an address starting with https://", "eine Adresse, die mit https:// beginnt", "una dirección que empiece por https://"},
	"pattern.slug":          {"lettres minuscules sans accents, chiffres et traits d’union, comme mobilite-etudiante", "kleine letters, cijfers en koppeltekens, zoals studentenmobiliteit", "lower-case letters, digits and hyphens, like student-mobility", "Kleinbuchstaben ohne Umlaute, Ziffern und Bindestriche, etwa studierendenmobilitaet", "minúsculas sin tildes, cifras y guiones, como movilidad-estudiantil"},
	"pattern.menu":          {"le nom d’un menu du thème, comme main ou footer", "de naam van een menu van het thema, zoals main of footer", "the name of one of the theme’s menus, like main or footer", "der Name eines Menüs des Themes, etwa main oder footer", "el nombre de un menú del tema, como main o footer"},
	"pattern.layout":        {"le nom d’une mise en page du thème, sans .html, comme page", "de naam van een lay-out van het thema, zonder .html, zoals page", "the name of a layout of the theme, without .html, like page", "der Name eines Layouts des Themes, ohne .html, etwa page", "el nombre de un diseño del tema, sin .html, como page"},
	"pattern.focus":         {"deux nombres de 0 à 1, horizontal puis vertical, comme 0.3,0.6 (0.5,0.5 est le centre)", "twee getallen van 0 tot 1, horizontaal en dan verticaal, zoals 0.3,0.6 (0.5,0.5 is het midden)", "two numbers from 0 to 1, across then down, like 0.3,0.6 (0.5,0.5 is the centre)", "zwei Zahlen von 0 bis 1, waagerecht, dann senkrecht, etwa 0.3,0.6 (0.5,0.5 ist die Mitte)", "dos números de 0 a 1, horizontal y luego vertical, como 0.3,0.6 (0.5,0.5 es el centro)"},
	"expected":              {"Attendu : %s.", "Verwacht: %s.", "Expected: %s.", "Erwartet: %s.", "Se espera: %s."},
	"pages":                 {"Pages", "Pagina’s", "Pages", "Seiten", "Páginas"},
	"section":               {"Pages de la section %s", "Pagina’s van de rubriek %s", "Pages of the %s section", "Seiten des Bereichs %s", "Páginas de la sección %s"},
	"inline":                {"Établissements écrits directement dans le fichier (modifiez-les dans le fichier) : %s", "Instellingen die rechtstreeks in het bestand staan (wijzig ze in het bestand): %s", "Institutions written inline in the file (edit them in the file): %s", "Direkt in der Datei eingetragene Hochschulen (bitte in der Datei ändern): %s", "Instituciones escritas directamente en el archivo (modifíquelas en el archivo): %s"},
	"admin.title":           {"Modifier le site", "De site bewerken", "Edit the site", "Website bearbeiten", "Editar el sitio"},
	"admin.missing":         {"L’éditeur n’est pas installé sur cette copie du site : son script (Decap CMS) n’a pas été téléchargé avant la construction. Exécutez « bash admin/update.sh » dans le dossier du site, puis reconstruisez le site.", "De editor is niet geïnstalleerd op deze kopie van de site: het script (Decap CMS) werd niet gedownload voordat de site werd gebouwd. Voer ‘bash admin/update.sh’ uit in de map van de site en bouw de site opnieuw.", "The editor is not installed on this copy of the site: its script (Decap CMS) was not downloaded before the build. Run “bash admin/update.sh” in the site’s folder, then build the site again.", "Der Editor ist in dieser Kopie der Website nicht installiert: Sein Skript (Decap CMS) wurde vor dem Erstellen nicht heruntergeladen. Führen Sie im Ordner der Website „bash admin/update.sh“ aus und erstellen Sie die Website dann neu.", "El editor no está instalado en esta copia del sitio: su script (Decap CMS) no se descargó antes de generarlo. Ejecute «bash admin/update.sh» en la carpeta del sitio y vuelva a generar el sitio."},
	"admin.noscript":        {"L’éditeur a besoin de JavaScript.", "De editor heeft JavaScript nodig.", "The editor needs JavaScript.", "Der Editor benötigt JavaScript.", "El editor necesita JavaScript."},
}

// langIndex returns the position of code in labels, or that of English
// for a language without built-in labels.
func langIndex(code string) int {
	if i := slices.Index(lang.Languages(), code); i >= 0 {
		return i
	}
	return 2
}

// fieldLabel returns the label of a key in code; a key without a label
// (a field added to the Go types without one here) is shown as it is
// written in the file, and TestLabelsComplete reports it.
func fieldLabel(key, code string) string {
	if l, ok := fieldLabels[key]; ok {
		return l[langIndex(code)]
	}
	return key
}

func message(key, code string) string { return messages[key][langIndex(code)] }
