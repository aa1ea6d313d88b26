package render

import (
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
func (r *Renderer) jsonLD(p *model.P, v *Page) template.HTML {
	var graph []any
	switch p.Kind {
	case model.Entry:
		if e := r.entryLD(p); e != nil {
			graph = append(graph, e)
		}
	case model.List:
		items := []any{}
		for i, c := range p.Children {
			items = append(items, map[string]any{"@type": "ListItem", "position": i + 1, "url": r.site.Permalink(c), "name": c.Title})
		}
		graph = append(graph, map[string]any{"@type": "ItemList", "name": v.Title, "numberOfItems": len(p.Children), "itemListElement": items})
	case model.Home:
		graph = append(graph, map[string]any{"@type": "WebSite", "name": v.Title, "url": r.site.Permalink(p), "inLanguage": v.Lang.Locale})
	}
	if len(v.Breadcrumbs) > 1 {
		items := []any{}
		for i, b := range v.Breadcrumbs {
			items = append(items, map[string]any{"@type": "ListItem", "position": i + 1, "name": b.Label, "item": r.absolute(strings.TrimPrefix(b.URL, r.site.Config.Base.Path))})
		}
		graph = append(graph, map[string]any{"@type": "BreadcrumbList", "itemListElement": items})
	}
	if len(graph) == 0 {
		return ""
	}
	doc := map[string]any{"@context": "https://schema.org", "@graph": graph}
	// <, > and & are escaped: the script cannot be closed early.
	b := append(make([]byte, 0, 2048), `<script type="application/ld+json">`...)
	b, err := appendJSON(b, doc)
	if err != nil {
		// What encoding/json refuses is left out, as it always was.
		b = b[:len(`<script type="application/ld+json">`)]
	}
	b = append(b, "</script>"...)
	return template.HTML(b)
}

func (r *Renderer) entryLD(p *model.P) map[string]any {
	code := p.Lang
	chain := r.site.Langs.Chain(code)
	str := func(t interface {
		Get([]string) (string, string, bool)
	}) string {
		s, in, _ := t.Get(chain)
		return lang.Typeset(in, s)
	}
	url := r.site.Permalink(p)
	switch e := p.Entry.(type) {
	case *catalog.Programme:
		m := map[string]any{
			"@type": "EducationalOccupationalProgram", "@id": url, "url": url,
			"name": p.Title, "description": str(e.Summary),
			"educationalProgramMode": e.Mode,
			"inLanguage":             e.Languages,
			"timeToComplete":         e.Duration,
			"educationalCredentialAwarded": map[string]any{
				"@type":              "EducationalOccupationalCredential",
				"credentialCategory": vocabLabel("level", e.Level, code),
				"educationalLevel":   eqfName(e.EQF),
			},
		}
		if e.ECTS > 0 {
			m["numberOfCredits"] = map[string]any{"@type": "StructuredValue", "value": e.ECTS, "unitText": "ECTS"}
		}
		var providers []any
		for _, ref := range e.Institutions {
			if ref.Target != nil {
				providers = append(providers, r.institutionLD(ref.Target, code, false))
			}
		}
		if len(providers) > 0 {
			m["provider"] = providers
		}
		for _, d := range e.Deadlines {
			m["applicationDeadline"] = d.Date.String()
			break
		}
		var offers []any
		for _, f := range e.Tuition {
			offers = append(offers, map[string]any{"@type": "Offer", "category": f.Audience, "price": f.Amount, "priceCurrency": f.Currency})
		}
		if len(offers) > 0 {
			m["offers"] = offers
		}
		var about []any
		for _, f := range e.Fields {
			about = append(about, map[string]any{"@type": "DefinedTerm", "termCode": f, "name": vocabLabel("field", f, code), "inDefinedTermSet": "ISCED-F 2013"})
		}
		if len(about) > 0 {
			m["about"] = about
		}
		return m
	case *catalog.Institution:
		return r.institutionLD(e, code, true)
	case *catalog.Network:
		m := map[string]any{"@type": "Organization", "@id": url, "url": url, "name": p.Title, "description": str(e.Summary)}
		if e.Acronym != "" {
			m["alternateName"] = e.Acronym
		}
		if e.URL != "" {
			m["sameAs"] = e.URL
		}
		if e.Since != 0 {
			m["foundingDate"] = fmt.Sprint(e.Since)
		}
		var members []any
		for _, ref := range e.Members {
			if ref.Target != nil {
				members = append(members, r.institutionLD(ref.Target, code, false))
			} else if ref.Inline != nil {
				members = append(members, map[string]any{"@type": "Organization", "name": str(ref.Inline.Name)})
			}
		}
		if len(members) > 0 {
			m["member"] = members
		}
		if e.Contact != "" {
			m["contactPoint"] = map[string]any{"@type": "ContactPoint", "email": e.Contact, "contactType": "general"}
		}
		return m
	case *catalog.Chair:
		m := map[string]any{"@type": "Organization", "@id": url, "url": url, "name": p.Title, "description": str(e.Summary)}
		if e.Host.Target != nil {
			m["parentOrganization"] = r.institutionLD(e.Host.Target, code, false)
		}
		if e.Established != 0 {
			m["foundingDate"] = fmt.Sprint(e.Established)
		}
		if e.URL != "" {
			m["sameAs"] = e.URL
		}
		return m
	case *catalog.Alumni:
		m := map[string]any{
			"@type": "Organization", "@id": url, "url": url, "name": p.Title,
			"contactPoint": map[string]any{"@type": "ContactPoint", "email": e.Email, "contactType": "alumni relations", "availableLanguage": e.Languages},
		}
		if e.Phone != "" {
			m["contactPoint"].(map[string]any)["telephone"] = e.Phone
		}
		if e.Institution.Target != nil {
			m["parentOrganization"] = r.institutionLD(e.Institution.Target, code, false)
		}
		return m
	}
	return nil
}

func (r *Renderer) institutionLD(i *catalog.Institution, code string, full bool) map[string]any {
	chain := r.site.Langs.Chain(code)
	name, _, _ := i.Title.Get(chain)
	m := map[string]any{"@type": "CollegeOrUniversity", "name": name}
	if p := r.site.EntryPage(catalog.Institutions, i.ID, code); p != nil {
		m["@id"] = r.site.Permalink(p)
	}
	if !full {
		return m
	}
	m["url"] = i.URL
	city, _, _ := i.City.Get(chain)
	m["address"] = map[string]any{"@type": "PostalAddress", "addressLocality": city, "addressCountry": i.Country}
	if i.Short != "" {
		m["alternateName"] = i.Short
	}
	var ids []any
	var same []string
	if i.ROR != "" {
		ids = append(ids, map[string]any{"@type": "PropertyValue", "propertyID": "ROR", "value": i.ROR})
		same = append(same, "https://ror.org/"+i.ROR)
	}
	if i.ErasmusCode != "" {
		ids = append(ids, map[string]any{"@type": "PropertyValue", "propertyID": "Erasmus", "value": i.ErasmusCode})
	}
	if i.PIC != "" {
		ids = append(ids, map[string]any{"@type": "PropertyValue", "propertyID": "PIC", "value": i.PIC})
	}
	if i.SCHAC != "" {
		ids = append(ids, map[string]any{"@type": "PropertyValue", "propertyID": "SCHAC", "value": i.SCHAC})
	}
	if len(ids) > 0 {
		m["identifier"] = ids
	}
	if len(same) > 0 {
		m["sameAs"] = same
	}
	if s, _, ok := i.Summary.Get(chain); ok {
		m["description"] = s
	}
	return m
}

func eqfName(level int) string {
	if level == 0 {
		return ""
	}
	return fmt.Sprintf("EQF level %d", level)
}

// vocabLabel returns a built-in vocabulary label, or the code itself.
func vocabLabel(vocab, c, code string) string {
	if l, ok := lang.Label(lang.Vocab(vocab), c, code); ok {
		return l
	}
	return c
}
