// Package status computes the translation status of a rendered site, per
// language: pages present and missing, catalogue text fields translated and
// falling back, UI strings missing and unused, and translations older than
// their source (the default language's file or field changed after the
// translation), read from the site's git history when it has one.
//
// In: the *model.Site, the UI strings after rendering, and a History. Out: a
// *Matrix. It runs no command itself; GitHistory does, when asked.
package status

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// History tells when lines of files last changed.
type History interface {
	// Lines returns, for each line of file (index 0 = line 1), when it last
	// changed; ok is false when the file has no history (new, untracked).
	Lines(file string) (times []time.Time, ok bool)
	// Describe says where the history comes from ("git", or why there is none).
	Describe() string
	// Available reports whether there is any history at all.
	Available() bool
}

// Matrix is the status of every language.
type Matrix struct {
	Source    string       `json:"source"` // the source language
	History   string       `json:"history"`
	Languages []LangStatus `json:"languages"`
}

// LangStatus is the status of one language.
type LangStatus struct {
	Lang           string   `json:"lang"`
	PagesPresent   int      `json:"pagesPresent"`
	PagesTotal     int      `json:"pagesTotal"`
	PagesMissing   []string `json:"pagesMissing"`
	FieldsWritten  int      `json:"fieldsTranslated"`
	FieldsFallback int      `json:"fieldsFallingBack"`
	FallbackFields []string `json:"fallbackFields"`
	UIMissing      []string `json:"uiStringsMissing"`
	UIUnused       []string `json:"uiStringsUnused"`
	Outdated       []string `json:"outdated"` // translations older than their source
	Percent        float64  `json:"percent"`
}

// Compute builds the matrix. strings must have been used by a render so that
// missing and unused keys are known.
func Compute(s *model.Site, strs *lang.Strings, h History) *Matrix {
	src := s.Langs.Default
	m := &Matrix{Source: src, History: h.Describe()}
	type group struct {
		path  string
		files map[string]string // lang → file
	}
	groups := map[string]*group{}
	for _, p := range s.Pages {
		if p.Source == nil {
			continue
		}
		g := groups[p.Key]
		if g == nil {
			g = &group{path: p.Source.Path, files: map[string]string{}}
			groups[p.Key] = g
		}
		g.files[p.Lang] = p.Source.File
	}
	keys := slices.Sorted(maps.Keys(groups))
	missingUI := strs.Missing()
	unused := strs.Unused()
	for _, l := range s.Langs.List {
		// Lists are empty in the JSON, never null.
		st := LangStatus{Lang: l.Code, PagesTotal: len(groups), PagesMissing: []string{}, FallbackFields: []string{}, Outdated: []string{},
			UIMissing: append([]string{}, missingUI[l.Code]...), UIUnused: append([]string{}, unused...)}
		for _, k := range keys {
			g := groups[k]
			f, ok := g.files[l.Code]
			if !ok {
				st.PagesMissing = append(st.PagesMissing, "content/"+strings.TrimSuffix(g.path, ".md")+"."+l.Code+".md")
				continue
			}
			st.PagesPresent++
			if l.Code != src && h.Available() {
				if srcFile, ok := g.files[src]; ok && newer(h, srcFile, f) {
					st.Outdated = append(st.Outdated, fmt.Sprintf("%s is older than %s", f, srcFile))
				}
			}
		}
		if s.Catalog != nil {
			fieldStatus(s.Catalog, l.Code, src, h, &st)
		}
		st.Percent = 100
		if total := st.PagesTotal + st.FieldsWritten + st.FieldsFallback; total > 0 {
			st.Percent = float64(st.PagesPresent+st.FieldsWritten) * 100 / float64(total)
		}
		m.Languages = append(m.Languages, st)
	}
	return m
}

// newer reports whether src changed after translation last did.
func newer(h History, src, translation string) bool {
	a, ok1 := h.Lines(src)
	b, ok2 := h.Lines(translation)
	if !ok1 || !ok2 {
		return false
	}
	return latest(a).After(latest(b))
}

func latest(ts []time.Time) time.Time {
	var t time.Time
	for _, x := range ts {
		if x.After(t) {
			t = x
		}
	}
	return t
}

// fieldStatus counts an entry's text fields and finds outdated translations:
// a field whose source-language line changed after the translated line.
func fieldStatus(c *catalog.Catalog, code, src string, h History, st *LangStatus) {
	for _, kind := range catalog.Kinds {
		for _, e := range c.Entries(kind) {
			m := e.Meta()
			var lines []time.Time
			var hasHistory bool
			if h.Available() && code != src {
				lines, hasHistory = h.Lines(m.File)
			}
			catalog.WalkTexts(e, func(path string, t lang.Text) {
				if t.IsZero() {
					return
				}
				if !t.Has(code) {
					st.FieldsFallback++
					st.FallbackFields = append(st.FallbackFields, fmt.Sprintf("%s: %s", m.File, path))
					return
				}
				st.FieldsWritten++
				if !hasHistory || t.Plain {
					return
				}
				sp, tp := t.Pos[src], t.Pos[code]
				if sp.Line == 0 || tp.Line == 0 || sp.Line > len(lines) || tp.Line > len(lines) {
					return
				}
				if lines[sp.Line-1].After(lines[tp.Line-1]) {
					st.Outdated = append(st.Outdated, fmt.Sprintf("%s: %s.%s is older than %s.%s", tp, path, code, path, src))
				}
			})
		}
	}
}

// Below reports the languages whose completeness is below min percent.
func (m *Matrix) Below(min float64) []string {
	var out []string
	for _, l := range m.Languages {
		if l.Percent < min {
			out = append(out, l.Lang)
		}
	}
	return out
}

// Text formats the matrix for a terminal.
func (m *Matrix) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "translation status (source language: %s; history: %s)\n\n", m.Source, m.History)
	fmt.Fprintf(&b, "%-5s %9s %15s %10s %9s %9s %9s\n", "lang", "pages", "fields", "ui missing", "ui unused", "outdated", "complete")
	for _, l := range m.Languages {
		fmt.Fprintf(&b, "%-5s %4d/%-4d %7d/%-7d %10d %9d %9d %8.1f%%\n", l.Lang, l.PagesPresent, l.PagesTotal,
			l.FieldsWritten, l.FieldsWritten+l.FieldsFallback, len(l.UIMissing), len(l.UIUnused), len(l.Outdated), l.Percent)
	}
	for _, l := range m.Languages {
		if len(l.PagesMissing)+len(l.FallbackFields)+len(l.UIMissing)+len(l.Outdated) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s:\n", l.Lang)
		list := func(title string, items []string) {
			if len(items) == 0 {
				return
			}
			fmt.Fprintf(&b, "  %s:\n", title)
			for _, it := range items {
				fmt.Fprintf(&b, "    %s\n", it)
			}
		}
		list("missing pages", l.PagesMissing)
		list("catalogue fields shown from another language", l.FallbackFields)
		list("missing UI strings", l.UIMissing)
		list("translations older than their source", l.Outdated)
	}
	if len(m.Languages) > 0 && len(m.Languages[0].UIUnused) > 0 {
		fmt.Fprintf(&b, "\nUI strings defined but not used by any page: %s\n", strings.Join(m.Languages[0].UIUnused, ", "))
	}
	return b.String()
}
