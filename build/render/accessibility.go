package render

import (
	"html/template"

	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// AccessibilityView is the view of the accessibility statement (layout
// accessibility.html), written from site.yaml's accessibility section in
// the order of the model statement of Commission Implementing Decision
// (EU) 2018/1523. The fixed sentences are UI strings (a11y.*); the view
// holds the site's own facts, resolved in the page's language.
type AccessibilityView struct {
	*Page
	// Commitment is the opening sentence: who is committed to an
	// accessible website, under which law. Scope says which website the
	// statement covers, with its address (SiteURL).
	Commitment string
	Scope      string
	SiteURL    string `search:"-"`
	// Status is fully-compliant, partially-compliant or not-compliant;
	// StatusText the sentence that states it against EN 301 549.
	Status     string `search:"-"`
	StatusText string
	// Limitations (contents that do not comply), Burden (exempted as a
	// disproportionate burden) and OutsideScope (outside the scope of the
	// law) are the non-accessible contents under the model's three
	// headings, each marked when it fell back to another language.
	Limitations  []template.HTML
	Burden       []template.HTML
	OutsideScope []template.HTML
	// Prepared is the date the statement was prepared, Reviewed the date
	// of its last review, written in the language; the ISO forms are
	// 2006-01-02.
	Prepared    string
	PreparedISO string `search:"-"`
	Reviewed    string
	ReviewedISO string `search:"-"`
	// Method says how the site was assessed (a self-assessment, or by
	// whom).
	Method string
	// Email is the contact address for feedback, ContactURL a contact
	// form; either may be "".
	Email      string `search:"-"`
	ContactURL string `search:"-"`
	// Enforcement are the bodies to turn to when an answer does not
	// satisfy, with their pages (Label, URL; Lang when the name fell
	// back).
	Enforcement []Link
}

// accessibilityView builds the statement's view from site.yaml.
func (r *Renderer) accessibilityView(p *model.Page, v *Page) *AccessibilityView {
	code := p.Lang
	a := r.site.Config.Accessibility
	av := &AccessibilityView{Page: v, SiteURL: r.site.Config.Base.String(), Status: a.Status}
	if a.Organisation.IsZero() {
		av.Commitment = r.t(code, "a11y.commitmentWe")
	} else {
		av.Commitment = r.opts.Strings.T(code, "a11y.commitment", nil, map[string]any{"Organisation": r.plain(code, a.Organisation)})
	}
	av.Scope = r.opts.Strings.T(code, "a11y.scope", nil, map[string]any{"Site": v.Site.Title, "URL": av.SiteURL})
	av.StatusText = r.t(code, "a11y.status."+a.Status)
	list := func(texts []lang.Text) []template.HTML {
		var out []template.HTML
		for _, t := range texts {
			if h := r.text(code, t); h != "" {
				out = append(out, h)
			}
		}
		return out
	}
	av.Limitations = list(a.Limitations)
	av.Burden = list(a.DisproportionateBurden)
	av.OutsideScope = list(a.OutsideScope)
	av.Prepared, av.PreparedISO = r.date(code, a.Prepared.Time), isoDate(a.Prepared.Time)
	last := a.LastReview()
	av.Reviewed, av.ReviewedISO = r.date(code, last.Time), isoDate(last.Time)
	if a.Method == "third-party" {
		av.Method = r.opts.Strings.T(code, "a11y.method.third-party", nil, map[string]any{"Assessor": r.plain(code, a.Assessor)})
	} else {
		av.Method = r.t(code, "a11y.method.self-assessment")
	}
	av.Email, av.ContactURL = a.Contact.Email, a.Contact.URL
	chain := r.site.Langs.Chain(code)
	for _, b := range a.Enforcement {
		v, in, _ := b.Name.Get(chain)
		l := Link{URL: b.URL, Label: lang.Typeset(code, v)}
		if in != "" && in != code && !b.Name.Plain {
			l.Label, l.Lang = lang.Typeset(in, v), in
		}
		av.Enforcement = append(av.Enforcement, l)
	}
	return av
}
