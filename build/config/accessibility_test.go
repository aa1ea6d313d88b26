package config_test

import (
	"os"
	"strings"
	"testing"
)

// a11yHead is a site.yaml in two languages; a11yOK a valid statement
// after it, starting at line 5.
const (
	a11yHead = "title: {fr: Étudier, en: Study}\nlanguages:\n  - {code: fr, label: Français, locale: fr-BE}\n  - {code: en, label: English, locale: en-GB}\n"
	a11yOK   = `accessibility:
  status: partially-compliant
  limitations:
    - {fr: Les cartes ne sont pas accessibles., en: The maps are not accessible.}
  prepared: 2026-12-03
  method: self-assessment
  contact: {email: accessibilite@example.be}
  enforcement: {name: Vlaamse Ombudsdienst, url: "https://www.vlaamseombudsdienst.be/"}
`
)

func TestAccessibilityValid(t *testing.T) {
	c, diags := parse(a11yHead + a11yOK)
	diff(t, diags, nil)
	a := c.Accessibility
	if a == nil {
		t.Fatal("no accessibility section")
	}
	if a.Status != "partially-compliant" || len(a.Limitations) != 1 || len(a.Enforcement) != 1 || a.Enforcement[0].URL != "https://www.vlaamseombudsdienst.be/" {
		t.Errorf("decoded %+v", a)
	}
	if got := a.LastReview().String(); got != "2026-12-03" {
		t.Errorf("LastReview() = %s, want prepared when there is no review", got)
	}
	if p := a.ReviewPos(); p.Line != 9 || p.Col != 13 {
		t.Errorf("ReviewPos() = %v, want site.yaml:9:13 (prepared)", p)
	}
	if c, _ := parse(a11yHead); c.Accessibility != nil {
		t.Error("a site.yaml without the section has a statement")
	}
}

func TestAccessibilityList(t *testing.T) {
	src := strings.Replace(a11yOK, `  enforcement: {name: Vlaamse Ombudsdienst, url: "https://www.vlaamseombudsdienst.be/"}`, `  enforcement:
    - {name: Vlaamse Ombudsdienst, url: "https://www.vlaamseombudsdienst.be/"}
    - name: {fr: Le Médiateur, en: The Ombudsman}
      url: https://www.le-mediateur.be/`, 1)
	c, diags := parse(a11yHead + src)
	diff(t, diags, nil)
	if c.Accessibility == nil || len(c.Accessibility.Enforcement) != 2 || c.Accessibility.Enforcement[1].Name.Values["en"] != "The Ombudsman" {
		t.Errorf("enforcement = %+v", c.Accessibility)
	}
}

func TestAccessibilityErrors(t *testing.T) {
	edit := func(old, new string) string { return a11yHead + strings.Replace(a11yOK, old, new, 1) }
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "unknown status",
			src:  edit("status: partially-compliant", "status: partially-compliants"),
			want: []string{`site.yaml:6:11: error: accessibility.status: "partially-compliants" is not a status of the model statement: write fully-compliant, partially-compliant, not-compliant (did you mean "partially-compliant"?)`},
		},
		{
			name: "bad date",
			src:  edit("prepared: 2026-12-03", "prepared: 03/12/2026"),
			want: []string{`site.yaml:9:13: error: accessibility.prepared: "03/12/2026" is not a date: write it as YYYY-MM-DD, like 2026-11-23`},
		},
		{
			name: "review before preparation",
			src:  edit("prepared: 2026-12-03", "prepared: 2026-12-03\n  reviewed: 2025-01-01"),
			want: []string{`site.yaml:10:13: error: accessibility.reviewed: 2025-01-01 is before the statement was prepared (2026-12-03): the last review cannot come before the first version`},
		},
		{
			name: "non-https enforcement URL",
			src:  edit(`url: "https://www.vlaamseombudsdienst.be/"`, `url: "http://www.vlaamseombudsdienst.be/"`),
			want: []string{`site.yaml:12:50: error: accessibility.enforcement.url: "http://www.vlaamseombudsdienst.be/" is not an https URL: write https://, the statement links only to secure pages`},
		},
		{
			name: "relative contact URL",
			src:  edit("contact: {email: accessibilite@example.be}", "contact: {url: www.example.be/contact}"),
			want: []string{`site.yaml:11:18: error: accessibility.contact.url: "www.example.be/contact" is not an absolute URL: write it whole, like https://www.example.be/accessibility`},
		},
		{
			name: "not an e-mail address",
			src:  edit("contact: {email: accessibilite@example.be}", "contact: {email: \"mailto:accessibilite@example.be\"}"),
			want: []string{`site.yaml:11:20: error: accessibility.contact.email: "mailto:accessibilite@example.be" is not an e-mail address: write it like accessibility@example.be, without mailto:`},
		},
		{
			name: "empty contact",
			src:  edit("contact: {email: accessibilite@example.be}", "contact: {}"),
			want: []string{`site.yaml:11:12: error: accessibility.contact: give an email (a role address, like accessibility@example.be), a url (a contact form, https), or both, like contact: {email: accessibility@example.be}`},
		},
		{
			name: "unknown method",
			src:  edit("method: self-assessment", "method: audit"),
			want: []string{`site.yaml:10:11: error: accessibility.method: "audit" is not a method: write self-assessment (the body assessed its own site) or third-party (and name it under assessor)`},
		},
		{
			name: "third party without assessor",
			src:  edit("method: self-assessment", "method: third-party"),
			want: []string{`site.yaml:10:11: error: accessibility.method: third-party needs assessor: the name of the organisation that assessed the site, like assessor: AnySurfer`},
		},
		{
			name: "partially compliant lists nothing",
			src:  edit("  limitations:\n    - {fr: Les cartes ne sont pas accessibles., en: The maps are not accessible.}\n", ""),
			want: []string{`site.yaml:6:11: error: accessibility.status: a site that is partially-compliant lists what is not accessible: add limitations (contents that do not comply, and why) or disproportionateBurden (contents exempted, and why)`},
		},
		{
			name: "fully compliant with limitations",
			src:  edit("status: partially-compliant", "status: fully-compliant"),
			want: []string{`site.yaml:8:5: error: accessibility.limitations: a fully compliant site has no non-compliance and no exemption: write status: partially-compliant, or remove the list`},
		},
		{
			name: "a language the site does not have",
			src:  edit("{fr: Les cartes ne sont pas accessibles., en: The maps are not accessible.}", "{fr: Les cartes ne sont pas accessibles., xx: The maps.}"),
			want: []string{`site.yaml:8:53: error: accessibility.limitations[1]: "xx" is not a language of this site (fr, en)`},
		},
		{
			name: "missing required keys",
			src:  a11yHead + "accessibility:\n  status: fully-compliant\n",
			want: []string{
				`site.yaml:6:3: error: accessibility.contact: give an email (a role address, like accessibility@example.be), a url (a contact form, https), or both, like contact: {email: accessibility@example.be}`,
				`site.yaml:6:3: error: accessibility: "enforcement" is required but missing or empty`,
				`site.yaml:6:3: error: accessibility: "method" is required but missing or empty`,
				`site.yaml:6:3: error: accessibility: "prepared" is required but missing or empty`,
			},
		},
		{
			name: "unknown key",
			src:  edit("method: self-assessment", "method: self-assessment\n  reviewd: 2026-12-03"),
			want: []string{`site.yaml:11:3: error: accessibility: unknown key "reviewd": did you mean "reviewed"?`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := parse(tc.src)
			diff(t, diags, tc.want)
		})
	}
}

// TestAccessibilityREADMEExample parses the example of README.md's
// "Accessibility statement": the documented section is valid as written.
func TestAccessibilityREADMEExample(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	start := strings.Index(doc, "```yaml\naccessibility:\n")
	if start < 0 {
		t.Fatal("README.md has no accessibility example")
	}
	block := doc[start+len("```yaml\n"):]
	block = block[:strings.Index(block, "```")]
	c, diags := parse(a11yHead + block)
	diff(t, diags, nil)
	if a := c.Accessibility; a == nil || a.Method != "third-party" || len(a.Enforcement) != 1 || a.LastReview().String() != "2027-06-15" {
		t.Errorf("README example decoded as %+v", c.Accessibility)
	}
}
