package serve

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestServeStress edits, renames and deletes pages and catalogue entries
// while clients keep requesting them, for a bounded number of rounds (run
// it under go test -race, as CI does). Every answer must be 200, 304 or
// 404: a 500 means the server showed an error page for a site that has no
// error. After the reload event that names an output, that output must be
// the new one: never the page before the edit, never a deleted page.
func TestServeStress(t *testing.T) {
	rounds := 12
	if testing.Short() {
		rounds = 3
	}
	dir := site(t)
	url := start(t, dir)
	events := listen(t, url)
	programme := func(summary string) string {
		return "title: {en: Master of Tests, fr: Master en essais}\nsummary: {en: " + summary + ", fr: Résumé.}\nlevel: master\nects: 120\nduration: P2Y\nlanguages: [en]\nfields: [\"0613\"]\ninstitutions: [x]\n"
	}

	// Clients: every URL the rounds touch, and some they do not, again and
	// again, with and without the validators a browser sends.
	urls := []string{"", "en/", "fr/", "en/about/", "en/stress/", "en/moved/", "en/programmes/ma/", "en/programmes/mb/", "fr/formations/ma/", "en/programmes/", "sitemap.xml"}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var requests atomic.Int64
	var badMu sync.Mutex
	var bad []string
	for c := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			client := &http.Client{Timeout: time.Minute}
			for i := c; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := client.Get(url + urls[i%len(urls)])
				if err != nil {
					continue // the server closing at the end of the test
				}
				requests.Add(1)
				var head [200]byte
				n, _ := resp.Body.Read(head[:])
				resp.Body.Close()
				switch resp.StatusCode {
				case 200, 304, 404:
				default:
					badMu.Lock()
					bad = append(bad, urls[i%len(urls)]+": "+strconv.Itoa(resp.StatusCode)+" "+string(head[:n]))
					badMu.Unlock()
				}
			}
		}()
	}

	// expect waits for the reload events that name every output of want
	// (output path → a text the page must contain, or "" for a page that
	// must be gone), and checks each right after the event that names it.
	expect := func(step string, want map[string]string) {
		t.Helper()
		left := len(want)
		seen := map[string]bool{}
		for left > 0 {
			e := events.wait(t)
			for out, text := range want {
				if seen[out] || !strings.Contains(e, out) {
					continue
				}
				seen[out] = true
				left--
				page := strings.TrimSuffix(out, "index.html")
				code, body := get(t, url+page)
				switch {
				case text == "" && code != 404:
					t.Errorf("%s: /%s answers %d after the reload event, want 404", step, page, code)
				case text != "" && (code != 200 || !strings.Contains(body, text)):
					t.Errorf("%s: /%s answers %d without %q after the reload event (stale)", step, page, code, text)
				}
			}
		}
	}

	for r := range rounds {
		n := strconv.Itoa(r)
		// A page saved the way editors do, then written in place.
		write(t, dir, "content/stress.en.md", "---\ntitle: Stress\n---\nRound "+n+" saved.\n")
		expect("save "+n, map[string]string{"en/stress/index.html": "Round " + n + " saved."})
		if err := os.WriteFile(filepath.Join(dir, "content", "stress.en.md"), []byte("---\ntitle: Stress\n---\nRound "+n+" in place.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		expect("write "+n, map[string]string{"en/stress/index.html": "Round " + n + " in place."})
		// Renamed, then deleted.
		if err := os.Rename(filepath.Join(dir, "content", "stress.en.md"), filepath.Join(dir, "content", "moved.en.md")); err != nil {
			t.Fatal(err)
		}
		expect("rename "+n, map[string]string{"en/stress/index.html": "", "en/moved/index.html": "Round " + n + " in place."})
		if err := os.Remove(filepath.Join(dir, "content", "moved.en.md")); err != nil {
			t.Fatal(err)
		}
		expect("delete "+n, map[string]string{"en/moved/index.html": ""})
		// A catalogue entry edited, renamed, and renamed back.
		write(t, dir, "data/programmes/ma.yaml", programme("Summary "+n))
		expect("entry "+n, map[string]string{"en/programmes/ma/index.html": "Summary " + n})
		if err := os.Rename(filepath.Join(dir, "data", "programmes", "ma.yaml"), filepath.Join(dir, "data", "programmes", "mb.yaml")); err != nil {
			t.Fatal(err)
		}
		expect("entry rename "+n, map[string]string{"en/programmes/ma/index.html": "", "en/programmes/mb/index.html": "Summary " + n})
		if err := os.Rename(filepath.Join(dir, "data", "programmes", "mb.yaml"), filepath.Join(dir, "data", "programmes", "ma.yaml")); err != nil {
			t.Fatal(err)
		}
		expect("entry back "+n, map[string]string{"en/programmes/mb/index.html": "", "en/programmes/ma/index.html": "Summary " + n})
	}
	close(stop)
	wg.Wait()
	if requests.Load() == 0 {
		t.Fatal("no request was answered")
	}
	for _, b := range bad {
		t.Error(b)
	}
	t.Logf("%d requests during %d rounds", requests.Load(), rounds)
}

// TestWatchHoldsEmptyFile: a file written in place is truncated first; when
// its bytes come later than the quiet time (a busy machine), the burst must
// not end with the file empty: read then, it is an error for a moment, and
// the dev server answered 500 for pages that had none. The regression test
// of the 500 seen under load.
func TestWatchHoldsEmptyFile(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "content", "p.en.md")
	if err := os.MkdirAll(filepath.Dir(page), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, []byte("---\ntitle: P\n---\nOld.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := newWatcher(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const quiet = 10 * time.Millisecond
	batches := w.batches(ctx, quiet)
	type handed struct {
		files []string
		body  []byte // the file as the session would read it then
	}
	got := make(chan handed, 1)
	go func() {
		files := <-batches
		b, _ := os.ReadFile(page)
		got <- handed{files, b}
	}()
	f, err := os.OpenFile(page, os.O_WRONLY|os.O_TRUNC, 0o644) // the truncation
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * quiet) // the writer is descheduled: the burst ends meanwhile
	if _, err := f.WriteString("---\ntitle: P\n---\nNew.\n"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	select {
	case h := <-got:
		if len(h.files) != 1 || h.files[0] != "content/p.en.md" || len(h.body) == 0 {
			t.Fatalf("batch %q handed over while the file holds %q", h.files, h.body)
		}
	case <-time.After(time.Minute):
		t.Fatal("no batch")
	}
}
