package search

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"github.com/vitrine-ssg/vitrine/build/internal/jsonstr"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Field is where a word appears in a page; a posting carries the fields of
// its word as a bit set, and the script ranks title above summary above
// facts above body.
type Field uint8

// The fields of a page.
const (
	Title   Field = 1 << iota // the page's title
	Summary                   // its description or summary
	Facts                     // short facts: city, institution, field, level, the section it belongs to
	Body                      // its text
)

// Doc is one page of the index.
type Doc struct {
	// URL is the page's path from the site root, base path included.
	URL string
	// Kind is the label of the page's kind, as results show it
	// ("Programme", "Page").
	Kind string
	// Lang is the language of the title or summary when it fell back to
	// another language, else "": results mark such text.
	Lang string
	// Text is the page's text by field.
	Title, Summary, Facts, Body string
}

// Options tune an index. The zero value is a usable default.
type Options struct {
	// ChunkBytes is the size a chunk of words grows to before the next one
	// starts (default 32 KiB of JSON, about 10 KiB compressed).
	ChunkBytes int
	// PageChunkBytes is the same for the chunks of pages (default 16 KiB,
	// about 5 KiB compressed): the ten results shown first may lie in ten
	// chunks.
	PageChunkBytes int
	// Excerpt is how much of a page's body, in characters, the index keeps
	// for the snippets of results (default 280): words past it are found
	// but not shown.
	Excerpt int
	// FactsExcerpt is the same for the facts (default 100).
	FactsExcerpt int
	// Base is left out of the start of the pages' URLs, and written once
	// in the meta file (Meta.Base): the URL of the language's home page.
	Base string
}

// File is one file of an index: Name is relative to the index's folder.
type File struct {
	Name string
	Body []byte
}

// Meta is the index's entry point, the file the script fetches first
// (MetaFile). Chunks are named after their content, so that a browser may
// keep them as long as it likes.
type Meta struct {
	Version int `json:"v"`
	// Lang is the index's language.
	Lang string `json:"lang"`
	// Base is the start of the URL of every page whose URL in its chunk
	// does not start with "/".
	Base string `json:"b"`
	// Docs is the number of pages.
	Docs int `json:"n"`
	// Analyzer is the text analysis the words were indexed with (null for
	// a language without stemmer).
	Analyzer *Analyzer `json:"a"`
	// Kinds are the labels of the pages' kinds; a page refers to one by
	// its position.
	Kinds []string `json:"k"`
	// Words are the chunks of the word list: the first word of each and
	// its file name. A chunk holds the words from its first to the next
	// chunk's first, sorted by byte order (UTF-8, as the script compares
	// code points of folded words).
	Words [][2]string `json:"w"`
	// Pages are the chunks of pages: the number of the first page of each
	// and its file name.
	Pages []PageChunk `json:"d"`
	// TitleWords has one character per page: the number of words of its
	// title, in base 36 (at most "z", 35). Of two pages that match a query
	// equally, the one with the shorter title comes first: "Bachelor in
	// Law" before "Bachelor in Law (Food Security)".
	TitleWords string `json:"t"`
}

// PageChunk is a chunk of the pages' list.
type PageChunk struct {
	First int    `json:"f"`
	File  string `json:"u"`
}

// MetaFile is the name of the index's entry point in its folder.
const MetaFile = "index.json"

// IsChunk reports whether name (relative to the index's folder) has the
// form of a chunk's file name: "w." (words) or "d." (pages), ten
// hexadecimal digits of the chunk's SHA-256, ".json".
func IsChunk(name string) bool {
	if len(name) != 2+10+5 || (name[:2] != "w." && name[:2] != "d.") || name[12:] != ".json" {
		return false
	}
	return strings.Trim(name[2:12], "0123456789abcdef") == ""
}

// FormatVersion is the version of the index's format (Meta.Version).
const FormatVersion = 1

// withDefaults fills in the zero fields of opts.
func (opts Options) withDefaults() Options {
	if opts.ChunkBytes <= 0 {
		opts.ChunkBytes = 32 << 10
	}
	if opts.PageChunkBytes <= 0 {
		opts.PageChunkBytes = 16 << 10
	}
	if opts.Excerpt <= 0 {
		opts.Excerpt = 280
	}
	if opts.FactsExcerpt <= 0 {
		opts.FactsExcerpt = 100
	}
	return opts
}

// A Builder builds the index of one language from its pages as they come,
// in any order and from several goroutines at once: each page's text is
// analysed by the goroutine that adds it, and only its words' postings and
// its row of results are kept, not its text. The render stage adds each
// page as it renders it.
type Builder struct {
	code    string
	an      *Analyzer
	opts    Options
	scratch sync.Pool // *pageTerms, for Add

	mu sync.Mutex
	// words numbers the words of the index (−1 for a stop word), and
	// post holds the postings of each, by number: page number × 16 +
	// fields; last holds the page that added each last, plus one.
	words map[string]int32
	post  [][]uint32
	last  []int32
	pages []builtPage // by page number
}

// pageTerms is the scratch space of Add: a page's folded text and its
// words, in order, each with the field it is in.
type pageTerms struct {
	text []byte
	list []term
}

// term is a word of a page and the field it is in.
type term struct {
	word  string
	field Field
}

// builtPage is what the index keeps of a page: its kind, the number of
// words of its title, and its row of results as JSON, around the number
// of its kind (known only once every page is in: kinds are numbered in
// page order).
type builtPage struct {
	added         bool
	kind          string
	titleWords    int
	before, after []byte
}

// NewBuilder starts the index of language code, of n pages numbered from
// 0 to n−1.
func NewBuilder(code string, n int, opts Options) *Builder {
	an := ForLanguage(code)
	b := &Builder{code: code, an: an, opts: opts.withDefaults(), words: map[string]int32{}, pages: make([]builtPage, n)}
	if an != nil {
		for _, w := range an.Stop {
			b.words[w] = -1
		}
	}
	return b
}

// maxPages is the most pages an index holds: a posting keeps the page's
// number in 28 bits.
const maxPages = 1 << 28

// Add adds page number num. It is safe for concurrent use.
func (b *Builder) Add(num int, d Doc) {
	if num < 0 || num >= len(b.pages) || num >= maxPages {
		return
	}
	// The page's words are found without the lock, so that only the
	// postings' update holds it.
	pt, _ := b.scratch.Get().(*pageTerms)
	if pt == nil {
		pt = &pageTerms{}
	}
	defer func() {
		pt.text = pt.text[:0]
		clear(pt.list) // the words are slices of the page's text
		pt.list = pt.list[:0]
		b.scratch.Put(pt)
	}()
	// The fields' folded text, in one string that the words are slices of.
	texts := [...]struct {
		field Field
		text  string
		end   int
	}{{Title, d.Title, 0}, {Summary, d.Summary, 0}, {Facts, d.Facts, 0}, {Body, d.Body, 0}}
	for i, f := range texts {
		pt.text = appendFold(pt.text, f.text)
		texts[i].end = len(pt.text)
	}
	text := string(pt.text)
	titleWords, start := 0, 0
	for _, f := range texts {
		eachWord(text[start:f.end], func(w string) {
			pt.list = append(pt.list, term{w, f.field})
			if f.field == Title {
				titleWords++
			}
		})
		start = f.end
	}

	url := strings.TrimPrefix(d.URL, b.opts.Base)
	// The page's row of results, as JSON: ["url","title" and
	// "summary","body","facts"] or "summary","body","facts","lang"].
	// Strings that need no escapes take their length and two quotes.
	before := make([]byte, 0, len(url)+len(d.Title)+6)
	before = jsonstr.Append(append(before, '['), url)
	before = jsonstr.Append(append(before, ','), d.Title)
	body, facts := excerpt(d.Body, b.opts.Excerpt), excerpt(d.Facts, b.opts.FactsExcerpt)
	after := make([]byte, 0, len(d.Summary)+len(body)+len(facts)+len(d.Lang)+12)
	after = jsonstr.Append(after, d.Summary)
	after = jsonstr.Append(append(after, ','), body)
	after = jsonstr.Append(append(after, ','), facts)
	if d.Lang != "" {
		after = jsonstr.Append(append(after, ','), d.Lang)
	}
	after = append(after, ']')
	page := builtPage{added: true, kind: d.Kind, titleWords: min(titleWords, 35), before: before, after: after}

	b.mu.Lock()
	defer b.mu.Unlock()
	b.pages[num] = page
	// One posting per word of the page, with every field the word is in.
	added := int32(num) + 1
	for _, t := range pt.list {
		i, ok := b.words[t.word]
		if !ok {
			// The word is a slice of the page's folded text: keep a
			// copy, not the text.
			i = int32(len(b.post))
			b.words[strings.Clone(t.word)] = i
			b.post = append(b.post, nil)
			b.last = append(b.last, 0)
		}
		switch {
		case i < 0: // a stop word
		case b.last[i] == added:
			b.post[i][len(b.post[i])-1] |= uint32(t.field)
		default:
			b.last[i] = added
			b.post[i] = append(b.post[i], uint32(num)<<4|uint32(t.field))
		}
	}
}

// Files returns the files of the index. The pages that were not added are
// left out of the results.
func (b *Builder) Files() []File {
	b.mu.Lock()
	defer b.mu.Unlock()
	opts := b.opts
	meta := Meta{Version: FormatVersion, Lang: b.code, Docs: len(b.pages), Analyzer: b.an, Base: opts.Base,
		Kinds: []string{}, Words: [][2]string{}, Pages: []PageChunk{}} // written [] rather than null when empty

	var files []File
	add := func(prefix string, body []byte) string {
		sum := sha256.Sum256(body)
		name := prefix + hex.EncodeToString(sum[:5]) + ".json"
		files = append(files, File{Name: name, Body: body})
		return name
	}

	kinds := map[string]int{}
	var tw strings.Builder
	for _, p := range b.pages {
		if _, ok := kinds[p.kind]; !ok && p.added {
			kinds[p.kind] = len(meta.Kinds)
			meta.Kinds = append(meta.Kinds, p.kind)
		}
		tw.WriteString(strconv.FormatInt(int64(p.titleWords), 36))
	}
	meta.TitleWords = tw.String()

	// Word chunks: [[word, p1, p2, …], …], where p = (page − previous
	// page) × 16 + fields.
	var words []string
	for w, i := range b.words {
		if i >= 0 {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	var chunk bytes.Buffer
	first := ""
	flushWords := func() {
		if chunk.Len() == 0 {
			return
		}
		chunk.WriteByte(']')
		meta.Words = append(meta.Words, [2]string{first, add("w.", bytes.Clone(chunk.Bytes()))})
		chunk.Reset()
	}
	var num [20]byte
	for _, w := range words {
		if chunk.Len() == 0 {
			chunk.WriteByte('[')
			first = w
		} else {
			chunk.WriteByte(',')
		}
		q, _ := json.Marshal(w)
		chunk.WriteByte('[')
		chunk.Write(q)
		ps := b.post[b.words[w]]
		slices.Sort(ps) // pages were added in any order
		prev := 0
		for _, p := range ps {
			doc := int(p >> 4)
			chunk.WriteByte(',')
			chunk.Write(strconv.AppendInt(num[:0], int64((doc-prev)*16+int(p&15)), 10))
			prev = doc
		}
		chunk.WriteByte(']')
		if chunk.Len() >= opts.ChunkBytes {
			flushWords()
		}
	}
	flushWords()

	// Page chunks: [[url, title, kind, summary, body, facts, lang?], …].
	chunk.Reset()
	firstDoc := 0
	for i, p := range b.pages {
		if chunk.Len() == 0 {
			chunk.WriteByte('[')
			firstDoc = i
		} else {
			chunk.WriteByte(',')
		}
		if p.added {
			chunk.Write(p.before)
			chunk.WriteByte(',')
			chunk.Write(strconv.AppendInt(num[:0], int64(kinds[p.kind]), 10))
			chunk.WriteByte(',')
			chunk.Write(p.after)
		} else {
			chunk.WriteString("null")
		}
		if chunk.Len() >= opts.PageChunkBytes || i == len(b.pages)-1 {
			chunk.WriteByte(']')
			meta.Pages = append(meta.Pages, PageChunk{First: firstDoc, File: add("d.", bytes.Clone(chunk.Bytes()))})
			chunk.Reset()
		}
	}
	m, _ := json.Marshal(meta)
	return append([]File{{Name: MetaFile, Body: m}}, files...)
}

// excerpt cuts s to about n characters, at a space.
func excerpt(s string, n int) string {
	count := 0
	for i := range s {
		if count == n {
			cut := s[:i]
			if j := strings.LastIndexByte(cut, ' '); j > n/2 {
				cut = cut[:j]
			}
			return cut + "…"
		}
		count++
	}
	return s
}
