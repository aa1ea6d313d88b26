package write

import (
	"io"
	"io/fs"
	"syscall"
)

// maxWrite bounds one write system call, as the os package does, so that a
// huge body is written in steps the kernel accepts whole.
const maxWrite = 1 << 30

// writeFile does what os.WriteFile does, with the same flags, permissions
// and *fs.PathError values, through bare system calls: an *os.File costs
// four fcntl calls and a failing epoll_ctl per file to find out that a
// regular file cannot use the network poller: a third of the system calls
// of a build, the scheduler's aside. The file is written from the calling goroutine, which blocks in
// the kernel as it would with os.WriteFile; short writes are continued and
// interrupted calls retried.
//
// It returns the file's size and modification time as written, for the
// record of the build.
func writeFile(name string, data []byte, perm fs.FileMode) (FileStat, error) {
	var fd int
	var err error = syscall.EINTR
	for err == syscall.EINTR {
		fd, err = syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_CLOEXEC, uint32(perm.Perm()))
	}
	if err != nil {
		return FileStat{}, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	var st syscall.Stat_t
	err = writeAll(fd, data)
	if err != nil {
		err = &fs.PathError{Op: "write", Path: name, Err: err}
	} else if serr := syscall.Fstat(fd, &st); serr != nil {
		err = &fs.PathError{Op: "fstat", Path: name, Err: serr}
	}
	// close is not retried on EINTR: Linux has released the descriptor by
	// then, and it may already belong to another file.
	if cerr := syscall.Close(fd); cerr != nil && err == nil {
		err = &fs.PathError{Op: "close", Path: name, Err: cerr}
	}
	return FileStat{Size: st.Size, ModTime: st.Mtim.Sec*1e9 + st.Mtim.Nsec}, err
}

// writeAll writes all of data to fd.
func writeAll(fd int, data []byte) error {
	for len(data) > 0 {
		n, err := syscall.Write(fd, data[:min(len(data), maxWrite)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		if n <= 0 {
			return io.ErrUnexpectedEOF
		}
		data = data[n:]
	}
	return nil
}

// sameFile reports whether the regular file name (not a symbolic link)
// holds exactly body, and returns its size and modification time, through
// bare system calls as writeFile; buf is scratch space for reading it.
func sameFile(name string, body, buf []byte) (FileStat, bool) {
	var fd int
	var err error = syscall.EINTR
	for err == syscall.EINTR {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NOFOLLOW, 0)
	}
	if err != nil {
		return FileStat{}, false
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG || st.Size != int64(len(body)) {
		return FileStat{}, false
	}
	rest := body
	for len(rest) > 0 {
		n, err := syscall.Read(fd, buf[:min(len(buf), len(rest))])
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n <= 0 || string(buf[:n]) != string(rest[:n]) {
			return FileStat{}, false
		}
		rest = rest[n:]
	}
	return FileStat{Size: st.Size, ModTime: st.Mtim.Sec*1e9 + st.Mtim.Nsec}, true
}
