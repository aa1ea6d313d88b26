package synth

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/vitrine-ssg/vitrine/build"
)

func mapFS(s Site) fstest.MapFS {
	fsys := fstest.MapFS{}
	for p, b := range s {
		fsys[p] = &fstest.MapFile{Data: b, Mode: 0o644}
	}
	return fsys
}

// TestVitrineSiteIsClean builds a small synthetic site: it must produce no
// error and no warning, even with --strict, so that benchmarks measure a
// clean build.
func TestVitrineSiteIsClean(t *testing.T) {
	for _, n := range []int{1, 40} {
		site := Vitrine(Options{N: n})
		rep, err := build.Build(context.Background(), build.Options{
			Site: mapFS(site), Out: filepath.Join(t.TempDir(), "public"), Strict: true,
			Now: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC), Version: "test",
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range rep.Diags {
			t.Errorf("N=%d: %s", n, d.Error())
		}
		// Each programme, institution and network has a page per language.
		c := generate(Options{N: n})
		want := 5 * (n + len(c.institutions) + len(c.networks))
		got := 0
		for _, code := range Langs {
			got += rep.Pages[code]
		}
		if got < want {
			t.Errorf("N=%d: %d pages, want at least %d", n, got, want)
		}
	}
}

// TestDeterministic: the same options give the same files; another seed
// gives other texts.
func TestDeterministic(t *testing.T) {
	for name, gen := range map[string]func(Options) Site{"vitrine": Vitrine, "hugo": Hugo} {
		a, b := gen(Options{N: 25}), gen(Options{N: 25})
		if len(a) != len(b) {
			t.Fatalf("%s: %d files, then %d", name, len(a), len(b))
		}
		for p, data := range a {
			if !bytes.Equal(data, b[p]) {
				t.Errorf("%s: %s differs between two runs", name, p)
			}
		}
		c := gen(Options{N: 25, Seed: 7})
		same := 0
		for p, data := range a {
			if bytes.Equal(data, c[p]) {
				same++
			}
		}
		if same == len(a) {
			t.Errorf("%s: seed 7 gives the same site as the default seed", name)
		}
	}
}

// TestSameContent: both sites have the same programmes, with the same titles.
func TestSameContent(t *testing.T) {
	v, h := Vitrine(Options{N: 12}), Hugo(Options{N: 12})
	n := 0
	for p := range v {
		id, ok := strings.CutPrefix(p, "data/programmes/")
		if !ok {
			continue
		}
		id = strings.TrimSuffix(id, ".yaml")
		n++
		for _, code := range Langs {
			page, ok := h["content/programmes/"+id+"."+code+".md"]
			if !ok {
				t.Fatalf("no Hugo page for %s in %s", id, code)
			}
			title := string(page[strings.Index(string(page), "title: ")+7:])
			title = title[:strings.IndexByte(title, '\n')]
			if !bytes.Contains(v[p], []byte("  "+code+": "+title+"\n")) {
				t.Errorf("%s.%s: title %s is not in %s", id, code, title, p)
			}
		}
	}
	if n != 12 {
		t.Errorf("%d programmes, want 12", n)
	}
}

// TestHugoSiteBuilds builds the Hugo site with each Hugo at hand — $HUGO and
// $HUGO_OLD, as bench/compare.sh takes them, and hugo on the PATH — with the
// configuration for its version: no warning, no deprecation, and as many
// HTML pages as vitrine writes for the same site.
func TestHugoSiteBuilds(t *testing.T) {
	var hugos []string
	seen := map[string]bool{}
	for _, name := range []string{os.Getenv("HUGO"), os.Getenv("HUGO_OLD"), "hugo"} {
		if name == "" {
			continue
		}
		bin, err := exec.LookPath(name)
		if err != nil {
			continue
		}
		if real, err := filepath.EvalSymlinks(bin); err == nil {
			bin = real
		}
		if !seen[bin] {
			seen[bin] = true
			hugos = append(hugos, bin)
		}
	}
	if len(hugos) == 0 {
		t.Skip("hugo is not installed (bench/compare.sh installs it)")
	}
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	const n = 10
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	if err := Hugo(Options{N: n}).Write(site); err != nil {
		t.Fatal(err)
	}
	vout := filepath.Join(dir, "vitrine")
	if _, err := build.Build(context.Background(), build.Options{
		Site: mapFS(Vitrine(Options{N: n})), Out: vout,
		Now: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC), Version: "test",
	}); err != nil {
		t.Fatal(err)
	}
	want := countHTML(t, vout)
	for i, hugo := range hugos {
		out, err := exec.Command(hugo, "version").Output()
		if err != nil {
			t.Fatalf("%s version: %v", hugo, err)
		}
		version := strings.Fields(string(out))[1] // hugo v0.167.0 linux/amd64 …
		args := []string{"--minify", "-s", site, "-d", filepath.Join(dir, "public"+strconv.Itoa(i))}
		if hugoBefore(version, HugoLegacyBefore) {
			args = append(args, "--config", filepath.Join(site, HugoLegacyConfig))
		} else {
			args = append(args, "--logLevel", "info") // deprecations too recent to warn about
		}
		out, err = exec.Command(hugo, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", hugo, version, err, out)
		}
		for _, line := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(line, "WARN") || strings.HasPrefix(line, "ERROR") || strings.Contains(strings.ToLower(line), "deprecated") {
				t.Errorf("%s %s: %s", hugo, version, line)
			}
		}
		// The taxonomies work: each institution and network lists the
		// programmes that name it.
		c := generate(Options{N: n})
		for _, p := range c.programmes {
			pages := []string{"institutions/" + c.institutions[p.institutions[0]].id}
			for _, k := range p.networks {
				pages = append(pages, "networks/"+c.networks[k].id)
			}
			for _, pg := range pages {
				b, err := os.ReadFile(filepath.Join(dir, "public"+strconv.Itoa(i), "en", pg, "index.html"))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Contains(b, []byte("/en/programmes/"+p.id+"/")) {
					t.Errorf("%s %s: /en/%s/ does not list programme %s", hugo, version, pg, p.id)
				}
			}
		}
		got := countHTML(t, filepath.Join(dir, "public"+strconv.Itoa(i)))
		if got != want {
			t.Errorf("%s %s: %d HTML pages, vitrine %d", hugo, version, got, want)
		}
		t.Logf("%s %s: %d HTML pages, as vitrine", hugo, version, got)
	}
}

// hugoBefore reports whether the Hugo version v (v0.111.3+extended) is
// older than ref (0.158.0).
func hugoBefore(v, ref string) bool {
	parse := func(s string) (n [3]int) {
		s = strings.TrimPrefix(s, "v")
		if i := strings.IndexAny(s, "-+"); i >= 0 {
			s = s[:i]
		}
		for i, f := range strings.SplitN(s, ".", 3) {
			n[i], _ = strconv.Atoi(f)
		}
		return n
	}
	a, b := parse(v), parse(ref)
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

func countHTML(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			n++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestText(t *testing.T) {
	for _, tc := range []struct {
		name, got, want string
	}{
		{"deFR consonant", deFR(fr, "gouvernance européenne"), "de gouvernance européenne"},
		{"deFR vowel", deFR(fr, "intelligence artificielle"), "d’intelligence artificielle"},
		{"deFR accent", deFR(fr, "études urbaines"), "d’études urbaines"},
		{"deFR other language", deFR(en, "Antwerp"), "Antwerp"},
		{"sentence case fr", sentenceCase(fr, "Économie"), "économie"},
		{"sentence case nl Europ", sentenceCase(nl, "Europese studies"), "Europese studies"},
		{"sentence case en", sentenceCase(en, "European Law"), "European law"},
		{"sentence case de", sentenceCase(de, "Politikwissenschaft"), "Politikwissenschaft"},
		{"title case", titleCase("migration and mobility"), "Migration and Mobility"},
		{"slug", slug("Translation and Interpreting"), "translation-and-interpreting"},
		{"slug accents", slug("Liège"), "liege"},
		{"fill", vars{lang: fr, topic: topics[11], city: cities[3].name}.fill("Le campus {deC}, les enjeux {deT}."), "Le campus d’Anvers, les enjeux d’intelligence artificielle."},
		{"hugo before", strconv.FormatBool(hugoBefore("v0.111.3+extended", "0.158.0")), "true"},
		{"hugo not before", strconv.FormatBool(hugoBefore("v0.167.0", "0.158.0")), "false"},
		{"hugo same", strconv.FormatBool(hugoBefore("v0.158.0-DEV", "0.158.0")), "false"},
		{"hugo links", hugoLinks("[a](@programmes) [b](@institutions/univ-gent) [c](_index.md) [d](https://x.org/)"), `[a]({{< relref "/programmes" >}}) [b]({{< relref "/institutions/univ-gent" >}}) [c]({{< relref "/" >}}) [d](https://x.org/)`},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}
