//go:build !linux

package write

import (
	"bytes"
	"io/fs"
	"os"
)

// writeFile writes data to the file name, as os.WriteFile does, and
// returns its size and modification time. On Linux it avoids the os
// package's file setup (see file_linux.go).
func writeFile(name string, data []byte, perm fs.FileMode) (FileStat, error) {
	if err := os.WriteFile(name, data, perm); err != nil {
		return FileStat{}, err
	}
	info, err := os.Lstat(name)
	if err != nil {
		return FileStat{}, err
	}
	return FileStat{Size: info.Size(), ModTime: info.ModTime().UnixNano()}, nil
}

// sameFile reports whether the regular file name (not a symbolic link)
// holds exactly body, and returns its size and modification time.
func sameFile(name string, body, _ []byte) (FileStat, bool) {
	info, err := os.Lstat(name)
	if err != nil || !info.Mode().IsRegular() || info.Size() != int64(len(body)) {
		return FileStat{}, false
	}
	b, err := os.ReadFile(name)
	if err != nil || !bytes.Equal(b, body) {
		return FileStat{}, false
	}
	return FileStat{Size: info.Size(), ModTime: info.ModTime().UnixNano()}, true
}
