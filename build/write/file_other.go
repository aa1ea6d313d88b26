//go:build !linux

package write

import (
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
