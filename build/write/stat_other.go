//go:build !linux

package write

import (
	"os"
	"path/filepath"
)

// root is an output folder opened for statting the entries under it.
type root struct{ dir string }

func openRoot(dir string) (*root, error) { return &root{dir: dir}, nil }

func (r *root) close() {}

// lstat stats the entry at the slash-separated path rel ("." is the folder
// itself), without following a symbolic link; ok is false when it is not
// there.
func (r *root) lstat(rel string) (entryStat, bool) {
	info, err := os.Lstat(filepath.Join(r.dir, filepath.FromSlash(rel)))
	if err != nil {
		return entryStat{}, false
	}
	return entryStat{dir: info.IsDir(), regular: info.Mode().IsRegular(), size: info.Size(), modTime: info.ModTime().UnixNano()}, true
}
