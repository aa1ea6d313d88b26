package render

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/picture"
)

// The view of each kind of page. Each embeds *Page, so a layout reaches
// the shared facts (.Title, .Lang, .Site…) directly.

// HomeView is the view of a language's home page (layout home.html).
type HomeView struct {
	*Page
	// Charts are the key figures (data/figures.yaml), grouped and drawn.
	Charts []Chart
	// News are the three newest dated pages; Programmes the first three
	// programmes by title.
	News       []*Card
	Programmes []*Card
}

// ArticleView is the view of a Markdown page (layout page.html), a news
// item when it has a date.
type ArticleView struct {
	*Page
	// Date is the page's date written in its language, DateISO as
	// 2006-01-02; both "" when the page has none.
	Date    string
	DateISO string
	// ImageURL and ImageAlt are the page's image (front matter image and
	// imageAlt), ImageURL "" when it has none: the URL of one of its
	// variants, for layouts that want a plain <img>. Page.Hero has them
	// all.
	ImageURL string
	ImageAlt string
}

// SectionView is the view of a Markdown _index page (layout section.html):
// its body and a card for each page of its folder.
type SectionView struct {
	*Page
	Cards []*Card
}

// ListView is the view of a catalogue's list (layout list.html, and
// programmes.html for the programmes).
type ListView struct {
	*Page
	// Count says how many entries the list has ("12 programmes").
	Count string
	// Cards are the entries, sorted by title.
	Cards []*Card
	// Facets are the programme finder's filters (programmes only), and
	// IndexURL the URL of the finder's index.
	Facets   Facets
	IndexURL string
	// Upcoming are the events that have not ended, soonest first, and
	// Archive those that have, latest first (events only).
	Upcoming []*Card
	Archive  []*Card
	// CalendarURL is the language's iCalendar feed (events only).
	CalendarURL string
}

// Card is a page in a list: a catalogue entry, a news item, a page of a
// section. A card is built once per page and shared by every list.
type Card struct {
	ID        string // the entry's id, or ""
	URL       string
	Title     string
	TitleLang string
	// Meta is the entry's key facts, nil for pages that are not entries.
	Meta    *CardMeta
	Summary template.HTML
	Date    string
	DateISO string
	// Image is the page's front matter image, or the entry's image,
	// cropped to 3:2 for the card, lazy, or nil.
	Image *Image
	// Logo is an institution's logo (40 pixels high), lazy and
	// decorative, or nil.
	Logo *Image
}

// CardMeta is the line of key facts of an entry's card.
type CardMeta struct {
	Tags    []Tag
	Example bool // the entry is an example (meta.example)
	// HTML is the line as the card-meta template of docs/themes.md
	// writes it (see Markup written in Go there).
	HTML template.HTML `search:"-"`
}

// Tag is one fact of a card: Sep is written before it (" ", ", "), Class
// is its class attribute ("" for none).
type Tag struct {
	Sep   string
	Class string
	Text  template.HTML
}

// EntryView is what every catalogue entry's view has: the header and the
// footer of the entry pages.
type EntryView struct {
	*Page
	// Kicker names the kind of entry ("Study programme").
	Kicker string
	// Summary is the entry's summary, marked when it fell back.
	Summary template.HTML `search:"-"`
	// Example is true for an example entry (meta.example).
	Example bool
	// Updated is the date of the entry's last review (meta.updated),
	// written in the language; UpdatedISO as 2006-01-02.
	Updated    string `search:"-"`
	UpdatedISO string
	// Body is the entry's description, rendered from Markdown.
	Body template.HTML
	// Website is the entry's own website, Contact its e-mail address.
	Website string
	Contact string
	// Logo is an institution's logo as its page's header shows it (64
	// pixels high), nil for other entries and institutions without one.
	// It is decorative (alt ""): the name is written beside it.
	Logo *Image
}

// InstLink is an institution as an entry names it: a link to its page,
// or the name of an institution written inline, with its country.
type InstLink struct {
	URL     string // "" for an inline institution
	Name    template.HTML
	Country string // the country of an inline institution, or ""
	// Coordinator marks the first of a programme's several institutions.
	Coordinator bool
	// Logo is the institution's logo, small (24 pixels high), beside its
	// name; nil when it has none. Decorative: the name says it.
	Logo *Image
}

// EntryLink is a link to another entry, with a note ("Master").
type EntryLink struct {
	URL  string
	Name template.HTML
	Note string
}

// Dated is a labelled date: a deadline.
type Dated struct {
	Label   string
	Date    string
	DateISO string
	// Passed is true when the date is before the build's date (a closed
	// deadline); a deadline that comes back every year shows its coming
	// date and never passes.
	Passed bool
}

// AdmissionView is where applications stand for one audience of a
// programme on the build's date.
type AdmissionView struct {
	// Label names the audience ("EU/EEA students").
	Label string
	// Open is true while a deadline of the audience is still ahead;
	// Deadline is then the next one.
	Open     bool
	Deadline *Dated
	// NextIntake is the month the programme next starts ("September
	// 2027"), NextIntakeISO the same as 2027-09, when applications are
	// closed and the programme gives its intake months; else "".
	NextIntake    string
	NextIntakeISO string
}

// ProgrammeView is the view of a study programme (layout programme.html).
type ProgrammeView struct {
	EntryView
	Entry                *catalog.Programme
	Outcomes             []template.HTML
	Admission            template.HTML
	Careers              template.HTML
	Scholarships         template.HTML
	LanguageRequirements []string // "English: C1"
	Level                string
	EQFNote              string // "EQF level 7", or ""
	ECTS                 int
	Duration             string // "2 years"
	Languages            string // "English, French"
	Mode                 string
	Delivery             string
	Degree               string
	ErasmusMundus        bool
	Fields               []string
	Institutions         []InstLink
	Intake               string   // "September, February"
	Deadlines            []Dated  // by date, yearly ones at their coming date
	Tuition              []string // "EU students: €835 per year (2026-2027)"
	Networks             []EntryLink
	// Admissions says, per audience, the next open deadline or that
	// applications are closed, with the next intake.
	Admissions []AdmissionView
	// Open is true when a deadline of any audience is still ahead.
	Open bool
	// NextDeadline is the earliest open deadline, nil when none is.
	NextDeadline *Dated
	// Events are the upcoming events where the programme is presented.
	Events []EventLink
	// CalendarURL is the programme's iCalendar feed: its deadlines and
	// events.
	CalendarURL string
	// QR is a QR code of the page's address (Canonical), as inline SVG,
	// for the printed flyer. It has no text to search.
	QR template.HTML `search:"-"`
	// FactsHTML is the list of key facts (<dl>) written in Go from the
	// fields above, as the default theme shows them: as a template it
	// costs every programme page some fifty actions (docs/themes.md has
	// the equivalent template). Its text is searched through the fields.
	FactsHTML template.HTML `search:"-"`
	// AdmissionsHTML is where applications stand (Admissions), as the
	// section the facts box opens with, and FlyerAdmissionsHTML the same
	// for the printed flyer: written in Go as FactsHTML is; "" when the
	// programme gives no deadline.
	AdmissionsHTML      template.HTML `search:"-"`
	FlyerAdmissionsHTML template.HTML `search:"-"`
}

// InstitutionView is the view of an institution (layout institution.html).
type InstitutionView struct {
	EntryView
	Entry         *catalog.Institution
	Programmes    []EntryLink // Note: the programme's level
	Chairs        []EntryLink
	Networks      []EntryLink
	Alumni        *EntryLink
	Short         string
	City          template.HTML
	Country       string
	Community     string
	Type          string
	ErasmusCode   string
	ROR           string
	PIC           string
	SCHAC         string
	International string
	Events        []EventLink // upcoming events the institution takes part in
}

// NetworkView is the view of a network (layout network.html).
type NetworkView struct {
	EntryView
	Entry      *catalog.Network
	Members    []InstLink
	Programmes []EntryLink
	Acronym    string
	Type       string // the kind of network, labelled
	Since      int
	Scope      string // "Belgium, France"
}

// ChairView is the view of a visiting chair (layout chair.html).
type ChairView struct {
	EntryView
	Entry       *catalog.Chair
	Rotation    template.HTML
	Holders     []HolderView
	Lectures    []LectureView
	Host        InstLink
	Established int
	MinStay     string // "4 weeks", or ""
	Fields      []string
	Partners    []InstLink
	Events      []EventLink // upcoming events of the chair
}

// HolderView is a holder of a chair.
type HolderView struct {
	Period string
	Person string
	Home   *InstLink // nil when not given
	Topic  template.HTML
}

// LectureView is a public lecture of a chair.
type LectureView struct {
	Title   template.HTML
	Date    string
	DateISO string
	Place   template.HTML
}

// AlumniView is the view of an alumni office (layout alumni-office.html).
type AlumniView struct {
	EntryView
	Entry       *catalog.AlumniOffice
	HowTo       template.HTML
	Materials   []MaterialView
	Chapters    []ChapterView
	Institution InstLink
	Email       string
	Phone       string
	Languages   string
	Countries   string
}

// MaterialView is promotional material an alumni office lends.
type MaterialView struct {
	Kind      string
	Title     template.HTML
	Languages string
}

// ChapterView is a local alumni chapter.
type ChapterView struct {
	City    template.HTML
	Country string
	URL     string
	Email   string
}

// ChooserView is the view of the language chooser at / (layout chooser.html).
type ChooserView struct {
	*Page
	// Greetings are the chooser's words in each language, in the order of
	// the switcher.
	Greetings []Greeting
}

// Greeting is the chooser's title and reminder in one language.
type Greeting struct {
	Lang     string
	Title    string
	Remember string
}

// AliasView is the view of a redirect from an old URL (layout alias.html).
type AliasView struct {
	*Page
	TargetURL       string
	TargetCanonical string
}

// pageView is implemented by every view, through its *Page.
type pageView interface{ page() *Page }

func (v *Page) page() *Page { return v }

// view builds the view of p.
func (r *Renderer) view(p *model.Page) pageView {
	v := r.pageOf(p)
	code := p.Lang
	switch p.Kind {
	case model.Home:
		h := &HomeView{Page: v, Charts: r.charts(code), News: r.cardsOf(r.recent(code, 3))}
		if list := r.site.Lists[catalog.Programmes][code]; list != nil {
			sorted := r.sortedChildren(list)
			h.Programmes = r.cardsOf(sorted[:min(3, len(sorted))])
		}
		return h
	case model.Article:
		a := &ArticleView{Page: v, Date: r.date(code, p.Date), DateISO: isoDate(p.Date)}
		if v.Hero != nil {
			a.ImageURL, a.ImageAlt = v.Hero.Src, v.Hero.Alt
		}
		return a
	case model.Section:
		return &SectionView{Page: v, Cards: r.cardsOf(p.Children)}
	case model.List:
		l := &ListView{Page: v, Cards: r.cardsOf(r.sortedChildren(p))}
		l.Count = r.opts.Strings.T(code, "kind."+p.CatalogKind+".count", len(p.Children), nil)
		if p.CatalogKind == catalog.Programmes {
			l.Facets = r.facets(code)
			l.IndexURL = v.URL + "index.json"
		}
		if p.CatalogKind == catalog.Events {
			byID := map[string]*model.Page{}
			var events []*catalog.Event
			for _, c := range p.Children {
				if e, ok := c.Entry.(*catalog.Event); ok {
					byID[e.ID] = c
					events = append(events, e)
				}
			}
			card := func(e *catalog.Event) *Card { return r.card(byID[e.ID]) }
			l.Upcoming, l.Archive = each(catalog.Upcoming(events, r.opts.Today), card), each(catalog.Archived(events, r.opts.Today), card)
			l.CalendarURL = r.relURL(code + "/calendar.ics")
		}
		return l
	case model.Entry:
		return r.entryView(p, v)
	case model.Chooser:
		return &ChooserView{Page: v, Greetings: each(v.Switcher, func(s SwitchItem) Greeting {
			return Greeting{Lang: s.Lang.Code, Title: r.t(s.Lang.Code, "chooser.title"), Remember: r.t(s.Lang.Code, "chooser.remember")}
		})}
	case model.Search:
		return r.searchView(p, v)
	case model.Accessibility:
		return r.accessibilityView(p, v)
	case model.Alias:
		return &AliasView{Page: v, TargetURL: r.site.URL(p.Target), TargetCanonical: r.permalink(p.Target)}
	}
	return v
}

// sortedChildren returns a list's children sorted by title.
func (r *Renderer) sortedChildren(list *model.Page) []*model.Page {
	return memo(&r.sorted, list, func() []*model.Page { return sortedByTitle(list.Children) })
}

// cardsOf returns the cards of pages.
func (r *Renderer) cardsOf(pages []*model.Page) []*Card { return each(pages, r.card) }

// card returns the card of p, built once.
func (r *Renderer) card(p *model.Page) *Card {
	return memo(&r.cards, p, func() *Card {
		c := &Card{URL: r.site.URL(p), Title: p.Title, TitleLang: p.TitleLang, Summary: r.summary(p), Date: r.date(p.Lang, p.Date), DateISO: isoDate(p.Date)}
		if p.Entry != nil {
			c.ID = p.Entry.Meta().ID
			c.Meta = r.cardMeta(p)
			if e, ok := p.Entry.(*catalog.Event); ok && !e.StartAt.IsZero() {
				c.Date, c.DateISO = r.eventTime(p.Lang, e), e.StartAt.Format("2006-01-02")
			}
			if im := catalog.ImageOf(p.Entry); im != nil {
				c.Image = r.entryImage(p, im, picture.Spec{Aspect: aspectCard, MaxWidth: 800}, sizesCard)
			}
			if inst, ok := p.Entry.(*catalog.Institution); ok {
				c.Logo = r.logo(inst, logoCard)
			}
		}
		// A page with a front matter image shows it on its card, cropped to
		// 3:2 around its focal point (or where its detail is).
		if src := p.Source; src != nil && src.Meta.Image != "" && !strings.ContainsAny(src.Meta.Image, "\\") && !strings.Contains(src.Meta.Image, "..") {
			name, _ := staticPath(src.Meta.Image, "")
			focus, _ := picture.ParseFocus(src.Meta.ImageFocus)
			at := src.Meta.At.Of("image", diag.Pos{File: src.File})
			if r.opts.Images != nil && r.opts.Images.Has(name) {
				if c.Image = r.picture(name, picture.Spec{Aspect: aspectCard, Focus: focus, MaxWidth: 800}, sizesCard, at); c.Image != nil && src.Meta.ImageAlt != nil {
					c.Image.Alt = *src.Meta.ImageAlt
				}
			}
		}
		return c
	})
}

func (r *Renderer) cardMeta(p *model.Page) *CardMeta {
	code := p.Lang
	m := &CardMeta{Example: p.Entry.Meta().Example}
	tag := func(sep, class string, h template.HTML) {
		m.Tags = append(m.Tags, Tag{Sep: sep, Class: class, Text: h})
	}
	esc := func(s string) template.HTML { return template.HTML(template.HTMLEscapeString(s)) }
	switch e := p.Entry.(type) {
	case *catalog.Programme:
		tag("", "tag tag-level", esc(r.label(code, lang.Level, e.Level)))
		if e.ECTS != 0 {
			tag(" ", "", esc(strconv.Itoa(e.ECTS)+" ECTS"))
		}
		tag(" ", "", esc(r.labels(code, lang.LanguageCode, e.Languages)))
		if e.Degree != "single" {
			tag(" ", "tag", esc(r.label(code, lang.Degree, e.Degree)))
		}
		if e.ErasmusMundus {
			tag(" ", "tag tag-em", "Erasmus Mundus")
		}
		if e.Open(r.opts.Today) {
			tag(" ", "tag tag-open", esc(r.t(code, "programme.open")))
		} else if len(e.Deadlines) > 0 {
			tag(" ", "tag tag-closed", esc(r.t(code, "programme.closed")))
		}
	case *catalog.Institution:
		tag("", "", r.text(code, e.City))
		tag(", ", "", esc(r.label(code, lang.Country, e.Country)))
	case *catalog.Network:
		tag("", "tag", esc(r.label(code, lang.NetworkKind, e.Type)))
		if e.Acronym != "" {
			tag(" ", "", esc(e.Acronym))
		}
	case *catalog.Chair:
		if t := e.Host.Target; t != nil {
			tag("", "", esc(r.plain(code, t.Title)))
		} else if in := e.Host.Inline; in != nil {
			tag("", "", esc(r.plain(code, in.Name)))
		}
	case *catalog.AlumniOffice:
		if t := e.Institution.Target; t != nil {
			tag("", "", esc(r.plain(code, t.Title)))
		}
	case *catalog.Event:
		tag("", "tag", esc(r.label(code, lang.EventType, e.Type)))
		tag(" ", "", r.eventWhere(code, e))
	}
	// Written in Go: as a template, the line was some twenty actions of
	// every card, and the programme finder lists every programme.
	var h markup
	h.raw(`<p class="meta">`)
	for _, t := range m.Tags {
		h.text(t.Sep).raw("<span")
		if t.Class != "" {
			h.raw(` class="`).text(t.Class).raw(`"`)
		}
		h.raw(">", string(t.Text), "</span>")
	}
	if m.Example {
		h.raw(` <span class="badge badge-example">`).text(r.t(code, "example.badge")).raw("</span>")
	}
	m.HTML = h.raw("</p>").html()
	return m
}

// entryView builds the view of a catalogue entry's page.
func (r *Renderer) entryView(p *model.Page, v *Page) pageView {
	code := p.Lang
	meta := p.Entry.Meta()
	ev := EntryView{
		Page:       v,
		Kicker:     r.t(code, "kind."+p.CatalogKind+".one"),
		Summary:    r.summary(p),
		Example:    meta.Example,
		Updated:    r.date(code, meta.Updated.Time),
		UpdatedISO: isoDate(meta.Updated.Time),
	}
	md := func(m catalog.Markdown, level int) template.HTML { return r.markdown(code, m, meta.File, level) }
	switch e := p.Entry.(type) {
	case *catalog.Programme:
		ev.Body, ev.Website, ev.Contact = md(e.Description, 2), r.plain(code, e.URL), e.Contact
		pv := &ProgrammeView{
			EntryView: ev, Entry: e,
			Admission:     md(e.Admission, 3),
			Careers:       md(e.Careers, 3),
			Scholarships:  md(e.Scholarships, 3),
			Level:         r.label(code, lang.Level, e.Level),
			ECTS:          e.ECTS,
			Duration:      r.duration(code, e.Length),
			Languages:     r.labels(code, lang.LanguageCode, e.Languages),
			Mode:          r.label(code, lang.Mode, e.Mode),
			Delivery:      r.label(code, lang.Delivery, e.Delivery),
			Degree:        r.label(code, lang.Degree, e.Degree),
			ErasmusMundus: e.ErasmusMundus,
		}
		if e.EQF != 0 {
			pv.EQFNote = r.opts.Strings.T(code, "programme.eqf", nil, map[string]any{"Level": e.EQF})
		}
		pv.Outcomes = each(e.Outcomes, func(o lang.Text) template.HTML { return r.text(code, o) })
		pv.LanguageRequirements = each(e.LanguageRequirements, func(lr catalog.LanguageRequirement) string {
			return r.label(code, lang.LanguageCode, lr.Language) + colon(code) + r.label(code, lang.CEFR, lr.CEFR)
		})
		pv.Fields = each(e.Fields, func(f string) string { return r.label(code, lang.Field, f) })
		for i, ref := range e.Institutions {
			l := r.instLink(code, ref)
			l.Coordinator = i == 0 && len(e.Institutions) > 1
			pv.Institutions = append(pv.Institutions, l)
		}
		pv.Intake = strings.Join(each(e.Intake, r.fmts[code].MonthName), ", ")
		today := r.opts.Today
		pv.Deadlines = each(e.SortedDeadlines(today), func(d *catalog.Deadline) Dated { return r.deadline(code, d, today) })
		for _, a := range e.Admissions(today) {
			av := AdmissionView{Label: r.label(code, lang.Audience, a.Audience), Open: a.Next != nil}
			if a.Next != nil {
				d := r.deadline(code, a.Next, today)
				av.Deadline = &d
			}
			if !a.NextIntake.IsZero() {
				av.NextIntake = r.fmts[code].MonthName(int(a.NextIntake.Month())) + " " + strconv.Itoa(a.NextIntake.Year())
				av.NextIntakeISO = a.NextIntake.Format("2006-01")
			}
			pv.Admissions = append(pv.Admissions, av)
		}
		if d, _ := e.NextDeadline(today); d != nil {
			pv.Open = true
			nd := r.deadline(code, d, today)
			pv.NextDeadline = &nd
		}
		for _, f := range e.Tuition {
			s := r.label(code, lang.Audience, f.Audience) + colon(code) + r.fmts[code].Money(f.Amount, f.Currency)
			if f.Per != "" {
				s += " " + r.t(code, "programme.per."+f.Per)
			}
			if !f.Year.IsZero() {
				s += " " + r.opts.Strings.T(code, "programme.tuitionYear", nil, map[string]any{"Year": strings.Replace(f.Year.String(), "-", "–", 1)})
			}
			pv.Tuition = append(pv.Tuition, s)
		}
		for _, n := range e.NetworkTargets {
			name := template.HTML(template.HTMLEscapeString(n.Acronym))
			if n.Acronym == "" {
				name = r.text(code, n.Title)
			}
			pv.Networks = append(pv.Networks, EntryLink{URL: r.entryURL(catalog.Networks, n.ID, code), Name: name})
		}
		pv.Events = r.eventLinks(code, e.Events)
		pv.CalendarURL = v.URL + "calendar.ics"
		pv.QR = r.qr.svg(v.Canonical, r.opts.Strings.T(code, "flyer.qr", nil, map[string]any{"URL": v.Canonical}))
		pv.FactsHTML = r.factsHTML(p, pv)
		pv.AdmissionsHTML, pv.FlyerAdmissionsHTML = r.admissionsHTML(code, pv, false), r.admissionsHTML(code, pv, true)
		return pv
	case *catalog.Institution:
		ev.Body, ev.Website = md(e.Description, 2), e.URL
		// The header's logo is on the first screen: not lazy.
		if ev.Logo = r.logo(e, logoHeader); ev.Logo != nil {
			ev.Logo.Eager = true
		}
		iv := &InstitutionView{
			EntryView: ev, Entry: e,
			Short: e.Short, City: r.text(code, e.City), Country: r.label(code, lang.Country, e.Country),
			Community: r.label(code, lang.Community, e.Community), Type: r.label(code, lang.InstitutionType, e.Type),
			ErasmusCode: e.ErasmusCode, ROR: e.ROR, PIC: e.PIC, SCHAC: e.SCHAC, International: e.International,
		}
		iv.Programmes = each(e.Programmes, func(x *catalog.Programme) EntryLink { return r.programmeLink(code, x) })
		iv.Chairs = each(e.Chairs, func(x *catalog.Chair) EntryLink { return r.link(catalog.Chairs, x.ID, code, x.Title) })
		for _, x := range e.Networks {
			name := r.text(code, x.Title)
			if x.Acronym != "" {
				name = template.HTML(template.HTMLEscapeString(x.Acronym)) + " — " + name
			}
			iv.Networks = append(iv.Networks, EntryLink{URL: r.entryURL(catalog.Networks, x.ID, code), Name: name})
		}
		if a := e.Alumni; a != nil {
			iv.Alumni = &EntryLink{URL: r.entryURL(catalog.Alumni, a.ID, code), Name: r.text(code, a.Office)}
		}
		iv.Events = r.eventLinks(code, e.Events)
		return iv
	case *catalog.Network:
		ev.Body, ev.Website, ev.Contact = md(e.Description, 2), e.URL, e.Contact
		nv := &NetworkView{EntryView: ev, Entry: e, Acronym: e.Acronym, Type: r.label(code, lang.NetworkKind, e.Type), Since: e.Since, Scope: r.labels(code, lang.Country, e.Scope)}
		nv.Members = each(e.Members, func(m catalog.InstitutionRef) InstLink { return r.instLink(code, m) })
		nv.Programmes = each(e.Programmes, func(x *catalog.Programme) EntryLink { return r.link(catalog.Programmes, x.ID, code, x.Title) })
		return nv
	case *catalog.Chair:
		ev.Body, ev.Website, ev.Contact = md(e.Description, 2), e.URL, e.Contact
		cv := &ChairView{EntryView: ev, Entry: e, Rotation: md(e.Rotation, 3), Host: r.instLink(code, e.Host), Established: e.Established}
		if e.MinStayWeeks != 0 {
			cv.MinStay = r.opts.Strings.T(code, "unit.weeks", e.MinStayWeeks, nil)
		}
		cv.Fields = each(e.Fields, func(f string) string { return r.label(code, lang.Field, f) })
		cv.Partners = each(e.Partners, func(x catalog.InstitutionRef) InstLink { return r.instLink(code, x) })
		for _, h := range e.Holders {
			hv := HolderView{Period: h.Period, Person: h.Person, Topic: r.text(code, h.Topic)}
			if h.Home.Target != nil || h.Home.Inline != nil {
				l := r.instLink(code, h.Home)
				hv.Home = &l
			}
			cv.Holders = append(cv.Holders, hv)
		}
		cv.Lectures = each(e.Lectures, func(l catalog.Lecture) LectureView {
			return LectureView{Title: r.text(code, l.Title), Date: r.date(code, l.Date.Time), DateISO: isoDate(l.Date.Time), Place: r.text(code, l.Place)}
		})
		cv.Events = r.eventLinks(code, e.Events)
		return cv
	case *catalog.AlumniOffice:
		ev.Website = e.URL
		av := &AlumniView{EntryView: ev, Entry: e, HowTo: md(e.HowTo, 3), Institution: r.instLink(code, e.Institution), Email: e.Email, Phone: e.Phone,
			Languages: r.labels(code, lang.LanguageCode, e.Languages), Countries: r.labels(code, lang.Country, e.Countries)}
		av.Materials = each(e.Materials, func(m catalog.Material) MaterialView {
			return MaterialView{Kind: r.label(code, lang.MaterialKind, m.Kind), Title: r.text(code, m.Title), Languages: r.labels(code, lang.LanguageCode, m.Languages)}
		})
		av.Chapters = each(e.Chapters, func(c catalog.Chapter) ChapterView {
			return ChapterView{City: r.text(code, c.City), Country: r.label(code, lang.Country, c.Country), URL: c.URL, Email: c.Email}
		})
		return av
	case *catalog.Event:
		return r.eventView(code, e, ev)
	}
	return &ev
}

// deadline is the view of a deadline on today.
func (r *Renderer) deadline(code string, d *catalog.Deadline, today time.Time) Dated {
	when := d.Date.Next(today)
	return Dated{Label: r.label(code, lang.Audience, d.Audience), Date: r.date(code, when), DateISO: when.Format("2006-01-02"), Passed: when.Before(today)}
}

// instLink describes the institution ref names.
func (r *Renderer) instLink(code string, ref catalog.InstitutionRef) InstLink {
	if t := ref.Target; t != nil {
		return InstLink{URL: r.entryURL(catalog.Institutions, t.ID, code), Name: r.text(code, t.Title), Logo: r.logo(t, logoInline)}
	}
	if in := ref.Inline; in != nil {
		return InstLink{Name: r.text(code, in.Name), Country: r.label(code, lang.Country, in.Country)}
	}
	return InstLink{}
}

// entryURL returns the URL of an entry's page in code.
func (r *Renderer) entryURL(kind, id, code string) string {
	if p := r.site.EntryPage(kind, id, code); p != nil {
		return r.site.URL(p)
	}
	return ""
}

// label returns a built-in vocabulary label in code, or in the first
// language of its fallback chain that has one, or the code itself ("" for
// "").
func (r *Renderer) label(code string, vocab lang.Vocab, c string) string {
	for _, alt := range r.site.Langs.Chain(code) {
		if l, ok := lang.Label(vocab, c, alt); ok {
			return l
		}
	}
	return c
}

// labels returns the labels of codes joined with ", ".
func (r *Renderer) labels(code string, vocab lang.Vocab, codes []string) string {
	return strings.Join(each(codes, func(c string) string { return r.label(code, vocab, c) }), ", ")
}

// each returns f of every element of xs, or nil when there is none, as a
// loop of appends would.
func each[T, U any](xs []T, f func(T) U) []U {
	if len(xs) == 0 {
		return nil
	}
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// link is the link to an entry's page in code, named by its title.
func (r *Renderer) link(kind, id, code string, title lang.Text) EntryLink {
	return EntryLink{URL: r.entryURL(kind, id, code), Name: r.text(code, title)}
}

// programmeLink is the link to a programme's page, with its level.
func (r *Renderer) programmeLink(code string, p *catalog.Programme) EntryLink {
	l := r.link(catalog.Programmes, p.ID, code, p.Title)
	l.Note = r.label(code, lang.Level, p.Level)
	return l
}

// EventView is the view of an event (layout event.html).
type EventView struct {
	EntryView
	Entry *catalog.Event
	// Type is the kind of event, labelled ("Education fair").
	Type string
	// When says the date and the hours in the language: "Saturday 13
	// March 2027, 10:00–17:00 (local time, UTC−4)"; StartISO and EndISO
	// are the instants for datetime attributes (RFC 3339, or dates for an
	// event of whole days).
	When     string
	StartISO string
	EndISO   string
	// Past is true when the event ended before the build's date.
	Past bool
	// Place is where the event takes place, nil for an online event;
	// Online the link to follow it, or "".
	Place  *VenueView
	Online string
	// Registration is the registration form's URL, or "" (and "" once the
	// event is past).
	Registration string
	Audience     string // "Prospective students, Researchers"
	Languages    string // "French, English"
	Programmes   []EntryLink
	Institutions []EntryLink
	Chairs       []EntryLink
	// CalendarURL is the event's own iCalendar file, to add it to a
	// calendar.
	CalendarURL string
}

// VenueView is where an event takes place.
type VenueView struct {
	Name    template.HTML
	Address template.HTML
	City    template.HTML
	Country string
}

// EventLink is an event as the pages of programmes, institutions and
// chairs list it.
type EventLink struct {
	URL     string
	Name    template.HTML
	Type    string // "Open day"
	Date    string // the first day, written in the language
	DateISO string
	Where   template.HTML // the city, or "Online"
}

// eventTime writes when an event takes place in code.
func (r *Renderer) eventTime(code string, e *catalog.Event) string {
	if e.StartAt.IsZero() {
		return ""
	}
	start, end := e.StartAt, e.EndAt
	if e.AllDay {
		last := end.AddDate(0, 0, -1)
		if !last.After(start) {
			return r.date(code, start)
		}
		return r.date(code, start) + " – " + r.date(code, last)
	}
	s := r.date(code, start) + ", " + start.Format("15:04")
	if end.After(start) {
		if y1, m1, d1 := start.Date(); func() bool { y2, m2, d2 := end.Date(); return y1 == y2 && m1 == m2 && d1 == d2 }() {
			s += "–" + end.Format("15:04")
		} else {
			s += " – " + r.date(code, end) + ", " + end.Format("15:04")
		}
	}
	if site := r.site.Config.Location; site != nil && e.Location.String() != site.String() {
		_, off := start.Zone()
		s += " (" + r.opts.Strings.T(code, "event.localTime", nil, map[string]any{"Offset": utcOffset(off)}) + ")"
	}
	return s
}

// utcOffset writes an offset in seconds as "+1", "−4" or "+5:30".
func utcOffset(sec int) string {
	sign := "+"
	if sec < 0 {
		sign, sec = "−", -sec
	}
	h, m := sec/3600, sec%3600/60
	if m == 0 {
		return sign + strconv.Itoa(h)
	}
	return fmt.Sprintf("%s%d:%02d", sign, h, m)
}

// eventISO returns the datetime values of an event's start and end.
func eventISO(e *catalog.Event) (string, string) {
	if e.StartAt.IsZero() {
		return "", ""
	}
	if e.AllDay {
		return e.Start.Date.Format("2006-01-02"), e.LastDay().Format("2006-01-02")
	}
	return e.StartAt.Format(time.RFC3339), e.EndAt.Format(time.RFC3339)
}

// eventView builds the view of an event's page.
func (r *Renderer) eventView(code string, e *catalog.Event, ev EntryView) *EventView {
	ev.Body, ev.Contact = r.markdown(code, e.Description, e.File, 2), e.Contact
	v := &EventView{
		EntryView: ev, Entry: e,
		Type:      r.label(code, lang.EventType, e.Type),
		When:      r.eventTime(code, e),
		Past:      e.Past(r.opts.Today),
		Online:    e.Online,
		Audience:  r.labels(code, lang.EventAudience, e.Audience),
		Languages: r.labels(code, lang.LanguageCode, e.Languages),
	}
	v.StartISO, v.EndISO = eventISO(e)
	if !v.Past {
		v.Registration = e.Registration
	}
	if pl := e.Place; pl != nil {
		v.Place = &VenueView{Name: r.text(code, pl.Name), Address: r.text(code, pl.Address), City: r.text(code, pl.City), Country: r.label(code, lang.Country, pl.Country)}
	}
	v.Programmes = each(e.ProgrammeTargets, func(p *catalog.Programme) EntryLink { return r.programmeLink(code, p) })
	v.Institutions = each(e.InstitutionTargets, func(t *catalog.Institution) EntryLink { return r.link(catalog.Institutions, t.ID, code, t.Title) })
	v.Chairs = each(e.ChairTargets, func(c *catalog.Chair) EntryLink { return r.link(catalog.Chairs, c.ID, code, c.Title) })
	if u := r.entryURL(catalog.Events, e.ID, code); u != "" {
		v.CalendarURL = u + "event.ics"
	}
	return v
}

// eventLinks returns the upcoming events of list, soonest first.
func (r *Renderer) eventLinks(code string, list []*catalog.Event) []EventLink {
	return each(catalog.Upcoming(list, r.opts.Today), func(e *catalog.Event) EventLink {
		return EventLink{
			URL: r.entryURL(catalog.Events, e.ID, code), Name: r.text(code, e.Title), Type: r.label(code, lang.EventType, e.Type),
			Date: r.date(code, e.StartAt), DateISO: isoDate(e.StartAt), Where: r.eventWhere(code, e),
		}
	})
}

// eventWhere is an event's city, or "Online".
func (r *Renderer) eventWhere(code string, e *catalog.Event) template.HTML {
	if e.Place != nil {
		return r.text(code, e.Place.City)
	}
	return template.HTML(template.HTMLEscapeString(r.t(code, "event.online")))
}
