//go:build !linux

package write

import (
	"io/fs"
	"os"
)

// writeFile writes data to the file name, as os.WriteFile does. On Linux
// it avoids the os package's file setup (see file_linux.go).
func writeFile(name string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(name, data, perm)
}
