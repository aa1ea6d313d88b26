package render

import (
	"html/template"
	"path"
	"strconv"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/internal/htmlesc"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// factsHTML writes a programme's key facts (ProgrammeView.FactsHTML) as
// the template docs/themes.md gives for them does, from the view's fields:
// as a template, the list costs every programme page some sixty actions,
// a third of the page's. The picture partial of the page's layout draws
// the institutions' logos.
//
// Line breaks are those the template leaves: all of them when the build
// does not minify; when it does, the minifier (run on the layout when it
// is parsed) keeps only those between two actions.
func (r *Renderer) factsHTML(p *model.Page, pv *ProgrammeView) template.HTML {
	code := p.Lang
	nl, kept := "\n", "\n" // line breaks after a tag; between two actions
	if r.preMinified {
		nl = ""
	}
	var b strings.Builder
	b.Grow(1500)
	text := func(s string) { htmlesc.Text(&b, s) }
	dt := func(key string) {
		b.WriteString("<dt>")
		text(r.t(code, key))
		b.WriteString("</dt><dd>")
	}
	list := func(items []string) {
		b.WriteString(`<ul class="plain">`)
		for _, s := range items {
			b.WriteString("<li>")
			text(s)
			b.WriteString("</li>")
		}
		b.WriteString("</ul>")
	}
	muted := func(key string) {
		b.WriteString(` <span class="muted">(`)
		text(r.t(code, key))
		b.WriteString(")</span>")
	}

	b.WriteString("<dl>" + nl)
	dt("programme.level")
	text(pv.Level)
	if pv.EQFNote != "" {
		b.WriteString(` <span class="muted">(`)
		text(pv.EQFNote)
		b.WriteString(")</span>")
	}
	b.WriteString("</dd>" + nl)
	if pv.ECTS != 0 {
		dt("programme.credits")
		b.WriteString(strconv.Itoa(pv.ECTS) + " ECTS</dd>")
	}
	b.WriteString(nl)
	dt("programme.duration")
	text(pv.Duration)
	b.WriteString("</dd>" + nl)
	dt("programme.languages")
	text(pv.Languages)
	b.WriteString("</dd>" + nl)
	dt("programme.mode")
	text(pv.Mode)
	b.WriteString(" · ")
	text(pv.Delivery)
	b.WriteString("</dd>" + nl)
	dt("programme.degree")
	text(pv.Degree)
	if pv.ErasmusMundus {
		b.WriteString(" · Erasmus Mundus")
	}
	b.WriteString("</dd>" + nl)
	dt("programme.fields")
	list(pv.Fields)
	b.WriteString("</dd>" + nl)
	dt("programme.institutions")
	b.WriteString(`<ul class="plain">`)
	for _, l := range pv.Institutions {
		b.WriteString("<li>")
		if l.Logo != nil {
			b.WriteString(`<span class="logo-inline">`)
			r.partial(&b, p, "picture", l.Logo)
			b.WriteString("</span> ")
		}
		instLinkHTML(&b, l)
		if l.Coordinator {
			muted("programme.coordinator")
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ul></dd>" + nl)
	if pv.Intake != "" {
		dt("programme.intake")
		text(pv.Intake)
		b.WriteString("</dd>")
	}
	b.WriteString(kept)
	if len(pv.Deadlines) > 0 {
		dt("programme.deadlines")
		b.WriteString(`<ul class="plain">`)
		for _, d := range pv.Deadlines {
			b.WriteString("<li")
			if d.Passed {
				b.WriteString(` class="passed"`)
			}
			b.WriteString(">")
			text(d.Label)
			text(colon(code))
			b.WriteString(`<time datetime="`)
			text(d.DateISO)
			b.WriteString(`">`)
			text(d.Date)
			b.WriteString("</time>")
			if d.Passed {
				muted("programme.passed")
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ul></dd>")
	}
	b.WriteString(kept)
	if len(pv.Tuition) > 0 {
		dt("programme.tuition")
		list(pv.Tuition)
		b.WriteString("</dd>")
	}
	b.WriteString(kept)
	if len(pv.Networks) > 0 {
		dt("programme.networks")
		b.WriteString(`<ul class="plain">`)
		for _, n := range pv.Networks {
			b.WriteString(`<li><a href="`)
			htmlesc.URL(&b, n.URL)
			b.WriteString(`">` + string(n.Name) + "</a></li>")
		}
		b.WriteString("</ul></dd>")
	}
	b.WriteString(nl + "</dl>" + nl)
	return template.HTML(b.String())
}

// instLinkHTML writes an institution as the inst-link partial of the
// default theme does: a link to its page, or its name and country.
func instLinkHTML(b *strings.Builder, l InstLink) {
	if l.URL == "" {
		b.WriteString(string(l.Name))
		if l.Country != "" {
			b.WriteString(" (")
			htmlesc.Text(b, l.Country)
			b.WriteString(")")
		}
		return
	}
	b.WriteString(`<a href="`)
	htmlesc.URL(b, l.URL)
	b.WriteString(`">` + string(l.Name) + "</a>")
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

// admissionsHTML writes where applications stand (ProgrammeView.
// AdmissionsHTML), for each audience, as the template docs/themes.md gives
// for it does; "" when the programme gives no deadline. The template costs
// some eight actions per audience.
func (r *Renderer) admissionsHTML(code string, pv *ProgrammeView) template.HTML {
	if len(pv.Admissions) == 0 {
		return ""
	}
	nl := "\n"
	if r.preMinified {
		nl = ""
	}
	var b strings.Builder
	b.Grow(300 + 250*len(pv.Admissions))
	text := func(s string) { htmlesc.Text(&b, s) }
	b.WriteString(`<section class="admissions" aria-labelledby="admissions-title">` + nl + `<h2 id="admissions-title">`)
	text(r.t(code, "programme.applications"))
	b.WriteString(`</h2>` + nl + `<ul class="plain">` + nl)
	for _, a := range pv.Admissions {
		b.WriteString(`<li class="admission `)
		if a.Open {
			b.WriteString("is-open")
		} else {
			b.WriteString("is-closed")
		}
		b.WriteString(`"><span class="admission-who">`)
		text(a.Label)
		b.WriteString("</span>")
		text(colon(code))
		switch {
		case a.Open && a.Deadline != nil:
			text(r.t(code, "programme.applyBy"))
			b.WriteString(` <time datetime="`)
			text(a.Deadline.DateISO)
			b.WriteString(`">`)
			text(a.Deadline.Date)
			b.WriteString("</time>")
		case !a.Open:
			b.WriteString("<strong>")
			text(r.t(code, "programme.closed"))
			b.WriteString("</strong>")
			if a.NextIntake != "" {
				b.WriteString(" · ")
				text(r.t(code, "programme.nextIntake"))
				text(colon(code))
				b.WriteString(`<time datetime="`)
				text(a.NextIntakeISO)
				b.WriteString(`">`)
				text(a.NextIntake)
				b.WriteString("</time>")
			}
		}
		b.WriteString("</li>" + nl)
	}
	b.WriteString(`</ul>` + nl + `<p class="add-calendar"><a href="`)
	htmlesc.URL(&b, pv.CalendarURL)
	b.WriteString(`">`)
	text(r.t(code, "programme.addToCalendar"))
	b.WriteString("</a></p>" + nl + "</section>")
	return template.HTML(b.String())
}

// flyerAdmissionsHTML writes the same for the printed flyer
// (ProgrammeView.FlyerAdmissionsHTML): the dates stand out, without
// <time> elements.
func (r *Renderer) flyerAdmissionsHTML(code string, pv *ProgrammeView) template.HTML {
	if len(pv.Admissions) == 0 {
		return ""
	}
	nl := "\n"
	if r.preMinified {
		nl = ""
	}
	var b strings.Builder
	b.Grow(200 + 150*len(pv.Admissions))
	text := func(s string) { htmlesc.Text(&b, s) }
	b.WriteString(`<p class="flyer-title">`)
	text(r.t(code, "programme.applications"))
	b.WriteString(`</p>` + nl + `<ul class="plain">`)
	for _, a := range pv.Admissions {
		b.WriteString("<li>")
		text(a.Label)
		text(colon(code))
		switch {
		case a.Open && a.Deadline != nil:
			text(r.t(code, "programme.applyBy"))
			b.WriteString(" <strong>")
			text(a.Deadline.Date)
			b.WriteString("</strong>")
		case !a.Open:
			text(r.t(code, "programme.closed"))
			if a.NextIntake != "" {
				b.WriteString(" · ")
				text(r.t(code, "programme.nextIntake"))
				text(colon(code))
				text(a.NextIntake)
			}
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
	return template.HTML(b.String())
}
