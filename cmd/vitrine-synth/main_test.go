package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	v, h := filepath.Join(dir, "v"), filepath.Join(dir, "h")
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"both sites", []string{"-n", "3", "-vitrine", v, "-hugo", h}, 0},
		{"not empty", []string{"-n", "3", "-vitrine", v}, 2},
		{"nothing to do", []string{"-n", "3"}, 2},
		{"no programmes", []string{"-n", "0", "-vitrine", filepath.Join(dir, "x")}, 2},
		{"extra argument", []string{"-vitrine", filepath.Join(dir, "y"), "more"}, 2},
		{"bad flag", []string{"-size", "3"}, 2},
		{"help", []string{"-h"}, 0},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(tc.args, &stdout, &stderr); code != tc.code {
			t.Errorf("%s: exit code %d, want %d (stderr: %s)", tc.name, code, tc.code, stderr.String())
		}
	}
	for _, f := range []string{"v/site.yaml", "v/content/_index.fr.md", "h/hugo.yaml", "h/layouts/_default/baseof.html", "h/i18n/es.yaml"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
}
