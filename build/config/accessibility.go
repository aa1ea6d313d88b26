package config

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/schema"
)

// Accessibility is the site's accessibility statement (site.yaml
// accessibility:), as the model of Commission Implementing Decision (EU)
// 2018/1523 lays it out: which website, how far it complies with EN 301 549
// (WCAG 2.1 level AA), what is not accessible and why, how the statement
// was prepared, whom to tell about a barrier, and where to turn when the
// answer does not satisfy. vitrine writes it as a page in every language
// (see README.md, "Accessibility statement").
type Accessibility struct {
	// Organisation is the public-sector body that publishes the site, as
	// the statement names it; empty: the statement says "we".
	Organisation lang.Text `yaml:"organisation"`
	// Status is fully-compliant, partially-compliant or not-compliant.
	Status string `yaml:"status,required"`
	// Limitations are the contents that are not accessible because they
	// do not comply; DisproportionateBurden those exempted as a
	// disproportionate burden; OutsideScope those outside the scope of the
	// law (the model's three headings).
	Limitations            []lang.Text `yaml:"limitations"`
	DisproportionateBurden []lang.Text `yaml:"disproportionateBurden"`
	OutsideScope           []lang.Text `yaml:"outsideScope"`
	// Prepared is the date the statement was first prepared, Reviewed the
	// date of its last review (Prepared when not given). A build warns
	// when Reviewed is more than a year before its today.
	Prepared schema.Date `yaml:"prepared,required"`
	Reviewed schema.Date `yaml:"reviewed"`
	// Method is self-assessment or third-party; Assessor names the third
	// party.
	Method   string    `yaml:"method,required"`
	Assessor lang.Text `yaml:"assessor"`
	// Contact is where visitors report a barrier or ask for content in an
	// accessible form.
	Contact AccessibilityContact `yaml:"contact"` // required: validateAccessibility says how to write it
	// Enforcement are the bodies visitors may turn to when the answer does
	// not satisfy them: one mapping, or a list of them.
	Enforcement Enforcement `yaml:"enforcement,required"`
	Pos         diag.Pos
	At          schema.Positions
}

// AccessibilityContact is the statement's feedback contact: an e-mail
// address (a role address), a web form, or both.
type AccessibilityContact struct {
	Email string `yaml:"email"`
	URL   string `yaml:"url"`
	Pos   diag.Pos
	At    schema.Positions
}

// Enforcement lists the enforcement bodies of the statement.
type Enforcement []EnforcementBody

// EnforcementBody is a body that handles complaints about accessibility
// (an ombudsman, a monitoring body), with the page that explains how.
type EnforcementBody struct {
	Name lang.Text `yaml:"name,required"`
	URL  string    `yaml:"url,required"`
	Pos  diag.Pos
	At   schema.Positions
}

// DecodeYAML accepts one body as a mapping, or a list of bodies.
func (e *Enforcement) DecodeYAML(d *schema.Decoder, n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		var b EnforcementBody
		d.Decode(n, &b)
		*e = Enforcement{b}
		return
	}
	var list []EnforcementBody
	d.Decode(n, &list)
	*e = list
}

// The conformance statuses and methods of the model statement.
var (
	AccessibilityStatuses = []string{"fully-compliant", "partially-compliant", "not-compliant"}
	AccessibilityMethods  = []string{"self-assessment", "third-party"}
)

// LastReview returns the date of the statement's last review: Reviewed,
// or Prepared when it was never reviewed.
func (a *Accessibility) LastReview() schema.Date {
	if !a.Reviewed.IsZero() {
		return a.Reviewed
	}
	return a.Prepared
}

// ReviewPos returns the position of the date LastReview returns.
func (a *Accessibility) ReviewPos() diag.Pos {
	if !a.Reviewed.IsZero() {
		return a.At.Of("reviewed", a.Pos)
	}
	return a.At.Of("prepared", a.Pos)
}

// validateAccessibility checks the statement: known status and method,
// dates in order, contents listed when the site is not fully compliant,
// a contact and https addresses.
func (c *Config) validateAccessibility(d *schema.Decoder) {
	a := c.Accessibility
	if a == nil {
		return
	}
	errf := func(pos diag.Pos, format string, args ...any) { d.Diags.Errorf(pos, format, args...) }
	at := func(key string) diag.Pos { return a.At.Of(key, a.Pos) }

	if a.Status != "" && !slices.Contains(AccessibilityStatuses, a.Status) {
		errf(at("status"), "accessibility.status: %q is not a status of the model statement: write %s%s", a.Status, strings.Join(AccessibilityStatuses, ", "), schema.DidYouMean(a.Status, AccessibilityStatuses))
	}
	if a.Method != "" && !slices.Contains(AccessibilityMethods, a.Method) {
		errf(at("method"), "accessibility.method: %q is not a method: write self-assessment (the body assessed its own site) or third-party (and name it under assessor)%s", a.Method, schema.DidYouMean(a.Method, AccessibilityMethods))
	}
	switch {
	case a.Method == "third-party" && a.Assessor.IsZero():
		errf(at("method"), "accessibility.method: third-party needs assessor: the name of the organisation that assessed the site, like assessor: AnySurfer")
	case a.Method == "self-assessment" && !a.Assessor.IsZero():
		errf(at("assessor"), "accessibility.assessor: a self-assessment has no assessor: remove it, or write method: third-party")
	}
	if !a.Reviewed.IsZero() && !a.Prepared.IsZero() && a.Reviewed.Before(a.Prepared.Time) {
		errf(at("reviewed"), "accessibility.reviewed: %s is before the statement was prepared (%s): the last review cannot come before the first version", a.Reviewed, a.Prepared)
	}
	listed := len(a.Limitations) + len(a.DisproportionateBurden)
	switch a.Status {
	case "partially-compliant", "not-compliant":
		if listed == 0 {
			errf(at("status"), "accessibility.status: a site that is %s lists what is not accessible: add limitations (contents that do not comply, and why) or disproportionateBurden (contents exempted, and why)", a.Status)
		}
	case "fully-compliant":
		if listed > 0 {
			key := "limitations"
			if len(a.Limitations) == 0 {
				key = "disproportionateBurden"
			}
			errf(at(key), "accessibility.%s: a fully compliant site has no non-compliance and no exemption: write status: partially-compliant, or remove the list", key)
		}
	}
	texts := func(key string, list []lang.Text) {
		for i, t := range list {
			if !t.IsZero() { // an empty item is reported by the decoder
				t.CheckLanguages(d, c.Langs, fmt.Sprintf("accessibility.%s[%d]", key, i+1))
			}
		}
	}
	texts("limitations", a.Limitations)
	texts("disproportionateBurden", a.DisproportionateBurden)
	texts("outsideScope", a.OutsideScope)
	a.Organisation.CheckLanguages(d, c.Langs, "accessibility.organisation")
	a.Assessor.CheckLanguages(d, c.Langs, "accessibility.assessor")

	ct := a.Contact
	if ct.Email == "" && ct.URL == "" {
		pos := ct.Pos
		if pos.Line == 0 {
			pos = a.Pos
		}
		errf(pos, "accessibility.contact: give an email (a role address, like accessibility@example.be), a url (a contact form, https), or both, like contact: {email: accessibility@example.be}")
	}
	if ct.Email != "" && !emailLike(ct.Email) {
		errf(ct.At.Of("email", ct.Pos), "accessibility.contact.email: %q is not an e-mail address: write it like accessibility@example.be, without mailto:", ct.Email)
	}
	if msg := httpsURL(ct.URL); msg != "" {
		errf(ct.At.Of("url", ct.Pos), "accessibility.contact.url: %q %s", ct.URL, msg)
	}
	for i, b := range a.Enforcement {
		where := "accessibility.enforcement"
		if len(a.Enforcement) > 1 || a.At["enforcement[1]"].Line > 0 {
			where = fmt.Sprintf("accessibility.enforcement[%d]", i+1)
		}
		b.Name.CheckLanguages(d, c.Langs, where+".name")
		if msg := httpsURL(b.URL); msg != "" {
			errf(b.At.Of("url", b.Pos), "%s.url: %q %s", where, b.URL, msg)
		}
	}
	if a.At["enforcement"].Line > 0 && len(a.Enforcement) == 0 {
		errf(at("enforcement"), "accessibility.enforcement: name at least one body, like {name: Vlaamse Ombudsdienst, url: https://www.vlaamseombudsdienst.be/}")
	}
}

// httpsURL returns "" when s is empty or an absolute https URL, else what
// is wrong.
func httpsURL(s string) string {
	u, err := url.Parse(s)
	switch {
	case s == "":
		return ""
	case err != nil || u.Host == "" && u.Scheme != "http":
		return "is not an absolute URL: write it whole, like https://www.example.be/accessibility"
	case u.Scheme != "https":
		return "is not an https URL: write https://, the statement links only to secure pages"
	}
	return ""
}

// emailLike reports whether s looks like an e-mail address.
func emailLike(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	return ok && local != "" && strings.Contains(domain, ".") && !strings.HasPrefix(domain, ".") && !strings.HasSuffix(domain, ".") &&
		!strings.ContainsAny(s, " \t<>:,;\"") && !strings.Contains(domain, "@")
}
