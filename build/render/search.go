package render

import (
	"cmp"
	"html"
	"html/template"
	"math/bits"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/model"
	"github.com/vitrine-ssg/vitrine/build/search"
)

// The site search.
//
// A page's entry in the index is read from its typed view, the value its
// layout receives, while the page is rendered: the index sees what the
// page shows, resolved and with its fallbacks, and no text is computed
// twice. The view is walked by reflection, so that the view of a new kind
// of page is indexed without code of its own: its strings are facts, its
// HTML fields body text, and the fields a `search` struct tag names go to
// that field ("title", "summary", "facts", "body") or nowhere ("-").
// Fields that hold links, addresses or machine dates are left out by name
// (URL, …URL, …ISO, Email, Phone, Contact, Website), and so are the views
// of other pages (Card) and of figures (Chart): those pages are indexed
// on their own.

// SearchView is the view of a language's search page (layout search.html).
type SearchView struct {
	*Page
	// IndexURL is the URL of the language's index, which search.js loads.
	IndexURL string
	// Fallbacks are the sentences that mark a result shown in another
	// language, one per language of the site but the page's.
	Fallbacks []SearchHint
}

// SearchHint is the sentence that marks text shown in Lang.
type SearchHint struct {
	Lang string
	Hint string
}

// searchView builds the view of a search page.
func (r *Renderer) searchView(p *model.Page, v *Page) *SearchView {
	sv := &SearchView{Page: v, IndexURL: v.URL + search.MetaFile}
	for _, l := range r.site.Langs.List {
		if l.Code != p.Lang {
			sv.Fallbacks = append(sv.Fallbacks, SearchHint{Lang: l.Code, Hint: r.opts.Strings.T(p.Lang, "fallback.short", nil, map[string]any{"Language": l.Label})})
		}
	}
	return sv
}

// searchTag is the struct tag that assigns a view field to an index field.
const searchTag = "search"

// indexed reports whether p has an entry in the search index: the pages
// of the sitemap, drafts excepted.
func indexed(p *model.Page) bool {
	return indexable(p) && (p.Source == nil || !p.Source.Meta.Draft)
}

// searchPage returns the search page of a language, or nil.
func (r *Renderer) searchPage(code string) *model.Page {
	return r.sectionPage(code, config.SearchSection, model.Search)
}

// sectionPage returns the page of kind that site.yaml's section names in a
// language (the search page, the accessibility statement), or nil when the
// site has none.
func (r *Renderer) sectionPage(code, section string, kind model.Kind) *model.Page {
	p := r.site.Page(code + "/" + r.site.Config.Section(section, code) + "/")
	if p == nil || p.Kind != kind {
		return nil
	}
	return p
}

// searchIndexes builds the search indexes of a site's languages from
// their pages as they are rendered. Each language's pages are numbered
// beforehand, in the order of their paths, so that the index does not
// depend on the order pages were rendered in. It is safe for concurrent
// use.
type searchIndexes struct {
	langs map[string]*searchIndex
}

type searchIndex struct {
	code    string
	builder *search.Builder
	num     map[*model.Page]int
	left    atomic.Int64 // its pages not yet rendered
	sent    atomic.Bool  // its files were handed out
}

// newSearchIndexes starts the index of every language that has a search
// page.
func (r *Renderer) newSearchIndexes() *searchIndexes {
	byLang := map[string][]*model.Page{}
	for _, p := range r.site.Pages {
		if indexed(p) {
			byLang[p.Lang] = append(byLang[p.Lang], p)
		}
	}
	s := &searchIndexes{langs: map[string]*searchIndex{}}
	for _, l := range r.site.Langs.List {
		sp := r.searchPage(l.Code)
		if sp == nil || !r.included(l.Code) {
			continue
		}
		pages := byLang[l.Code]
		sort.Slice(pages, func(i, j int) bool { return pages[i].Path < pages[j].Path })
		ix := &searchIndex{code: l.Code, num: make(map[*model.Page]int, len(pages))}
		for i, p := range pages {
			ix.num[p] = i
		}
		ix.left.Store(int64(len(pages)))
		base := ""
		if home := r.site.Homes[l.Code]; home != nil {
			base = r.site.URL(home)
		}
		ix.builder = search.NewBuilder(l.Code, len(pages), search.Options{Base: base})
		s.langs[l.Code] = ix
	}
	return s
}

// wants reports whether p has an entry in an index being built.
func (s *searchIndexes) wants(p *model.Page) bool {
	ix := s.langs[p.Lang]
	if ix == nil {
		return false
	}
	_, ok := ix.num[p]
	return ok
}

// add adds p's entry to its language's index.
func (s *searchIndexes) add(p *model.Page, d search.Doc) {
	if ix := s.langs[p.Lang]; ix != nil {
		if n, ok := ix.num[p]; ok {
			ix.builder.Add(n, d)
		}
	}
}

// searchDone counts p as rendered. After the last page of a language, it
// returns the files of that language's index, to be written while the
// other languages render, and lets the index go.
func (r *Renderer) searchDone(s *searchIndexes, p *model.Page) []Output {
	ix := s.langs[p.Lang]
	if ix == nil || !s.wants(p) || ix.left.Add(-1) != 0 || !ix.sent.CompareAndSwap(false, true) {
		return nil
	}
	files := r.searchFiles(ix)
	ix.builder = nil
	return files
}

// searchFiles writes the files of a language's index.
func (r *Renderer) searchFiles(ix *searchIndex) []Output {
	sp := r.searchPage(ix.code)
	// Written compact: the writer need not check them again.
	return each(ix.builder.Files(), func(f search.File) Output {
		return Output{Path: sp.Path + f.Name, MediaType: "application/json", Body: f.Body, Minified: true}
	})
}

// searchIndex builds the views of a language's pages again and writes its
// index: for the dev server, which renders whole-site files on their own.
func (r *Renderer) searchIndex(code string) []Output {
	s := r.newSearchIndexes()
	ix := s.langs[code]
	if ix == nil {
		return nil
	}
	for p := range ix.num {
		s.add(p, r.searchDoc(p, r.view(p)))
	}
	return r.searchFiles(ix)
}

// searchKind is the label results show for a page's kind.
func (r *Renderer) searchKind(p *model.Page) string {
	switch p.Kind {
	case model.Entry:
		return r.t(p.Lang, "kind."+p.CatalogKind+".one")
	case model.List, model.Home, model.Section:
		return r.t(p.Lang, "search.kind."+string(p.Kind))
	}
	if !p.Date.IsZero() {
		return r.t(p.Lang, "search.kind.news")
	}
	return r.t(p.Lang, "search.kind.page")
}

// searchDoc builds the index entry of p from its view.
func (r *Renderer) searchDoc(p *model.Page, v pageView) search.Doc {
	pv := v.page()
	d := search.Doc{URL: pv.URL, Kind: r.searchKind(p), Lang: pv.TitleLang}
	if d.Lang == "" && p.Entry != nil {
		if t, ok := catalog.Abstract(p.Entry); ok && !t.Plain {
			if _, in, ok := t.Get(r.site.Langs.Chain(p.Lang)); ok && in != "" && in != p.Lang {
				d.Lang = in
			}
		}
	}
	w := textWriter{fields: &r.searchFields}
	w.walk(reflect.ValueOf(v), search.Body, 0)
	// The section a page belongs to: its parents' titles.
	for i, b := range pv.Breadcrumbs {
		if i > 0 && i < len(pv.Breadcrumbs)-1 {
			w.add(search.Facts, b.Label)
		}
	}
	d.Title = w.text(search.Title)
	d.Summary = w.text(search.Summary)
	d.Facts = w.text(search.Facts)
	d.Body = w.text(search.Body)
	return d
}

// textWriter gathers a view's text by index field.
type textWriter struct {
	b      [4]strings.Builder
	fields *sync.Map // the Renderer's searchFields
}

// fieldIndex is the place of f in textWriter.b: the fields are the bits
// of search.Field, Title to Body.
func fieldIndex(f search.Field) int { return min(bits.TrailingZeros8(uint8(f)), 3) }

func (w *textWriter) add(f search.Field, s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	b := &w.b[fieldIndex(f)]
	if b.Len() > 0 {
		b.WriteString(separator(f))
	}
	b.WriteString(s)
}

// addHTML adds the text of an HTML fragment the renderer wrote, written
// straight into the field's text: tags dropped, entities decoded, runs of
// white space made one space, and the notes of fallback text ("not yet
// translated") left out, since they are not the page's words. Text
// without tags or entities is added as it is.
func (w *textWriter) addHTML(f search.Field, h string) {
	if !strings.ContainsAny(h, "<&") {
		w.add(f, h)
		return
	}
	b := &w.b[fieldIndex(f)]
	sp := spacer{b: b}
	if b.Len() > 0 {
		sp.pending = separator(f)
	} else {
		b.Grow(len(h)) // the text is shorter than its HTML
	}
	eachHTMLText(h, sp.write, sp.gap)
}

// separator is what goes between two texts of field f.
func separator(f search.Field) string {
	if f == search.Facts {
		return " · "
	}
	return " "
}

func (w *textWriter) text(f search.Field) string { return w.b[fieldIndex(f)].String() }

var (
	htmlType   = reflect.TypeFor[template.HTML]()
	renderPkg  = reflect.TypeFor[Page]().PkgPath()
	skipTypes  = map[reflect.Type]bool{reflect.TypeFor[Card](): true, reflect.TypeFor[Chart](): true, reflect.TypeFor[SiteInfo](): true, reflect.TypeFor[Facets](): true}
	fieldNames = map[string]search.Field{"title": search.Title, "summary": search.Summary, "facts": search.Facts, "body": search.Body}
)

// skipName reports the fields left out by name: links, addresses and
// machine-readable dates.
func skipName(name string) bool {
	switch name {
	case "Email", "Phone", "Contact", "Website", "Canonical":
		return true
	}
	return strings.HasSuffix(name, "URL") || strings.HasSuffix(name, "ISO")
}

// walk adds the text of v. def is the field its strings go to when no tag
// says otherwise: HTML goes to the body, plain strings to the facts.
func (w *textWriter) walk(v reflect.Value, def search.Field, depth int) {
	if depth > 8 || !v.IsValid() {
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem(), def, depth+1)
		}
	case reflect.String:
		if v.Type() == htmlType {
			w.addHTML(def, v.String())
		} else if def == search.Body {
			w.add(search.Facts, v.String())
		} else {
			w.add(def, v.String())
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			w.walk(v.Index(i), def, depth+1)
		}
	case reflect.Struct:
		for _, f := range w.structFields(v.Type()) {
			w.walk(v.Field(f.index), cmp.Or(f.field, def), depth+1)
		}
	}
}

// searchField is a field of a view type that the search reads: its index,
// and the index field its text goes to (0: the enclosing value's).
type searchField struct {
	index int
	field search.Field
}

// structFields returns the fields of t that the search reads, worked out
// once per type: the exported fields of the render package's types, but
// for those tagged search:"-" or left out by name, and none of the types
// in skipTypes.
func (w *textWriter) structFields(t reflect.Type) []searchField {
	return memo(w.fields, t, func() []searchField {
		var fs []searchField
		for i := 0; t.PkgPath() == renderPkg && !skipTypes[t] && i < t.NumField(); i++ {
			f := t.Field(i)
			tag, tagged := f.Tag.Lookup(searchTag)
			if !f.IsExported() || tag == "-" || !tagged && skipName(f.Name) {
				continue
			}
			fs = append(fs, searchField{i, fieldNames[tag]})
		}
		return fs
	})
}

// eachHTMLText calls text with each run of h's text, entities decoded,
// and block when a block-level tag separates words (inline tags do not);
// the notes of fallback text are skipped.
func eachHTMLText(h string, text func(string), block func()) {
	for len(h) > 0 {
		i := strings.IndexByte(h, '<')
		if i < 0 {
			text(html.UnescapeString(h))
			return
		}
		text(html.UnescapeString(h[:i]))
		h = h[i:]
		j := strings.IndexByte(h, '>')
		if j < 0 {
			return
		}
		tag := h[:j+1]
		h = h[j+1:]
		if strings.Contains(tag, `class="`) && (strings.Contains(tag, `class="fallback-hint"`) || strings.Contains(tag, `class="untranslated"`)) {
			name := tagName(tag)
			if k := strings.Index(h, "</"+name+">"); k >= 0 {
				h = h[k+len(name)+3:]
			}
			continue
		}
		if blockTags[tagName(tag)] {
			block()
		}
	}
}

// spacer writes text into b with its runs of white space made one space,
// none at the start and none at the end.
type spacer struct {
	b       *strings.Builder
	pending string // written before the next character: a space, or at the start a separator
	wrote   bool   // a character was written
}

func (w *spacer) write(s string) {
	for len(s) > 0 {
		// The run of characters up to the next white space is written at
		// once (an invalid byte stands alone, written as U+FFFD).
		i, r, n := 0, rune(0), 0
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				i++
				continue
			}
			if r, n = utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) || r == utf8.RuneError && n == 1 {
				break
			}
			i += n
		}
		if i > 0 {
			w.flush()
			w.b.WriteString(s[:i])
			s = s[i:]
			continue
		}
		if r, n = utf8.DecodeRuneInString(s); unicode.IsSpace(r) {
			w.gap()
		} else {
			w.flush()
			w.b.WriteRune(r)
		}
		s = s[n:]
	}
}

// gap notes white space, or a block's edge: a space before the next
// character, unless none was written yet.
func (w *spacer) gap() {
	if w.wrote {
		w.pending = " "
	}
}

func (w *spacer) flush() {
	if w.pending != "" {
		w.b.WriteString(w.pending)
		w.pending = ""
	}
	w.wrote = true
}

// asciiSpace marks the ASCII white space characters, as unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

var blockTags = map[string]bool{"p": true, "li": true, "br": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "td": true, "th": true, "tr": true, "dt": true, "dd": true, "blockquote": true, "pre": true, "figcaption": true, "section": true, "small": true}

func tagName(tag string) string {
	s := strings.TrimLeft(tag, "</")
	end := strings.IndexAny(s, " \t\n/>")
	if end < 0 {
		return strings.ToLower(s)
	}
	return strings.ToLower(s[:end])
}
