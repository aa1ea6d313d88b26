// Package write is the last stage of the pipeline: it minifies outputs
// (tdewolff/minify), fingerprints theme assets, writes everything into a
// staging folder beside the output folder and, only when the whole build
// succeeded, swaps it in. A failed build leaves the previous output exactly as
// it was; files that no longer belong disappear with the old folder.
//
// In: render.Output values, from any number of goroutines. Out: files.
package write

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	jsonmin "github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// LegacyMarker is the file older versions of vitrine kept inside the
// output folder (the build's record, published with the site by mistake).
// A folder holding it is still recognised as vitrine's, and replaced.
const LegacyMarker = ".vitrine-output"

// Minifier minifies by media type. The zero value is not usable; use
// NewMinifier. It is safe for concurrent use.
type Minifier struct {
	m *minify.M
	t *minify.M // for templates
}

// NewMinifier returns a minifier for HTML, CSS, JavaScript, JSON, SVG and XML.
func NewMinifier() *Minifier {
	m, t := minify.New(), minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true})
	// Templates: the same options, and Go template actions left as they are.
	t.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true, TemplateDelims: html.GoTemplateDelims})
	for _, x := range []*minify.M{m, t} {
		x.AddFunc("text/css", css.Minify)
		x.AddFunc("application/javascript", js.Minify)
		x.AddFunc("image/svg+xml", svg.Minify)
	}
	m.AddFunc("application/json", jsonmin.Minify)
	m.AddFunc("application/ld+json", jsonmin.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`^application/([a-z.+-]+\+)?xml$`), xml.Minify)
	return &Minifier{m: m, t: t}
}

// Template minifies the source of an HTML template: markup and whitespace
// as in a page, the template's actions as they are written. It may rewrite
// src in place.
func (mf *Minifier) Template(src []byte) ([]byte, error) {
	return mf.t.Bytes("text/html", src)
}

// Bytes minifies b as mediaType. Types it does not know are returned as they are.
func (mf *Minifier) Bytes(mediaType string, b []byte) ([]byte, error) {
	return mf.Append(new(bytes.Buffer), mediaType, b)
}

// Append minifies b as mediaType into buf and returns the minified bytes,
// which alias buf (or b itself, for types it does not minify): for writers
// that reuse one buffer across files. The minifier may rewrite b in place.
func (mf *Minifier) Append(buf *bytes.Buffer, mediaType string, b []byte) ([]byte, error) {
	if mf == nil {
		return b, nil
	}
	switch mediaType {
	case "text/html", "text/css", "application/javascript", "image/svg+xml", "application/xml", "application/atom+xml":
	case "application/json":
		if json.Valid(b) && !bytes.Contains(b, []byte("\n ")) {
			return b, nil // already compact (vitrine writes its JSON so)
		}
	default:
		return b, nil
	}
	buf.Grow(len(b))
	if err := mf.m.Minify(mediaType, buf, bytes.NewBuffer(b)); err != nil {
		return nil, fmt.Errorf("minify %s: %w", mediaType, err)
	}
	return buf.Bytes(), nil
}

// Fingerprint returns name with a short content hash before its extension:
// "main.css" → "main.3f2a1c9e.css".
func Fingerprint(name string, body []byte) string {
	sum := sha256.Sum256(body)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext
}

// Dir writes a build into a staging folder and publishes it atomically.
// An output identical to the previous build's file is hard-linked from it
// instead of being written again.
type Dir struct {
	out     string
	staging string
	min     *Minifier
	files   atomic.Int64
	bytes   atomic.Int64
	linked  atomic.Int64
	mu      sync.Mutex
	seen    map[string]bool
	stats   map[string]FileStat // what was written, for the record (under mu)
	dirs    sync.Map            // folders created in the staging folder
	bufs    sync.Pool           // *bytes.Buffer for minified bodies
	prev    *Record
}

// Open prepares a staging folder beside out. min may be nil (no minification).
// It refuses an out folder that exists, is not empty and was not written by
// vitrine, so that nothing the user wrote is replaced.
func Open(out string, min *Minifier) (*Dir, error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	if err := checkOut(abs); err != nil {
		return nil, err
	}
	parent := filepath.Dir(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	staging, err := os.MkdirTemp(parent, "."+filepath.Base(abs)+"-staging-")
	if err != nil {
		return nil, err
	}
	// MkdirTemp makes a folder only its owner may read; the published
	// folder must be readable by a web server running as another user.
	if err := os.Chmod(staging, 0o755); err != nil {
		_ = os.RemoveAll(staging)
		return nil, err
	}
	// The previous build's record says which files may be linked rather
	// than written: none when its folder is gone (removed by hand, or a
	// first build), where looking for each one would only fail.
	var prev *Record
	if _, err := os.Stat(abs); err == nil {
		prev = ReadRecord(abs)
	}
	d := &Dir{out: abs, staging: staging, min: min, seen: map[string]bool{}, stats: map[string]FileStat{}, prev: prev}
	d.bufs.New = func() any { return new(bytes.Buffer) }
	return d, nil
}

// checkOut refuses an output folder vitrine may not replace: one that
// exists, is not empty, and neither has a record beside it naming at least
// one of its files nor holds the marker of an older vitrine.
func checkOut(abs string) error {
	entries, err := os.ReadDir(abs)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("output folder %s: %w", abs, err)
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(abs, LegacyMarker)); err == nil {
		return nil
	}
	if r := ReadRecord(abs); r != nil {
		for _, e := range entries {
			if r.owns(e.Name()) {
				return nil
			}
		}
		return fmt.Errorf("output folder %s holds none of the files its record %s lists: it seems to be a folder of your own now; choose an empty or new folder with -o, or remove this one yourself", abs, RecordPath(abs))
	}
	return fmt.Errorf("output folder %s exists and was not written by vitrine (no record %s beside it): vitrine replaces its output folder, so choose an empty or new folder with -o, or remove this one yourself", abs, filepath.Base(RecordPath(abs)))
}

// Write minifies o and writes it into the staging folder. It is safe for
// concurrent use.
func (d *Dir) Write(p, mediaType string, body []byte) error {
	if err := d.claim(p); err != nil {
		return err
	}
	if d.min != nil {
		buf := d.bufs.Get().(*bytes.Buffer)
		defer d.bufs.Put(buf)
		buf.Reset()
		m, err := d.min.Append(buf, mediaType, body)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		body = m
	}
	size := int64(len(body))
	full := filepath.Join(d.staging, filepath.FromSlash(p))
	if err := d.mkdirAll(filepath.Dir(full)); err != nil {
		return err
	}
	d.files.Add(1)
	d.bytes.Add(size)
	if prev, ok := d.prev.size(p); ok && prev == size {
		// The previous build wrote a file of this size here: when its
		// content is the same, link it instead of writing it again. The
		// file itself is compared, not a record of it, so a file changed
		// by hand since is written anew.
		// A link keeps the file's size and modification time: its
		// record is the previous file's.
		old := filepath.Join(d.out, filepath.FromSlash(p))
		scratch := d.bufs.Get().(*bytes.Buffer)
		scratch.Reset()
		scratch.Grow(64 << 10)
		st, same := sameFile(old, body, scratch.AvailableBuffer()[:64<<10])
		d.bufs.Put(scratch)
		if same && os.Link(old, full) == nil {
			d.linked.Add(1)
			d.wrote(p, st)
			return nil
		}
	}
	st, err := writeFile(full, body, 0o644)
	if err != nil {
		return err
	}
	d.wrote(p, st)
	return nil
}

// wrote notes what the file p is like as written.
func (d *Dir) wrote(p string, st FileStat) {
	d.mu.Lock()
	d.stats[p] = st
	d.mu.Unlock()
}

// claim checks that p stays in the output folder and that no other output
// wrote it.
func (d *Dir) claim(p string) error {
	if !filepath.IsLocal(filepath.FromSlash(p)) || strings.Contains(p, "\\") {
		return fmt.Errorf("refusing to write %q outside the output folder", p)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen[p] {
		return fmt.Errorf("two outputs write %s", p)
	}
	d.seen[p] = true
	return nil
}

// WriteStream writes the file p with what stream writes, as it comes: for
// large outputs that should not be held in memory. The body is not
// minified (streamed outputs are written compact).
func (d *Dir) WriteStream(p string, stream func(io.Writer) error) error {
	if err := d.claim(p); err != nil {
		return err
	}
	full := filepath.Join(d.staging, filepath.FromSlash(p))
	if err := d.mkdirAll(filepath.Dir(full)); err != nil {
		return err
	}
	f, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	err = stream(f)
	var info fs.FileInfo
	if err == nil {
		info, err = f.Stat()
	}
	if err = cmp.Or(err, f.Close()); err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	d.wrote(p, FileStat{Size: info.Size(), ModTime: info.ModTime().UnixNano()})
	d.files.Add(1)
	d.bytes.Add(info.Size())
	return nil
}

// mkdirAll creates a folder once per build. Workers may race to create the
// same folder: both succeed.
func (d *Dir) mkdirAll(dir string) error {
	if _, done := d.dirs.Load(dir); done {
		return nil
	}
	// Parents are usually there already (pages come after their section):
	// try the one system call first.
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	d.dirs.Store(dir, true)
	return nil
}

// Linked returns how many files were unchanged and linked from the previous build.
func (d *Dir) Linked() int64 { return d.linked.Load() }

// Files returns how many files were written; Bytes their total size.
func (d *Dir) Files() int64 { return d.files.Load() }

// Bytes returns the total size of the files written.
func (d *Dir) Bytes() int64 { return d.bytes.Load() }

// Commit swaps the staging folder in place of the output folder, then
// writes the record beside it (see Record): inputs is the fingerprint of
// the inputs, pages the pages per language, warnings the build's warnings,
// sources what the fingerprint knows of each input file.
// The record is written last: should vitrine stop in between, the old
// record still recognises the folder as vitrine's, and the next build finds
// that the folder differs from it and builds it again.
func (d *Dir) Commit(version, inputs string, pages map[string]int, warnings []Warning, sources map[string]SourceStat) error {
	dirs, err := d.folders()
	if err != nil {
		return err
	}
	rec := &Record{Generator: "vitrine " + version, Output: filepath.Base(d.out), Inputs: inputs, Pages: pages, Warnings: warnings, Files: d.stats, Dirs: dirs, Sources: sources}
	old := ""
	if _, err := os.Stat(d.out); err == nil {
		if err := checkOut(d.out); err != nil {
			return err
		}
		old = d.staging + "-old"
		if err := os.Rename(d.out, old); err != nil {
			return err
		}
	}
	if err := os.Rename(d.staging, d.out); err != nil {
		if old != "" {
			_ = os.Rename(old, d.out)
		}
		return err
	}
	if old != "" {
		if err := removeAll(old); err != nil {
			return err
		}
	}
	// The rename may have touched the folder itself: record its time now.
	info, err := os.Stat(d.out)
	if err != nil {
		return err
	}
	rec.Dirs["."] = info.ModTime().UnixNano()
	return rec.write(RecordPath(d.out))
}

// folders returns the modification time of every folder of the staging
// folder, now that nothing more is written into it: the folders of the
// files written, statted on GOMAXPROCS workers.
func (d *Dir) folders() (map[string]int64, error) {
	set := map[string]bool{".": true}
	for p := range d.stats {
		for dir := path.Dir(p); !set[dir]; dir = path.Dir(dir) {
			set[dir] = true
		}
	}
	names := slices.Sorted(maps.Keys(set))
	times := make([]int64, len(names))
	root, err := openRoot(d.staging)
	if err != nil {
		return nil, err
	}
	defer root.close()
	var next atomic.Int64
	var missing atomic.Bool
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(names); i = int(next.Add(1)) - 1 {
				st, ok := root.lstat(names[i])
				if !ok || !st.dir {
					missing.Store(true)
				}
				times[i] = st.modTime
			}
		})
	}
	wg.Wait()
	if missing.Load() {
		return nil, fmt.Errorf("staging folder %s: a folder was removed while the build wrote into it", d.staging)
	}
	dirs := make(map[string]int64, len(names))
	for i, n := range names {
		dirs[n] = times[i]
	}
	return dirs, nil
}

// Abort removes the staging folder, leaving the output folder untouched.
func (d *Dir) Abort() error { return removeAll(d.staging) }

// removeAll removes dir and everything in it, as os.RemoveAll does, with
// the folders three levels down (a page's folder) removed by eight
// goroutines at a time: removing the previous output of a large site (tens
// of thousands of files) waits on the disk far more than on the processor,
// and the disk takes many requests at once (at N = 5,000, 41.6 s with one
// rm -rf, 19.2 s with one per folder at the top).
func removeAll(dir string) error {
	var jobs []string
	var walk func(p string, depth int)
	walk = func(p string, depth int) {
		list, err := os.ReadDir(p)
		if err != nil || depth == 3 {
			jobs = append(jobs, p)
			return
		}
		for _, e := range list {
			if q := filepath.Join(p, e.Name()); e.IsDir() {
				walk(q, depth+1)
			} else {
				jobs = append(jobs, q)
			}
		}
	}
	walk(dir, 0)
	next := make(chan string)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for p := range next {
				_ = os.RemoveAll(p) // what fails is reported by the last call
			}
		})
	}
	for _, p := range jobs {
		next <- p
	}
	close(next)
	wg.Wait()
	return os.RemoveAll(dir)
}
