package status_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/status"
)

func write(t *testing.T, dir, name, body string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// commit commits everything with the given date.
func commit(t *testing.T, dir string, when time.Time) {
	t.Helper()
	date := when.Format(time.RFC3339)
	for _, args := range [][]string{{"add", "-A"}, {"commit", "-q", "-m", "edit"}} {
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date,
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
}

func matrix(t *testing.T, dir string) *status.Matrix {
	t.Helper()
	m, err := build.Memory(context.Background(), build.Options{Site: os.DirFS(dir), Version: "test"})
	if err != nil || m.Loaded == nil {
		t.Fatalf("memory build: %v %s", err, m.Diags.String())
	}
	return status.Compute(m.Loaded.Site, m.Loaded.Strings, status.NewGitHistory(dir))
}

func TestOutdatedTranslationsFromGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	if out, err := exec.Command("git", "init", "-q", dir).CombinedOutput(); err != nil {
		t.Fatalf("git init: %v %s", err, out)
	}
	write(t, dir, "site.yaml", "title: T\nlanguages:\n  - {code: en, label: English}\n  - {code: fr, label: Français}\ndefaultLanguage: en\n")
	write(t, dir, "content/about.en.md", "---\ntitle: About\n---\nFirst.\n")
	write(t, dir, "content/about.fr.md", "---\ntitle: À propos\n---\nPremier.\n")
	write(t, dir, "data/institutions/x.yaml", "name: X\ncountry: BE\ncity: {en: Liege, fr: Liège}\nurl: https://x.example/\nsummary:\n  en: Old summary.\n  fr: Ancien résumé.\n")
	commit(t, dir, time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC))

	m := matrix(t, dir)
	fr := m.Languages[1]
	if len(fr.Outdated) != 0 {
		t.Fatalf("outdated right after translating: %v", fr.Outdated)
	}

	// The source changes after its translation: both are now outdated.
	write(t, dir, "content/about.en.md", "---\ntitle: About\n---\nSecond.\n")
	write(t, dir, "data/institutions/x.yaml", "name: X\ncountry: BE\ncity: {en: Liege, fr: Liège}\nurl: https://x.example/\nsummary:\n  en: New summary.\n  fr: Ancien résumé.\n")
	commit(t, dir, time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))

	m = matrix(t, dir)
	fr = m.Languages[1]
	got := strings.Join(fr.Outdated, "\n")
	for _, want := range []string{
		"content/about.fr.md is older than content/about.en.md",
		"data/institutions/x.yaml:7:7: summary.fr is older than summary.en",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("outdated lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "city") {
		t.Errorf("an unchanged field is reported outdated:\n%s", got)
	}
	if !strings.HasPrefix(m.History, "git") {
		t.Errorf("history: %q", m.History)
	}
}

func TestNoHistoryIsSaid(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "site.yaml", "title: T\nlanguages:\n  - {code: en, label: English}\n")
	m := matrix(t, dir)
	if !strings.Contains(m.History, "not a git repository") && !strings.Contains(m.History, "git is not installed") {
		t.Errorf("history: %q", m.History)
	}
	if !strings.Contains(m.Text(), "history: none") {
		t.Errorf("the text report does not say there is no history:\n%s", m.Text())
	}
}
