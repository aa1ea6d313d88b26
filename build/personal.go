package build

import (
	"errors"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/privacy"
)

// sitePolicy makes the site's privacy policy from site.yaml, and reports
// the records of personal addresses whose review date has passed.
func sitePolicy(cfg *config.Config, today time.Time, diags *diag.List) *privacy.Policy {
	var records []privacy.Record
	for i, r := range cfg.Privacy.Personal {
		if r.Email == "" || r.Basis == "" || r.ReviewBy.IsZero() {
			continue // reported by config
		}
		if r.ReviewBy.Before(today) {
			diags.Errorf(r.At.Of("reviewBy", r.Pos), "privacy.personal[%d].reviewBy: the review date %s has passed: check that %s may still be published, then set a new date, or remove the address from the site and from this list", i+1, r.ReviewBy, r.Email)
		}
		records = append(records, privacy.Record{Email: r.Email, Basis: r.Basis, ReviewBy: r.ReviewBy.Time, Pos: r.At.Of("email", r.Pos)})
	}
	return privacy.NewPolicy(cfg.Privacy.Allow, records)
}

// textExts are the extensions of the files under static/, layouts/ and a
// site's themes/ that are scanned for e-mail addresses: text that a
// browser shows or a crawler reads. Images, fonts and PDFs are not.
var textExts = map[string]bool{
	".html": true, ".htm": true, ".txt": true, ".md": true, ".xml": true, ".json": true,
	".svg": true, ".css": true, ".js": true, ".csv": true, ".ics": true, ".vcf": true,
	".yaml": true, ".yml": true, ".toml": true,
}

// scanPersonal looks for personal-looking e-mail addresses in every text
// of the site that reaches the output outside the catalogue (which checks
// its own, with each entry's lawful basis): site.yaml, the Markdown pages
// (front matter and body, drafts included: a draft is published one
// day), the UI strings, the layouts, a theme of the site's, and the text
// files under static/. An address that is neither a role address nor
// recorded in site.yaml is an error at its file, line and column; the
// recorded ones are returned, for the privacy report.
func scanPersonal(site fs.FS, pol *privacy.Policy, diags *diag.List) ([]privacy.Use, error) {
	var uses []privacy.Use
	scan := func(p string) error {
		src, err := fs.ReadFile(site, p)
		if err != nil {
			return err
		}
		for _, u := range pol.Check(p, src, diags) {
			if u.Pos != u.Record { // the record itself, in site.yaml, is not a publication
				uses = append(uses, u)
			}
		}
		return nil
	}
	if err := scan(config.File); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for _, root := range []string{"content", "i18n", "layouts", "static", "themes"} {
		err := walkInput(site, root, func(p string, d fs.DirEntry) error {
			if d.IsDir() || !d.Type().IsRegular() || strings.HasPrefix(d.Name(), ".") {
				return nil // symbolic links are reported where they are refused
			}
			if root != "content" && root != "i18n" && !textExts[strings.ToLower(path.Ext(p))] {
				return nil
			}
			return scan(p)
		})
		if err != nil {
			return nil, err
		}
	}
	privacy.SortUses(uses)
	return uses, nil
}
