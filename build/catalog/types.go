package catalog

import (
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/schema"
	"gopkg.in/yaml.v3"
)

// Markdown is a multilingual Markdown text.
type Markdown struct {
	lang.Text
}

// Common holds the fields every entry accepts, and what the loader knows of
// the entry (its kind, id and file).
type Common struct {
	Example  bool        `yaml:"example"`
	Draft    bool        `yaml:"draft"`
	Slug     lang.Text   `yaml:"slug"`
	Updated  schema.Date `yaml:"updated"`
	Basis    string      `yaml:"basis"`
	ReviewBy schema.Date `yaml:"reviewBy"`
	Pos      diag.Pos
	At       schema.Positions

	Kind string `yaml:"-"`
	ID   string `yaml:"-"`
	File string `yaml:"-"`
}

// Meta returns the common part of an entry.
func (c *Common) Meta() *Common { return c }

// Entry is any catalogue entry.
type Entry interface {
	Meta() *Common
	// Name is the entry's display name.
	Name() lang.Text
}

// Ref is a reference to another entry by id.
type Ref struct {
	ID  string
	Pos diag.Pos
}

// DecodeYAML reads an id.
func (r *Ref) DecodeYAML(d *schema.Decoder, n *yaml.Node) {
	r.Pos = d.Pos(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.Errorf(n, "expected the id of an entry (its file name without .yaml), found %s", schema.Describe(n))
		return
	}
	r.ID = n.Value
}

// Place is an institution that has no entry of its own, written inline.
type Place struct {
	Name    lang.Text `yaml:"name,required"`
	City    lang.Text `yaml:"city"`
	Country string    `yaml:"country"`
	URL     string    `yaml:"url"`
	Pos     diag.Pos
	At      schema.Positions
}

// InstitutionRef names an institution by id, or describes one inline.
type InstitutionRef struct {
	Ref
	Inline *Place
	// Target is the referenced institution, once resolved.
	Target *Institution `yaml:"-"`
}

// DecodeYAML reads an id or an inline {name, city, country}.
func (r *InstitutionRef) DecodeYAML(d *schema.Decoder, n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		r.Pos = d.Pos(n)
		r.Inline = &Place{}
		d.Decode(n, r.Inline)
		return
	}
	r.Ref.DecodeYAML(d, n)
}

// Institution is a university or college.
type Institution struct {
	Common        `yaml:",inline"`
	Title         lang.Text `yaml:"name,required"`
	Short         string    `yaml:"short"`
	Country       string    `yaml:"country,required"`
	City          lang.Text `yaml:"city,required"`
	Community     string    `yaml:"community"`
	Type          string    `yaml:"type"`
	URL           string    `yaml:"url,required"`
	International string    `yaml:"international"`
	ErasmusCode   string    `yaml:"erasmusCode"`
	SCHAC         string    `yaml:"schac"`
	PIC           string    `yaml:"pic"`
	ROR           string    `yaml:"ror"`
	Logo          string    `yaml:"logo"`
	Summary       lang.Text `yaml:"summary"`
	Description   Markdown  `yaml:"description"`

	// Filled by Resolve.
	Programmes []*Programme  `yaml:"-"`
	Chairs     []*Chair      `yaml:"-"`
	Networks   []*Network    `yaml:"-"`
	Alumni     *AlumniOffice `yaml:"-"`
}

// Name returns the institution's name.
func (i *Institution) Name() lang.Text { return i.Title }

// Deadline is an application deadline.
type Deadline struct {
	Audience string      `yaml:"audience,required"`
	Date     schema.Date `yaml:"date,required"`
	Pos      diag.Pos
	At       schema.Positions
}

// Fee is a tuition fee.
type Fee struct {
	Audience string  `yaml:"audience,required"`
	Amount   float64 `yaml:"amount,required"`
	Currency string  `yaml:"currency,required"`
	Per      string  `yaml:"per"`
	Pos      diag.Pos
	At       schema.Positions
}

// LanguageRequirement is a language level required for admission.
type LanguageRequirement struct {
	Language string `yaml:"language,required"`
	CEFR     string `yaml:"cefr,required"`
	Pos      diag.Pos
	At       schema.Positions
}

// Programme is a study programme.
type Programme struct {
	Common               `yaml:",inline"`
	Title                lang.Text             `yaml:"title,required"`
	Summary              lang.Text             `yaml:"summary,required"`
	Description          Markdown              `yaml:"description"`
	Level                string                `yaml:"level,required"`
	ECTS                 int                   `yaml:"ects"`
	Duration             string                `yaml:"duration,required"`
	Languages            []string              `yaml:"languages,required"`
	Fields               []string              `yaml:"fields,required"`
	Institutions         []InstitutionRef      `yaml:"institutions,required"`
	Degree               string                `yaml:"degree"`
	ErasmusMundus        bool                  `yaml:"erasmusMundus"`
	Mode                 string                `yaml:"mode"`
	Delivery             string                `yaml:"delivery"`
	Intake               []int                 `yaml:"intake"`
	Deadlines            []Deadline            `yaml:"deadlines"`
	Tuition              []Fee                 `yaml:"tuition"`
	Admission            Markdown              `yaml:"admission"`
	LanguageRequirements []LanguageRequirement `yaml:"languageRequirements"`
	Outcomes             []lang.Text           `yaml:"outcomes"`
	Careers              Markdown              `yaml:"careers"`
	Networks             []Ref                 `yaml:"networks"`
	Scholarships         Markdown              `yaml:"scholarships"`
	URL                  lang.Text             `yaml:"url"`
	Contact              string                `yaml:"contact"`

	// Derived by validation.
	Length Duration `yaml:"-"`
	EQF    int      `yaml:"-"`
	// Filled by Resolve.
	NetworkTargets []*Network `yaml:"-"`
}

// Name returns the programme's title.
func (p *Programme) Name() lang.Text { return p.Title }

// Holder is a holder of a chair: the only place a person may be named.
type Holder struct {
	Period   string         `yaml:"period,required"`
	Person   string         `yaml:"name,required"`
	Home     InstitutionRef `yaml:"home"`
	Topic    lang.Text      `yaml:"topic"`
	Basis    string         `yaml:"basis,required"`
	ReviewBy schema.Date    `yaml:"reviewBy,required"`
	Pos      diag.Pos
	At       schema.Positions
}

// Lecture is a public lecture given within a chair.
type Lecture struct {
	Title lang.Text   `yaml:"title,required"`
	Date  schema.Date `yaml:"date"`
	Place lang.Text   `yaml:"place"`
	Pos   diag.Pos
	At    schema.Positions
}

// Chair is a visiting chair.
type Chair struct {
	Common       `yaml:",inline"`
	Title        lang.Text        `yaml:"name,required"`
	Summary      lang.Text        `yaml:"summary"`
	Host         InstitutionRef   `yaml:"host,required"`
	Partners     []InstitutionRef `yaml:"partners"`
	Established  int              `yaml:"established"`
	Fields       []string         `yaml:"fields"`
	Description  Markdown         `yaml:"description"`
	Rotation     Markdown         `yaml:"rotation"`
	MinStayWeeks int              `yaml:"minStayWeeks"`
	Holders      []Holder         `yaml:"holders"`
	Lectures     []Lecture        `yaml:"lectures"`
	URL          string           `yaml:"url"`
	Contact      string           `yaml:"contact"`
}

// Name returns the chair's name.
func (c *Chair) Name() lang.Text { return c.Title }

// Network is an academic network or cross-border grouping.
type Network struct {
	Common      `yaml:",inline"`
	Acronym     string           `yaml:"acronym"`
	Title       lang.Text        `yaml:"name,required"`
	Type        string           `yaml:"kind,required"`
	Scope       []string         `yaml:"scope"`
	Members     []InstitutionRef `yaml:"members"`
	Summary     lang.Text        `yaml:"summary"`
	Description Markdown         `yaml:"description"`
	Since       int              `yaml:"since"`
	URL         string           `yaml:"url"`
	Contact     string           `yaml:"contact"`

	// Filled by Resolve.
	Programmes []*Programme `yaml:"-"`
}

// Name returns the network's name.
func (n *Network) Name() lang.Text { return n.Title }

// Chapter is a local alumni chapter.
type Chapter struct {
	Country string    `yaml:"country,required"`
	City    lang.Text `yaml:"city"`
	URL     string    `yaml:"url"`
	Email   string    `yaml:"email"`
	Pos     diag.Pos
	At      schema.Positions
}

// Material is promotional material an alumni office lends.
type Material struct {
	Kind      string    `yaml:"kind,required"`
	Title     lang.Text `yaml:"title,required"`
	Languages []string  `yaml:"languages"`
	Pos       diag.Pos
	At        schema.Positions
}

// AlumniOffice is an institution's alumni office: a contact point, never a list of people.
type AlumniOffice struct {
	Common      `yaml:",inline"`
	Institution InstitutionRef `yaml:"institution,required"`
	Office      lang.Text      `yaml:"office,required"`
	Email       string         `yaml:"email,required"`
	Phone       string         `yaml:"phone"`
	URL         string         `yaml:"url"`
	Languages   []string       `yaml:"languages"`
	Countries   []string       `yaml:"countries"`
	Chapters    []Chapter      `yaml:"chapters"`
	Materials   []Material     `yaml:"materials"`
	HowTo       Markdown       `yaml:"howTo"`
}

// Name returns the office's name.
func (a *AlumniOffice) Name() lang.Text { return a.Office }

// Figure is a key figure.
type Figure struct {
	ID     string    `yaml:"id,required"`
	Label  lang.Text `yaml:"label,required"`
	Value  float64   `yaml:"value,required"`
	Unit   string    `yaml:"unit,required"`
	Year   int       `yaml:"year"`
	Source lang.Text `yaml:"source"`
	Group  lang.Text `yaml:"group"`
	Pos    diag.Pos
	At     schema.Positions
}

// figuresFile is the shape of data/figures.yaml.
type figuresFile struct {
	Figures []*Figure `yaml:"figures,required"`
}

// Abstract returns an entry's summary: the one or two sentences lists,
// cards and search engines show. Alumni offices have none.
func Abstract(e Entry) (lang.Text, bool) {
	switch v := e.(type) {
	case *Programme:
		return v.Summary, true
	case *Institution:
		return v.Summary, true
	case *Network:
		return v.Summary, true
	case *Chair:
		return v.Summary, true
	}
	return lang.Text{}, false
}
