package model_test

import (
	"strings"
	"testing"
)

// FuzzResolve sends arbitrary link destinations to the resolvers of pages
// at several depths: Resolve must never panic, and every URL it returns
// must stay on the site (start with the base path) or be a fragment.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"mobility.md", "../x.md#frag", "/news/_index.md", "@programmes", "@chairs/rubens",
		"@programmes/european-law#a", "@", "@/", "@chairs/", "@people/x", "#top", "#", "",
		"../../secret.md", "/../../etc/passwd", "images/campus.jpg", "/images/campus.jpg",
		"/fr/formations/", "fr/formations", "mobility.md?x=1", "a\\b.md", "//evil.example/x.md",
		"javascript:alert(1)", "./././mobility.md", "news/../../x.md", "%2e%2e/x.md", "/_index.md",
		"news/_index.md#", "@programmes#", "\x00.md", "....md", "..md",
	} {
		f.Add(s)
	}
	s, _ := build(f, showcase) // immutable, shared by every run
	base := s.Config.Base.Path
	f.Fuzz(func(t *testing.T, dest string) {
		if dest == "" || dest == "#" {
			return // content reports an empty destination and keeps fragments itself: Resolve never sees these
		}
		for _, p := range []string{"fr/", "fr/actualites/portes-ouvertes/", "nl/opleidingen/european-law/", "en/news/events/fair/"} {
			pg := s.Page(p)
			dir := ""
			if pg.Source != nil {
				dir = pg.Source.Dir
			}
			got, err := s.Resolver(pg, dir).Resolve(dest)
			if err != nil {
				if got != "" {
					t.Errorf("Resolve(%q) = %q with error %v", dest, got, err)
				}
				continue
			}
			if !strings.HasPrefix(got, base) && !strings.HasPrefix(got, "#") {
				t.Errorf("Resolve(%q) from %s = %q: neither under %s nor a fragment", dest, p, got, base)
			}
			if u, _, _ := strings.Cut(got, "#"); strings.Contains(u, "/../") || strings.HasSuffix(u, "/..") {
				t.Errorf("Resolve(%q) = %q climbs out of the site", dest, got)
			}
		}
	})
}
