package build

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vitrine-ssg/vitrine/build/write"
)

// inputFolders are the folders of a site that a build reads.
var inputFolders = []string{"admin/vendor", "content", "data", "i18n", "layouts", "static", "themes"}

// generator identifies the program doing the build: a checksum of its own
// executable, so that any change to vitrine (engine or embedded theme)
// changes every fingerprint. It is computed once per process.
var generator = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
})

// Fingerprint returns a checksum of everything a build's output depends on:
// the program, the options, the quarter of an hour (review dates, deadlines
// and events are checked against the day in the site's time zone, and every
// time zone's offset is a multiple of 15 minutes, so a new day always
// changes the fingerprint) and every input file, names and contents. Two builds
// with the same fingerprint write the same files. It returns "" when the
// program cannot identify itself; such builds are never skipped.
//
// The files are hashed on GOMAXPROCS workers, and the executable's checksum
// computed meanwhile; their sums are combined in the order of the sorted
// names, so the result does not depend on which worker finishes first.
//
// known is what is known of the input files already (it may be nil): what
// the last build recorded, or what a cold build noted as it read them
// (readSums). A file whose status is unchanged is not read again, its
// known sum is taken (see write.SourceStat). Fingerprint returns what the next
// build may take in turn: the status and sum of every file it could stat
// and that was not modified in the last two seconds (a file written again
// within the same tick of its file system's clock would keep its status).
func Fingerprint(opts Options, now time.Time, known map[string]write.SourceStat) (string, map[string]write.SourceStat, error) {
	genc := make(chan string, 1)
	go func() { genc <- generator() }()
	links, files, sums, sources, err := hashInputs(opts.Site, known)
	gen := <-genc
	if gen == "" {
		return "", nil, nil
	}
	if err != nil {
		return "", nil, err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%v\x00%v\x00%v\x00%v\x00%s\x00%s\x00", gen, opts.Version, opts.BaseURL, opts.Drafts, opts.NoMinify, opts.Strict, opts.PlainAssetNames, strings.Join(opts.Langs, ","), now.UTC().Truncate(15*time.Minute).Format(time.RFC3339))
	for _, l := range links {
		fmt.Fprintf(h, "link\x00%s\x00", l) // never followed: the build reports it
	}
	for i, f := range files {
		fmt.Fprintf(h, "%s\x00%x\x00", f, sums[i])
	}
	return hex.EncodeToString(h.Sum(nil)), sources, nil
}

// readSums is the site as a cold build reads it. Each file read whole
// (fs.ReadFile) has its SHA-256 noted with its status from before the
// read, so that the fingerprint the build leaves takes that sum instead
// of reading the file again: Fingerprint's known. A file modified in the
// last two seconds is not noted, as Fingerprint would not record it.
type readSums struct {
	fs.FS
	mu   sync.Mutex
	sums map[string]write.SourceStat
}

func (r *readSums) ReadFile(name string) ([]byte, error) {
	st, ok := sourceStat(r.FS, name)
	b, err := fs.ReadFile(r.FS, name)
	if err == nil && ok && max(st.ModTime, st.Change) < time.Now().Add(-2*time.Second).UnixNano() {
		st.Sum = sha256.Sum256(b)
		r.mu.Lock()
		r.sums[name] = st
		r.mu.Unlock()
	}
	return b, err
}

func (r *readSums) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(r.FS, name) }

func (r *readSums) Stat(name string) (fs.FileInfo, error) { return fs.Stat(r.FS, name) }

// hashInputs lists the input files of site, sorted, with the SHA-256 of
// each (sums[i] is the sum of files[i]), and the symbolic links found in
// the input folders, in walk order; sources is what Fingerprint returns
// of them. The first error in the order of the files is returned.
func hashInputs(site fs.FS, known map[string]write.SourceStat) (links, files []string, sums [][sha256.Size]byte, sources map[string]write.SourceStat, err error) {
	if _, err := fs.Stat(site, "site.yaml"); err == nil {
		files = append(files, "site.yaml")
	}
	for _, dir := range inputFolders {
		err := walkInput(site, dir, func(p string, d fs.DirEntry) error {
			if d.Type()&fs.ModeSymlink != 0 {
				links = append(links, p)
				return nil
			}
			if !d.IsDir() {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, nil, nil, nil, err
		}
	}
	sort.Strings(files)
	sums = make([][sha256.Size]byte, len(files))
	stats := make([]write.SourceStat, len(files))
	cacheable := make([]bool, len(files))
	recent := time.Now().Add(-2 * time.Second).UnixNano()
	errs := make([]error, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), max(1, len(files))); w++ {
		wg.Go(func() {
			h := sha256.New()
			buf := make([]byte, 64<<10)
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				st, ok := sourceStat(site, files[i])
				if k, seen := known[files[i]]; ok && seen && k.Size == st.Size && k.ModTime == st.ModTime && k.Change == st.Change && k.Ino == st.Ino {
					sums[i], stats[i], cacheable[i] = k.Sum, k, true
					continue
				}
				h.Reset()
				errs[i] = hashFile(h, site, files[i], buf)
				h.Sum(sums[i][:0])
				if ok && max(st.ModTime, st.Change) < recent {
					st.Sum = sums[i]
					stats[i], cacheable[i] = st, true
				}
			}
		})
	}
	wg.Wait()
	if err := cmp.Or(errs...); err != nil {
		return nil, nil, nil, nil, err
	}
	sources = make(map[string]write.SourceStat, len(files))
	for i, f := range files {
		if cacheable[i] {
			sources[f] = stats[i]
		}
	}
	return links, files, sums, sources, nil
}

// hashFile writes the contents of the file name to h, through buf: a
// stream, where fs.ReadFile would allocate the whole file (90 MB for a
// site of 5,000 programmes).
func hashFile(h hash.Hash, site fs.FS, name string, buf []byte) error {
	f, err := site.Open(name)
	if err != nil {
		return err
	}
	// Read only: an *os.File's WriteTo would copy through a buffer of its own.
	_, err = io.CopyBuffer(h, struct{ io.Reader }{f}, buf)
	return cmp.Or(err, f.Close())
}
