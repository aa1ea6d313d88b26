package catalog

import (
	"encoding/json"

	"github.com/vitrine-ssg/vitrine/build/lang"
)

// Export returns an entry as the open-data files publish it, a value for
// encoding/json: its id, its fields as written in YAML and under their YAML
// names (texts in every language written, references as ids, dates as
// YYYY-MM-DD), and its page URL in each language (pages) when given.
// Nothing is filled in: an empty field, or an empty item of a list, is left
// out, and a text that falls back is left out of a language rather than
// copied, so a partner portal can tell a translation from a fallback.
// Export returns nil for a type that is not a catalogue entry.
func Export(e Entry, pages map[string]string) any {
	switch e := e.(type) {
	case *Institution:
		return exportInstitution(e, pages)
	case *Programme:
		return exportProgramme(e, pages)
	case *Chair:
		return exportChair(e, pages)
	case *Network:
		return exportNetwork(e, pages)
	case *AlumniOffice:
		return exportAlumni(e, pages)
	}
	return nil
}

// ExportFigures returns the key figures as data/figures.json lists them,
// a value for encoding/json.
func ExportFigures(figs []*Figure) any {
	out := make([]figureJSON, 0, len(figs))
	for _, f := range figs {
		out = append(out, figureJSON{
			ID: f.ID, Label: textOf(&f.Label), Value: f.Value, Unit: f.Unit,
			Year: f.Year, Source: textOf(&f.Source), Group: textOf(&f.Group),
		})
	}
	return out
}

// The exported shapes. Each has a key for every YAML key of its catalogue
// type, under the same name (TestExportKeysAreYAMLKeys holds them in step),
// and leaves a key out exactly when there is nothing to say: omitempty for
// strings, numbers, booleans and lists, omitzero for texts and references.
// A fee's amount and a figure's value are always written, even 0.

// commonJSON holds the keys every entry has.
type commonJSON struct {
	ID       string            `json:"id"`
	Example  bool              `json:"example,omitempty"`
	Draft    bool              `json:"draft,omitempty"`
	Slug     text              `json:"slug,omitzero"`
	Updated  string            `json:"updated,omitempty"`
	Basis    string            `json:"basis,omitempty"`
	ReviewBy string            `json:"reviewBy,omitempty"`
	Pages    map[string]string `json:"pages,omitempty"` // the entry's own url keeps its name
}

func exportCommon(c *Common, pages map[string]string) commonJSON {
	return commonJSON{
		ID: c.ID, Example: c.Example, Draft: c.Draft, Slug: textOf(&c.Slug),
		Updated: c.Updated.String(), Basis: c.Basis, ReviewBy: c.ReviewBy.String(),
		Pages: pages,
	}
}

type institutionJSON struct {
	commonJSON
	Name          text   `json:"name,omitzero"`
	Short         string `json:"short,omitempty"`
	Country       string `json:"country,omitempty"`
	City          text   `json:"city,omitzero"`
	Community     string `json:"community,omitempty"`
	Type          string `json:"type,omitempty"`
	URL           string `json:"url,omitempty"`
	International string `json:"international,omitempty"`
	ErasmusCode   string `json:"erasmusCode,omitempty"`
	SCHAC         string `json:"schac,omitempty"`
	PIC           string `json:"pic,omitempty"`
	ROR           string `json:"ror,omitempty"`
	Logo          string `json:"logo,omitempty"`
	Summary       text   `json:"summary,omitzero"`
	Description   text   `json:"description,omitzero"`
}

func exportInstitution(i *Institution, pages map[string]string) institutionJSON {
	return institutionJSON{
		commonJSON: exportCommon(&i.Common, pages),
		Name:       textOf(&i.Title), Short: i.Short, Country: i.Country, City: textOf(&i.City),
		Community: i.Community, Type: i.Type, URL: i.URL, International: i.International,
		ErasmusCode: i.ErasmusCode, SCHAC: i.SCHAC, PIC: i.PIC, ROR: i.ROR, Logo: i.Logo,
		Summary: textOf(&i.Summary), Description: textOf(&i.Description.Text),
	}
}

type programmeJSON struct {
	commonJSON
	Title                text                      `json:"title,omitzero"`
	Summary              text                      `json:"summary,omitzero"`
	Description          text                      `json:"description,omitzero"`
	Level                string                    `json:"level,omitempty"`
	ECTS                 int                       `json:"ects,omitempty"`
	Duration             string                    `json:"duration,omitempty"`
	Languages            []string                  `json:"languages,omitempty"`
	Fields               []string                  `json:"fields,omitempty"`
	Institutions         []instRef                 `json:"institutions,omitempty"`
	Degree               string                    `json:"degree,omitempty"`
	ErasmusMundus        bool                      `json:"erasmusMundus,omitempty"`
	Mode                 string                    `json:"mode,omitempty"`
	Delivery             string                    `json:"delivery,omitempty"`
	Intake               []int                     `json:"intake,omitempty"`
	Deadlines            []deadlineJSON            `json:"deadlines,omitempty"`
	Tuition              []feeJSON                 `json:"tuition,omitempty"`
	Admission            text                      `json:"admission,omitzero"`
	LanguageRequirements []languageRequirementJSON `json:"languageRequirements,omitempty"`
	Outcomes             []text                    `json:"outcomes,omitempty"`
	Careers              text                      `json:"careers,omitzero"`
	Networks             []string                  `json:"networks,omitempty"`
	Scholarships         text                      `json:"scholarships,omitzero"`
	URL                  text                      `json:"url,omitzero"`
	Contact              string                    `json:"contact,omitempty"`
}

type deadlineJSON struct {
	Audience string `json:"audience,omitempty"`
	Date     string `json:"date,omitempty"`
}

type feeJSON struct {
	Audience string  `json:"audience,omitempty"`
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency,omitempty"`
	Per      string  `json:"per,omitempty"`
}

type languageRequirementJSON struct {
	Language string `json:"language,omitempty"`
	CEFR     string `json:"cefr,omitempty"`
}

func exportProgramme(p *Programme, pages map[string]string) programmeJSON {
	x := programmeJSON{
		commonJSON: exportCommon(&p.Common, pages),
		Title:      textOf(&p.Title), Summary: textOf(&p.Summary), Description: textOf(&p.Description.Text),
		Level: p.Level, ECTS: p.ECTS, Duration: p.Duration,
		Languages: written(p.Languages), Fields: written(p.Fields), Institutions: instRefs(p.Institutions),
		Degree: p.Degree, ErasmusMundus: p.ErasmusMundus, Mode: p.Mode, Delivery: p.Delivery,
		Intake: written(p.Intake), Admission: textOf(&p.Admission.Text), Outcomes: texts(p.Outcomes),
		Careers: textOf(&p.Careers.Text), Scholarships: textOf(&p.Scholarships.Text),
		URL: textOf(&p.URL), Contact: p.Contact,
	}
	for _, d := range p.Deadlines {
		x.Deadlines = append(x.Deadlines, deadlineJSON{Audience: d.Audience, Date: d.Date.String()})
	}
	x.Deadlines = written(x.Deadlines)
	for _, f := range p.Tuition { // an amount is always written: no fee is empty
		x.Tuition = append(x.Tuition, feeJSON{Audience: f.Audience, Amount: f.Amount, Currency: f.Currency, Per: f.Per})
	}
	for _, r := range p.LanguageRequirements {
		x.LanguageRequirements = append(x.LanguageRequirements, languageRequirementJSON{Language: r.Language, CEFR: r.CEFR})
	}
	x.LanguageRequirements = written(x.LanguageRequirements)
	for _, r := range p.Networks {
		x.Networks = append(x.Networks, r.ID)
	}
	x.Networks = written(x.Networks)
	return x
}

type chairJSON struct {
	commonJSON
	Name         text          `json:"name,omitzero"`
	Summary      text          `json:"summary,omitzero"`
	Host         instRef       `json:"host,omitzero"`
	Partners     []instRef     `json:"partners,omitempty"`
	Established  int           `json:"established,omitempty"`
	Fields       []string      `json:"fields,omitempty"`
	Description  text          `json:"description,omitzero"`
	Rotation     text          `json:"rotation,omitzero"`
	MinStayWeeks int           `json:"minStayWeeks,omitempty"`
	Holders      []holderJSON  `json:"holders,omitempty"`
	Lectures     []lectureJSON `json:"lectures,omitempty"`
	URL          string        `json:"url,omitempty"`
	Contact      string        `json:"contact,omitempty"`
}

type holderJSON struct {
	Period   string  `json:"period,omitempty"`
	Name     string  `json:"name,omitempty"`
	Home     instRef `json:"home,omitzero"`
	Topic    text    `json:"topic,omitzero"`
	Basis    string  `json:"basis,omitempty"`
	ReviewBy string  `json:"reviewBy,omitempty"`
}

type lectureJSON struct {
	Title text   `json:"title,omitzero"`
	Date  string `json:"date,omitempty"`
	Place text   `json:"place,omitzero"`
}

func exportChair(c *Chair, pages map[string]string) chairJSON {
	x := chairJSON{
		commonJSON: exportCommon(&c.Common, pages),
		Name:       textOf(&c.Title), Summary: textOf(&c.Summary), Host: instRefOf(&c.Host),
		Partners: instRefs(c.Partners), Established: c.Established, Fields: written(c.Fields),
		Description: textOf(&c.Description.Text), Rotation: textOf(&c.Rotation.Text),
		MinStayWeeks: c.MinStayWeeks, URL: c.URL, Contact: c.Contact,
	}
	for i := range c.Holders {
		h := &c.Holders[i]
		x.Holders = append(x.Holders, holderJSON{
			Period: h.Period, Name: h.Person, Home: instRefOf(&h.Home), Topic: textOf(&h.Topic),
			Basis: h.Basis, ReviewBy: h.ReviewBy.String(),
		})
	}
	x.Holders = written(x.Holders)
	for i := range c.Lectures {
		l := &c.Lectures[i]
		x.Lectures = append(x.Lectures, lectureJSON{Title: textOf(&l.Title), Date: l.Date.String(), Place: textOf(&l.Place)})
	}
	x.Lectures = written(x.Lectures)
	return x
}

type networkJSON struct {
	commonJSON
	Acronym     string    `json:"acronym,omitempty"`
	Name        text      `json:"name,omitzero"`
	Kind        string    `json:"kind,omitempty"`
	Scope       []string  `json:"scope,omitempty"`
	Members     []instRef `json:"members,omitempty"`
	Summary     text      `json:"summary,omitzero"`
	Description text      `json:"description,omitzero"`
	Since       int       `json:"since,omitempty"`
	URL         string    `json:"url,omitempty"`
	Contact     string    `json:"contact,omitempty"`
}

func exportNetwork(n *Network, pages map[string]string) networkJSON {
	return networkJSON{
		commonJSON: exportCommon(&n.Common, pages),
		Acronym:    n.Acronym, Name: textOf(&n.Title), Kind: n.Type, Scope: written(n.Scope),
		Members: instRefs(n.Members), Summary: textOf(&n.Summary), Description: textOf(&n.Description.Text),
		Since: n.Since, URL: n.URL, Contact: n.Contact,
	}
}

type alumniJSON struct {
	commonJSON
	Institution instRef        `json:"institution,omitzero"`
	Office      text           `json:"office,omitzero"`
	Email       string         `json:"email,omitempty"`
	Phone       string         `json:"phone,omitempty"`
	URL         string         `json:"url,omitempty"`
	Languages   []string       `json:"languages,omitempty"`
	Countries   []string       `json:"countries,omitempty"`
	Chapters    []chapterJSON  `json:"chapters,omitempty"`
	Materials   []materialJSON `json:"materials,omitempty"`
	HowTo       text           `json:"howTo,omitzero"`
}

type chapterJSON struct {
	Country string `json:"country,omitempty"`
	City    text   `json:"city,omitzero"`
	URL     string `json:"url,omitempty"`
	Email   string `json:"email,omitempty"`
}

type materialJSON struct {
	Kind      string   `json:"kind,omitempty"`
	Title     text     `json:"title,omitzero"`
	Languages []string `json:"languages,omitempty"`
}

func exportAlumni(a *AlumniOffice, pages map[string]string) alumniJSON {
	x := alumniJSON{
		commonJSON:  exportCommon(&a.Common, pages),
		Institution: instRefOf(&a.Institution), Office: textOf(&a.Office), Email: a.Email, Phone: a.Phone,
		URL: a.URL, Languages: written(a.Languages), Countries: written(a.Countries), HowTo: textOf(&a.HowTo.Text),
	}
	for i := range a.Chapters {
		c := &a.Chapters[i]
		x.Chapters = append(x.Chapters, chapterJSON{Country: c.Country, City: textOf(&c.City), URL: c.URL, Email: c.Email})
	}
	x.Chapters = written(x.Chapters)
	for i := range a.Materials {
		m := &a.Materials[i]
		mx := materialJSON{Kind: m.Kind, Title: textOf(&m.Title), Languages: written(m.Languages)}
		if mx.Kind != "" || !mx.Title.IsZero() || len(mx.Languages) > 0 {
			x.Materials = append(x.Materials, mx)
		}
	}
	return x
}

type placeJSON struct {
	Name    text   `json:"name,omitzero"`
	City    text   `json:"city,omitzero"`
	Country string `json:"country,omitempty"`
	URL     string `json:"url,omitempty"`
}

type figureJSON struct {
	ID     string  `json:"id,omitempty"`
	Label  text    `json:"label,omitzero"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit,omitempty"`
	Year   int     `json:"year,omitempty"`
	Source text    `json:"source,omitzero"`
	Group  text    `json:"group,omitzero"`
}

// text is a multilingual text as the exports write it: the string itself
// when it is the same in every language, else an object of the languages
// written. The zero text, nothing written, is left out.
type text struct{ t *lang.Text }

func textOf(t *lang.Text) text {
	if t.IsZero() {
		return text{}
	}
	return text{t}
}

// texts returns the texts of list that are written, nil when none is.
func texts(list []lang.Text) []text {
	var out []text
	for i := range list {
		if t := textOf(&list[i]); !t.IsZero() {
			out = append(out, t)
		}
	}
	return out
}

func (t text) IsZero() bool { return t.t == nil }

func (t text) MarshalJSON() ([]byte, error) {
	switch {
	case t.t == nil:
		return []byte("null"), nil
	case t.t.Plain:
		return json.Marshal(t.t.Values[""])
	}
	return json.Marshal(t.t.Values)
}

// instRef is a reference to an institution as the exports write it: the
// id, or the institution written inline. A reference to nothing is left out.
type instRef struct {
	id     string
	inline *placeJSON
}

func instRefOf(r *InstitutionRef) instRef {
	if p := r.Inline; p != nil {
		return instRef{inline: &placeJSON{Name: textOf(&p.Name), City: textOf(&p.City), Country: p.Country, URL: p.URL}}
	}
	return instRef{id: r.ID}
}

// instRefs returns the references of list that name something, nil when
// none does.
func instRefs(list []InstitutionRef) []instRef {
	var out []instRef
	for i := range list {
		if r := instRefOf(&list[i]); !r.IsZero() {
			out = append(out, r)
		}
	}
	return out
}

func (r instRef) IsZero() bool { return r.id == "" && r.inline == nil }

func (r instRef) MarshalJSON() ([]byte, error) {
	if r.inline != nil {
		return json.Marshal(r.inline)
	}
	return json.Marshal(r.id)
}

// written returns the items of list that are not empty (the zero value),
// nil when none is: list itself when all are.
func written[T comparable](list []T) []T {
	var zero T
	for i, x := range list {
		if x == zero {
			out := append([]T(nil), list[:i]...)
			for _, x := range list[i+1:] {
				if x != zero {
					out = append(out, x)
				}
			}
			if len(out) == 0 {
				return nil
			}
			return out
		}
	}
	return list
}
