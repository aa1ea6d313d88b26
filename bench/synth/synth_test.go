package synth

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
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

// TestHugoSiteBuilds builds the Hugo site with Hugo, when it is installed.
func TestHugoSiteBuilds(t *testing.T) {
	hugo, err := exec.LookPath("hugo")
	if err != nil {
		t.Skip("hugo is not installed (bench/compare.sh installs it)")
	}
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	dir := t.TempDir()
	if err := Hugo(Options{N: 10}).Write(filepath.Join(dir, "site")); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(hugo, "--quiet", "-s", filepath.Join(dir, "site"), "-d", filepath.Join(dir, "public")).CombinedOutput()
	if err != nil {
		t.Fatalf("hugo: %v\n%s", err, out)
	}
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
		{"hugo links", hugoLinks("[a](@programmes) [b](@institutions/univ-gent) [c](_index.md) [d](https://x.org/)"), `[a]({{< relref "/programmes" >}}) [b]({{< relref "/institutions/univ-gent" >}}) [c]({{< relref "/" >}}) [d](https://x.org/)`},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}
