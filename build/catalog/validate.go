package catalog

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/schema"
)

// Enumerations, in the order messages list them.
var (
	Levels           = []string{"bachelor", "master", "advanced-master", "phd", "short-cycle", "summer-school", "certificate"}
	Degrees          = []string{"single", "joint", "double", "multiple"}
	Modes            = []string{"full-time", "part-time"}
	Deliveries       = []string{"on-site", "hybrid", "online"}
	Audiences        = []string{"eea", "non-eea", "all"}
	Communities      = []string{"fwb", "vl", "dg", "other"}
	InstitutionTypes = []string{"university", "university-college", "art-school", "research-centre", "other"}
	NetworkKinds     = []string{"university-network", "umbrella", "cross-border", "european-university", "thematic", "development"}
	MaterialKinds    = []string{"roll-up", "flyer", "brochure", "banner", "gadget", "poster", "flag"}
	Bases            = []string{"public-task", "consent"}
	FeePeriods       = []string{"year", "programme"}
	FigureApprox     = []string{"about", "nearly", "over"}
)

// ectsRange is the range of credits each level allows.
var ectsRange = map[string][2]int{
	"bachelor":        {180, 240},
	"master":          {60, 120},
	"advanced-master": {60, 120},
	"short-cycle":     {60, 120},
	"summer-school":   {1, 15},
	"certificate":     {1, 60},
	"phd":             {0, 240},
}

// eqf is the EQF level of each study level (0: not a qualification level).
var eqf = map[string]int{"bachelor": 6, "master": 7, "advanced-master": 7, "phd": 8, "short-cycle": 5}

// validator checks the fields of one entry, reporting at their positions.
type validator struct {
	d      *schema.Decoder
	set    *lang.Set
	today  time.Time
	loc    *time.Location // the site's time zone: events without timeZone are in it
	common *Common
}

func (v *validator) errorf(pos diag.Pos, format string, args ...any) {
	v.d.Diags.Errorf(pos, format, args...)
}

// warnf reports what is not wrong but has gone stale: --strict refuses it.
func (v *validator) warnf(pos diag.Pos, format string, args ...any) {
	v.d.Diags.Warnf(pos, format, args...)
}

// oneOf reports value when it is not one of allowed.
func (v *validator) oneOf(pos diag.Pos, field, value string, allowed []string) bool {
	if value == "" || slices.Contains(allowed, value) {
		return true
	}
	v.errorf(pos, "%s: %q is not one of %s%s", field, value, strings.Join(allowed, ", "), schema.DidYouMean(value, allowed))
	return false
}

func (v *validator) country(pos diag.Pos, field, code string) {
	if code != "" && !lang.Has(lang.Country, code) {
		hint := ""
		if up := strings.ToUpper(code); up != code && lang.Has(lang.Country, up) {
			hint = fmt.Sprintf(": write it in upper case, %q", up)
		} else if code == "UK" {
			hint = `: the United Kingdom is "GB"`
		}
		v.errorf(pos, "%s: %q is not an ISO 3166-1 country code (two upper-case letters, like BE, NL, DE)%s", field, code, hint)
	}
}

func (v *validator) language(pos diag.Pos, field, code string) {
	if code != "" && !lang.Has(lang.LanguageCode, code) {
		v.errorf(pos, "%s: %q is not an ISO 639-1 language code (two lower-case letters, like fr, nl, en, de, es)", field, code)
	}
}

func (v *validator) field(pos diag.Pos, field, code string) {
	if code == "" {
		return
	}
	if len(code) != 4 || !lang.Has(lang.Field, code) {
		hint := "a 4-digit ISCED-F 2013 detailed field, like \"0613\" (software) or \"0421\" (law)"
		if len(code) == 3 && lang.Has(lang.Field, "0"+code) {
			hint += fmt.Sprintf("; did you mean \"0%s\"? Quote codes that start with 0", code)
		}
		v.errorf(pos, "%s: %q is not %s", field, code, hint)
	}
}

// check reports what check finds wrong with s, unless s is empty.
func (v *validator) check(pos diag.Pos, field, s string, check func(string) error) {
	if s == "" {
		return
	}
	if err := check(s); err != nil {
		v.errorf(pos, "%s: %v", field, err)
	}
}

func (v *validator) url(pos diag.Pos, field, s string)   { v.check(pos, field, s, CheckURL) }
func (v *validator) email(pos diag.Pos, field, s string) { v.check(pos, field, s, CheckEmail) }

// items calls check with each item of the list at key, its position and
// its name ("languages[2]").
func items(at func(string) diag.Pos, key string, list []string, check func(pos diag.Pos, field, s string)) {
	for i, s := range list {
		w := fmt.Sprintf("%s[%d]", key, i+1)
		check(at(w), w, s)
	}
}

func (v *validator) year(pos diag.Pos, field string, y int) {
	if y != 0 && (y < 1000 || y > v.today.Year()+10) {
		v.errorf(pos, "%s: %d is not a plausible year", field, y)
	}
}

func (v *validator) required(pos diag.Pos, field string, t lang.Text) {
	if t.IsZero() {
		return // reported as missing by the decoder when required
	}
	if _, _, ok := t.Get(v.set.Chain(v.set.Default)); !ok {
		v.errorf(pos, "%s: no text in any language", field)
	}
}

func (c *Common) validate(v *validator) {
	v.oneOf(c.At.Of("basis", c.Pos), "basis", c.Basis, Bases)
	if (c.Basis == "") != c.ReviewBy.IsZero() {
		v.errorf(c.Pos, "basis and reviewBy go together: record the lawful basis of the personal data and when to review it")
	}
	if !c.ReviewBy.IsZero() && c.ReviewBy.Before(v.today) {
		v.errorf(c.At.Of("reviewBy", c.Pos), "reviewBy: the review date %s has passed: review the personal data, then set a new date or remove it", c.ReviewBy)
	}
	for code, s := range c.Slug.Values {
		if err := CheckID(s); err != nil {
			v.errorf(c.Slug.Pos[code], "slug: %v", err)
			delete(c.Slug.Values, code)
		}
	}
	if !c.Updated.IsZero() && c.Updated.After(v.today.AddDate(0, 0, 1)) {
		v.errorf(c.At.Of("updated", c.Pos), "updated: %s is in the future", c.Updated)
	}
	// A stale entry is a warning of the build itself, so that build
	// --strict refuses it as the README says, not only vitrine check.
	if !c.Updated.IsZero() && !v.today.IsZero() && c.Updated.Before(v.today.AddDate(-1, 0, 0)) {
		v.warnf(c.At.Of("updated", c.Pos), "updated: last checked on %s, more than a year ago: check the entry and set today's date", c.Updated)
	}
}

func (i *Institution) validate(v *validator) {
	at := func(k string) diag.Pos { return i.At.Of(k, i.Pos) }
	v.required(at("name"), "name", i.Title)
	v.country(at("country"), "country", i.Country)
	v.oneOf(at("community"), "community", i.Community, Communities)
	v.oneOf(at("type"), "type", i.Type, InstitutionTypes)
	v.url(at("url"), "url", i.URL)
	v.url(at("international"), "international", i.International)
	v.check(at("erasmusCode"), "erasmusCode", i.ErasmusCode, CheckErasmusCode)
	v.check(at("schac"), "schac", i.SCHAC, CheckSCHAC)
	v.check(at("pic"), "pic", i.PIC, CheckPIC)
	if i.ROR != "" {
		id, err := CheckROR(i.ROR)
		if err != nil {
			v.errorf(at("ror"), "ror: %v", err)
		} else {
			i.ROR = id
		}
	}
	if i.Logo != "" && checkStaticPath(i.Logo) != "" {
		v.errorf(at("logo"), "logo: %q: give a path under static/, like /logos/uliege.svg", i.Logo)
	}
}

func (p *Programme) validate(v *validator) {
	at := func(k string) diag.Pos { return p.At.Of(k, p.At.Of(listOf(k), p.Pos)) }
	v.required(at("title"), "title", p.Title)
	if v.oneOf(at("level"), "level", p.Level, Levels) && p.Level != "" {
		p.EQF = eqf[p.Level]
		r := ectsRange[p.Level]
		_, given := p.At["ects"]
		switch {
		case given && v.d.Failed && p.ECTS == 0:
			// "ects" did not decode: the decoder has said so.
		case !given && p.Level != "phd":
			v.errorf(p.Pos, "\"ects\" is required for a %s: give the number of credits (%d to %d)", p.Level, r[0], r[1])
		case given && (p.ECTS < r[0] || p.ECTS > r[1]):
			v.errorf(at("ects"), "ects: %d credits do not fit a %s: expected %d to %d", p.ECTS, p.Level, r[0], r[1])
		}
	}
	if p.Duration != "" {
		d, err := ParseDuration(p.Duration)
		if err != nil {
			v.errorf(at("duration"), "duration: %v", err)
		}
		p.Length = d
	}
	items(at, "languages", p.Languages, v.language)
	items(at, "fields", p.Fields, v.field)
	v.oneOf(at("degree"), "degree", p.Degree, Degrees)
	v.oneOf(at("mode"), "mode", p.Mode, Modes)
	v.oneOf(at("delivery"), "delivery", p.Delivery, Deliveries)
	p.Degree = cmp.Or(p.Degree, "single")
	p.Mode = cmp.Or(p.Mode, "full-time")
	p.Delivery = cmp.Or(p.Delivery, "on-site")
	if p.Degree != "single" && slices.Contains(Degrees, p.Degree) && len(p.Institutions) < 2 {
		v.errorf(at("degree"), "degree: a %s degree needs at least two institutions", p.Degree)
	}
	for i, m := range p.Intake {
		if m < 1 || m > 12 {
			w := fmt.Sprintf("intake[%d]", i+1)
			v.errorf(at(w), "%s: %d is not a month: use 1 (January) to 12 (December)", w, m)
		}
	}
	for i, dl := range p.Deadlines {
		v.oneOf(dl.At.Of("audience", dl.Pos), fmt.Sprintf("deadlines[%d].audience", i+1), dl.Audience, Audiences)
	}
	if len(p.Deadlines) > 0 && !p.Open(v.today) {
		if ds := p.SortedDeadlines(v.today); len(ds) > 0 {
			last := ds[len(ds)-1].Date
			v.warnf(at("deadlines"), "deadlines: every application deadline has passed (the last one was %s), so the programme shows \"applications closed\": add the next round's dates, or write a deadline that comes back every year as --MM-DD", last)
		}
	}
	for i, f := range p.Tuition {
		w := fmt.Sprintf("tuition[%d]", i+1)
		v.oneOf(f.At.Of("audience", f.Pos), w+".audience", f.Audience, Audiences)
		v.oneOf(f.At.Of("per", f.Pos), w+".per", f.Per, FeePeriods)
		if f.Amount < 0 {
			v.errorf(f.At.Of("amount", f.Pos), "%s.amount: a fee cannot be negative", w)
		}
		v.check(f.At.Of("currency", f.Pos), w+".currency", f.Currency, CheckCurrency)
		if f.Year.Past(v.today) {
			v.warnf(f.At.Of("year", f.Pos), "%s.year: the amount is for %s, a year that ended on %s: check the fees and give the amount and year that apply now", w, f.Year, f.Year.End().Format("2006-01-02"))
		}
	}
	for i, r := range p.LanguageRequirements {
		w := fmt.Sprintf("languageRequirements[%d]", i+1)
		v.language(r.At.Of("language", r.Pos), w+".language", r.Language)
		v.check(r.At.Of("cefr", r.Pos), w+".cefr", r.CEFR, CheckCEFR)
	}
	for code, u := range p.URL.Values {
		v.url(p.URL.Pos[code], "url", u)
	}
	v.email(at("contact"), "contact", p.Contact)
}

func (c *Chair) validate(v *validator) {
	at := func(k string) diag.Pos { return c.At.Of(k, c.At.Of(listOf(k), c.Pos)) }
	v.required(at("name"), "name", c.Title)
	if c.Host.Inline != nil {
		v.country(c.Host.Inline.At.Of("country", c.Host.Pos), "host.country", c.Host.Inline.Country)
	}
	v.year(at("established"), "established", c.Established)
	items(at, "fields", c.Fields, v.field)
	if c.MinStayWeeks < 0 || c.MinStayWeeks > 104 {
		v.errorf(at("minStayWeeks"), "minStayWeeks: %d is not a number of weeks between 0 and 104", c.MinStayWeeks)
	}
	for i, h := range c.Holders {
		w := fmt.Sprintf("holders[%d]", i+1)
		v.oneOf(h.At.Of("basis", h.Pos), w+".basis", h.Basis, Bases)
		if !h.ReviewBy.IsZero() && h.ReviewBy.Before(v.today) {
			v.errorf(h.At.Of("reviewBy", h.Pos), "%s.reviewBy: the review date %s has passed: check with the holder, then set a new date or remove the holder", w, h.ReviewBy)
		}
	}
	v.url(at("url"), "url", c.URL)
	v.email(at("contact"), "contact", c.Contact)
}

func (n *Network) validate(v *validator) {
	at := func(k string) diag.Pos { return n.At.Of(k, n.At.Of(listOf(k), n.Pos)) }
	v.required(at("name"), "name", n.Title)
	v.oneOf(at("kind"), "kind", n.Type, NetworkKinds)
	items(at, "scope", n.Scope, v.country)
	for i, m := range n.Members {
		if m.Inline != nil {
			v.country(m.Inline.At.Of("country", m.Pos), fmt.Sprintf("members[%d].country", i+1), m.Inline.Country)
		}
	}
	v.year(at("since"), "since", n.Since)
	v.url(at("url"), "url", n.URL)
	v.email(at("contact"), "contact", n.Contact)
}

func (a *AlumniOffice) validate(v *validator) {
	at := func(k string) diag.Pos { return a.At.Of(k, a.At.Of(listOf(k), a.Pos)) }
	v.required(at("office"), "office", a.Office)
	v.email(at("email"), "email", a.Email)
	v.url(at("url"), "url", a.URL)
	items(at, "languages", a.Languages, v.language)
	items(at, "countries", a.Countries, v.country)
	for i, ch := range a.Chapters {
		w := fmt.Sprintf("chapters[%d]", i+1)
		v.country(ch.At.Of("country", ch.Pos), w+".country", ch.Country)
		v.url(ch.At.Of("url", ch.Pos), w+".url", ch.URL)
		v.email(ch.At.Of("email", ch.Pos), w+".email", ch.Email)
	}
	for i, m := range a.Materials {
		w := fmt.Sprintf("materials[%d]", i+1)
		v.oneOf(m.At.Of("kind", m.Pos), w+".kind", m.Kind, MaterialKinds)
		for j, l := range m.Languages {
			v.language(m.At.Of(fmt.Sprintf("languages[%d]", j+1), m.Pos), fmt.Sprintf("%s.languages[%d]", w, j+1), l)
		}
	}
	if a.Phone != "" && !phoneOK(a.Phone) {
		v.errorf(at("phone"), "phone: %q is not a phone number in international format, like \"+32 16 32 40 10\"", a.Phone)
	}
}

// listOf returns the list key of an item key: "fields[2]" → "fields".
func listOf(k string) string {
	if i := strings.IndexByte(k, '['); i > 0 {
		return k[:i]
	}
	return k
}

func phoneOK(s string) bool {
	return strings.HasPrefix(s, "+") && len(s) >= 8 && strings.TrimLeft(s[1:], digits+" -()") == ""
}

// resolve checks every reference and fills the reverse links.
func (c *Catalog) resolve(diags *diag.List) {
	inst := func(r *InstitutionRef, field string) *Institution {
		r.Target = nil
		if r.Inline != nil || r.ID == "" {
			return nil
		}
		e, ok := c.index[Institutions][r.ID]
		if !ok {
			diags.Errorf(r.Pos, "%s: no institution %q: expected the id of a file in data/institutions/%s", field, r.ID, suggestID(c.index[Institutions], r.ID))
			return nil
		}
		r.Target = e.(*Institution)
		return r.Target
	}
	for _, p := range c.Programmes {
		for i := range p.Institutions {
			if t := inst(&p.Institutions[i], fmt.Sprintf("institutions[%d]", i+1)); t != nil {
				t.Programmes = appendNew(t.Programmes, p)
			}
		}
		eachTarget(c, diags, Networks, p.Networks, func(n *Network) {
			p.NetworkTargets = append(p.NetworkTargets, n)
			n.Programmes = appendNew(n.Programmes, p)
		})
	}
	for _, ch := range c.Chairs {
		if t := inst(&ch.Host, "host"); t != nil {
			t.Chairs = appendNew(t.Chairs, ch)
		}
		for i := range ch.Partners {
			if t := inst(&ch.Partners[i], fmt.Sprintf("partners[%d]", i+1)); t != nil {
				t.Chairs = appendNew(t.Chairs, ch)
			}
		}
		for i := range ch.Holders {
			inst(&ch.Holders[i].Home, fmt.Sprintf("holders[%d].home", i+1))
		}
	}
	for _, n := range c.Networks {
		for i := range n.Members {
			if t := inst(&n.Members[i], fmt.Sprintf("members[%d]", i+1)); t != nil {
				t.Networks = appendNew(t.Networks, n)
			}
		}
	}
	c.resolveEvents(diags)
	for _, a := range c.Alumni {
		if t := inst(&a.Institution, "institution"); t != nil {
			if t.Alumni != nil {
				diags.Errorf(a.Institution.Pos, "institution: %s already has an alumni office, in %s", a.Institution.ID, t.Alumni.File)
				continue
			}
			t.Alumni = a
		}
	}
}

// appendNew appends x to list unless list holds it already.
func appendNew[T comparable](list []T, x T) []T {
	if slices.Contains(list, x) {
		return list
	}
	return append(list, x)
}

// suggestID returns schema.DidYouMean of id among the ids of m.
func suggestID(m map[string]Entry, id string) string {
	return schema.DidYouMean(id, slices.Collect(maps.Keys(m)))
}
