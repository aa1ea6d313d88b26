package build

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// reportTranslations warns of what is missing in each language: the pages
// of a translation group that have no file in it, and the catalogue texts
// that fall back to another language. A missing page makes its footer link
// and its switcher entry disappear; a missing text shows in another
// language: neither stops a build, but both are the site's to fix, so they
// are warnings (errors under --strict), one per language and kind of
// problem, listing the files, as the summary of every build shows them.
// vitrine i18n gives the full status; vitrine check says the same.
// only are the languages built (nil: all): the others are not reported.
func reportTranslations(s *model.Site, only []string, diags *diag.List) {
	if s == nil || s.Langs == nil || len(s.Langs.List) < 2 {
		return
	}
	langs := slices.DeleteFunc(slices.Clone(s.Langs.List), func(l lang.Language) bool { return len(only) > 0 && !slices.Contains(only, l.Code) })
	groups := map[string]map[string]string{} // key → lang → file
	paths := map[string]string{}             // key → source path
	for _, p := range s.Pages {
		if p.Source == nil {
			continue
		}
		g := groups[p.Key]
		if g == nil {
			g = map[string]string{}
			groups[p.Key] = g
			paths[p.Key] = p.Source.Path
		}
		g[p.Lang] = p.Source.File
	}
	for _, l := range langs {
		pages := diag.Diagnostic{Pos: diag.Pos{File: "content"}, Severity: diag.Warning,
			Msg: fmt.Sprintf("pages missing in %[1]s (their %[1]s links and switcher entries lead elsewhere meanwhile): write these files, or see vitrine i18n", l.Code)}
		for key, g := range groups {
			if _, ok := g[l.Code]; !ok {
				diags.AddFile(pages, "content/"+strings.TrimSuffix(paths[key], ".md")+"."+l.Code+".md")
			}
		}
	}
	if s.Catalog == nil {
		return
	}
	// Each entry's texts are walked once for every language.
	missing := make([][]string, len(langs)) // per language: "file (fields)"
	fields := make([][]string, len(langs))
	for _, kind := range catalog.Kinds {
		for _, e := range s.Catalog.Entries(kind) {
			catalog.WalkTexts(e, func(path string, t lang.Text) {
				if t.IsZero() {
					return
				}
				for i, l := range langs {
					if !t.Has(l.Code) {
						fields[i] = append(fields[i], path)
					}
				}
			})
			for i := range langs {
				if len(fields[i]) > 0 {
					sort.Strings(fields[i])
					missing[i] = append(missing[i], fmt.Sprintf("%s (%s)", e.Meta().File, strings.Join(fields[i], ", ")))
					fields[i] = fields[i][:0]
				}
			}
		}
	}
	for i, l := range langs {
		texts := diag.Diagnostic{Pos: diag.Pos{File: "data"}, Severity: diag.Warning,
			Msg: fmt.Sprintf("catalogue texts missing in %[1]s, shown in another language meanwhile: add the %[1]s: key to these fields", l.Code)}
		for _, f := range missing[i] {
			diags.AddFile(texts, f)
		}
	}
}
