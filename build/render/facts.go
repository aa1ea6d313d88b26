package render

import (
	"html/template"
	"path"
	"strconv"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/internal/htmlesc"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// The parts of a programme's page written in Go (FactsHTML, AdmissionsHTML,
// FlyerAdmissionsHTML), as the templates docs/themes.md gives for them
// would write them: as templates they cost every programme page some
// seventy actions, over a third of the page's (193 → 121 on the
// showcase, go test ./build/render -run ActionsPerPage -v). Line breaks are those the templates
// leave: all of them when the build does not minify; when it does, the
// minifier (run on the layouts when they are parsed) keeps only those
// between two actions.

// markup writes HTML: raw appends markup as it is, text a string escaped
// as html/template escapes it in text and quoted attributes.
type markup struct{ strings.Builder }

func (m *markup) raw(s ...string) *markup {
	for _, x := range s {
		m.WriteString(x)
	}
	return m
}

func (m *markup) text(s string) *markup { htmlesc.Text(&m.Builder, s); return m }

// url appends s escaped as html/template escapes a URL in an attribute.
func (m *markup) url(s string) *markup { htmlesc.URL(&m.Builder, s); return m }

func (m *markup) html() template.HTML { return template.HTML(m.String()) }

// lineBreak is the line break the layouts' templates leave after a tag.
func (r *Renderer) lineBreak() string {
	if r.preMinified {
		return ""
	}
	return "\n"
}

// factsHTML writes a programme's key facts (ProgrammeView.FactsHTML). The
// picture partial of the page's layout draws the institutions' logos.
func (r *Renderer) factsHTML(p *model.Page, pv *ProgrammeView) template.HTML {
	code, nl := p.Lang, r.lineBreak()
	var m markup
	m.Grow(1500)
	dt := func(key string) *markup { return m.raw("<dt>").text(r.t(code, key)).raw("</dt><dd>") }
	muted := func(s string) { m.raw(` <span class="muted">(`).text(s).raw(")</span>") }
	list := func(items []string) {
		m.raw(`<ul class="plain">`)
		for _, s := range items {
			m.raw("<li>").text(s).raw("</li>")
		}
		m.raw("</ul>")
	}
	m.raw("<dl>", nl)
	dt("programme.level").text(pv.Level)
	if pv.EQFNote != "" {
		muted(pv.EQFNote)
	}
	m.raw("</dd>", nl)
	if pv.ECTS != 0 {
		dt("programme.credits").raw(strconv.Itoa(pv.ECTS), " ECTS</dd>")
	}
	m.raw(nl)
	dt("programme.duration").text(pv.Duration).raw("</dd>", nl)
	dt("programme.languages").text(pv.Languages).raw("</dd>", nl)
	dt("programme.mode").text(pv.Mode).raw(" · ").text(pv.Delivery).raw("</dd>", nl)
	dt("programme.degree").text(pv.Degree)
	if pv.ErasmusMundus {
		m.raw(" · Erasmus Mundus")
	}
	m.raw("</dd>", nl)
	dt("programme.fields")
	list(pv.Fields)
	m.raw("</dd>", nl)
	dt("programme.institutions").raw(`<ul class="plain">`)
	for _, l := range pv.Institutions {
		m.raw("<li>")
		if l.Logo != nil {
			m.raw(`<span class="logo-inline">`)
			r.partial(&m.Builder, p, "picture", l.Logo)
			m.raw("</span> ")
		}
		switch { // as the inst-link partial
		case l.URL != "":
			m.raw(`<a href="`).url(l.URL).raw(`">`, string(l.Name), "</a>")
		case l.Country != "":
			m.raw(string(l.Name), " (").text(l.Country).raw(")")
		default:
			m.raw(string(l.Name))
		}
		if l.Coordinator {
			muted(r.t(code, "programme.coordinator"))
		}
		m.raw("</li>")
	}
	m.raw("</ul></dd>", nl)
	if pv.Intake != "" {
		dt("programme.intake").text(pv.Intake).raw("</dd>")
	}
	m.raw("\n") // between two actions: kept
	if len(pv.Deadlines) > 0 {
		dt("programme.deadlines").raw(`<ul class="plain">`)
		for _, d := range pv.Deadlines {
			m.raw("<li")
			if d.Passed {
				m.raw(` class="passed"`)
			}
			m.raw(">").text(d.Label).text(colon(code)).raw(`<time datetime="`).text(d.DateISO).raw(`">`).text(d.Date).raw("</time>")
			if d.Passed {
				muted(r.t(code, "programme.passed"))
			}
			m.raw("</li>")
		}
		m.raw("</ul></dd>")
	}
	m.raw("\n")
	if len(pv.Tuition) > 0 {
		dt("programme.tuition")
		list(pv.Tuition)
		m.raw("</dd>")
	}
	m.raw("\n")
	if len(pv.Networks) > 0 {
		dt("programme.networks").raw(`<ul class="plain">`)
		for _, n := range pv.Networks {
			m.raw(`<li><a href="`).url(n.URL).raw(`">`, string(n.Name), "</a></li>")
		}
		m.raw("</ul></dd>")
	}
	return m.raw(nl, "</dl>", nl).html()
}

// admissionsHTML writes where applications stand for each audience
// (ProgrammeView.AdmissionsHTML) for the page, or with flyer for the
// printed flyer (FlyerAdmissionsHTML): there the dates stand out, without
// <time> elements. It is "" when the programme gives no deadline.
func (r *Renderer) admissionsHTML(code string, pv *ProgrammeView, flyer bool) template.HTML {
	if len(pv.Admissions) == 0 {
		return ""
	}
	nl, title := r.lineBreak(), r.t(code, "programme.applications")
	var m markup
	m.Grow(300 + 250*len(pv.Admissions))
	time := func(iso, date string) { m.raw(`<time datetime="`).text(iso).raw(`">`).text(date).raw("</time>") }
	if flyer {
		m.raw(`<p class="flyer-title">`).text(title).raw("</p>", nl, `<ul class="plain">`)
	} else {
		m.raw(`<section class="admissions" aria-labelledby="admissions-title">`, nl, `<h2 id="admissions-title">`).text(title).raw("</h2>", nl, `<ul class="plain">`, nl)
	}
	for _, a := range pv.Admissions {
		switch {
		case flyer:
			m.raw("<li>").text(a.Label)
		case a.Open:
			m.raw(`<li class="admission is-open"><span class="admission-who">`).text(a.Label).raw("</span>")
		default:
			m.raw(`<li class="admission is-closed"><span class="admission-who">`).text(a.Label).raw("</span>")
		}
		m.text(colon(code))
		switch {
		case a.Open && a.Deadline != nil && flyer:
			m.text(r.t(code, "programme.applyBy")).raw(" <strong>").text(a.Deadline.Date).raw("</strong>")
		case a.Open && a.Deadline != nil:
			m.text(r.t(code, "programme.applyBy")).raw(" ")
			time(a.Deadline.DateISO, a.Deadline.Date)
		case !a.Open:
			if flyer {
				m.text(r.t(code, "programme.closed"))
			} else {
				m.raw("<strong>").text(r.t(code, "programme.closed")).raw("</strong>")
			}
			if a.NextIntake != "" {
				m.raw(" · ").text(r.t(code, "programme.nextIntake")).text(colon(code))
				if flyer {
					m.text(a.NextIntake)
				} else {
					time(a.NextIntakeISO, a.NextIntake)
				}
			}
		}
		if m.raw("</li>"); !flyer {
			m.raw(nl)
		}
	}
	if flyer {
		return m.raw("</ul>").html()
	}
	return m.raw("</ul>", nl, `<p class="add-calendar"><a href="`).url(pv.CalendarURL).raw(`">`).text(r.t(code, "programme.addToCalendar")).raw("</a></p>", nl, "</section>").html()
}

// partial writes the theme's partial name for data, as the page's layout
// would with {{template name data}}; an error is reported at the
// partial's line, once.
func (r *Renderer) partial(b *strings.Builder, p *model.Page, name string, data any) {
	layout, t := r.layoutOf(p)
	if t == nil {
		return
	}
	if err := t.ExecuteTemplate(b, name, data); err != nil {
		r.templateError(err, r.opts.Theme.Name(path.Join(layoutDir, layout+".html")))
	}
}
