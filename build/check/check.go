// Package check verifies a rendered site before it is published: internal
// links and #anchors, hreflang sets and language switchers, images without a
// text alternative, duplicate ids, stale catalogue entries, the personal data
// the site publishes and how complete each translation is.
//
// In: the *model.Site and the rendered outputs (path → body, not minified).
// Out: a *Report. It reads nothing else and writes nothing.
package check

import (
	"bytes"
	"fmt"
	"maps"
	"net/url"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/model"
	privacypkg "github.com/vitrine-ssg/vitrine/build/privacy"
	"golang.org/x/net/html"
)

// Report is what a check found.
type Report struct {
	Diags       []diag.Diagnostic `json:"-"`
	Privacy     []Datum           `json:"privacy"`
	Translation []LangStatus      `json:"translation"`
	Pages       int               `json:"pages"`
	Links       int               `json:"links"`
}

// Datum is one personal datum the site publishes.
type Datum struct {
	What     string `json:"what"`  // "chair holder", "e-mail address"
	Value    string `json:"value"` // the name or address
	Source   string `json:"source"`
	Basis    string `json:"basis"`
	ReviewBy string `json:"reviewBy"`
	Record   string `json:"record,omitempty"` // where the lawful basis is recorded, when not at Source
	Pages    int    `json:"pages,omitempty"`  // how many pages show it (one per language), when known
}

// LangStatus is the translation completeness of one language.
type LangStatus struct {
	Lang      string   `json:"lang"`
	Pages     int      `json:"pages"`     // Markdown pages present in the language
	Missing   []string `json:"missing"`   // source paths of pages missing in it
	Total     int      `json:"total"`     // pages that exist in any language
	Fields    int      `json:"fields"`    // catalogue text fields written in the language
	Fallbacks int      `json:"fallbacks"` // catalogue text fields shown from another language
	Percent   float64  `json:"percent"`   // of pages and fields present
}

// page is what the scanner learned about one HTML output.
type page struct {
	ids        map[string]int
	links      []link
	alternates map[string]string // hreflang → URL
	canonical  string
	imgNoAlt   int
}

type link struct {
	href    string
	switch_ bool // a language switcher link
}

// Run checks the site. outs maps output paths to bodies.
func Run(s *model.Site, outs map[string][]byte) *Report {
	rep := &Report{}
	diags := &diag.List{}
	pages := scanAll(outs)
	base := s.Config.Base

	byFile := map[string]*model.Page{}
	for _, p := range s.Pages {
		byFile[p.File()] = p
	}
	where := func(file string) diag.Pos {
		if p := byFile[file]; p != nil {
			if p.Source != nil {
				return diag.Pos{File: p.Source.File}
			}
			if p.Entry != nil {
				return diag.Pos{File: p.Entry.Meta().File}
			}
		}
		return diag.Pos{File: "public/" + file}
	}
	for _, f := range slices.Sorted(maps.Keys(pages)) {
		pg := pages[f]
		rep.Pages++
		for id, n := range pg.ids {
			if n > 1 {
				diags.Errorf(where(f), "/%s: the id %q is used %d times on the page: ids must be unique (links to #%s are ambiguous)", f, id, n, id)
			}
		}
		if pg.imgNoAlt > 0 {
			diags.Errorf(where(f), "/%s: %d image(s) without alt: describe each image, or give a decorative one an empty alt (imageAlt: \"\")", f, pg.imgNoAlt)
		}
		for _, l := range pg.links {
			target, frag, internal := resolve(base, f, l.href)
			if !internal {
				continue
			}
			rep.Links++
			file, ok := exists(outs, target)
			if !ok {
				what := "link"
				if l.switch_ {
					what = "language switcher link"
				}
				diags.Errorf(where(f), "/%s: %s to %s leads to a missing page", f, what, l.href)
				continue
			}
			if frag != "" && strings.HasSuffix(file, ".html") {
				if tp := pages[file]; tp != nil && tp.ids[frag] == 0 {
					diags.Errorf(lineOf(byFile[f], "#"+frag, where(f)), "/%s: link to %s: no element with id %q there", f, l.href, frag)
				}
			}
		}
		checkAlternates(diags, base, f, pg, pages, outs, where)
	}
	rep.Privacy = privacy(s)
	rep.Translation = translation(s)
	rep.Diags = diags.Sorted()
	return rep
}

// lineOf finds the line of a page's Markdown source where needle first
// appears, to point the author at the link; fallback otherwise.
func lineOf(p *model.Page, needle string, fallback diag.Pos) diag.Pos {
	if p == nil || p.Source == nil {
		return fallback
	}
	i := bytes.Index(p.Source.Body, []byte(needle))
	if i < 0 {
		return fallback
	}
	before := p.Source.Body[:i]
	line := p.Source.BodyLine + bytes.Count(before, []byte("\n"))
	col := i - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return diag.Pos{File: p.Source.File, Line: line, Col: col}
}

func checkAlternates(diags *diag.List, base *url.URL, f string, pg *page, pages map[string]*page, outs map[string][]byte, where func(string) diag.Pos) {
	if len(pg.alternates) == 0 {
		return
	}
	if _, ok := pg.alternates["x-default"]; !ok {
		diags.Errorf(where(f), "/%s: the hreflang alternates lack x-default", f)
	}
	self := pg.canonical
	for lang, href := range pg.alternates {
		target, _, internal := resolve(base, f, href)
		if !internal {
			diags.Errorf(where(f), "/%s: hreflang %s points outside the site: %s", f, lang, href)
			continue
		}
		file, ok := exists(outs, target)
		if !ok {
			diags.Errorf(where(f), "/%s: hreflang %s points to a missing page: %s", f, lang, href)
			continue
		}
		if tp := pages[file]; lang != "x-default" && tp != nil && self != "" && !slices.Contains(slices.Collect(maps.Values(tp.alternates)), self) {
			diags.Errorf(where(f), "/%s: hreflang %s → %s does not link back: alternates must be reciprocal", f, lang, href)
		}
	}
}

// resolve turns an href found on page f into an output path, a fragment
// and whether it points inside the site.
func resolve(base *url.URL, f, href string) (target, frag string, internal bool) {
	u, err := url.Parse(href)
	if err != nil {
		return "", "", false
	}
	frag = u.Fragment
	switch {
	case u.Scheme == "" && u.Host == "":
		p := u.Path
		if p == "" {
			return f, frag, true
		}
		if !strings.HasPrefix(p, "/") {
			p = path.Join("/", path.Dir(f), p)
			if strings.HasSuffix(u.Path, "/") {
				p += "/"
			}
		}
		if !strings.HasPrefix(p, base.Path) {
			return "", "", true // under the host but outside the base path: a broken link
		}
		return strings.TrimPrefix(p, base.Path), frag, true
	case (u.Scheme == "http" || u.Scheme == "https") && base.Host != "" && u.Host == base.Host:
		if !strings.HasPrefix(u.Path, base.Path) {
			return "", "", false
		}
		return strings.TrimPrefix(u.Path, base.Path), frag, true
	}
	return "", "", false
}

// exists finds the output a path refers to: the file, or the folder's index.html.
func exists(outs map[string][]byte, p string) (string, bool) {
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	if _, ok := outs[p]; ok {
		return p, true
	}
	if _, ok := outs[p+"/index.html"]; ok {
		return p + "/index.html", true
	}
	return p, false
}

func scanAll(outs map[string][]byte) map[string]*page {
	var files []string
	for f := range outs {
		if strings.HasSuffix(f, ".html") {
			files = append(files, f)
		}
	}
	result := make([]*page, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				result[i] = scan(outs[files[i]])
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	pages := make(map[string]*page, len(files))
	for i, f := range files {
		pages[f] = result[i]
	}
	return pages
}

// scan reads the ids, links, alternates and images of an HTML page.
func scan(body []byte) *page {
	pg := &page{ids: map[string]int{}, alternates: map[string]string{}}
	z := html.NewTokenizer(bytes.NewReader(body))
	inSwitcher := 0
	depth := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return pg
		}
		if tt == html.EndTagToken {
			depth--
			if inSwitcher > 0 && depth < inSwitcher {
				inSwitcher = 0
			}
			continue
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		t := z.Token()
		if tt == html.StartTagToken && !void(t.Data) {
			depth++
		}
		attr := map[string]string{}
		for _, a := range t.Attr {
			attr[a.Key] = a.Val
		}
		if id := attr["id"]; id != "" {
			pg.ids[id]++
		}
		if t.Data == "a" && attr["name"] != "" {
			pg.ids[attr["name"]]++
		}
		switch t.Data {
		case "nav":
			if strings.Contains(attr["class"], "lang-switcher") {
				inSwitcher = depth
			}
		case "a":
			if h, ok := attr["href"]; ok {
				pg.links = append(pg.links, link{href: h, switch_: inSwitcher > 0})
			}
		case "img", "script":
			if _, hasAlt := attr["alt"]; t.Data == "img" && !hasAlt {
				pg.imgNoAlt++
			}
			if s := attr["src"]; s != "" {
				pg.links = append(pg.links, link{href: s})
			}
		case "link":
			switch {
			case attr["rel"] == "alternate" && attr["hreflang"] != "":
				pg.alternates[attr["hreflang"]] = attr["href"]
			case attr["rel"] == "canonical":
				pg.canonical = attr["href"]
			case attr["rel"] == "stylesheet" || attr["rel"] == "icon" || attr["rel"] == "alternate":
				pg.links = append(pg.links, link{href: attr["href"]})
			}
		}
	}
}

func void(tag string) bool {
	return slices.Contains([]string{"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}, tag)
}

// privacy lists every personal datum the site publishes: chair holders,
// and every personal e-mail address with the place that publishes it and
// the record of its lawful basis.
func privacy(s *model.Site) []Datum {
	var out []Datum
	n := len(s.Langs.List)
	addr := func(u privacypkg.Use, pages int) {
		d := Datum{What: "e-mail address", Value: u.Addr, Source: u.Pos.String(), Basis: u.Basis, ReviewBy: u.ReviewBy, Pages: pages}
		if u.Record.File != "" {
			d.Record = u.Record.String()
		}
		out = append(out, d)
	}
	if s.Catalog != nil {
		for _, ch := range s.Catalog.Chairs {
			for _, h := range ch.Holders {
				out = append(out, Datum{What: "chair holder", Value: h.Person, Source: h.Pos.String(), Basis: h.Basis, ReviewBy: h.ReviewBy.String(), Pages: n})
			}
		}
		for _, kind := range catalog.Kinds {
			for _, e := range s.Catalog.Entries(kind) {
				for _, u := range e.Meta().Personal {
					addr(u, n)
				}
			}
		}
		for _, f := range s.Catalog.Figures {
			if f != nil {
				for _, u := range f.Personal {
					addr(u, n)
				}
			}
		}
	}
	for _, u := range s.Personal {
		addr(u, 0)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Source < out[j].Source })
	return out
}

// translation counts, per language, the pages and catalogue fields written
// in it.
func translation(s *model.Site) []LangStatus {
	groups := map[string]map[string]bool{} // content path → languages
	paths := map[string]string{}
	for _, p := range s.Pages {
		if p.Source == nil {
			continue
		}
		if groups[p.Key] == nil {
			groups[p.Key] = map[string]bool{}
		}
		groups[p.Key][p.Lang] = true
		paths[p.Key] = p.Source.Path
	}
	var out []LangStatus
	for _, l := range s.Langs.List {
		st := LangStatus{Lang: l.Code, Total: len(groups)}
		for key, langs := range groups {
			if langs[l.Code] {
				st.Pages++
			} else {
				st.Missing = append(st.Missing, "content/"+strings.TrimSuffix(paths[key], ".md")+"."+l.Code+".md")
			}
		}
		sort.Strings(st.Missing)
		if s.Catalog != nil {
			st.Fields, st.Fallbacks = catalog.TextCoverage(s.Catalog, l.Code)
		}
		st.Percent = 100
		if total := st.Total + st.Fields + st.Fallbacks; total > 0 {
			st.Percent = float64(st.Pages+st.Fields) * 100 / float64(total)
		}
		out = append(out, st)
	}
	return out
}

// Summary formats the translation table for a terminal.
func (r *Report) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %8s %10s %9s\n", "lang", "pages", "fields", "complete")
	for _, t := range r.Translation {
		fmt.Fprintf(&b, "%-6s %4d/%-4d %5d/%-5d %8.1f%%\n", t.Lang, t.Pages, t.Total, t.Fields, t.Fields+t.Fallbacks, t.Percent)
	}
	return b.String()
}
