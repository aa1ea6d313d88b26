package build

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

// inputFolders are the folders of a site that a build reads.
var inputFolders = []string{"content", "data", "i18n", "layouts", "static", "themes"}

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
// the program, the options, the day (review dates and stale entries are
// checked against it) and every input file, names and contents. Two builds
// with the same fingerprint write the same files. It returns "" when the
// program cannot identify itself; such builds are never skipped.
func Fingerprint(opts Options, now time.Time) (string, error) {
	gen := generator()
	if gen == "" {
		return "", nil
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%v\x00%v\x00%v\x00%s\x00%s\x00", gen, opts.Version, opts.BaseURL, opts.Drafts, opts.NoMinify, opts.Strict, strings.Join(opts.Langs, ","), now.Format("2006-01-02"))
	var files []string
	if _, err := fs.Stat(opts.Site, "site.yaml"); err == nil {
		files = append(files, "site.yaml")
	}
	for _, dir := range inputFolders {
		err := fs.WalkDir(opts.Site, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == dir {
					return fs.SkipDir
				}
				return err
			}
			if d.Type()&fs.ModeSymlink != 0 {
				fmt.Fprintf(h, "link\x00%s\x00", p) // never followed: the build reports it
				return nil
			}
			if !d.IsDir() {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return "", err
		}
	}
	sort.Strings(files)
	for _, f := range files {
		data, err := fs.ReadFile(opts.Site, f)
		if err != nil {
			return "", err
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(h, "%s\x00%x\x00", f, sum)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
