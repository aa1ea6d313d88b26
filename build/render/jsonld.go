package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// jsonLD returns the schema.org structured data of a page as a script
// element. Catalogue pages describe their entry; lists are ItemLists; every
// page below the home has a BreadcrumbList. Person and alumni are never
// emitted: people appear only as chair holders, and not in structured data.
func (r *Renderer) jsonLD(p *model.Page, v *Page) template.HTML {
	var graph []any
	switch p.Kind {
	case model.Entry:
		if e := r.entryLD(p, v.Image); e != nil {
			graph = append(graph, e)
		}
	case model.List:
		items := make([]ldListItem, 0, len(p.Children))
		for i, c := range p.Children {
			items = append(items, ldListItem{Type: "ListItem", Position: i + 1, URL: r.permalink(c), Name: c.Title})
		}
		graph = append(graph, ldItemList{Type: "ItemList", Name: v.Title, NumberOfItems: len(p.Children), ItemListElement: items})
	case model.Home:
		site := ldWebSite{Type: "WebSite", Name: v.Title, URL: r.permalink(p), InLanguage: v.Lang.Locale}
		if sp := r.searchPage(p.Lang); sp != nil {
			site.Search = &ldSearchAction{Type: "SearchAction", Target: r.permalink(sp) + "?q={search_term_string}", QueryInput: "required name=search_term_string"}
		}
		graph = append(graph, site)
	}
	if len(v.Breadcrumbs) > 1 {
		items := make([]ldCrumb, 0, len(v.Breadcrumbs))
		for i, b := range v.Breadcrumbs {
			items = append(items, ldCrumb{Type: "ListItem", Position: i + 1, Name: b.Label, Item: r.absURL(strings.TrimPrefix(b.URL, r.site.Config.Base.Path))})
		}
		graph = append(graph, ldBreadcrumbList{Type: "BreadcrumbList", ItemListElement: items})
	}
	if len(graph) == 0 {
		return ""
	}
	// The script is written in a page's buffer, and copied once. The
	// Encoder escapes <, > and & as json.Marshal does: the script cannot
	// be closed early. What encoding/json refuses (a NaN price) is left
	// out: Encode then writes nothing.
	b := pooledBuf(&r.bufs)
	b.WriteString(`<script type="application/ld+json">`)
	if json.NewEncoder(b).Encode(ldGraph{Context: "https://schema.org", Graph: graph}) == nil {
		b.Truncate(b.Len() - 1) // Encode's newline
	}
	b.WriteString("</script>")
	out := template.HTML(b.String())
	b.Reset()
	r.bufs.Put(b)
	return out
}

// entryLD returns the node that describes a catalogue entry's page, or nil
// for a kind that has none.
func (r *Renderer) entryLD(p *model.Page, image string) any {
	code := p.Lang
	chain := r.site.Langs.Chain(code)
	str := func(t interface {
		Get([]string) (string, string, bool)
	}) string {
		s, in, _ := t.Get(chain)
		return lang.Typeset(in, s)
	}
	url := r.permalink(p)
	switch e := p.Entry.(type) {
	case *catalog.Programme:
		n := ldProgram{
			Type: "EducationalOccupationalProgram", ID: url, URL: url,
			Name: p.Title, Description: str(e.Summary),
			EducationalProgramMode: e.Mode,
			InLanguage:             e.Languages,
			TimeToComplete:         e.Duration,
			EducationalCredentialAwarded: ldCredential{
				Type:               "EducationalOccupationalCredential",
				CredentialCategory: vocabLabel("level", e.Level, code),
			},
		}
		if e.EQF != 0 {
			n.EducationalCredentialAwarded.EducationalLevel = fmt.Sprintf("EQF level %d", e.EQF)
		}
		if e.ECTS > 0 {
			n.NumberOfCredits = &ldStructuredValue{Type: "StructuredValue", Value: e.ECTS, UnitText: "ECTS"}
		}
		for _, ref := range e.Institutions {
			if ref.Target != nil {
				n.Provider = append(n.Provider, r.institutionLD(ref.Target, code, false))
			}
		}
		if _, when := e.NextDeadline(r.opts.Today); !when.IsZero() {
			n.ApplicationDeadline = when.Format("2006-01-02") // the next one still open: a passed date would tell search engines applications are closed
		}
		for _, f := range e.Tuition {
			n.Offers = append(n.Offers, ldOffer{Type: "Offer", Category: f.Audience, Price: f.Amount, PriceCurrency: f.Currency})
		}
		for _, f := range e.Fields {
			n.About = append(n.About, ldDefinedTerm{Type: "DefinedTerm", TermCode: f, Name: vocabLabel("field", f, code), InDefinedTermSet: "ISCED-F 2013"})
		}
		n.Image = image
		return n
	case *catalog.Institution:
		n := r.institutionLD(e, code, true)
		n.ldOrgDetails.Image = image
		if logo := r.logo(e, logoHeader); logo != nil {
			n.ldOrgDetails.Logo = r.absURL(strings.TrimPrefix(logo.Src, r.site.Config.Base.Path))
		}
		return n
	case *catalog.Network:
		desc := str(e.Summary)
		n := ldOrganization{Type: "Organization", ID: url, URL: url, Name: p.Title, Description: &desc, AlternateName: e.Acronym, SameAs: e.URL}
		if e.Since != 0 {
			n.FoundingDate = fmt.Sprint(e.Since)
		}
		for _, ref := range e.Members {
			if ref.Target != nil {
				n.Member = append(n.Member, r.institutionLD(ref.Target, code, false))
			} else if ref.Inline != nil {
				n.Member = append(n.Member, ldOrg{Type: "Organization", Name: str(ref.Inline.Name)})
			}
		}
		if e.Contact != "" {
			n.ContactPoint = &ldContactPoint{Type: "ContactPoint", Email: e.Contact, ContactType: "general"}
		}
		n.Image = image
		return n
	case *catalog.Chair:
		desc := str(e.Summary)
		n := ldOrganization{Type: "Organization", ID: url, URL: url, Name: p.Title, Description: &desc, SameAs: e.URL}
		if e.Host.Target != nil {
			parent := r.institutionLD(e.Host.Target, code, false)
			n.ParentOrganization = &parent
		}
		if e.Established != 0 {
			n.FoundingDate = fmt.Sprint(e.Established)
		}
		n.Image = image
		return n
	case *catalog.AlumniOffice:
		n := ldOrganization{
			Type: "Organization", ID: url, URL: url, Name: p.Title,
			ContactPoint: &ldContactPoint{
				Type: "ContactPoint", Email: e.Email, ContactType: "alumni relations",
				ldOfficeReach: &ldOfficeReach{AvailableLanguage: e.Languages, Telephone: e.Phone},
			},
		}
		if e.Institution.Target != nil {
			parent := r.institutionLD(e.Institution.Target, code, false)
			n.ParentOrganization = &parent
		}
		return n
	case *catalog.Event:
		start, end := eventISO(e)
		n := ldEvent{
			Type: "EducationEvent", ID: url, URL: url, Name: p.Title, Description: str(e.Summary),
			StartDate: start, EndDate: end, EventStatus: "https://schema.org/EventScheduled",
			InLanguage: e.Languages,
		}
		if e.Type == "lecture" {
			n.Type = "Event"
		}
		switch {
		case e.Place != nil && e.Online != "":
			n.EventAttendanceMode = "https://schema.org/MixedEventAttendanceMode"
		case e.Place != nil:
			n.EventAttendanceMode = "https://schema.org/OfflineEventAttendanceMode"
		default:
			n.EventAttendanceMode = "https://schema.org/OnlineEventAttendanceMode"
		}
		if pl := e.Place; pl != nil {
			n.Location = append(n.Location, ldPlace{Type: "Place", Name: str(pl.Name), Address: ldPostalAddress{Type: "PostalAddress", AddressLocality: str(pl.City), AddressCountry: pl.Country}})
		}
		if e.Online != "" {
			n.Location = append(n.Location, ldVirtualLocation{Type: "VirtualLocation", URL: e.Online})
		}
		for _, t := range e.InstitutionTargets {
			n.Organizer = append(n.Organizer, r.institutionLD(t, code, false))
		}
		for _, a := range e.Audience {
			n.Audience = append(n.Audience, ldAudience{Type: "Audience", AudienceType: vocabLabel("event-audience", a, code)})
		}
		if e.Registration != "" {
			n.Offers = &ldEventOffer{Type: "Offer", URL: e.Registration}
		}
		return n
	}
	return nil
}

// institutionLD returns an institution as other nodes name it, or, when
// full, as its own page describes it.
func (r *Renderer) institutionLD(i *catalog.Institution, code string, full bool) ldOrg {
	chain := r.site.Langs.Chain(code)
	name, _, _ := i.Title.Get(chain)
	n := ldOrg{Type: "CollegeOrUniversity", Name: name}
	if p := r.site.EntryPage(catalog.Institutions, i.ID, code); p != nil {
		n.ID = r.permalink(p)
	}
	if !full {
		return n
	}
	city, _, _ := i.City.Get(chain)
	d := &ldOrgDetails{
		URL:           i.URL,
		Address:       ldPostalAddress{Type: "PostalAddress", AddressLocality: city, AddressCountry: i.Country},
		AlternateName: i.Short,
	}
	for _, id := range [...][2]string{{"ROR", i.ROR}, {"Erasmus", i.ErasmusCode}, {"PIC", i.PIC}, {"SCHAC", i.SCHAC}} {
		if id[1] != "" {
			d.Identifier = append(d.Identifier, ldPropertyValue{Type: "PropertyValue", PropertyID: id[0], Value: id[1]})
		}
	}
	if i.ROR != "" {
		d.SameAs = []string{"https://ror.org/" + i.ROR}
	}
	if s, _, ok := i.Summary.Get(chain); ok {
		d.Description = &s
	}
	n.ldOrgDetails = d
	return n
}

// vocabLabel returns a built-in vocabulary label, or the code itself.
func vocabLabel(vocab, c, code string) string {
	if l, ok := lang.Label(lang.Vocab(vocab), c, code); ok {
		return l
	}
	return c
}
