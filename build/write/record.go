package write

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Record is what a build knows about the output folder it wrote: the
// fingerprint of its inputs, the pages per language, its warnings, and the
// size and modification time of every file and folder. It is kept beside
// the output folder, never inside it (nothing in the published folder is
// the build's bookkeeping): for public/ it is .public.vitrine-record in the
// same parent folder (see RecordPath).
//
// The next build trusts the record only as far as the folder agrees with
// it: Compare lists the files that are missing, extra or changed, and a
// build that finds any writes the folder again.
type Record struct {
	Generator string         `json:"generator"`
	Output    string         `json:"output"` // the folder's name, for whoever opens the file
	Inputs    string         `json:"inputs"`
	Pages     map[string]int `json:"pages"`
	Warnings  []Warning      `json:"warnings,omitempty"`
	// Files maps the slash-separated path of every file to its size and
	// modification time; Dirs every folder ("." is the output folder
	// itself) to its modification time, which changes whenever an entry is
	// added to it or removed from it.
	Files map[string]FileStat `json:"-"`
	Dirs  map[string]int64    `json:"-"`
	// Sources maps the site's input files to their status when they were
	// hashed and their checksum: the next build hashes again only the
	// files whose status changed (see SourceStat).
	Sources map[string]SourceStat `json:"-"`
}

// SourceStat is what the record keeps of an input file: its size, its
// modification and change times and its inode number when it was hashed,
// and its SHA-256. As git does for its index, a file whose status is the
// same is taken to have the same contents: its change time moves with any
// write, rename or restored modification time, which no tool can set back.
type SourceStat struct {
	Size, ModTime, Change int64 // nanoseconds since 1970
	Ino                   uint64
	Sum                   [sha256.Size]byte
}

// FileStat is what the record keeps of one file.
type FileStat struct {
	Size    int64
	ModTime int64 // nanoseconds since 1970
}

// Warning is a warning of the build that wrote the folder, repeated by a
// build that finds nothing to do.
type Warning struct {
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
	Msg  string `json:"msg"`
}

// RecordPath returns where the record of the output folder out is kept:
// beside it, a hidden file named after it (public → .public.vitrine-record).
func RecordPath(out string) string {
	abs, err := filepath.Abs(out)
	if err != nil {
		abs = filepath.Clean(out)
	}
	return filepath.Join(filepath.Dir(abs), "."+filepath.Base(abs)+".vitrine-record")
}

// recordHeader is the first line of a record file. The second line is the
// record's JSON (generator, inputs, pages, warnings); then one line per
// folder, "d MTIME PATH", per file, "f SIZE MTIME PATH", and per input
// file of the site, "s SIZE MTIME CTIME INODE SHA256 PATH". Lines, not
// JSON, because a site of 25,000 pages has 50,000 of them to read before a
// build with nothing to do may stop. A path with a line break, or starting
// with a quote, is written as a Go quoted string.
const recordHeader = "vitrine-record 1"

// ReadRecord reads the record of the output folder out, or returns nil
// when there is none or it cannot be read (a build without a record writes
// the whole folder).
func ReadRecord(out string) *Record {
	data, err := os.ReadFile(RecordPath(out))
	if err != nil {
		return nil
	}
	r, _ := parseRecord(data)
	return r
}

// errNotRecord is what parseRecord returns for a file that is not a
// record it can read (the build then writes the whole folder).
var errNotRecord = errors.New("not a record")

func parseRecord(data []byte) (*Record, error) {
	// One copy of the file: every path is a slice of it.
	text := string(data)
	header, text, _ := strings.Cut(text, "\n")
	head, text, _ := strings.Cut(text, "\n")
	if header != recordHeader {
		return nil, errNotRecord
	}
	var r Record
	if err := json.Unmarshal([]byte(head), &r); err != nil {
		return nil, errNotRecord
	}
	// The lines come by kind, folders, files, sources: the files, most of
	// them, are read on a goroutine of their own.
	dirs, files, sources := text, "", ""
	if i := strings.Index(dirs, "\ns "); i >= 0 {
		dirs, sources = dirs[:i+1], dirs[i+1:]
	}
	if i := strings.Index(dirs, "\nf "); i >= 0 {
		dirs, files = dirs[:i+1], dirs[i+1:]
	}
	r.Files = make(map[string]FileStat, strings.Count(files, "\n"))
	var ferr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		ferr = parseLines(files, 'f', 2, func(nums [4]int64, _ [sha256.Size]byte, p string) {
			r.Files[p] = FileStat{Size: nums[0], ModTime: nums[1]}
		})
	}()
	r.Dirs = make(map[string]int64, strings.Count(dirs, "\n"))
	err := parseLines(dirs, 'd', 1, func(nums [4]int64, _ [sha256.Size]byte, p string) { r.Dirs[p] = nums[0] })
	r.Sources = map[string]SourceStat{}
	if err == nil {
		err = parseLines(sources, 's', 4, func(nums [4]int64, sum [sha256.Size]byte, p string) {
			r.Sources[p] = SourceStat{Size: nums[0], ModTime: nums[1], Change: nums[2], Ino: uint64(nums[3]), Sum: sum}
		})
	}
	<-done
	if err != nil || ferr != nil || r.Dirs["."] == 0 {
		return nil, errNotRecord
	}
	return &r, nil
}

// parseLines reads the record's lines in text, each of the given kind with
// the given number of numbers before the path (and, for a source, its
// sum), and hands each to add.
func parseLines(text string, kind byte, fields int, add func(nums [4]int64, sum [sha256.Size]byte, path string)) error {
	for len(text) > 0 {
		l, rest, _ := strings.Cut(text, "\n")
		text = rest
		if len(l) < 2 || l[0] != kind || l[1] != ' ' {
			return errNotRecord
		}
		var nums [4]int64
		l = l[2:]
		for i := 0; i < fields; i++ {
			sp := strings.IndexByte(l, ' ')
			if sp < 0 {
				return errNotRecord
			}
			n, err := strconv.ParseInt(l[:sp], 10, 64)
			if err != nil {
				return errNotRecord
			}
			nums[i], l = n, l[sp+1:]
		}
		var sum [sha256.Size]byte
		if kind == 's' {
			sp := strings.IndexByte(l, ' ')
			if sp != 2*sha256.Size {
				return errNotRecord
			}
			if _, err := hex.Decode(sum[:], []byte(l[:sp])); err != nil {
				return errNotRecord
			}
			l = l[sp+1:]
		}
		if strings.HasPrefix(l, `"`) {
			p, err := strconv.Unquote(l)
			if err != nil {
				return errNotRecord
			}
			l = p
		}
		add(nums, sum, l)
	}
	return nil
}

// size returns the size of the file p the record lists (r may be nil).
func (r *Record) size(p string) (int64, bool) {
	if r == nil {
		return 0, false
	}
	f, ok := r.Files[p]
	return f.Size, ok
}

// owns reports whether name, a path in the output folder, is a file the
// record lists or a folder holding one.
func (r *Record) owns(name string) bool {
	_, file := r.Files[name]
	_, dir := r.Dirs[name]
	return file || dir
}

// write writes the record to file, through a temporary file renamed into
// place: a reader sees the old record or the new one, never half of one.
func (r *Record) write(file string) error {
	head, err := json.Marshal(r)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.Grow(len(head) + 64*(len(r.Files)+len(r.Dirs)) + 140*len(r.Sources))
	b.WriteString(recordHeader + "\n")
	b.Write(head)
	b.WriteByte('\n')
	name := func(p string) string {
		if strings.ContainsAny(p, "\n\r") || strings.HasPrefix(p, `"`) {
			return strconv.Quote(p)
		}
		return p
	}
	for _, p := range slices.Sorted(maps.Keys(r.Dirs)) {
		fmt.Fprintf(&b, "d %d %s\n", r.Dirs[p], name(p))
	}
	for _, p := range slices.Sorted(maps.Keys(r.Files)) {
		f := r.Files[p]
		fmt.Fprintf(&b, "f %d %d %s\n", f.Size, f.ModTime, name(p))
	}
	for _, p := range slices.Sorted(maps.Keys(r.Sources)) {
		s := r.Sources[p]
		fmt.Fprintf(&b, "s %d %d %d %d %x %s\n", s.Size, s.ModTime, s.Change, int64(s.Ino), s.Sum, name(p))
	}
	tmp := file + ".tmp"
	if _, err := writeFile(tmp, b.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, file)
}

// Diff is how an output folder differs from its record. Paths are
// slash-separated and sorted; a folder missing as a whole is listed once,
// with a trailing slash, in MissingDirs.
type Diff struct {
	Missing     []string // files the record lists and the folder lacks
	MissingDirs []string // folders missing as a whole (their files are in Missing too)
	Changed     []string // files whose size or modification time differ, or that are no longer plain files
	Extra       []string // files and folders the record does not list
}

// Empty reports whether the folder is what its record says.
func (d *Diff) Empty() bool {
	return d == nil || len(d.Missing)+len(d.Changed)+len(d.Extra) == 0
}

// String says what differs, briefly: for a build's report.
func (d *Diff) String() string {
	var parts []string
	if n := len(d.Missing); n > 0 {
		// A missing folder is named once, not file by file.
		var names []string
		for _, dir := range d.MissingDirs {
			k := 0
			for _, f := range d.Missing {
				if strings.HasPrefix(f, dir) {
					k++
				}
			}
			names = append(names, fmt.Sprintf("%s (%d file%s)", dir, k, plural(k)))
		}
		for _, f := range d.Missing {
			if !slices.ContainsFunc(d.MissingDirs, func(dir string) bool { return strings.HasPrefix(f, dir) }) {
				names = append(names, f)
			}
		}
		parts = append(parts, fmt.Sprintf("%d missing file%s: %s", n, plural(n), brief(names)))
	}
	if n := len(d.Changed); n > 0 {
		parts = append(parts, fmt.Sprintf("%d changed file%s: %s", n, plural(n), brief(d.Changed)))
	}
	if n := len(d.Extra); n > 0 {
		parts = append(parts, fmt.Sprintf("%d extra: %s", n, brief(d.Extra)))
	}
	return strings.Join(parts, "; ")
}

// brief lists at most five names, and how many more there are.
func brief(names []string) string {
	const most = 5
	if len(names) <= most {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:most], ", ") + fmt.Sprintf(" and %d more", len(names)-most)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// entryStat is what Compare looks at of an entry.
type entryStat struct {
	dir, regular bool
	size         int64
	modTime      int64 // nanoseconds since 1970
}

// Compare tells how the output folder out differs from the record r: the
// files missing, the files whose size or modification time is not the one
// recorded, and the files and folders the record does not list. A folder
// that does not exist lacks every recorded file.
//
// It reads no folder whose modification time is the recorded one: adding
// or removing an entry changes its folder's time, so only the folders that
// changed are listed to find what was added. Everything else is one stat
// per file and folder, spread over GOMAXPROCS workers.
func Compare(out string, r *Record) (*Diff, error) {
	type entry struct {
		path   string
		dir    bool
		stat   FileStat
		gone   bool // missing, or not the kind of entry recorded
		differ bool // changed (a file) or changed entries (a folder)
	}
	entries := make([]entry, 0, len(r.Files)+len(r.Dirs))
	for p, t := range r.Dirs {
		entries = append(entries, entry{path: p, dir: true, stat: FileStat{ModTime: t}})
	}
	for p, f := range r.Files {
		entries = append(entries, entry{path: p, stat: f})
	}
	// In the order of their paths, a folder's entries are statted one after
	// the other: the kernel finds their folder in its caches.
	sort.Slice(entries, func(i, j int) bool { return entries[i].path < entries[j].path })
	root, err := openRoot(out)
	if err != nil {
		return nil, fmt.Errorf("output folder %s: %w", out, err)
	}
	defer root.close()
	var next atomic.Int64
	var wg sync.WaitGroup
	const chunk = 256
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Go(func() {
			for {
				start := int(next.Add(chunk)) - chunk
				if start >= len(entries) {
					return
				}
				for i := start; i < min(start+chunk, len(entries)); i++ {
					e := &entries[i]
					st, ok := root.lstat(e.path)
					switch {
					case !ok:
						e.gone = true
					case e.dir:
						e.gone = !st.dir
						e.differ = st.modTime != e.stat.ModTime
					default:
						e.differ = !st.regular || st.size != e.stat.Size || st.modTime != e.stat.ModTime
					}
				}
			}
		})
	}
	wg.Wait()

	d := &Diff{}
	goneDirs := map[string]bool{}
	var changedDirs []string
	for _, e := range entries {
		switch {
		case e.dir && e.gone:
			goneDirs[e.path] = true
		case e.dir && e.differ:
			changedDirs = append(changedDirs, e.path)
		case e.gone:
			d.Missing = append(d.Missing, e.path)
		case e.differ:
			d.Changed = append(d.Changed, e.path)
		}
	}
	delete(goneDirs, ".") // the whole folder is missing: its folders are named
	for dir := range goneDirs {
		if !goneDirs[path.Dir(dir)] {
			d.MissingDirs = append(d.MissingDirs, dir+"/")
		}
	}
	// What was added to a folder whose entries changed: the names its
	// record does not know.
	for _, dir := range changedDirs {
		list, err := os.ReadDir(filepath.Join(out, filepath.FromSlash(dir)))
		if err != nil {
			return nil, fmt.Errorf("output folder %s: %w", out, err)
		}
		for _, e := range list {
			p := e.Name()
			if dir != "." {
				p = dir + "/" + p
			}
			if r.owns(p) {
				continue // a file replaced by a folder is changed, not extra
			}
			if e.IsDir() {
				p += "/"
			}
			d.Extra = append(d.Extra, p)
		}
	}
	sort.Strings(d.Missing)
	sort.Strings(d.MissingDirs)
	sort.Strings(d.Changed)
	sort.Strings(d.Extra)
	return d, nil
}
