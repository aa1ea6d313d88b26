package catalog

import (
	"encoding/json"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/privacy"
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
	Example  bool             `yaml:"example" json:"example,omitempty"`
	Draft    bool             `yaml:"draft" json:"draft,omitempty"`
	Slug     lang.Text        `yaml:"slug" json:"slug,omitzero"`
	Updated  schema.Date      `yaml:"updated" json:"updated,omitzero"`
	Basis    string           `yaml:"basis" json:"basis,omitempty"`
	ReviewBy schema.Date      `yaml:"reviewBy" json:"reviewBy,omitzero"`
	Pos      diag.Pos         `json:"-"`
	At       schema.Positions `json:"-"`

	Kind string `yaml:"-" json:"-"`
	ID   string `yaml:"-" json:"id"`
	File string `yaml:"-" json:"-"`
	// Personal lists the personal e-mail addresses the entry publishes,
	// each with its lawful basis (the entry's, or its record in
	// site.yaml), for the privacy report. Chair holders are not in it.
	Personal []privacy.Use `yaml:"-" json:"-"`
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

// IsZero reports whether the reference names nothing; the exports leave it out.
func (r Ref) IsZero() bool { return r.ID == "" }

// MarshalJSON writes the id.
func (r Ref) MarshalJSON() ([]byte, error) { return json.Marshal(r.ID) }

// Place is an institution that has no entry of its own, written inline.
type Place struct {
	Name    lang.Text        `yaml:"name,required" json:"name,omitzero"`
	City    lang.Text        `yaml:"city" json:"city,omitzero"`
	Country string           `yaml:"country" json:"country,omitempty"`
	URL     string           `yaml:"url" json:"url,omitempty"`
	Pos     diag.Pos         `json:"-"`
	At      schema.Positions `json:"-"`
}

// InstitutionRef names an institution by id, or describes one inline.
type InstitutionRef struct {
	Ref
	Inline *Place
	// Target is the referenced institution, once resolved.
	Target *Institution `yaml:"-" json:"-"`
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

// IsZero reports whether the reference names nothing; the exports leave it out.
func (r InstitutionRef) IsZero() bool { return r.ID == "" && r.Inline == nil }

// MarshalJSON writes the id, or the institution written inline.
func (r InstitutionRef) MarshalJSON() ([]byte, error) {
	if r.Inline != nil {
		return json.Marshal(r.Inline)
	}
	return json.Marshal(r.ID)
}

// Institution is a university or college.
type Institution struct {
	Common        `yaml:",inline"`
	Title         lang.Text `yaml:"name,required" json:"name,omitzero"`
	Short         string    `yaml:"short" json:"short,omitempty"`
	Country       string    `yaml:"country,required" json:"country,omitempty"`
	City          lang.Text `yaml:"city,required" json:"city,omitzero"`
	Community     string    `yaml:"community" json:"community,omitempty"`
	Type          string    `yaml:"type" json:"type,omitempty"`
	URL           string    `yaml:"url,required" json:"url,omitempty"`
	International string    `yaml:"international" json:"international,omitempty"`
	ErasmusCode   string    `yaml:"erasmusCode" json:"erasmusCode,omitempty"`
	SCHAC         string    `yaml:"schac" json:"schac,omitempty"`
	PIC           string    `yaml:"pic" json:"pic,omitempty"`
	ROR           string    `yaml:"ror" json:"ror,omitempty"`
	Logo          string    `yaml:"logo" json:"logo,omitempty"`
	Image         *Image    `yaml:"image" json:"image,omitempty"`
	Summary       lang.Text `yaml:"summary" json:"summary,omitzero"`
	Description   Markdown  `yaml:"description" json:"description,omitzero"`

	// Filled by Resolve.
	Programmes []*Programme  `yaml:"-" json:"-"`
	Chairs     []*Chair      `yaml:"-" json:"-"`
	Networks   []*Network    `yaml:"-" json:"-"`
	Alumni     *AlumniOffice `yaml:"-" json:"-"`
	Events     []*Event      `yaml:"-" json:"-"`
}

// Name returns the institution's name.
func (i *Institution) Name() lang.Text { return i.Title }

// Deadline is an application deadline.
type Deadline struct {
	Audience string           `yaml:"audience,required" json:"audience,omitempty"`
	Date     DeadlineDate     `yaml:"date,required" json:"date,omitzero"`
	Pos      diag.Pos         `json:"-"`
	At       schema.Positions `json:"-"`
}

// Fee is a tuition fee.
type Fee struct {
	Audience string  `yaml:"audience,required" json:"audience,omitempty"`
	Amount   float64 `yaml:"amount,required" json:"amount"`
	Currency string  `yaml:"currency,required" json:"currency,omitempty"`
	Per      string  `yaml:"per" json:"per,omitempty"`
	// Year is the academic year the amount applies to.
	Year AcademicYear     `yaml:"year" json:"year,omitzero"`
	Pos  diag.Pos         `json:"-"`
	At   schema.Positions `json:"-"`
}

// LanguageRequirement is a language level required for admission.
type LanguageRequirement struct {
	Language string           `yaml:"language,required" json:"language,omitempty"`
	CEFR     string           `yaml:"cefr,required" json:"cefr,omitempty"`
	Pos      diag.Pos         `json:"-"`
	At       schema.Positions `json:"-"`
}

// Programme is a study programme.
type Programme struct {
	Common               `yaml:",inline"`
	Title                lang.Text             `yaml:"title,required" json:"title,omitzero"`
	Summary              lang.Text             `yaml:"summary,required" json:"summary,omitzero"`
	Description          Markdown              `yaml:"description" json:"description,omitzero"`
	Level                string                `yaml:"level,required" json:"level,omitempty"`
	ECTS                 int                   `yaml:"ects" json:"ects,omitempty"`
	Duration             string                `yaml:"duration,required" json:"duration,omitempty"`
	Languages            []string              `yaml:"languages,required" json:"languages,omitempty"`
	Fields               []string              `yaml:"fields,required" json:"fields,omitempty"`
	Institutions         []InstitutionRef      `yaml:"institutions,required" json:"institutions,omitempty"`
	Degree               string                `yaml:"degree" json:"degree,omitempty"`
	ErasmusMundus        bool                  `yaml:"erasmusMundus" json:"erasmusMundus,omitempty"`
	Mode                 string                `yaml:"mode" json:"mode,omitempty"`
	Delivery             string                `yaml:"delivery" json:"delivery,omitempty"`
	Intake               []int                 `yaml:"intake" json:"intake,omitempty"`
	Deadlines            []Deadline            `yaml:"deadlines" json:"deadlines,omitempty"`
	Tuition              []Fee                 `yaml:"tuition" json:"tuition,omitempty"`
	Admission            Markdown              `yaml:"admission" json:"admission,omitzero"`
	LanguageRequirements []LanguageRequirement `yaml:"languageRequirements" json:"languageRequirements,omitempty"`
	Outcomes             []lang.Text           `yaml:"outcomes" json:"outcomes,omitempty"`
	Careers              Markdown              `yaml:"careers" json:"careers,omitzero"`
	Networks             []Ref                 `yaml:"networks" json:"networks,omitempty"`
	Scholarships         Markdown              `yaml:"scholarships" json:"scholarships,omitzero"`
	URL                  lang.Text             `yaml:"url" json:"url,omitzero"`
	Contact              string                `yaml:"contact" json:"contact,omitempty"`
	Image                *Image                `yaml:"image" json:"image,omitempty"`

	// Derived by validation.
	Length Duration `yaml:"-" json:"-"`
	EQF    int      `yaml:"-" json:"-"`
	// Filled by Resolve.
	NetworkTargets []*Network `yaml:"-" json:"-"`
	Events         []*Event   `yaml:"-" json:"-"`
}

// Name returns the programme's title.
func (p *Programme) Name() lang.Text { return p.Title }

// Holder is a holder of a chair: the only place a person may be named.
type Holder struct {
	Period   string           `yaml:"period,required" json:"period,omitempty"`
	Person   string           `yaml:"name,required" json:"name,omitempty"`
	Home     InstitutionRef   `yaml:"home" json:"home,omitzero"`
	Topic    lang.Text        `yaml:"topic" json:"topic,omitzero"`
	Basis    string           `yaml:"basis,required" json:"basis,omitempty"`
	ReviewBy schema.Date      `yaml:"reviewBy,required" json:"reviewBy,omitzero"`
	Pos      diag.Pos         `json:"-"`
	At       schema.Positions `json:"-"`
}

// Lecture is a public lecture given within a chair.
type Lecture struct {
	Title lang.Text        `yaml:"title,required" json:"title,omitzero"`
	Date  schema.Date      `yaml:"date" json:"date,omitzero"`
	Place lang.Text        `yaml:"place" json:"place,omitzero"`
	Pos   diag.Pos         `json:"-"`
	At    schema.Positions `json:"-"`
}

// Chair is a visiting chair.
type Chair struct {
	Common       `yaml:",inline"`
	Title        lang.Text        `yaml:"name,required" json:"name,omitzero"`
	Summary      lang.Text        `yaml:"summary" json:"summary,omitzero"`
	Host         InstitutionRef   `yaml:"host,required" json:"host,omitzero"`
	Partners     []InstitutionRef `yaml:"partners" json:"partners,omitempty"`
	Established  int              `yaml:"established" json:"established,omitempty"`
	Fields       []string         `yaml:"fields" json:"fields,omitempty"`
	Description  Markdown         `yaml:"description" json:"description,omitzero"`
	Rotation     Markdown         `yaml:"rotation" json:"rotation,omitzero"`
	MinStayWeeks int              `yaml:"minStayWeeks" json:"minStayWeeks,omitempty"`
	Holders      []Holder         `yaml:"holders" json:"holders,omitempty"`
	Lectures     []Lecture        `yaml:"lectures" json:"lectures,omitempty"`
	URL          string           `yaml:"url" json:"url,omitempty"`
	Contact      string           `yaml:"contact" json:"contact,omitempty"`
	Image        *Image           `yaml:"image" json:"image,omitempty"`

	// Filled by Resolve.
	Events []*Event `yaml:"-" json:"-"`
}

// Name returns the chair's name.
func (c *Chair) Name() lang.Text { return c.Title }

// Network is an academic network or cross-border grouping.
type Network struct {
	Common      `yaml:",inline"`
	Acronym     string           `yaml:"acronym" json:"acronym,omitempty"`
	Title       lang.Text        `yaml:"name,required" json:"name,omitzero"`
	Type        string           `yaml:"kind,required" json:"kind,omitempty"`
	Scope       []string         `yaml:"scope" json:"scope,omitempty"`
	Members     []InstitutionRef `yaml:"members" json:"members,omitempty"`
	Summary     lang.Text        `yaml:"summary" json:"summary,omitzero"`
	Description Markdown         `yaml:"description" json:"description,omitzero"`
	Since       int              `yaml:"since" json:"since,omitempty"`
	URL         string           `yaml:"url" json:"url,omitempty"`
	Contact     string           `yaml:"contact" json:"contact,omitempty"`
	Image       *Image           `yaml:"image" json:"image,omitempty"`

	// Filled by Resolve.
	Programmes []*Programme `yaml:"-" json:"-"`
}

// Name returns the network's name.
func (n *Network) Name() lang.Text { return n.Title }

// Chapter is a local alumni chapter.
type Chapter struct {
	Country string           `yaml:"country,required" json:"country,omitempty"`
	City    lang.Text        `yaml:"city" json:"city,omitzero"`
	URL     string           `yaml:"url" json:"url,omitempty"`
	Email   string           `yaml:"email" json:"email,omitempty"`
	Pos     diag.Pos         `json:"-"`
	At      schema.Positions `json:"-"`
}

// Material is promotional material an alumni office lends.
type Material struct {
	Kind      string           `yaml:"kind,required" json:"kind,omitempty"`
	Title     lang.Text        `yaml:"title,required" json:"title,omitzero"`
	Languages []string         `yaml:"languages" json:"languages,omitempty"`
	Pos       diag.Pos         `json:"-"`
	At        schema.Positions `json:"-"`
}

// AlumniOffice is an institution's alumni office: a contact point, never a list of people.
type AlumniOffice struct {
	Common      `yaml:",inline"`
	Institution InstitutionRef `yaml:"institution,required" json:"institution,omitzero"`
	Office      lang.Text      `yaml:"office,required" json:"office,omitzero"`
	Email       string         `yaml:"email,required" json:"email,omitempty"`
	Phone       string         `yaml:"phone" json:"phone,omitempty"`
	URL         string         `yaml:"url" json:"url,omitempty"`
	Languages   []string       `yaml:"languages" json:"languages,omitempty"`
	Countries   []string       `yaml:"countries" json:"countries,omitempty"`
	Chapters    []Chapter      `yaml:"chapters" json:"chapters,omitempty"`
	Materials   []Material     `yaml:"materials" json:"materials,omitempty"`
	HowTo       Markdown       `yaml:"howTo" json:"howTo,omitzero"`
}

// Name returns the office's name.
func (a *AlumniOffice) Name() lang.Text { return a.Office }

// Figure is a key figure.
type Figure struct {
	ID     string           `yaml:"id,required" json:"id,omitempty"`
	Label  lang.Text        `yaml:"label,required" json:"label,omitzero"`
	Value  float64          `yaml:"value,required" json:"value"`
	Unit   string           `yaml:"unit,required" json:"unit,omitempty"`
	Approx string           `yaml:"approx" json:"approx,omitempty"` // about, nearly, over: the value is approximate
	Max    float64          `yaml:"max" json:"max,omitempty"`       // upper end of a range whose lower end is Value
	Year   int              `yaml:"year" json:"year,omitempty"`
	Source lang.Text        `yaml:"source" json:"source,omitzero"`
	Group  lang.Text        `yaml:"group" json:"group,omitzero"`
	Pos    diag.Pos         `json:"-"`
	At     schema.Positions `json:"-"`
	// Personal lists the personal e-mail addresses the figure's texts
	// publish, recorded in site.yaml (for the privacy report).
	Personal []privacy.Use `yaml:"-" json:"-"`
}

// figuresFile is the shape of data/figures.yaml.
type figuresFile struct {
	Figures []*Figure `yaml:"figures" json:"figures,omitempty"` // figures: [] means none, like no file
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
