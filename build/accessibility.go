package build

import (
	"time"

	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/diag"
)

// staleStatement warns when the accessibility statement's last review is
// more than a year before today, the build's date: the model statement is
// to be reviewed at least once a year. The warning stands at the date in
// site.yaml, and --strict makes it an error like any other warning.
func staleStatement(cfg *config.Config, today time.Time, diags *diag.List) {
	a := cfg.Accessibility
	if a == nil {
		return
	}
	last := a.LastReview()
	if last.IsZero() || !last.AddDate(1, 0, 0).Before(today) {
		return
	}
	key := "reviewed"
	if a.Reviewed.IsZero() {
		key = "prepared"
	}
	diags.Warnf(a.ReviewPos(), "accessibility.%s: the accessibility statement was last reviewed on %s, more than a year before today (%s): check the site against it again, update status and limitations, then write the date of that review as reviewed: %s",
		key, last, today.Format("2006-01-02"), today.Format("2006-01-02"))
}

// NoStatementNote is the note a build prints for a site whose site.yaml
// has no accessibility section. It is a note, not a warning: only
// public-sector bodies must publish a statement, and --strict must not fail
// every other site.
const NoStatementNote = "site.yaml has no accessibility section, so the site publishes no accessibility statement: public-sector bodies (public universities among them) must publish one under EU Directive 2016/2102; README.md, \"Accessibility statement\", shows how to add it"

// notes returns the build's notes for a site.
func notes(cfg *config.Config) []string {
	if cfg == nil || cfg.Accessibility != nil {
		return nil
	}
	return []string{NoStatementNote}
}
