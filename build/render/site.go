package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/search"
)

// siteFileParts returns the whole-site outputs as parts, each a function
// that renders a few of them: a build writes each part before rendering
// the next, so that a large site's calendars and finder indexes are not
// all held at once.
func (r *Renderer) siteFileParts() []func() []Output {
	parts := []func() []Output{
		r.sitemaps,
		func() []Output { return []Output{r.robots(), r.headersFile()} },
		r.feeds,
	}
	for _, l := range r.site.Langs.List {
		parts = append(parts, func() []Output { return r.finderIndex(l.Code) })
	}
	for _, l := range r.site.Langs.List {
		parts = append(parts, func() []Output { return r.calendarsOf(l.Code) })
	}
	return append(parts, func() []Output { return r.openData() }, r.extras)
}

// SiteFileGroups returns the whole-site outputs in groups, each with the
// paths it writes and a function that renders them: for the dev server,
// which renders them only when they are asked for.
func (r *Renderer) SiteFileGroups() []SiteFileGroup {
	// Paths are found by rendering the cheap group once; the costly ones
	// (sitemaps, indexes, exports) know their paths without rendering.
	cheap := func() []Output { return []Output{r.robots(), r.headersFile()} }
	cheapPaths := each(cheap(), func(o Output) string { return o.Path })
	var sitemapPaths, feedPaths []string
	for _, l := range r.site.Langs.List {
		if !r.included(l.Code) {
			continue
		}
		sitemapPaths = append(sitemapPaths, l.Code+"/sitemap.xml")
		if r.hasFeed(l.Code) {
			feedPaths = append(feedPaths, l.Code+"/index.xml")
		}
	}
	groups := []SiteFileGroup{
		{Paths: cheapPaths, Render: cheap},
		{Paths: append(sitemapPaths, "sitemap.xml"), Render: r.sitemaps},
		{Paths: feedPaths, Render: r.feeds},
	}
	for _, l := range r.site.Langs.List {
		code := l.Code
		if list := r.site.Lists[catalog.Programmes][code]; list != nil && r.included(code) {
			groups = append(groups, SiteFileGroup{Paths: []string{list.Path + "index.json"}, Render: func() []Output { return r.finderIndex(code) }})
		}
		if paths := r.calendarPaths(code); len(paths) > 0 {
			groups = append(groups, SiteFileGroup{Paths: paths, Render: func() []Output { return r.calendarsOf(code) }})
		}
		// A search index's chunks are named after their content: the group
		// knows its entry point and claims the chunk names under the search
		// page, and builds the index only when one of them is asked for.
		if sp := r.searchPage(code); sp != nil && r.included(code) {
			dir := sp.Path
			groups = append(groups, SiteFileGroup{
				Paths:  []string{dir + search.MetaFile},
				Match:  func(p string) bool { return strings.HasPrefix(p, dir) && search.IsChunk(p[len(dir):]) },
				Render: func() []Output { return r.searchIndex(code) },
			})
		}
	}
	if r.site.Catalog != nil && r.opts.Only == nil {
		for _, kind := range catalog.Kinds {
			if len(r.site.Catalog.Entries(kind)) > 0 {
				groups = append(groups, SiteFileGroup{Paths: []string{"data/" + kind + ".json"}, Render: func() []Output { return r.openData(kind) }})
			}
		}
		paths := each(catalog.SchemaKinds, func(k string) string { return "schemas/" + k + ".json" })
		if len(r.site.Catalog.Figures) > 0 {
			paths = append(paths, "data/figures.json")
		}
		groups = append(groups, SiteFileGroup{Paths: paths, Render: r.extras})
	}
	return groups
}

// SiteFileGroup is a set of whole-site outputs rendered together.
type SiteFileGroup struct {
	Paths []string // the paths it writes that are known before rendering
	// Match, when set, claims the other paths the group may write, whose
	// names are known only once rendered (a search index's chunks).
	Match  func(path string) bool
	Render func() []Output
}

func (r *Renderer) included(code string) bool {
	return r.opts.Only == nil || r.opts.Only[code]
}

// indexable reports whether a page belongs in sitemaps and feeds.
func indexable(p *model.Page) bool {
	switch p.Kind {
	case model.Home, model.Article, model.Section, model.List, model.Entry, model.Accessibility:
		return true
	}
	return false
}

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"sitemapindex"`
	NS       string       `xml:"xmlns,attr"`
	Sitemaps []sitemapRef `xml:"sitemap"`
}

type sitemapRef struct {
	Loc string `xml:"loc"`
}

func (r *Renderer) sitemaps() []Output {
	var out []Output
	idx := sitemapIndex{NS: sitemapNS}
	for _, l := range r.site.Langs.List {
		if !r.included(l.Code) {
			continue
		}
		name := l.Code + "/sitemap.xml"
		out = append(out, Output{Path: name, MediaType: "application/xml", Stream: r.sitemap(l.Code)})
		idx.Sitemaps = append(idx.Sitemaps, sitemapRef{Loc: r.absURL(name)})
	}
	out = append(out, Output{Path: "sitemap.xml", MediaType: "application/xml", Body: xmlDoc(idx)})
	return out
}

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

// sitemap writes the sitemap of one language, compact, URL by URL: on a
// large site it is megabytes, and never needs to be whole in memory.
func (r *Renderer) sitemap(code string) func(io.Writer) error {
	return func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 64<<10)
		text := func(s string) { _ = xml.EscapeText(bw, []byte(s)) }
		bw.WriteString(xml.Header)
		bw.WriteString(`<urlset xmlns="` + sitemapNS + `" xmlns:xhtml="http://www.w3.org/1999/xhtml">`)
		for _, p := range r.site.Pages {
			if p.Lang != code || !indexable(p) {
				continue
			}
			bw.WriteString("<url><loc>")
			text(r.permalink(p))
			bw.WriteString("</loc>")
			lastMod := ""
			if !p.Date.IsZero() {
				lastMod = p.Date.Format("2006-01-02")
			} else if p.Entry != nil && !p.Entry.Meta().Updated.IsZero() {
				lastMod = p.Entry.Meta().Updated.String()
			}
			if lastMod != "" {
				bw.WriteString("<lastmod>")
				text(lastMod)
				bw.WriteString("</lastmod>")
			}
			for _, a := range r.alternates(p) {
				bw.WriteString(`<xhtml:link rel="alternate" hreflang="`)
				text(a.Hreflang)
				bw.WriteString(`" href="`)
				text(a.URL)
				bw.WriteString(`"/>`)
			}
			bw.WriteString("</url>")
		}
		bw.WriteString("</urlset>\n")
		return bw.Flush()
	}
}

func xmlDoc(v any) []byte {
	b, err := xml.MarshalIndent(v, "", " ")
	if err != nil {
		panic(err) // the types above always marshal
	}
	return append([]byte(xml.Header), append(b, '\n')...)
}

func (r *Renderer) robots() Output {
	body := fmt.Sprintf("User-agent: *\nAllow: /\n\nSitemap: %s\n", r.absURL("sitemap.xml"))
	return Output{Path: "robots.txt", MediaType: "text/plain", Body: []byte(body)}
}

type atomFeed struct {
	XMLName xml.Name    `xml:"feed"`
	NS      string      `xml:"xmlns,attr"`
	Lang    string      `xml:"xml:lang,attr"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	ID      string     `xml:"id"`
	Title   string     `xml:"title"`
	Updated string     `xml:"updated"`
	Link    atomLink   `xml:"link"`
	Summary string     `xml:"summary,omitempty"`
	Author  atomAuthor `xml:"author"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

// feeds writes an Atom feed per language with its dated pages, newest first.
func (r *Renderer) feeds() []Output {
	var out []Output
	for _, l := range r.site.Langs.List {
		if !r.included(l.Code) || !r.hasFeed(l.Code) {
			continue
		}
		dated := r.recent(l.Code, len(r.site.Pages))
		title, _, _ := r.site.Config.Title.Get(r.site.Langs.Chain(l.Code))
		home := r.site.Homes[l.Code]
		f := atomFeed{
			NS: "http://www.w3.org/2005/Atom", Lang: l.Code,
			ID:      r.permalink(home),
			Title:   title,
			Updated: dated[0].Date.Format(time.RFC3339),
			Links: []atomLink{
				{Rel: "self", Type: "application/atom+xml", Href: r.absURL(l.Code + "/index.xml")},
				{Rel: "alternate", Type: "text/html", Href: r.permalink(home)},
			},
		}
		for _, p := range dated {
			f.Entries = append(f.Entries, atomEntry{
				ID: r.permalink(p), Title: p.Title, Updated: p.Date.Format(time.RFC3339),
				Link: atomLink{Rel: "alternate", Type: "text/html", Href: r.permalink(p)}, Summary: p.Description,
				Author: atomAuthor{Name: title},
			})
		}
		out = append(out, Output{Path: l.Code + "/index.xml", MediaType: "application/atom+xml", Body: xmlDoc(f)})
	}
	return out
}

// FinderItem is one programme in the finder's index.
type FinderItem struct {
	ID            string   `json:"id"`
	URL           string   `json:"url"`
	Title         string   `json:"title"`
	Summary       string   `json:"summary"`
	Level         string   `json:"level"`
	Fields        []string `json:"fields"`
	Broad         []string `json:"broad"`
	Languages     []string `json:"languages"`
	Institutions  []string `json:"institutions"`
	Cities        []string `json:"cities"`
	Degree        string   `json:"degree"`
	ErasmusMundus bool     `json:"erasmusMundus"`
	// Open is true when the programme is open for application on the
	// build's date; NextDeadline is then the next deadline (2027-03-01).
	Open         bool   `json:"open"`
	NextDeadline string `json:"nextDeadline,omitempty"`
	Mode         string `json:"mode"`
	Delivery     string `json:"delivery"`
	Text         string `json:"text"`
}

// Finder returns the programme finder's items in a language, sorted by title.
func (r *Renderer) Finder(code string) []FinderItem {
	var items []FinderItem
	chain := r.site.Langs.Chain(code)
	for _, p := range r.site.Lists[catalog.Programmes][code].Children {
		pr := p.Entry.(*catalog.Programme)
		it := FinderItem{
			ID: pr.ID, URL: r.site.URL(p), Title: p.Title, Level: pr.Level,
			Fields: pr.Fields, Languages: pr.Languages, Degree: pr.Degree,
			ErasmusMundus: pr.ErasmusMundus, Mode: pr.Mode, Delivery: pr.Delivery,
		}
		it.Summary, _, _ = pr.Summary.Get(chain)
		if _, when := pr.NextDeadline(r.opts.Today); !when.IsZero() {
			it.Open, it.NextDeadline = true, when.Format("2006-01-02")
		}
		for _, f := range pr.Fields {
			if len(f) >= 2 && !slices.Contains(it.Broad, f[:2]) {
				it.Broad = append(it.Broad, f[:2])
			}
		}
		words := []string{it.Title, it.Summary}
		for _, ref := range pr.Institutions {
			if ref.Target != nil {
				it.Institutions = append(it.Institutions, ref.Target.ID)
				city, _, _ := ref.Target.City.Get(chain)
				if !slices.Contains(it.Cities, city) {
					it.Cities = append(it.Cities, city)
				}
				name, _, _ := ref.Target.Title.Get(chain)
				words = append(words, name, ref.Target.Short, city)
			}
		}
		it.Text = strings.ToLower(collate(strings.Join(words, " ")))
		if it.Fields == nil {
			it.Fields = []string{}
		}
		items = append(items, it)
	}
	keys := make(map[string]string, len(items))
	for _, it := range items {
		keys[it.ID] = collate(it.Title)
	}
	sort.SliceStable(items, func(i, j int) bool { return keys[items[i].ID] < keys[items[j].ID] })
	return items
}

// finderIndex renders the programme finder's index of one language.
func (r *Renderer) finderIndex(code string) []Output {
	list := r.site.Lists[catalog.Programmes][code]
	if list == nil || !r.included(code) {
		return nil
	}
	body, _ := json.Marshal(r.Finder(code))
	return []Output{{Path: list.Path + "index.json", MediaType: "application/json", Body: body, Minified: true}}
}

// openData writes /data/<kind>.json: every entry of a kind, all languages.
func (r *Renderer) openData(kinds ...string) []Output {
	if r.site.Catalog == nil || r.opts.Only != nil {
		return nil
	}
	if len(kinds) == 0 {
		kinds = catalog.Kinds
	}
	var out []Output
	for _, kind := range kinds {
		entries := r.site.Catalog.Entries(kind)
		if len(entries) == 0 {
			continue
		}
		out = append(out, Output{Path: "data/" + kind + ".json", MediaType: "application/json", Stream: r.openDataKind(kind, entries)})
	}
	return out
}

// openDataKind writes the export of one kind entry by entry, so that only
// one entry's JSON is held at a time, straight to its file (the programmes'
// export of a large site is tens of MB). Compact: the minifier would undo
// indentation anyway.
func (r *Renderer) openDataKind(kind string, entries []catalog.Entry) func(io.Writer) error {
	return func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 64<<10)
		head, _ := json.Marshal(kind)
		langs, _ := json.Marshal(r.site.Langs.Codes())
		urls := r.entryURLs(kind)
		bw.WriteString(`{"entries":[`)
		var entry bytes.Buffer
		for i, e := range entries {
			if i > 0 {
				bw.WriteByte(',')
			}
			entry.Reset()
			if err := catalog.Export(&entry, e, urls[e.Meta().ID]); err != nil {
				return err
			}
			bw.Write(entry.Bytes())
		}
		fmt.Fprintf(bw, `],"kind":%s,"languages":%s}`+"\n", head, langs)
		return bw.Flush()
	}
}

// extras renders the JSON Schemas of the catalogue files (for editors and
// partners) and the key figures' export.
func (r *Renderer) extras() []Output {
	if r.site.Catalog == nil || r.opts.Only != nil {
		return nil
	}
	var out []Output
	for _, k := range catalog.SchemaKinds {
		if body, err := catalog.JSONSchema(k, r.site.Langs.Codes()); err == nil {
			var compact bytes.Buffer
			if json.Compact(&compact, body) == nil {
				body = compact.Bytes()
			}
			out = append(out, Output{Path: "schemas/" + k + ".json", MediaType: "application/json", Body: body})
		}
	}
	if figs := r.site.Catalog.Figures; len(figs) > 0 {
		body, _ := json.Marshal(struct {
			Figures []*catalog.Figure `json:"figures"`
		}{figs})
		out = append(out, Output{Path: "data/figures.json", MediaType: "application/json", Body: append(body, '\n')})
	}
	return out
}

// entryURLs returns, per entry id, its page URL per language.
func (r *Renderer) entryURLs(kind string) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, e := range r.site.Catalog.Entries(kind) {
		id := e.Meta().ID
		out[id] = map[string]string{}
		for _, c := range r.site.Langs.Codes() {
			if p := r.site.EntryPage(kind, id, c); p != nil {
				out[id][c] = r.permalink(p)
			}
		}
	}
	return out
}
