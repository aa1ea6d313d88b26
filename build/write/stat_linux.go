package write

import (
	"golang.org/x/sys/unix"
)

// root is an output folder opened for statting the entries under it: on
// Linux, relative to the folder's descriptor, so that the kernel does not
// walk the folder's own path again for each of tens of thousands of names.
type root struct{ fd int }

func openRoot(dir string) (*root, error) {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		if err == unix.ENOENT {
			return &root{fd: -1}, nil // every entry is missing
		}
		return nil, err
	}
	return &root{fd: fd}, nil
}

func (r *root) close() {
	if r.fd >= 0 {
		_ = unix.Close(r.fd)
	}
}

// lstat stats the entry at the slash-separated path rel ("." is the folder
// itself), without following a symbolic link; ok is false when it is not
// there.
func (r *root) lstat(rel string) (entryStat, bool) {
	if r.fd < 0 {
		return entryStat{}, false
	}
	var st unix.Stat_t
	var err error = unix.EINTR
	for err == unix.EINTR {
		err = unix.Fstatat(r.fd, rel, &st, unix.AT_SYMLINK_NOFOLLOW)
	}
	if err != nil {
		return entryStat{}, false
	}
	mode := st.Mode & unix.S_IFMT
	return entryStat{dir: mode == unix.S_IFDIR, regular: mode == unix.S_IFREG, size: st.Size, modTime: st.Mtim.Sec*1e9 + st.Mtim.Nsec}, true
}
