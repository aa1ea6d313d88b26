package status

import (
	"bufio"
	"bytes"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// GitHistory reads line history with git blame in a site folder. It is safe
// for concurrent use and caches each file.
type GitHistory struct {
	dir       string
	available bool
	why       string
	mu        sync.Mutex
	cache     map[string][]time.Time
}

// NewGitHistory returns the history of the site in dir: git's, when dir is in
// a git work tree and git is installed, or an empty history that says why not.
func NewGitHistory(dir string) *GitHistory {
	h := &GitHistory{dir: dir, cache: map[string][]time.Time{}}
	if _, err := exec.LookPath("git"); err != nil {
		h.why = "none: git is not installed, so outdated translations cannot be detected"
		return h
	}
	out, err := exec.Command("git", "-C", dir, "rev-parse", "--is-inside-work-tree").Output()
	if err != nil || strings.TrimSpace(string(out)) != "true" {
		h.why = "none: the site is not a git repository, so outdated translations cannot be detected"
		return h
	}
	h.available = true
	h.why = "git (uncommitted changes count as now)"
	return h
}

// Available implements History.
func (h *GitHistory) Available() bool { return h.available }

// Describe implements History.
func (h *GitHistory) Describe() string { return h.why }

// Lines implements History with git blame --line-porcelain.
func (h *GitHistory) Lines(file string) ([]time.Time, bool) {
	if !h.available {
		return nil, false
	}
	h.mu.Lock()
	if t, ok := h.cache[file]; ok {
		h.mu.Unlock()
		return t, t != nil
	}
	h.mu.Unlock()
	cmd := exec.Command("git", "-C", h.dir, "blame", "--line-porcelain", "--", filepath.FromSlash(file))
	out, err := cmd.Output()
	var times []time.Time
	if err == nil {
		times = parseBlame(out)
	}
	h.mu.Lock()
	h.cache[file] = times
	h.mu.Unlock()
	return times, times != nil
}

// parseBlame reads the committer time of each line of git blame
// --line-porcelain output. Lines not yet committed count as now.
func parseBlame(out []byte) []time.Time {
	var times []time.Time
	var cur time.Time
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	uncommitted := false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "committer-time "):
			sec, _ := strconv.ParseInt(strings.TrimPrefix(line, "committer-time "), 10, 64)
			cur = time.Unix(sec, 0)
		case strings.HasPrefix(line, "author Not Committed Yet"):
			uncommitted = true
		case strings.HasPrefix(line, "\t"):
			t := cur
			if uncommitted {
				t = time.Now()
			}
			times = append(times, t)
			uncommitted = false
		}
	}
	if times == nil {
		times = []time.Time{}
	}
	return times
}
