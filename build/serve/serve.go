// Package serve is vitrine's dev server: it renders a site into memory,
// serves it on loopback, watches every input folder with fsnotify
// (recursively, including folders created later, through editors' rename-on-
// save patterns), debounces bursts of events into one rebuild, rebuilds only
// what an edit affects, and pushes a reload (or a stylesheet swap) to open
// browsers over Server-Sent Events. A broken edit shows its errors, with
// source excerpts, in the browser; the last good version of every other page
// keeps being served.
//
// The site in memory is a Session: a full rebuild runs the pipeline as
// every build does (build.Prepare); an edit of Markdown pages or catalogue
// entries re-parses those files alone, renders their own pages at once and
// leaves the pages the model says show them (model.Site.DependsOn) to be
// rendered when a browser asks for them.
//
// In: Options. Out: an HTTP server until the context is cancelled.
package serve

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/render"
)

// Options configure the server.
type Options struct {
	// Dir is the site folder.
	Dir string
	// Addr is the address to listen on; default 127.0.0.1:1313.
	Addr string
	// Langs restricts the languages rendered (nil: all).
	Langs []string
	// Drafts publishes drafts.
	Drafts bool
	// Debounce is the quiet time that ends a burst of file events; default
	// 10ms: editors save in well under a millisecond between events, and a
	// git checkout writes its files faster than that too.
	Debounce time.Duration
	// Cache is the folder of what builds reuse (build.Options.Cache).
	Cache string
	// Version is shown in the pages' generator tag.
	Version string
	// Now dates the site once and for all (SOURCE_DATE_EPOCH); zero: the
	// clock, and the site moves to the next day at midnight in its time
	// zone.
	Now time.Time
	// Log receives one line per event worth telling (rebuilds, errors).
	Log io.Writer
	// Ready, when set, receives the URL once the server listens.
	Ready func(url string)
}

// Server is a running dev server.
type Server struct {
	opts     Options
	mu       sync.RWMutex
	good     map[string]render.Output // the last good version of every output
	broken   map[string]bool          // outputs whose source has errors: show the error page
	all      bool                     // an error outside any page (site.yaml, a layout): every page shows it
	homeless bool                     // an error in a page or entry that has no output (a new page that does not parse)
	diags    []diag.Diagnostic
	session  *Session
	sessMu   sync.Mutex // serialises the session: updates, and pages rendered on demand
	gen      int

	clientsMu sync.Mutex
	clients   map[chan event]bool
}

type event struct {
	name string // "reload", "css"
	data string
}

// Run serves the site until ctx is cancelled.
func Run(ctx context.Context, opts Options) error {
	opts.Addr = cmp.Or(opts.Addr, "127.0.0.1:1313")
	opts.Debounce = cmp.Or(opts.Debounce, 10*time.Millisecond)
	opts.Log = cmp.Or(opts.Log, io.Discard)
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("%s is already in use (another vitrine serve, or another server?): stop it, or choose another port with --addr, for example --addr 127.0.0.1:1314", opts.Addr)
		}
		return err
	}
	defer ln.Close()
	url := "http://" + ln.Addr().String() + "/"
	s := &Server{opts: opts, good: map[string]render.Output{}, clients: map[chan event]bool{}}
	start := time.Now()
	sess, err := NewSession(ctx, build.Options{Site: os.DirFS(opts.Dir), BaseURL: url, Drafts: opts.Drafts, Langs: opts.Langs, Version: opts.Version, Now: opts.Now, NoMinify: true,
		Cache: opts.Cache, LazyImages: true})
	if err != nil {
		return err
	}
	s.session = sess
	s.publish(nil)
	fmt.Fprintf(opts.Log, "built %d files in %s\n", len(sess.Outputs), time.Since(start).Round(time.Millisecond))
	s.logDiags()

	w, err := newWatcher(opts.Dir)
	if err != nil {
		return err
	}
	defer w.Close()

	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if opts.Ready != nil {
		opts.Ready(url)
	}
	fmt.Fprintf(opts.Log, "serving %s on %s (Ctrl-C to stop)\n", opts.Dir, url)

	batches := w.batches(ctx, opts.Debounce)
	for {
		// The timer is made again after every rebuild: a full rebuild
		// takes the clock's time again.
		var midnight <-chan time.Time
		s.sessMu.Lock()
		next := s.session.NextDay()
		s.sessMu.Unlock()
		timer := time.NewTimer(time.Until(next))
		if !next.IsZero() {
			midnight = timer.C
		}
		select {
		case <-midnight:
			s.newDay(ctx)
		case <-ctx.Done():
			shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			s.closeClients()
			_ = srv.Shutdown(shutdown)
			return nil
		case err := <-errc:
			if errors.Is(err, http.ErrServerClosed) {
				return nil
			}
			return err
		case files := <-batches:
			s.rebuild(ctx, files)
		}
		timer.Stop()
	}
}

// newDay renders everything again at midnight in the site's time zone.
func (s *Server) newDay(ctx context.Context) {
	s.update("rebuild for the new day", func() (*Change, error) { return s.session.Refresh(ctx) }, func(n int) string {
		return fmt.Sprintf("a new day: %d outputs rebuilt", n)
	})
}

// rebuild applies a batch of changed files and tells the browsers.
func (s *Server) rebuild(ctx context.Context, files []string) {
	start := time.Now()
	s.update("rebuild", func() (*Change, error) { return s.session.Update(ctx, files) }, func(n int) string {
		return fmt.Sprintf("%s changed: %d outputs rebuilt in %s", strings.Join(short(files), ", "), n, time.Since(start).Round(time.Millisecond))
	})
}

// update applies a change to the session, publishes it, logs the line done
// makes of the number of outputs rebuilt, and tells the browsers.
func (s *Server) update(what string, change func() (*Change, error), done func(n int) string) {
	s.sessMu.Lock()
	ch, err := change()
	if err != nil {
		s.sessMu.Unlock()
		fmt.Fprintf(s.opts.Log, "%s failed: %v\n", what, err)
		return
	}
	s.publish(ch.Paths)
	s.sessMu.Unlock()
	fmt.Fprintln(s.opts.Log, done(len(ch.Paths)))
	s.logDiags()
	s.mu.Lock()
	s.gen++
	gen := s.gen
	s.mu.Unlock()
	if ch.CSSOnly {
		s.broadcast(event{name: "css", data: fmt.Sprint(gen)})
		return
	}
	s.broadcast(event{name: "reload", data: strings.Join(ch.Paths, "\n")})
}

func short(files []string) []string {
	if len(files) > 3 {
		return append(append([]string(nil), files[:3]...), fmt.Sprintf("and %d more", len(files)-3))
	}
	return files
}

// publish takes the session's outputs: pages whose sources are sound replace
// the last good version; pages whose sources have errors keep it but show
// the error page.
func (s *Server) publish(changed []string) {
	diags := s.session.Diags()
	broken := map[string]bool{}
	all, homeless := false, false
	for _, d := range diags {
		if d.Severity != diag.Error {
			continue
		}
		pages := s.session.PagesOf(d.Pos.File)
		if len(pages) == 0 {
			homeless = true
			// site.yaml, a layout, UI strings: every page depends on them.
			all = all || !strings.HasPrefix(d.Pos.File, "content/") && !strings.HasPrefix(d.Pos.File, "data/")
		}
		for _, p := range pages {
			broken[p] = true
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	outs := s.session.Outputs
	if changed == nil {
		maps.Copy(s.good, outs)
	} else if !all {
		for _, p := range changed {
			if broken[p] || s.session.Pending(p) {
				continue // pending outputs are rendered when asked for
			}
			if o, ok := outs[p]; ok {
				s.good[p] = o
			} else {
				delete(s.good, p) // removed or renamed: never serve a stale page
			}
		}
	}
	s.broken, s.all, s.homeless, s.diags = broken, all, homeless, diags
}

func (s *Server) logDiags() {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, d := range s.diags {
		fmt.Fprintln(s.opts.Log, d.Error())
	}
}

// ServeHTTP serves the site, the live-reload endpoint and its script.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case "/__vitrine/events":
		s.events(w, r)
		return
	case "/__vitrine/live.js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = io.WriteString(w, liveJS)
		return
	}
	p := r.URL.Path
	if strings.Contains(p, "..") || strings.Contains(p, "\\") || strings.Contains(p, "\x00") {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	rel := strings.TrimPrefix(path.Clean("/"+p), "/")
	if strings.HasSuffix(p, "/") && rel != "" {
		rel += "/"
	}
	s.render(rel)
	s.mu.RLock()
	o, ok := s.good[file(rel)]
	name := o.Path
	broken := ok && strings.HasSuffix(name, ".html") && (s.all || s.broken[name])
	diags, homeless := s.diags, s.homeless
	s.mu.RUnlock()
	if !ok && !strings.HasSuffix(rel, "/") {
		s.mu.RLock()
		_, dir := s.good[file(rel+"/")]
		s.mu.RUnlock()
		if dir {
			http.Redirect(w, r, p+"/", http.StatusMovedPermanently)
			return
		}
	}
	w.Header().Set("Cache-Control", "no-store")
	// A page that does not exist while a page or entry without output has
	// errors is most likely that broken new page: show why. An error in a
	// page that exists (a link to a page just deleted) does not explain a
	// missing page: that one is a 404.
	if broken || !ok && homeless && !strings.Contains(path.Base(rel), ".") {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		_ = errorPage(w, s.opts.Dir, diags)
		return
	}
	status := http.StatusOK
	if !ok {
		status = http.StatusNotFound
		lang, _, _ := strings.Cut(rel, "/")
		s.mu.RLock()
		o, ok = s.good[lang+"/404.html"]
		if !ok {
			o, ok = s.good["404.html"]
		}
		s.mu.RUnlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		name = o.Path
	}
	w.Header().Set("Content-Type", cmp.Or(mime.TypeByExtension(path.Ext(name)), "application/octet-stream"))
	body := o.Body
	if strings.HasSuffix(name, ".html") {
		body = inject(body)
	}
	w.WriteHeader(status)
	if r.Method == http.MethodGet {
		_, _ = w.Write(body)
	}
}

// render renders the output for rel now if the last update left it pending.
func (s *Server) render(rel string) {
	name := file(rel)
	s.sessMu.Lock()
	defer s.sessMu.Unlock()
	if !s.session.Pending(name) {
		return
	}
	paths := s.session.Resolve(name)
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range paths {
		o, ok := s.session.Outputs[p]
		switch {
		case s.all || s.broken[p]:
		case ok:
			s.good[p] = o
		default:
			delete(s.good, p)
		}
	}
}

// file returns the output a path names: the file, or a folder's index.html.
func file(rel string) string {
	if rel == "" || strings.HasSuffix(rel, "/") {
		return rel + "index.html"
	}
	return rel
}

// inject adds the live-reload script to a page. It is never in build output.
func inject(body []byte) []byte {
	tag := []byte(`<script src="/__vitrine/live.js"></script>`)
	i := bytes.LastIndex(body, []byte("</body>"))
	if i < 0 {
		return slices.Concat(body, tag)
	}
	return slices.Concat(body[:i], tag, body[i:])
}

// events streams Server-Sent Events to one browser.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	c := make(chan event, 8)
	s.clientsMu.Lock()
	s.clients[c] = true
	s.clientsMu.Unlock()
	defer func() {
		s.clientsMu.Lock()
		if s.clients[c] {
			delete(s.clients, c)
			close(c)
		}
		s.clientsMu.Unlock()
	}()
	_, _ = io.WriteString(w, ": connected\n\n")
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case e, ok := <-c:
			if !ok {
				return
			}
			fmt.Fprintf(w, "event: %s\n", e.name)
			for _, line := range strings.Split(e.data, "\n") {
				fmt.Fprintf(w, "data: %s\n", line)
			}
			_, _ = io.WriteString(w, "\n")
			flusher.Flush()
		}
	}
}

func (s *Server) broadcast(e event) {
	s.clientsMu.Lock()
	defer s.clientsMu.Unlock()
	for c := range s.clients {
		select {
		case c <- e:
		default: // a stuck client misses an event rather than blocking rebuilds
		}
	}
}

func (s *Server) closeClients() {
	s.clientsMu.Lock()
	defer s.clientsMu.Unlock()
	for c := range s.clients {
		delete(s.clients, c)
		close(c)
	}
}

const liveJS = `(function () {
  "use strict";
  var es = new EventSource("/__vitrine/events");
  es.addEventListener("reload", function () { location.reload(); });
  es.addEventListener("css", function (e) {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (l) {
      var u = new URL(l.href);
      u.searchParams.set("v", e.data);
      l.href = u.toString();
    });
  });
})();
`

var errorTmpl = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Words.Title}} ({{len .Items}})</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff5f5;color:#1a1a1a}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{color:#a10000;font-size:1.5rem}
.err{background:#fff;border:1px solid #e5b4b4;border-left:6px solid #a10000;border-radius:6px;margin:1rem 0;padding:0.75rem 1rem}
.pos{font-family:ui-monospace,monospace;font-weight:bold}
.warn{border-left-color:#9a6700}
pre{background:#f6f6f6;padding:0.5rem;overflow:auto;font-size:14px;line-height:1.4}
mark{background:#ffd7d7;display:block}
</style></head>
<body><main>
<h1>{{.Words.Heading}} {{len .Items}}</h1>
<p>{{.Words.Fix}}</p>
{{range .Items}}<div class="err{{if .Warning}} warn{{end}}">
<div class="pos">{{.Pos}}</div>
<div>{{if .Warning}}{{$.Words.Warning}}{{else}}{{$.Words.Error}}{{end}}{{$.Words.Colon}}<span lang="en">{{.Msg}}</span></div>
{{with .Lines}}<pre>{{range .}}{{if .Here}}<mark>{{.N}} | {{.Text}}</mark>{{else}}{{.N}} | {{.Text}}
{{end}}{{end}}</pre>{{end}}
</div>
{{end}}
</main><script src="/__vitrine/live.js"></script></body></html>
`))

// errorWords are the error page's own words, in the site's default
// language: the person who edits the site reads them. The messages
// themselves are vitrine's, in English, and marked so.
type errorWords struct {
	Title, Heading, Fix, Error, Warning, Colon string
}

var errorPageWords = map[string]errorWords{
	"fr": {"vitrine\u00a0: problèmes relevés", "Cette page ne peut pas être affichée. Problèmes relevés\u00a0:", "Corrigez le fichier et enregistrez-le\u00a0: cette page reviendra d’elle-même.", "erreur", "avertissement", "\u00a0: "},
	"nl": {"vitrine: gevonden problemen", "Deze pagina kan niet worden getoond. Gevonden problemen:", "Verbeter het bestand en sla het op: deze pagina komt dan vanzelf terug.", "fout", "waarschuwing", ": "},
	"en": {"vitrine: problems found", "This page cannot be shown. Problems found:", "Fix the file and save it: this page comes back by itself.", "error", "warning", ": "},
	"de": {"vitrine: gefundene Probleme", "Diese Seite kann nicht angezeigt werden. Gefundene Probleme:", "Korrigieren Sie die Datei und speichern Sie sie: Die Seite erscheint dann von selbst wieder.", "Fehler", "Warnung", ": "},
	"es": {"vitrine: problemas encontrados", "Esta página no se puede mostrar. Problemas encontrados:", "Corrija el archivo y guárdelo: esta página volverá a aparecer por sí sola.", "error", "advertencia", ": "},
}

type errItem struct {
	Pos     string
	Msg     string
	Warning bool
	Lines   []srcLine
}

type srcLine struct {
	N    int
	Text string
	Here bool
}

// errorPage writes the errors with a few lines of source around each.
func errorPage(w io.Writer, dir string, diags []diag.Diagnostic) error {
	var items []errItem
	for _, d := range diags {
		it := errItem{Pos: d.Pos.String(), Msg: d.Msg, Warning: d.Severity == diag.Warning}
		if d.Pos.Line > 0 && d.Pos.File != "" && filepath.IsLocal(filepath.FromSlash(d.Pos.File)) {
			it.Lines = excerpt(os.DirFS(dir), d.Pos.File, d.Pos.Line)
		}
		items = append(items, it)
	}
	sort.SliceStable(items, func(i, j int) bool { return !items[i].Warning && items[j].Warning })
	// The site's default language, when its site.yaml can be read and
	// vitrine speaks it, else English.
	code := "en"
	if cfg := config.Read(os.DirFS(dir)); cfg != nil && cfg.Langs != nil {
		if _, ok := errorPageWords[cfg.Langs.Default]; ok {
			code = cfg.Langs.Default
		}
	}
	return errorTmpl.Execute(w, struct {
		Lang  string
		Words errorWords
		Items []errItem
	}{code, errorPageWords[code], items})
}

// excerpt returns up to two lines before and after line.
func excerpt(fsys fs.FS, file string, line int) []srcLine {
	data, err := fs.ReadFile(fsys, file)
	if err != nil || len(data) > 4<<20 {
		return nil
	}
	lines := strings.Split(string(data), "\n")
	var out []srcLine
	for n := max(1, line-2); n <= min(len(lines), line+2); n++ {
		out = append(out, srcLine{N: n, Text: strings.TrimRight(lines[n-1], "\r"), Here: n == line})
	}
	return out
}
