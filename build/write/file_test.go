package write

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteFile checks that writeFile leaves what os.WriteFile leaves:
// contents, permissions, and errors naming the operation and the file.
func TestWriteFile(t *testing.T) {
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MB
	tests := []struct {
		name  string
		old   []byte // nil: no file before
		data  []byte
		errOp string
	}{
		{name: "new file", data: []byte("<p>hello</p>\n")},
		{name: "empty file", data: []byte{}},
		{name: "large file", data: big},
		{name: "longer file truncated", old: big, data: []byte("short")},
		{name: "missing folder", data: []byte("x"), errOp: "open"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			got, want := filepath.Join(dir, "got"), filepath.Join(dir, "want")
			if tc.errOp != "" {
				got = filepath.Join(dir, "missing", "got")
			}
			if tc.old != nil {
				for _, p := range []string{got, want} {
					if err := os.WriteFile(p, tc.old, 0o600); err != nil {
						t.Fatal(err)
					}
				}
			}
			st, err := writeFile(got, tc.data, 0o644)
			if tc.errOp != "" {
				var pe *fs.PathError
				if !errors.As(err, &pe) || pe.Op != tc.errOp || pe.Path != got {
					t.Fatalf("writeFile error = %v, want a %s error for %s", err, tc.errOp, got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(want, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			body, err := os.ReadFile(got)
			if err != nil {
				t.Fatal(err)
			}
			if info, err := os.Lstat(got); err != nil || st.Size != info.Size() || st.ModTime != info.ModTime().UnixNano() {
				t.Errorf("writeFile says size %d, time %d; the file has %v", st.Size, st.ModTime, info)
			}
			if !bytes.Equal(body, tc.data) {
				t.Errorf("contents: got %d bytes, want %d", len(body), len(tc.data))
			}
			gi, err := os.Stat(got)
			if err != nil {
				t.Fatal(err)
			}
			wi, err := os.Stat(want)
			if err != nil {
				t.Fatal(err)
			}
			if gi.Mode() != wi.Mode() {
				t.Errorf("mode: got %v, want %v (as os.WriteFile)", gi.Mode(), wi.Mode())
			}
		})
	}
}

// TestParseRecordSections reads records whose kinds of lines come in every
// combination the writer can give: folders alone, with files, with sources,
// with both.
func TestParseRecordSections(t *testing.T) {
	sum := strings.Repeat("ab", 32)
	for _, body := range []string{
		"d 5 .\n",
		"d 5 .\nd 6 fr\nf 3 7 fr/index.html\n",
		"d 5 .\ns 9 1 2 3 " + sum + " site.yaml\n",
		"d 5 .\nf 3 7 index.html\ns 9 1 2 3 " + sum + " site.yaml\ns 1 1 1 1 " + sum + " \"s \\nf x\"\n",
	} {
		r, err := parseRecord([]byte(recordHeader + "\n{}\n" + body))
		if err != nil {
			t.Errorf("%q: %v", body, err)
			continue
		}
		if got, want := len(r.Dirs)+len(r.Files)+len(r.Sources), strings.Count(body, "\n"); got != want {
			t.Errorf("%q: %d entries read, want %d", body, got, want)
		}
	}
	if _, err := parseRecord([]byte(recordHeader + "\n{}\nd 5 .\nf 3 x index.html\n")); err == nil {
		t.Error("a record with a bad size was read")
	}
}

// TestSameFile checks that sameFile finds a file the same only when it
// holds the same bytes, is a regular file and not a link to one, and that
// it gives the file's size and modification time as Lstat does.
func TestSameFile(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MB: many reads
	changed := bytes.Clone(big)
	changed[len(changed)-1] = 'x'
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	small := write("small.html", []byte("<p>hello</p>"))
	large := write("large.json", big)
	if err := os.Symlink(small, filepath.Join(dir, "link.html")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	tests := []struct {
		name string
		path string
		body []byte
		want bool
	}{
		{"same small file", small, []byte("<p>hello</p>"), true},
		{"same large file", large, big, true},
		{"one byte differs at the end", large, changed, false},
		{"same size, other bytes", small, []byte("<p>world</p>"), false},
		{"shorter body", small, []byte("<p>hello"), false},
		{"longer body", small, []byte("<p>hello</p>\n"), false},
		{"empty body, file not empty", small, nil, false},
		{"a symbolic link to the same bytes", filepath.Join(dir, "link.html"), []byte("<p>hello</p>"), false},
		{"a folder", dir, nil, false},
		{"no file", filepath.Join(dir, "missing.html"), []byte("x"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, same := sameFile(tc.path, tc.body, buf)
			if same != tc.want {
				t.Fatalf("sameFile = %v, want %v", same, tc.want)
			}
			if !same {
				return
			}
			info, err := os.Lstat(tc.path)
			if err != nil {
				t.Fatal(err)
			}
			if st.Size != info.Size() || st.ModTime != info.ModTime().UnixNano() {
				t.Errorf("sameFile says size %d, time %d; Lstat says %d, %d", st.Size, st.ModTime, info.Size(), info.ModTime().UnixNano())
			}
		})
	}
}
