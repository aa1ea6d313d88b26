package build

import (
	"io/fs"
	"syscall"

	"github.com/vitrine-ssg/vitrine/build/write"
)

// sourceStat returns the status of the input file name (its sum left
// zero); ok is false when the file system does not give an inode number
// and a change time (a site that is not a folder on disk).
func sourceStat(site fs.FS, name string) (write.SourceStat, bool) {
	info, err := fs.Stat(site, name)
	if err != nil {
		return write.SourceStat{}, false
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return write.SourceStat{}, false
	}
	return write.SourceStat{
		Size:    info.Size(),
		ModTime: info.ModTime().UnixNano(),
		Change:  st.Ctim.Sec*1e9 + st.Ctim.Nsec,
		Ino:     st.Ino,
	}, true
}
