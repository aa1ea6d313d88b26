// Package scaffold writes new things for authors: a whole site (a copy of the
// showcase), a catalogue entry with every field commented and every language
// key ready to fill, or a Markdown page in every language. It never
// overwrites a file.
package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
)

// Site copies the showcase site (site.yaml, content/, data/, i18n/) into dir,
// which must not exist or be empty, with the editor files of Editor.
// It returns the files written, with slash-separated paths under dir.
func Site(showcase fs.FS, dir string) ([]string, error) {
	if err := emptyDir(dir); err != nil {
		return nil, err
	}
	var written []string
	err := fs.WalkDir(showcase, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(showcase, p)
		if err != nil {
			return err
		}
		if err := writeNew(target, data); err != nil {
			return err
		}
		written = append(written, p)
		return nil
	})
	if err != nil {
		return written, err
	}
	langs := Languages
	if cfg := config.Read(showcase); cfg != nil && cfg.Langs != nil {
		langs = cfg.Langs.Codes()
	}
	more, err := Editor(dir, langs)
	return append(written, more...), err
}

// emptyDir refuses a folder that holds anything: a new site never mixes
// with files that were there before.
func emptyDir(dir string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty: choose a new folder", dir)
	}
	return nil
}

// Editor writes what editors need to validate the site's YAML files while
// they are typed, and a .gitignore for the output folder:
//
//   - docs/schemas/<kind>.json, the JSON Schemas of the catalogue files for
//     the site's languages, where every catalogue file's first line
//     ("# yaml-language-server: $schema=../../docs/schemas/programme.json")
//     points;
//   - .vscode/settings.json, which maps each data/ folder to its schema for
//     VS Code's YAML extension (also for files without that first line), and
//     .vscode/extensions.json, which recommends the extension.
//
// A file that exists already is left as it is. It returns the files written.
func Editor(dir string, langs []string) ([]string, error) {
	var written []string
	add := func(rel string, data []byte) error {
		err := writeNew(filepath.Join(dir, filepath.FromSlash(rel)), data)
		if errors.Is(err, errExists) {
			return nil
		}
		if err == nil {
			written = append(written, rel)
		}
		return err
	}
	var schemas []string
	for _, kind := range catalog.SchemaKinds {
		js, err := catalog.JSONSchema(kind, langs)
		if err != nil {
			return written, err
		}
		if err := add("docs/schemas/"+kind+".json", js); err != nil {
			return written, err
		}
		glob := "data/figures.yaml"
		if k, ok := KindOf[kind]; ok {
			glob = "data/" + k + "/*.yaml"
		}
		schemas = append(schemas, "    \"./docs/schemas/"+kind+".json\": \""+glob+"\"")
	}
	for _, f := range [][2]string{
		{".vscode/settings.json", "{\n  \"yaml.schemas\": {\n" + strings.Join(schemas, ",\n") + "\n  }\n}\n"},
		{".vscode/extensions.json", "{\n  \"recommendations\": [\"redhat.vscode-yaml\"]\n}\n"},
		{".gitignore", "/public/\n"},
	} {
		if err := add(f[0], []byte(f[1])); err != nil {
			return written, err
		}
	}
	return written, nil
}

// errExists is returned by writeNew for a file that exists already.
var errExists = errors.New("already exists: vitrine never overwrites a file")

func writeNew(p string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s %w", p, errExists)
		}
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// KindOf maps the singular names the command takes to catalogue kinds.
var KindOf = map[string]string{
	"programme":   catalog.Programmes,
	"institution": catalog.Institutions,
	"network":     catalog.Networks,
	"chair":       catalog.Chairs,
	"alumni":      catalog.Alumni,
	"event":       catalog.Events,
}

// Entry writes data/<kind>/<id>.yaml in site with every field commented.
// langs are the site's language codes.
func Entry(site, singular, id string, langs []string) (string, error) {
	kind, ok := KindOf[singular]
	if !ok {
		return "", fmt.Errorf("%q is not a catalogue kind: use programme, institution, network, chair, alumni or event", singular)
	}
	if err := catalog.CheckID(id); err != nil {
		return "", fmt.Errorf("id: %v", err)
	}
	p := filepath.Join(site, "data", kind, id+".yaml")
	return p, writeNew(p, []byte(entryTemplate(singular, langs)))
}

// Page writes content/<path>.<lang>.md for every language. A page under
// news/ gets today's date (a dated page is a news item, listed and in the
// feed); today is the build's "today" (SOURCE_DATE_EPOCH, else the clock).
func Page(site, rel string, langs []string, today time.Time) ([]string, error) {
	rel = strings.TrimSuffix(path.Clean("/"+filepath.ToSlash(rel)), ".md")
	rel = strings.TrimPrefix(rel, "/")
	if rel == "" || strings.Contains(rel, "..") {
		return nil, fmt.Errorf("give the page's path under content/, like mobility or news/open-day")
	}
	if err := catalog.CheckID(path.Base(rel)); err != nil && path.Base(rel) != "_index" {
		return nil, fmt.Errorf("page name: %v", err)
	}
	var written []string
	for _, l := range langs {
		p := filepath.Join(site, "content", filepath.FromSlash(rel)+"."+l+".md")
		date := "# date: " + today.Format("2006-01-02") + "   # a dated page is a news item: listed by date and in the feed\n"
		if strings.HasPrefix(rel, "news/") {
			date = "date: " + today.Format("2006-01-02") + "     # the news item's date: listed by date and in the feed\n"
		}
		body := fmt.Sprintf("---\ntitle: \"\"            # required\ndescription: \"\"      # one or two sentences for search engines and lists\n%s# slug: %s          # the URL segment in this language\n# weight: 10\n# menu: main\ndraft: true          # remove when the page is ready\n---\n\n", date, path.Base(rel))
		if err := writeNew(p, []byte(body)); err != nil {
			return written, err
		}
		written = append(written, p)
	}
	return written, nil
}

// markdown writes a multilingual Markdown field with block scalars.
func markdown(b *strings.Builder, key, comment string, langs []string) {
	fmt.Fprintf(b, "%s:%s\n", key, commentOf(comment))
	for _, l := range langs {
		fmt.Fprintf(b, "  %s: |\n    \n", l)
	}
}

func commentOf(c string) string {
	if c == "" {
		return ""
	}
	return "   # " + c
}

// image writes the image block of an entry, commented out.
func image(b *strings.Builder, langs []string) {
	b.WriteString("# image:                # its page's banner, its card and its Open Graph image (docs/images.md)\n")
	b.WriteString("#   src: /images/campus.jpg   # a JPEG, PNG, WebP or GIF under static/\n")
	b.WriteString("#   alt:                 # required: what the image shows, for someone who cannot see it\n")
	for _, l := range langs {
		fmt.Fprintf(b, "#     %s: …\n", l)
	}
	b.WriteString("#   # decorative: true   # instead of alt, for an image that adds nothing to the page\n")
	b.WriteString("#   focus: 0.5,0.5       # what crops keep: across, then down, from 0 to 1\n")
	b.WriteString("#   credit: \"Photo: …\"   # shown under the image\n")
}

func entryTemplate(singular string, langs []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# yaml-language-server: $schema=../../docs/schemas/%s.json\n", singular)
	b.WriteString("# Fill in every language; a text left empty falls back along site.yaml's\n# fallback chain and is marked \"not yet translated\" on the page.\n# Reference: docs/catalogues.md. Remove draft: true to publish.\ndraft: true\n")
	switch singular {
	case "programme":
		textValues(&b, "title", "required", nil, langs)
		textValues(&b, "summary", "required: one or two sentences", nil, langs)
		markdown(&b, "description", "what the programme is about", langs)
		b.WriteString("level: master          # bachelor | master | advanced-master | phd | short-cycle | summer-school | certificate\n")
		b.WriteString("ects: 120              # credits; must fit the level\n")
		b.WriteString("duration: P2Y          # ISO 8601: P1Y, P18M, P3W\n")
		b.WriteString("languages: [en]        # languages of instruction (ISO 639-1)\n")
		b.WriteString("fields: [\"0000\"]       # ISCED-F 2013 detailed fields, quoted: \"0421\" law, \"0613\" software…\n")
		b.WriteString("institutions: []       # ids from data/institutions/; the first coordinates\n")
		b.WriteString("# degree: single        # single | joint | double | multiple\n# erasmusMundus: false\n# mode: full-time       # full-time | part-time\n# delivery: on-site     # on-site | hybrid | online\n# intake: [9]           # months the programme starts\n")
		b.WriteString("# deadlines:             # YYYY-MM-DD closes once the day is over; --MM-DD comes back every year\n#   - {audience: non-eea, date: --03-01}   # eea | non-eea | all\n# tuition:\n#   - {audience: eea, amount: 835, currency: EUR, per: year, year: 2026-2027}\n# languageRequirements:\n#   - {language: en, cefr: B2}\n")
		markdown(&b, "admission", "admission requirements", langs)
		b.WriteString("outcomes: []           # learning outcomes: - {fr: …, en: …}\n")
		markdown(&b, "careers", "", langs)
		b.WriteString("# networks: []          # ids from data/networks/\n# url: https://…         # the official programme page\n# contact: international@example.be   # a role address, never a person's\n")
		image(&b, langs)
	case "institution":
		textValues(&b, "name", "required: the official name", nil, langs)
		b.WriteString("# short: ULiège\ncountry: BE            # ISO 3166-1 alpha-2\n")
		textValues(&b, "city", "required", nil, langs)
		b.WriteString("# community: fwb        # fwb | vl | dg | other\n# type: university      # university | university-college | art-school | research-centre | other\nurl: https://          # required: the official website\n# international: https://…   # the international office's page\n# erasmusCode: \"B  LIEGE01\"\n# schac: uliege.be\n# pic: \"999999999\"\n# ror: https://ror.org/00afp2z80\n# logo: /logos/uliege.png   # under static/: an SVG, or a PNG, JPEG or WebP (resized by vitrine)\n")
		textValues(&b, "summary", "one or two sentences", nil, langs)
		markdown(&b, "description", "", langs)
		image(&b, langs)
	case "network":
		b.WriteString("# acronym: UniGR\n")
		textValues(&b, "name", "required", nil, langs)
		b.WriteString("kind: university-network   # university-network | umbrella | cross-border | european-university | thematic | development\n# scope: [BE, DE, FR, LU]\nmembers: []            # ids from data/institutions/, or {name: …, country: XX}\n# since: 2008\n# url: https://…\n# contact: info@example.org\n")
		textValues(&b, "summary", "one or two sentences", nil, langs)
		markdown(&b, "description", "", langs)
		image(&b, langs)
	case "chair":
		textValues(&b, "name", "required", nil, langs)
		textValues(&b, "summary", "one or two sentences", nil, langs)
		b.WriteString("host: \"\"               # required: an id from data/institutions/, or {name: …, city: …, country: US}\n# partners: []          # ids of the institutions taking part in the rotation\n# established: 2003\n# fields: [\"0222\"]\n# minStayWeeks: 10\n")
		markdown(&b, "description", "", langs)
		markdown(&b, "rotation", "how holders are chosen", langs)
		b.WriteString("# holders:              # the only place a person may be named (GDPR)\n#   - {period: 2026-2027, name: …, home: kuleuven, basis: public-task, reviewBy: 2027-12-31}\n# url: https://…\n# contact: chairs@example.be\n")
		image(&b, langs)
	case "alumni":
		b.WriteString("institution: \"\"        # required: an id from data/institutions/\n")
		textValues(&b, "office", "required: the office's name", nil, langs)
		b.WriteString("email: alumni@example.be   # required: a role address, never a person's\n# phone: \"+32 …\"\n# url: https://…       # the alumni platform\n# languages: [en, fr]\n# countries: [US, CA]\n# materials:\n#   - {kind: roll-up, title: {en: …}, languages: [en]}   # roll-up | flyer | brochure | banner | gadget | poster | flag\n")
		markdown(&b, "howTo", "how a diplomatic post reaches alumni through the office", langs)
	case "event":
		textValues(&b, "title", "required", nil, langs)
		textValues(&b, "summary", "one or two sentences, for lists and calendars", nil, langs)
		markdown(&b, "description", "", langs)
		b.WriteString("type: open-day           # required: fair | open-day | information-session | webinar | lecture\nstart: 2027-03-06T10:00  # required: local time in the event's time zone, or a date (2027-03-06) for whole days\nend: 2027-03-06T16:00    # not before start\n# timeZone: America/Montreal   # default: timeZone of site.yaml\nplace: {name: …, city: …, country: BE}   # a place, an online link, or both\n# online: https://…\n# audience: [students]   # students | researchers | partners | alumni | public\n# languages: [en]\n# registration: https://…   # https only\n# programmes: []          # ids from data/programmes/: their pages list the event\n# institutions: []\n# chairs: []\n")
	}
	return b.String()
}
