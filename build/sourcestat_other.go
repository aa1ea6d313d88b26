//go:build !linux

package build

import (
	"io/fs"

	"github.com/vitrine-ssg/vitrine/build/write"
)

// sourceStat returns false: outside Linux every input file is hashed on
// every build.
func sourceStat(fs.FS, string) (write.SourceStat, bool) { return write.SourceStat{}, false }
