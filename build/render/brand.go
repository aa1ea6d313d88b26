package render

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/config"
)

var colorRE = regexp.MustCompile(`^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

// brandColors are the params.brand keys that set a CSS custom property of
// the default theme.
var brandColors = []struct{ key, prop string }{
	{"primary", "--brand"},
	{"primaryDark", "--brand-dark"},
	{"accent", "--accent"},
}

// BrandCSS returns the stylesheet that applies site.yaml's params.brand
// colours to the theme, so that a site is branded without editing templates
// and without inline styles (which the Content Security Policy forbids).
// Invalid colours are errors: they would otherwise end up in CSS verbatim.
func BrandCSS(cfg *config.Config) ([]byte, error) {
	var b strings.Builder
	b.WriteString("/* generated from site.yaml params.brand */\n")
	brand, _ := cfg.Params["brand"].(map[string]any)
	var decls, errs []string
	for _, c := range brandColors {
		v, ok := brand[c.key]
		if !ok {
			continue
		}
		s, _ := v.(string)
		if !colorRE.MatchString(s) {
			errs = append(errs, fmt.Sprintf("params.brand.%s: %q is not a colour: write it as #rrggbb, like \"#0b4f8a\"", c.key, fmt.Sprint(v)))
			continue
		}
		decls = append(decls, fmt.Sprintf("%s:%s", c.prop, strings.ToLower(s)))
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	if len(decls) > 0 {
		fmt.Fprintf(&b, ":root{%s}\n", strings.Join(decls, ";"))
	}
	return []byte(b.String()), nil
}
