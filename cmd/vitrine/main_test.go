package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"golang.org/x/tools/txtar"
)

func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// unpack writes a txtar test site of build/testdata into a temporary folder.
func unpack(t *testing.T, name string) string {
	t.Helper()
	a, err := txtar.ParseFile(filepath.Join("..", "..", "build", "testdata", "sites", name+".txtar"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range a.Files {
		if f.Name == "expect.txt" {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no command", nil, 2},
		{"unknown command", []string{"bild"}, 2},
		{"version", []string{"version"}, 0},
		{"help", []string{"help"}, 0},
		{"unknown flag", []string{"build", "--minify"}, 2},
		{"missing folder", []string{"build", "-s", "/does/not/exist"}, 2},
		{"stray argument", []string{"build", "extra"}, 2},
		{"bad format", []string{"check", "--format", "xml"}, 2},
		{"bad min", []string{"i18n", "--min", "120"}, 2},
		{"new without a kind", []string{"new"}, 2},
		{"new with a wrong kind", []string{"new", "course", "x"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, stderr := cli(t, tt.args...); code != tt.code {
				t.Errorf("exit code %d, want %d (%s)", code, tt.code, stderr)
			}
		})
	}
}

func TestBuildFailureKeepsOutput(t *testing.T) {
	dir := unpack(t, "errors")
	out := filepath.Join(t.TempDir(), "public")
	_ = os.MkdirAll(out, 0o755)
	_ = os.WriteFile(filepath.Join(out, ".vitrine-output"), []byte("x"), 0o644)
	_ = os.WriteFile(filepath.Join(out, "index.html"), []byte("previous"), 0o644)
	code, _, stderr := cli(t, "build", "-s", dir, "-o", out)
	if code != 1 {
		t.Fatalf("exit code %d, want 1", code)
	}
	for _, want := range []string{"content/_index.en.md:4:5: error: link \"missing.md\"", "content/about.en.md:3:1: error: invalid YAML"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(out, "index.html")); string(b) != "previous" {
		t.Error("the failed build changed the previous output")
	}
}

func TestBuildShowcaseAndReport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the showcase (left to the full run)")
	}
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := cli(t, "build", "-s", filepath.Join("..", ".."), "-o", out, "--strict")
	if code != 0 {
		t.Fatalf("exit code %d:\n%s", code, stderr)
	}
	for _, want := range []string{"language", "fr", "total", "files"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the report lacks %q:\n%s", want, stdout)
		}
	}
	for _, f := range []string{"index.html", "fr/index.html", "nl/index.html", "en/index.html", "de/index.html", "es/index.html", "sitemap.xml", "robots.txt", "404.html"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
}

// TestBuildSaysWhatItRepaired: the acceptance case of issue 13, from the
// command line: public/fr/ deleted and a page defaced, the next build
// restores both and names them.
func TestBuildSaysWhatItRepaired(t *testing.T) {
	dir := unpack(t, "multilingual")
	out := filepath.Join(t.TempDir(), "public")
	if code, _, stderr := cli(t, "build", "-s", dir, "-o", out); code != 0 {
		t.Fatalf("exit code %d:\n%s", code, stderr)
	}
	page, _ := os.ReadFile(filepath.Join(out, "en", "index.html"))
	_ = os.RemoveAll(filepath.Join(out, "fr"))
	_ = os.WriteFile(filepath.Join(out, "en", "index.html"), []byte("defaced"), 0o644)
	code, stdout, stderr := cli(t, "build", "-s", dir, "-o", out)
	if code != 0 {
		t.Fatalf("exit code %d:\n%s", code, stderr)
	}
	for _, want := range []string{"repaired " + out, "fr/ (", "1 changed file: en/index.html"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the report lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "up to date") {
		t.Errorf("a changed folder reported up to date:\n%s", stdout)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "en", "index.html")); string(b) != string(page) {
		t.Error("the defaced page was not restored")
	}
	if _, err := os.Stat(filepath.Join(out, "fr", "index.html")); err != nil {
		t.Error("public/fr/ was not restored")
	}
}

func TestRefusesForeignOutputFolder(t *testing.T) {
	dir := unpack(t, "multilingual")
	out := t.TempDir()
	_ = os.WriteFile(filepath.Join(out, "thesis.docx"), []byte("precious"), 0o644)
	code, _, stderr := cli(t, "build", "-s", dir, "-o", out)
	if code != 1 || !strings.Contains(stderr, "was not written by vitrine") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "thesis.docx")); string(b) != "precious" {
		t.Fatal("a user's file was lost")
	}
}

func TestNewSiteEntryPage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a whole new site (about 10 s): runs without -short, as in CI")
	}
	dir := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := cli(t, "new", "site", dir); code != 0 {
		t.Fatalf("new site: %s", stderr)
	}
	if code, _, stderr := cli(t, "new", "programme", "ma-test", "-s", dir); code != 0 {
		t.Fatalf("new programme: %s", stderr)
	}
	if code, _, _ := cli(t, "new", "programme", "ma-test", "-s", dir); code != 1 {
		t.Error("new programme over an existing file did not fail")
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1796212800") // 2026-12-02 12:00 UTC
	if code, _, stderr := cli(t, "new", "page", "news/open-day", "-s", dir); code != 0 {
		t.Fatalf("new page: %s", stderr)
	}
	news, err := os.ReadFile(filepath.Join(dir, "content", "news", "open-day.fr.md"))
	if err != nil || !strings.Contains(string(news), "\ndate: 2026-12-02 ") {
		t.Errorf("a news page has today's date:\n%s", news)
	}
	b, err := os.ReadFile(filepath.Join(dir, "data", "programmes", "ma-test.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"title:", "  fr: \"\"", "  es: \"\"", "level:", "draft: true"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the new entry lacks %q", want)
		}
	}
	if code, _, stderr := cli(t, "build", "-s", dir, "--strict"); code != 0 {
		t.Fatalf("a new site with new drafts does not build: %s", stderr)
	}
	if code, _, stderr := cli(t, "build", "-s", dir, "--drafts", "-o", filepath.Join(t.TempDir(), "p")); code != 1 || !strings.Contains(stderr, "data/programmes/ma-test.yaml") {
		t.Errorf("an unfilled draft built with --drafts should report its empty fields: %d %s", code, stderr)
	}
}

func TestI18nTextAndJSON(t *testing.T) {
	dir := unpack(t, "multilingual")
	code, stdout, stderr := cli(t, "i18n", "-s", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"content/mobility.de.md", "content/mobility.es.md", "data/programmes/ma-law.yaml: summary", "history: none"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text output lacks %q:\n%s", want, stdout)
		}
	}
	code, stdout, _ = cli(t, "i18n", "-s", dir, "--format", "json")
	if code != 0 {
		t.Fatal(code)
	}
	var m struct {
		Languages []struct {
			Lang           string   `json:"lang"`
			PagesMissing   []string `json:"pagesMissing"`
			FieldsFallback int      `json:"fieldsFallingBack"`
			Percent        float64  `json:"percent"`
		} `json:"languages"`
	}
	if err := json.Unmarshal([]byte(stdout), &m); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, l := range m.Languages {
		got[l.Lang] = len(l.PagesMissing)
		if (l.Lang == "de" || l.Lang == "es") && (l.FieldsFallback == 0 || l.Percent >= 100) {
			t.Errorf("%s: a missing summary is not counted: %+v", l.Lang, l)
		}
	}
	if got["fr"] != 0 || got["de"] != 1 || got["es"] != 1 {
		t.Errorf("missing pages per language: %v", got)
	}
	if code, _, _ := cli(t, "i18n", "-s", dir, "--min", "99"); code != 1 {
		t.Errorf("--min 99 with incomplete languages: exit %d, want 1", code)
	}
	if code, _, _ := cli(t, "i18n", "-s", dir, "--min", "10"); code != 0 {
		t.Errorf("--min 10: exit %d, want 0", code)
	}
}

func TestCheckFindsBrokenAnchor(t *testing.T) {
	dir := unpack(t, "multilingual")
	p := filepath.Join(dir, "content", "_index.fr.md")
	b, _ := os.ReadFile(p)
	_ = os.WriteFile(p, []byte(strings.Replace(string(b), "(mobility.md)", "(mobility.md#nowhere)", 1)), 0o644)
	code, stdout, stderr := cli(t, "check", "-s", dir, "--privacy-report")
	if code != 1 || !strings.Contains(stderr, `content/_index.fr.md:4:44: error: /fr/index.html: link to /site/fr/mobilite/#nowhere: no element with id "nowhere" there`) {
		t.Fatalf("exit %d\n%s\n%s", code, stderr, stdout)
	}
	if !strings.Contains(stdout, "publishes no personal data") {
		t.Errorf("no privacy report:\n%s", stdout)
	}
	code, stdout, _ = cli(t, "check", "-s", dir, "--format", "json")
	if code != 1 || !strings.Contains(stdout, `"ok": false`) {
		t.Errorf("json: %d %s", code, stdout)
	}
}

// TestNewBlankSite follows the acceptance of issue 14: vitrine new site
// --blank y --lang fr,en && vitrine build -s y.
func TestNewBlankSite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "y")
	code, stdout, stderr := cli(t, "new", "site", "--blank", dir, "--lang", "fr,en")
	if code != 0 {
		t.Fatalf("new site --blank: %s", stderr)
	}
	if !strings.Contains(stdout, "wrote ") {
		t.Errorf("stdout: %s", stdout)
	}
	if code, _, stderr := cli(t, "build", "-s", dir, "--strict"); code != 0 {
		t.Fatalf("a blank site does not build: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "_index.nl.md")); err == nil {
		t.Error("--lang fr,en wrote a Dutch page")
	}
	// With --drafts, the examples are published, each with a draft banner.
	out := filepath.Join(t.TempDir(), "p")
	if code, _, stderr := cli(t, "build", "-s", dir, "--drafts", "--strict", "--no-minify", "-o", out); code != 0 {
		t.Fatalf("a blank site with its drafts does not build: %s", stderr)
	}
	draft, err := os.ReadFile(filepath.Join(out, "en", "programmes", "ba-history", "index.html"))
	if err != nil || !strings.Contains(string(draft), `<p class="draft-banner" role="note"><strong>Draft</strong>`) {
		t.Errorf("a draft has no banner: %v", err)
	}
	home, err := os.ReadFile(filepath.Join(out, "fr", "index.html"))
	if err != nil || strings.Contains(string(home), "draft-banner") {
		t.Errorf("a published page has a draft banner: %v", err)
	}
	if code, _, _ := cli(t, "new", "site", "--lang", "fr", filepath.Join(t.TempDir(), "z")); code != 2 {
		t.Errorf("--lang without --blank: exit %d, want 2", code)
	}
}

func TestSourceDate(t *testing.T) {
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "SOURCE_DATE_EPOCH" {
				return v
			}
			return ""
		}
	}
	if got, err := sourceDate(env("")); err != nil || !got.IsZero() {
		t.Errorf("unset: %v, %v", got, err)
	}
	if got, err := sourceDate(env("1795000000")); err != nil || !got.Equal(time.Unix(1795000000, 0)) {
		t.Errorf("1795000000: %v, %v", got, err)
	}
	for _, bad := range []string{"yesterday", "-1", "1.5e9"} {
		if _, err := sourceDate(env(bad)); err == nil || !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "SOURCE_DATE_EPOCH") {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

// TestStrictRefusesMissingTranslations: a page or a catalogue text missing
// in a language is a warning that build and check print with the files,
// and that --strict refuses in both.
func TestStrictRefusesMissingTranslations(t *testing.T) {
	dir := unpack(t, "multilingual")
	code, _, stderr := cli(t, "build", "-s", dir, "-o", filepath.Join(t.TempDir(), "p"))
	if code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"content: warning: pages missing in de (their de links and switcher entries lead elsewhere meanwhile): write these files, or see vitrine i18n: content/mobility.de.md",
		"data: warning: catalogue texts missing in es, shown in another language meanwhile: add the es: key to these fields: data/institutions/uliege.yaml (name), data/programmes/ma-law.yaml (summary)",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("build does not say %q:\n%s", want, stderr)
		}
	}
	for _, args := range [][]string{
		{"build", "-s", dir, "--strict", "-o", filepath.Join(t.TempDir(), "p")},
		{"check", "-s", dir, "--strict"},
	} {
		if code, _, stderr := cli(t, args...); code != 1 || !strings.Contains(stderr, "pages missing in de") {
			t.Errorf("%v: exit %d, want 1 with the missing pages:\n%s", args, code, stderr)
		}
	}
}

func TestFormatGitHub(t *testing.T) {
	var b bytes.Buffer
	printGitHub(&b, []diag.Diagnostic{
		{Pos: diag.Pos{File: "data/programmes/x.yaml", Line: 3, Col: 17}, Severity: diag.Error, Msg: "invalid YAML: put the text in double quotes: fr: \"Attention : 50 %\""},
		{Pos: diag.Pos{File: "content/a.en.md", Line: 2}, Severity: diag.Warning, Msg: "two\nlines"},
		{Pos: diag.Pos{File: "content"}, Severity: diag.Warning, Msg: "pages missing in nl: content/a.nl.md, content/b.nl.md"},
	}, "site", false)
	want := "::error file=site/data/programmes/x.yaml,line=3,col=17::invalid YAML: put the text in double quotes: fr: \"Attention : 50 %25\"\n" +
		"::warning file=site/content/a.en.md,line=2::two%0Alines\n" +
		"::warning::pages missing in nl: content/a.nl.md, content/b.nl.md\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	printGitHub(&b, []diag.Diagnostic{{Pos: diag.Pos{File: "site.yaml", Line: 1, Col: 1}, Severity: diag.Warning, Msg: "w"}}, ".", true)
	if got := b.String(); got != "::error file=site.yaml,line=1,col=1::w\n" {
		t.Errorf("strict: a warning is an error: %q", got)
	}
	dir := unpack(t, "errors")
	code, stdout, _ := cli(t, "check", "-s", dir, "--format", "github")
	if code != 1 || !strings.Contains(stdout, "::error file=") {
		t.Errorf("check --format github: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = cli(t, "build", "-s", dir, "--format", "github", "-o", filepath.Join(t.TempDir(), "p"))
	if code != 1 || !strings.Contains(stdout, "::error file=") {
		t.Errorf("build --format github: exit %d\n%s", code, stdout)
	}
}

func TestVersionLine(t *testing.T) {
	for _, tt := range []struct {
		info *debug.BuildInfo
		want string
	}{
		{&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.3.1"}}, "vitrine v0.3.1, built with go1.26.0"},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "4fdf4ab0c1"}, {Key: "vcs.time", Value: "2026-12-03T03:30:00Z"}, {Key: "vcs.modified", Value: "true"},
		}}, "vitrine (devel), commit 4fdf4ab0c1 of 2026-12-03T03:30:00Z, with uncommitted changes, built with go1.26.0"},
		{nil, "vitrine (unknown version: built without module information)"},
	} {
		if got := versionLine(tt.info); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
	if code, stdout, _ := cli(t, "version"); code != 0 || !strings.HasPrefix(stdout, "vitrine ") || !strings.Contains(stdout, "built with go") {
		t.Errorf("vitrine version: %d %q", code, stdout)
	}
}

// TestHelpEverywhere: -h works on every command, exits 0 and says how to
// use it.
func TestHelpEverywhere(t *testing.T) {
	for _, cmd := range []string{"build", "serve", "check", "i18n", "new", "version", "help"} {
		code, stdout, stderr := cli(t, cmd, "-h")
		if code != 0 || !strings.Contains(strings.ToLower(stdout+stderr), "usage") {
			t.Errorf("vitrine %s -h: exit %d\n%s%s", cmd, code, stdout, stderr)
		}
	}
}
