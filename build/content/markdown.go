package content

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Resolver turns a link destination written in Markdown (a source path such
// as "mobility.md", "../chairs/_index.md#history" or "@programmes") into the
// URL of the target in the current language. It returns an error, worded for
// the author, when the target does not exist.
type Resolver interface {
	Resolve(dest string) (string, error)
}

// Images turns the local images of a Markdown text into HTML. A Resolver
// that also implements Images renders ![alt](/images/campus.jpg) through
// it — the image pipeline's <picture> — instead of a bare <img>.
type Images interface {
	// Image returns the HTML of the image at dest (a path as written in
	// the text) with its alt text; decorative is true for ![""](…), and
	// alt is then "". at is the image's position in the source. The error
	// is worded for the author.
	Image(dest, alt string, decorative bool, at diag.Pos) (string, error)
}

// Source tells where a Markdown text comes from, for messages.
type Source struct {
	File string
	Line int // line of the file where the text starts
	Col  int // column added to every line (the indentation of a YAML block)
	Lang string
	// TopHeading, when set, is the level the text's highest headings get:
	// the others follow, keeping their distance (2 for a page body under
	// its title's h1). Headings never go beyond h6.
	TopHeading int
}

// Markdown renders Markdown to HTML for each language of a site. It is
// immutable after NewMarkdown and safe for concurrent use.
type Markdown struct {
	byLang map[string]goldmark.Markdown
	// neutral renders a text whose language has no pipeline of its own.
	neutral goldmark.Markdown
	unsafe  bool
	// writers holds *bufio.Writer values between Render calls: goldmark
	// renders into a util.BufWriter and, given a plain io.Writer, allocates
	// a new 4 KB bufio.Writer for every text.
	writers sync.Pool
}

var ctxKey = parser.NewContextKey()

// elisionRE finds French elided words followed by a single quote mark.
var elisionRE = regexp.MustCompile(`(^|[\s>(«\x{a0}])((?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu))\x{a0}?[‹›]\x{a0}?`)

type renderCtx struct {
	src    Source
	body   []byte
	res    Resolver
	diags  *diag.List
	unsafe bool // raw HTML goes through (markup.unsafe)
}

// NewMarkdown builds one goldmark pipeline per language code, with that
// language's typography, and a neutral one (English quotes) for a text in
// any other language. unsafe lets raw HTML through unescaped.
func NewMarkdown(codes []string, unsafe bool) *Markdown {
	m := &Markdown{byLang: map[string]goldmark.Markdown{}, unsafe: unsafe, neutral: newPipeline("", unsafe, false)}
	for _, code := range codes {
		m.byLang[code] = newPipeline(code, unsafe, false)
	}
	return m
}

// newPipeline builds a language's pipeline; plainGFM puts GFM's autolinks
// in it as GFM does, without linkifyGuard (the reference of its tests).
func newPipeline(code string, unsafe, plainGFM bool) goldmark.Markdown {
	rendererOpts := []renderer.Option{gmhtml.WithXHTML()}
	if unsafe {
		rendererOpts = append(rendererOpts, gmhtml.WithUnsafe())
	} else {
		rendererOpts = append(rendererOpts, renderer.WithNodeRenderers(util.Prioritized(escapeRaw{}, 0)))
	}
	rendererOpts = append(rendererOpts, renderer.WithNodeRenderers(util.Prioritized(pictureRenderer{}, 0)))
	// GFM, with its autolinks behind linkifyGuard.
	gfm := []goldmark.Extender{extension.Table, extension.Strikethrough, extension.TaskList}
	autolinks := parser.WithInlineParsers(util.Prioritized(linkifyGuard{extension.NewLinkifyParser()}, 999))
	if plainGFM {
		gfm = []goldmark.Extender{extension.GFM}
		autolinks = parser.WithInlineParsers()
	}
	return goldmark.New(
		goldmark.WithExtensions(append(gfm,
			extension.Footnote,
			extension.NewTypographer(extension.WithTypographicSubstitutions(quotes(code))),
		)...),
		goldmark.WithParserOptions(
			autolinks,
			parser.WithAutoHeadingID(),
			parser.WithASTTransformers(util.Prioritized(linkTransformer{}, 100)),
		),
		goldmark.WithRendererOptions(rendererOpts...),
	)
}

// linkifyGuard is GFM's autolink parser (extension.Linkify, at the
// priority GFM gives it) behind a test of a few comparisons. goldmark
// calls the parser at every space of a text, and the parser then looks
// for an e-mail address in the word that follows: a sixth of the time
// spent on Markdown. It finds a link only where the word starts with
// http:, https:, ftp: or www., or has an @ within its first 65 bytes (an
// address's local part has at most 64) and no white space before it;
// elsewhere the guard returns nil, as the parser would, without looking
// further. TestLinkifyGuard and
// FuzzLinkifyGuard compare it with extension.GFM.
type linkifyGuard struct{ parser.InlineParser }

func (g linkifyGuard) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	if len(line) > 0 {
		switch line[0] {
		case ' ', '*', '_', '~', '(':
			line = line[1:]
		}
	}
	if len(line) == 0 {
		return nil
	}
	switch line[0] {
	case 'h':
		if bytes.HasPrefix(line, []byte("http:")) || bytes.HasPrefix(line, []byte("https:")) {
			return g.InlineParser.Parse(parent, block, pc)
		}
	case 'f':
		if bytes.HasPrefix(line, []byte("ftp:")) {
			return g.InlineParser.Parse(parent, block, pc)
		}
	case 'w':
		if bytes.HasPrefix(line, []byte("www.")) {
			return g.InlineParser.Parse(parent, block, pc)
		}
	}
	// An address: no white space or control character before its @.
	for i := 0; i < min(len(line), 65) && line[i] > ' '; i++ {
		if line[i] == '@' {
			return g.InlineParser.Parse(parent, block, pc)
		}
	}
	return nil
}

// quotes returns the typographic substitutions of a language.
func quotes(code string) extension.TypographicSubstitutions {
	s := extension.TypographicSubstitutions{}
	set := func(ld, rd, ls, rs string) {
		s[extension.LeftDoubleQuote] = []byte(ld)
		s[extension.RightDoubleQuote] = []byte(rd)
		s[extension.LeftSingleQuote] = []byte(ls)
		s[extension.RightSingleQuote] = []byte(rs)
	}
	switch code {
	case "fr":
		set("«\u00a0", "\u00a0»", "‹\u00a0", "\u00a0›")
		s[extension.LeftAngleQuote] = []byte("«\u00a0")
		s[extension.RightAngleQuote] = []byte("\u00a0»")
	case "de":
		set("„", "“", "‚", "‘")
	case "es":
		set("«", "»", "“", "”")
	default: // nl, en
		set("“", "”", "‘", "’")
	}
	s[extension.Apostrophe] = []byte("’")
	return s
}

// Render converts src to HTML. Broken links are added to diags with their
// position; the HTML is still produced.
func (m *Markdown) Render(src []byte, s Source, res Resolver, diags *diag.List) []byte {
	return m.RenderTo(new(bytes.Buffer), src, s, res, diags)
}

// RenderTo is Render into buf, which it empties first: the HTML it returns
// may be buf's bytes, good until buf is used again. A renderer that copies
// the HTML anyway (to minify it) reuses its buffers so.
func (m *Markdown) RenderTo(buf *bytes.Buffer, src []byte, s Source, res Resolver, diags *diag.List) []byte {
	md := cmp.Or(m.byLang[s.Lang], m.neutral)
	pc := parser.NewContext(parser.WithIDs(&headingIDs{seen: map[string]bool{}}))
	pc.Set(ctxKey, &renderCtx{src: s, body: src, res: res, diags: diags, unsafe: m.unsafe})
	buf.Reset()
	buf.Grow(len(src) + len(src)/4 + 256) // the HTML of prose: a little longer than its Markdown
	w, _ := m.writers.Get().(*bufio.Writer)
	if w == nil {
		w = bufio.NewWriter(buf)
	} else {
		w.Reset(buf)
	}
	err := md.Convert(src, w, parser.WithContext(pc))
	err = cmp.Or(err, w.Flush())
	w.Reset(nil) // the pool must not keep buf alive
	m.writers.Put(w)
	if err != nil {
		diags.Errorf(diag.Pos{File: s.File, Line: s.Line}, "markdown: %v", err)
	}
	out := buf.Bytes()
	if bytes.Contains(out, []byte("<table>")) {
		// Wide tables scroll on their own on phones; the wrapper is
		// focusable so that keyboard users can scroll it too.
		out = bytes.ReplaceAll(out, []byte("<table>"), []byte(`<div class="table-scroll" tabindex="0"><table>`))
		out = bytes.ReplaceAll(out, []byte("</table>"), []byte("</table></div>"))
	}
	if s.Lang == "fr" {
		out = FrenchSpacing(out)
		// An elision before a link or emphasis — l'[Université](…),
		// d'*Erasmus* — reads to goldmark as a quote: make it an apostrophe.
		// Only single guillemets can need it: most texts skip the regexp.
		// (Two searches for a byte string: ContainsAny decodes every rune
		// when its set is not ASCII.)
		if bytes.Contains(out, []byte("‹")) || bytes.Contains(out, []byte("›")) {
			out = elisionRE.ReplaceAll(out, []byte("${1}${2}’"))
		}
	}
	return out
}

// linkTransformer rewrites the destinations of links and images written as
// source paths, and refuses dangerous schemes.
type linkTransformer struct{}

func (linkTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	rc, _ := pc.Get(ctxKey).(*renderCtx)
	if rc == nil {
		return
	}
	var headings []*ast.Heading
	var pictures []*ast.Image
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link:
			if !l.HasChildren() {
				rc.errorf(n, "link without text: write what the link leads to between the brackets, [like this](%s), so that screen readers announce more than an address (WCAG 2.4.4)", l.Destination)
			}
			l.Destination = rc.rewrite(n, l.Destination, false)
		case *ast.Image:
			alt := altText(l, rc.body)
			decorative := alt == "" && rc.decorative(l)
			if alt == "" && !decorative {
				rc.errorf(n, "image without alt text: describe what it shows, ![Students on the Liège campus](%s), or write ![\"\"](%s) for a purely decorative image (WCAG 1.1.1)", l.Destination, l.Destination)
			}
			if _, ok := rc.res.(Images); ok && local(string(l.Destination)) {
				pictures = append(pictures, l)
				return ast.WalkSkipChildren, nil
			}
			l.Destination = rc.rewrite(n, l.Destination, true)
		case *ast.Heading:
			if rc.src.TopHeading > 0 {
				headings = append(headings, l)
			}
		case *ast.RawHTML:
			// One warning per element: at its start tag, not again at its end tag.
			if !rc.unsafe && l.Segments.Len() > 0 && !bytes.HasPrefix(rc.body[l.Segments.At(0).Start:], []byte("</")) {
				rc.rawHTML(l.Segments.At(0).Start)
			}
		case *ast.HTMLBlock:
			if !rc.unsafe && l.Lines().Len() > 0 {
				rc.rawHTML(l.Lines().At(0).Start)
			}
		case *ast.AutoLink:
			if l.AutoLinkType == ast.AutoLinkURL {
				if u := string(l.URL(rc.body)); !safeScheme(u) {
					rc.errorf(n, "link %q: only https, http, mailto and tel links are allowed", u)
				}
			}
		}
		return ast.WalkContinue, nil
	})
	for _, img := range pictures {
		alt := altText(img, rc.body)
		decorative := alt == "" && rc.decorative(img)
		h, err := rc.res.(Images).Image(strings.TrimSpace(string(img.Destination)), alt, decorative, rc.pos(img))
		if err != nil {
			rc.errorf(img, "image %q: %v", img.Destination, err)
			continue
		}
		img.Parent().ReplaceChild(img.Parent(), img, &pictureNode{html: h})
	}
	top := 6
	for _, h := range headings {
		top = min(top, h.Level)
	}
	for _, h := range headings {
		h.Level = min(max(h.Level+rc.src.TopHeading-top, 1), 6)
	}
}

func (rc *renderCtx) rewrite(n ast.Node, dest []byte, image bool) []byte {
	d := strings.TrimSpace(string(dest))
	switch {
	case d == "":
		rc.errorf(n, "empty link destination")
		return dest
	case strings.HasPrefix(d, "#"):
		return dest
	case hasScheme(d):
		if !safeScheme(d) {
			rc.errorf(n, "link %q: only https, http, mailto and tel links are allowed", d)
			return []byte("#")
		}
		return dest
	case strings.HasPrefix(d, "//"):
		return []byte("https:" + d)
	}
	if rc.res == nil {
		return dest
	}
	u, err := rc.res.Resolve(d)
	if err != nil {
		what := "link"
		if image {
			what = "image"
		}
		rc.errorf(n, "%s %q: %v", what, d, err)
		return []byte("#")
	}
	return []byte(u)
}

func hasScheme(s string) bool {
	i := strings.IndexByte(s, ':')
	if i <= 0 {
		return false
	}
	j := strings.IndexAny(s, "/?#")
	return j < 0 || i < j
}

func safeScheme(s string) bool {
	u, err := url.Parse(s)
	return err == nil && slices.Contains([]string{"https", "http", "mailto", "tel"}, strings.ToLower(u.Scheme))
}

// rawHTML warns that the raw HTML starting at byte off of the body is shown
// as text: markup.unsafe is off, and the author may not know it.
func (rc *renderCtx) rawHTML(off int) {
	tag := rc.body[off:]
	if i := bytes.IndexAny(tag, "\r\n"); i >= 0 {
		tag = tag[:i]
	}
	if end := bytes.IndexByte(tag, '>'); end >= 0 {
		tag = tag[:end+1]
	}
	excerpt := string(tag)
	if r := []rune(excerpt); len(r) > 40 {
		excerpt = string(r[:40]) + "…"
	}
	rc.diags.Warnf(rc.at(off), "raw HTML %q is shown as text, not as markup: write it in Markdown, or let raw HTML through with markup: {unsafe: true} in site.yaml (only if you trust everyone who writes the site's pages and catalogues)", excerpt)
}

// errorf reports a problem at the position of node n in the source.
func (rc *renderCtx) errorf(n ast.Node, format string, args ...any) {
	rc.diags.Errorf(rc.pos(n), format, args...)
}

// at returns the position of byte off of the body in its file.
func (rc *renderCtx) at(off int) diag.Pos {
	line, col := rc.src.Line, rc.src.Col+1
	if off >= 0 && off <= len(rc.body) {
		before := rc.body[:off]
		line += bytes.Count(before, []byte("\n"))
		col = rc.src.Col + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	}
	return diag.Pos{File: rc.src.File, Line: line, Col: col}
}

// pos returns the position of node n in the source.
func (rc *renderCtx) pos(n ast.Node) diag.Pos {
	return rc.at(offset(n, rc.body))
}

// local reports whether an image destination is a file of the site (not a
// URL with a scheme, not protocol-relative, not a fragment).
func local(dest string) bool {
	d := strings.TrimSpace(dest)
	return d != "" && !hasScheme(d) && !strings.HasPrefix(d, "//") && !strings.HasPrefix(d, "#")
}

// altText returns the text of an image's description, as written (with the
// typographer's substitutions).
func altText(img *ast.Image, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(img, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	alt := strings.TrimSpace(b.String())
	switch alt {
	case `""`, "“”", "„“", "«\u00a0\u00a0»", "«»", "«\u00a0»":
		return "" // the decorative mark, after the typographer
	}
	return alt
}

// decorative reports whether an image is written ![""](…), the mark of a
// purely decorative image: found in the source of its paragraph.
func (rc *renderCtx) decorative(img *ast.Image) bool {
	from, to, ok := blockSpan(img)
	return ok && bytes.Contains(rc.body[from:to], []byte(`![""](`+strings.TrimSpace(string(img.Destination))))
}

// pictureNode is an image turned into HTML by the image pipeline.
type pictureNode struct {
	ast.BaseInline
	html string
}

var kindPicture = ast.NewNodeKind("Picture")

func (n *pictureNode) Kind() ast.NodeKind { return kindPicture }

func (n *pictureNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// pictureRenderer writes a pictureNode's HTML.
type pictureRenderer struct{}

func (pictureRenderer) RegisterFuncs(r renderer.NodeRendererFuncRegisterer) {
	r.Register(kindPicture, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(n.(*pictureNode).html)
		}
		return ast.WalkSkipChildren, nil
	})
}

// offset returns the byte offset where node n starts in the source, or -1.
func offset(n ast.Node, src []byte) int {
	var first = -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if t, ok := c.(*ast.Text); ok {
			first = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	switch l := n.(type) {
	case *ast.Link, *ast.Image:
		if first >= 0 {
			// Back from the text to the opening bracket, over emphasis
			// and code marks: [*text*](…), ![`x`](…).
			i := first - 1
			for i > 0 && src[i] != '[' {
				i--
			}
			if _, img := l.(*ast.Image); img && i > 0 && src[i-1] == '!' {
				i--
			}
			return max(i, 0)
		}
		// No text: find "[](" followed by the destination in the paragraph.
		open := []byte("[](")
		switch l := l.(type) {
		case *ast.Link:
			open = append(open, l.Destination...)
		case *ast.Image:
			open = append([]byte("!"), append(open, l.Destination...)...)
		}
		if from, to, ok := blockSpan(n); ok {
			if j := bytes.Index(src[from:to], open); j >= 0 {
				return from + j
			}
			return from
		}
	}
	if first >= 0 {
		return first
	}
	if from, _, ok := blockSpan(n); ok {
		return from
	}
	return -1
}

// headingIDs makes heading ids that keep every language's letters, lower
// case, with hyphens for spaces ("Étudier à Liège" → "étudier-à-liège"),
// as GitHub does; goldmark's default drops non-ASCII letters.
type headingIDs struct {
	seen map[string]bool
}

func (h *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(string(value)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '_' || r == '\u00a0' || r == '\u202f':
			dash = true
		}
	}
	id := cmp.Or(b.String(), "section")
	base, n := id, 1
	for h.seen[id] {
		id = fmt.Sprintf("%s-%d", base, n)
		n++
	}
	h.seen[id] = true
	return []byte(id)
}

func (h *headingIDs) Put(value []byte) { h.seen[string(value)] = true }

// blockSpan returns where the source of the block that holds inline node n
// starts and ends, or false when there is none.
func blockSpan(n ast.Node) (from, to int, ok bool) {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock {
			lines := p.Lines()
			if lines.Len() == 0 {
				return 0, 0, false
			}
			return lines.At(0).Start, lines.At(lines.Len() - 1).Stop, true
		}
	}
	return 0, 0, false
}

// escapeRaw renders raw HTML as visible text instead of markup.
type escapeRaw struct{}

func (escapeRaw) RegisterFuncs(r renderer.NodeRendererFuncRegisterer) {
	r.Register(ast.KindRawHTML, func(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			segs := n.(*ast.RawHTML).Segments
			for i := 0; i < segs.Len(); i++ {
				s := segs.At(i)
				_, _ = w.WriteString(html.EscapeString(string(s.Value(source))))
			}
		}
		return ast.WalkSkipChildren, nil
	})
	r.Register(ast.KindHTMLBlock, func(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		b := n.(*ast.HTMLBlock)
		_, _ = w.WriteString("<p>")
		for i := 0; i < b.Lines().Len(); i++ {
			s := b.Lines().At(i)
			_, _ = w.WriteString(html.EscapeString(string(s.Value(source))))
		}
		if b.HasClosure() {
			_, _ = w.WriteString(html.EscapeString(string(b.ClosureLine.Value(source))))
		}
		_, _ = w.WriteString("</p>\n")
		return ast.WalkSkipChildren, nil
	})
}

// FrenchSpacing applies French typography to the text of an HTML fragment:
// a narrow no-break space replaces the space before ; ! ? and a no-break
// space the space before : and inside « ». Tags, and the content of code,
// pre, script and style elements, are left alone.
func FrenchSpacing(h []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(h) + 32)
	inTag := false
	skip := 0 // depth inside <code> or <pre>
	for i := 0; i < len(h); i++ {
		c := h[i]
		if inTag {
			out.WriteByte(c)
			if c == '>' {
				inTag = false
			}
			continue
		}
		if c == '<' {
			tag := h[i:min(len(h), i+8)]
			switch {
			case bytes.HasPrefix(tag, []byte("<code")), bytes.HasPrefix(tag, []byte("<pre")),
				bytes.HasPrefix(tag, []byte("<script")), bytes.HasPrefix(tag, []byte("<style")):
				skip++
			case bytes.HasPrefix(tag, []byte("</code")), bytes.HasPrefix(tag, []byte("</pre")),
				bytes.HasPrefix(tag, []byte("</script")), bytes.HasPrefix(tag, []byte("</style")):
				skip = max(skip-1, 0)
			}
			inTag = true
			out.WriteByte(c)
			continue
		}
		if skip == 0 && c == ' ' && i+1 < len(h) {
			switch h[i+1] {
			case ';', '!', '?':
				out.WriteString("\u202f")
				continue
			case ':':
				out.WriteString("\u00a0")
				continue
			}
			if bytes.HasPrefix(h[i+1:], []byte("»")) || i >= 2 && bytes.HasSuffix(h[:i], []byte("«")) {
				out.WriteString("\u00a0")
				continue
			}
		}
		out.WriteByte(c)
		if skip == 0 && bytes.HasSuffix(out.Bytes(), []byte("«")) && i+1 < len(h) && h[i+1] != ' ' && !bytes.HasPrefix(h[i+1:], []byte("\u00a0")) {
			out.WriteString("\u00a0")
		}
		if skip == 0 && i+2 < len(h) && h[i+1] == 0xC2 && h[i+2] == 0xBB && c != ' ' && !bytes.HasSuffix(out.Bytes(), []byte("\u00a0")) {
			out.WriteString("\u00a0")
		}
	}
	return out.Bytes()
}
