package serve

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watcher watches a site folder recursively.
type watcher struct {
	root string
	w    *fsnotify.Watcher
}

// skipDir reports folders never watched: output, version control, tools.
func skipDir(name string) bool {
	return name == "public" || name == "node_modules" || name == ".git" || strings.HasPrefix(name, ".public") || (strings.HasPrefix(name, ".") && name != ".")
}

func newWatcher(root string) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{root: root, w: fw}
	if err := w.addTree(root); err != nil {
		fw.Close()
		return nil, err
	}
	return w, nil
}

// addTree watches dir and every folder below it.
func (w *watcher) addTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil // a file, or a folder removed while walking
		}
		if p != w.root && skipDir(d.Name()) {
			return filepath.SkipDir
		}
		return w.w.Add(p)
	})
}

func (w *watcher) Close() error { return w.w.Close() }

// ignored reports editors' temporary files: vim's swap and backup files, its
// 4913 probe, emacs lock files, JetBrains' and others' temp files.
func ignored(name string) bool {
	base := filepath.Base(name)
	return base == "4913" || strings.HasPrefix(base, ".#") || strings.HasSuffix(base, "~") ||
		strings.HasSuffix(base, ".swp") || strings.HasSuffix(base, ".swx") || strings.HasSuffix(base, ".swo") ||
		strings.HasSuffix(base, ".tmp") || strings.HasSuffix(base, "___jb_tmp___") || strings.HasSuffix(base, "___jb_old___") ||
		strings.HasPrefix(base, ".") && !strings.HasPrefix(base, "..")
}

// settle is how long a file found empty at the end of a burst is held
// back: a program that writes a file in place (os.WriteFile, many
// generators) truncates it first, and the event of the truncation may end a
// burst on a busy machine before the bytes are written. Read then, the file
// would be an error for a moment (and the dev server answer 500); its own
// write event follows within this time. A file still empty after it is
// handed over: an emptied page is reported as the error it is.
const settle = 300 * time.Millisecond

// batches turns events into batches of changed files (relative, slash
// separated), one batch per burst: a burst ends after quiet time without
// events, or after a second at most. A file that is empty when the burst
// ends waits for its content up to settle.
func (w *watcher) batches(ctx context.Context, quiet time.Duration) <-chan []string {
	out := make(chan []string)
	go func() {
		pending := map[string]bool{}
		emptySince := map[string]time.Time{}
		var timer *time.Timer
		var deadline time.Time
		var fire <-chan time.Time
		// arm (re)starts the quiet time, within a second of the burst's
		// first event.
		arm := func() {
			if deadline.IsZero() {
				deadline = time.Now().Add(time.Second)
			}
			wait := min(quiet, max(time.Until(deadline), 0))
			if timer == nil {
				timer = time.NewTimer(wait)
			} else {
				timer.Reset(wait)
			}
			fire = timer.C
		}
		for {
			select {
			case <-ctx.Done():
				return
			case _, ok := <-w.w.Errors: // overflow: the next event still triggers a rebuild
				if !ok {
					return
				}
			case ev, ok := <-w.w.Events:
				if !ok {
					return
				}
				if ignored(ev.Name) {
					continue
				}
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					if ev.Has(fsnotify.Create) {
						if !skipDir(filepath.Base(ev.Name)) {
							_ = w.addTree(ev.Name)
							// Files created in the new folder before it was watched.
							_ = filepath.WalkDir(ev.Name, func(p string, d fs.DirEntry, err error) error {
								if err == nil && !d.IsDir() && !ignored(p) {
									pending[w.rel(p)] = true
								}
								return nil
							})
						}
						arm()
					}
					continue
				}
				rel := w.rel(ev.Name)
				if rel == "" || strings.HasPrefix(rel, "../") {
					continue
				}
				if top, _, _ := strings.Cut(rel, "/"); skipDir(top) && top != rel {
					continue
				}
				pending[rel] = true
				arm()
			case <-fire:
				files := make([]string, 0, len(pending))
				held := map[string]bool{}
				now := time.Now()
				for f := range pending {
					info, err := os.Stat(filepath.Join(w.root, filepath.FromSlash(f)))
					if err == nil && info.Mode().IsRegular() && info.Size() == 0 {
						since, ok := emptySince[f]
						if !ok {
							since, emptySince[f] = now, now
						}
						if now.Sub(since) < settle {
							held[f] = true // being written: wait for its content
							continue
						}
					}
					delete(emptySince, f)
					files = append(files, f)
				}
				sort.Strings(files)
				pending, deadline, fire = held, time.Time{}, nil
				if len(held) > 0 {
					arm()
				}
				if len(files) == 0 {
					continue
				}
				select {
				case out <- files:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}

func (w *watcher) rel(p string) string {
	r, err := filepath.Rel(w.root, p)
	if err != nil {
		return ""
	}
	return filepath.ToSlash(r)
}
