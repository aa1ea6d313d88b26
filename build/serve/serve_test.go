package serve

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build/diag"
)

// site writes a small two-language site into a temporary folder.
func site(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"site.yaml": `title: {en: Test, fr: Essai}
languages:
  - {code: en, label: English, locale: en-GB}
  - {code: fr, label: Français, locale: fr-BE}
`,
		"content/_index.en.md":     "---\ntitle: Home\n---\nWelcome, see [about](about.md).\n",
		"content/_index.fr.md":     "---\ntitle: Accueil\n---\nBienvenue.\n",
		"content/about.en.md":      "---\ntitle: About\n---\nFirst version.\n",
		"content/about.fr.md":      "---\ntitle: À propos\nslug: a-propos\n---\nPremière version.\n",
		"data/institutions/x.yaml": "name: X University\ncountry: BE\ncity: Liège\nurl: https://x.example/\n",
		"data/programmes/ma.yaml": `title: {en: Master of Tests, fr: Master en essais}
summary: {en: Original summary., fr: Résumé.}
level: master
ects: 120
duration: P2Y
languages: [en]
fields: ["0613"]
institutions: [x]
`,
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// start runs a server on a random loopback port and returns its URL.
func start(t testing.TB, dir string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Dir: dir, Addr: "127.0.0.1:0", Debounce: 20 * time.Millisecond, Log: testLog{t}, Ready: func(u string) { ready <- u }})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("server: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("the server did not stop after its context was cancelled")
		}
	})
	select {
	case u := <-ready:
		return u
	case err := <-done:
		t.Fatalf("server did not start: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("server did not start")
	}
	return ""
}

func get(t testing.TB, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// sse collects the server's events.
type sse struct {
	mu     sync.Mutex
	events []string
	cond   chan struct{}
}

func listen(t testing.TB, url string) *sse {
	t.Helper()
	req, _ := http.NewRequest("GET", url+"__vitrine/events", nil)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	resp, err := http.DefaultClient.Do(req.WithContext(ctx))
	if err != nil {
		t.Fatal(err)
	}
	s := &sse{cond: make(chan struct{}, 100)}
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		var cur string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				cur = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				cur += " " + strings.TrimPrefix(line, "data: ")
			case line == "" && cur != "":
				s.mu.Lock()
				s.events = append(s.events, cur)
				s.mu.Unlock()
				cur = ""
				s.cond <- struct{}{}
			}
		}
	}()
	return s
}

// waitFor consumes events until one contains want.
func (s *sse) waitFor(t testing.TB, want string) string {
	t.Helper()
	for {
		if e := s.wait(t); strings.Contains(e, want) {
			return e
		}
	}
}

// wait returns the next event, or fails after a minute: a guard against a
// server that never answers, far above any rebuild, even on a busy machine.
func (s *sse) wait(t testing.TB) string {
	t.Helper()
	select {
	case <-s.cond:
	case <-time.After(time.Minute):
		t.Fatal("no event from the server")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.events[0]
	s.events = s.events[1:]
	return e
}

func write(t testing.TB, dir, name, body string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	// Save the way many editors do: write a temporary file, then rename it.
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
}

func TestServeEditAddRenameDelete(t *testing.T) {
	dir := site(t)
	url := start(t, dir)
	events := listen(t, url)

	code, body := get(t, url+"en/about/")
	if code != 200 || !strings.Contains(body, "First version.") {
		t.Fatalf("GET /en/about/: %d %q", code, body)
	}
	if !strings.Contains(body, `/__vitrine/live.js`) {
		t.Error("the live-reload script is not injected")
	}

	// Edit a page: one reload event naming it, and the new text served.
	write(t, dir, "content/about.en.md", "---\ntitle: About\n---\nSecond version.\n")
	if e := events.waitFor(t, "en/about/index.html"); !strings.HasPrefix(e, "reload") {
		t.Fatalf("event after an edit: %q", e)
	}
	if _, body := get(t, url+"en/about/"); !strings.Contains(body, "Second version.") {
		t.Error("the edit is not served")
	}

	// Edit a catalogue entry: its pages in every language change.
	write(t, dir, "data/programmes/ma.yaml", strings.Replace(readFile(t, dir, "data/programmes/ma.yaml"), "Original summary.", "Edited summary.", 1))
	events.waitFor(t, "en/programmes/ma/index.html")
	if _, body := get(t, url+"en/programmes/ma/"); !strings.Contains(body, "Edited summary.") {
		t.Error("the entry edit is not served")
	}
	if _, body := get(t, url+"en/programmes/"); !strings.Contains(body, "Edited summary.") {
		t.Error("the list does not show the edited entry")
	}

	// Add a page in a new folder, created after the server started.
	write(t, dir, "content/news/open-day.en.md", "---\ntitle: Open day\ndate: 2026-10-01\n---\nCome.\n")
	events.waitFor(t, "en/news/open-day/index.html")
	if code, body := get(t, url+"en/news/open-day/"); code != 200 || !strings.Contains(body, "Come.") {
		t.Fatalf("the new page is not served: %d", code)
	}

	// Rename it: the old URL disappears, the new one appears.
	if err := os.Rename(filepath.Join(dir, "content/news/open-day.en.md"), filepath.Join(dir, "content/news/open-days.en.md")); err != nil {
		t.Fatal(err)
	}
	events.waitFor(t, "en/news/open-days/index.html")
	if code, _ := get(t, url+"en/news/open-days/"); code != 200 {
		t.Errorf("renamed page: %d", code)
	}
	if code, _ := get(t, url+"en/news/open-day/"); code != 404 {
		t.Errorf("the old URL of a renamed page is still served: %d", code)
	}

	// Delete a page: it is gone.
	if err := os.Remove(filepath.Join(dir, "content/news/open-days.en.md")); err != nil {
		t.Fatal(err)
	}
	events.waitFor(t, "en/news/open-days/index.html")
	if code, _ := get(t, url+"en/news/open-days/"); code != 404 {
		t.Errorf("a deleted page is still served: %d", code)
	}
}

func TestServeErrorPageAndRecovery(t *testing.T) {
	dir := site(t)
	url := start(t, dir)
	events := listen(t, url)

	write(t, dir, "content/about.en.md", "---\ntitle: About\nweight: [oops\n---\nBroken.\n")
	events.wait(t)
	code, body := get(t, url+"en/about/")
	if code != 500 || !strings.Contains(body, "content/about.en.md:3:1") || !strings.Contains(body, "weight: [oops") {
		t.Fatalf("error page: %d\n%s", code, body)
	}
	// Other pages keep the last good site.
	if code, body := get(t, url+"fr/a-propos/"); code != 200 || !strings.Contains(body, "Première version.") {
		t.Errorf("another page while one is broken: %d", code)
	}
	// Fixing the file brings the page back.
	write(t, dir, "content/about.en.md", "---\ntitle: About\n---\nFixed.\n")
	events.wait(t)
	if code, body := get(t, url+"en/about/"); code != 200 || !strings.Contains(body, "Fixed.") {
		t.Errorf("after the fix: %d", code)
	}
}

func TestServeCSSSwap(t *testing.T) {
	dir := site(t)
	url := start(t, dir)
	events := listen(t, url)
	write(t, dir, "themes/default/assets/main.css", "body{color:red}\n")
	write(t, dir, "site.yaml", readFile(t, dir, "site.yaml")+"theme: default\n")
	// The theme folder is new: a full rebuild first, then CSS edits swap.
	events.wait(t)
	write(t, dir, "themes/default/assets/main.css", "body{color:blue}\n")
	if e := events.wait(t); !strings.HasPrefix(e, "css") {
		t.Fatalf("event after a stylesheet edit: %q, want css", e)
	}
	if _, body := get(t, url+"assets/main.css"); !strings.Contains(body, "blue") {
		t.Errorf("stylesheet not updated: %q", body)
	}
}

func TestServeRefusesTraversal(t *testing.T) {
	dir := site(t)
	url := start(t, dir)
	for _, p := range []string{"../site.yaml", "..%2fsite.yaml", "en/../../site.yaml", "%2e%2e/%2e%2e/etc/passwd"} {
		resp, err := http.Get(url + p)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(b), "languages:") || resp.StatusCode == 200 && !strings.Contains(string(b), "<html") {
			t.Errorf("%s: served something outside the site (%d)", p, resp.StatusCode)
		}
	}
}

func readFile(t testing.TB, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// testLog sends the server's log to the test's.
type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// burst writes n pages into content/<name>/ at once, as a git checkout
// does, and consumes rebuild events until every one of them is served. It
// returns how many rebuilds the burst took. It fails when the pages are
// still not served after a deadline far above any real rebuild: a hang,
// not a measure of speed (BenchmarkServeBurst counts the rebuilds).
func burst(t testing.TB, dir, url string, events *sse, name string, n int) int {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, "content", name), 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		b := []byte("---\ntitle: Page " + strconv.Itoa(i) + "\n---\nText.\n")
		if err := os.WriteFile(filepath.Join(dir, "content", name, "p"+strconv.Itoa(i)+".en.md"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	served := func() bool {
		for i := range n {
			if code, _ := get(t, url+"en/"+name+"/p"+strconv.Itoa(i)+"/"); code != 200 {
				return false
			}
		}
		return true
	}
	deadline := time.After(2 * time.Minute)
	for rebuilds := 0; ; {
		select {
		case <-events.cond:
			rebuilds++
			if served() {
				return rebuilds
			}
		case <-deadline:
			t.Fatalf("%d pages written at once: not all served after %d rebuilds", n, rebuilds)
		}
	}
}

// TestServeBurstServesEveryPage writes 300 pages in a burst: every one of
// them is served once the rebuilds it caused are done. How many rebuilds a
// burst takes depends on the machine's load (a pause between two writes
// can outlast the debounce): BenchmarkServeBurst measures it.
func TestServeBurstServesEveryPage(t *testing.T) {
	dir := site(t)
	url := start(t, dir)
	events := listen(t, url)
	rebuilds := burst(t, dir, url, events, "burst", 300)
	t.Logf("%d rebuild(s) for a burst of 300 files", rebuilds)
}

func TestErrorPageSpeaksTheDefaultLanguage(t *testing.T) {
	dir := site(t)
	var b strings.Builder
	d := []diag.Diagnostic{{Pos: diag.Pos{File: "content/about.en.md", Line: 3, Col: 1}, Severity: diag.Error, Msg: "invalid YAML"}}
	if err := errorPage(&b, dir, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `<html lang="en">`) || !strings.Contains(b.String(), "This page cannot be shown.") {
		t.Errorf("English site:\n%s", b.String())
	}
	write(t, dir, "site.yaml", "title: {en: Test, fr: Essai}\nlanguages:\n  - {code: en, label: English, locale: en-GB}\n  - {code: fr, label: Français, locale: fr-BE}\ndefaultLanguage: fr\n")
	b.Reset()
	if err := errorPage(&b, dir, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<html lang="fr">`, "Cette page ne peut pas être affichée. Problèmes relevés\u00a0: 1", "erreur\u00a0: <span lang=\"en\">invalid YAML</span>"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("French site: no %q in\n%s", want, b.String())
		}
	}
}

func TestServeBusyPortSuggestsAddr(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	err = Run(context.Background(), Options{Dir: site(t), Addr: ln.Addr().String()})
	if err == nil || !strings.Contains(err.Error(), "is already in use") || !strings.Contains(err.Error(), "--addr") {
		t.Errorf("Run on a busy port: %v", err)
	}
}
