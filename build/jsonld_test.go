package build

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

var ldRE = regexp.MustCompile(`(?s)<script type="?application/ld\+json"?>(.*?)</script>`)

// jsonLD returns the @graph of the one JSON-LD script of a built page, as a
// search engine parses it.
func jsonLD(t *testing.T, out, page string) []any {
	t.Helper()
	html, err := os.ReadFile(filepath.Join(out, page))
	if err != nil {
		t.Fatal(err)
	}
	scripts := ldRE.FindAllSubmatch(html, -1)
	if len(scripts) != 1 {
		t.Fatalf("%s: %d JSON-LD scripts, want 1", page, len(scripts))
	}
	var doc map[string]any
	if err := json.Unmarshal(scripts[0][1], &doc); err != nil {
		t.Fatalf("%s: %v\n%s", page, err, scripts[0][1])
	}
	if doc["@context"] != "https://schema.org" || len(doc) != 2 {
		t.Fatalf("%s: document %v: want @context and @graph", page, doc)
	}
	graph, ok := doc["@graph"].([]any)
	if !ok {
		t.Fatalf("%s: @graph = %#v", page, doc["@graph"])
	}
	return graph
}

// breadcrumbs returns the BreadcrumbList of a trail of name, URL pairs.
func breadcrumbs(trail ...string) map[string]any {
	var items []any
	for i := 0; i+1 < len(trail); i += 2 {
		items = append(items, map[string]any{"@type": "ListItem", "position": float64(i/2 + 1), "name": trail[i], "item": trail[i+1]})
	}
	return map[string]any{"@type": "BreadcrumbList", "itemListElement": items}
}

// TestJSONLD builds the catalogue test site and reads the schema.org
// structured data of a page of every kind: each node has exactly the keys
// and values expected, including the keys written empty (a network's
// description, an alumni office's languages) that a node always has.
func TestJSONLD(t *testing.T) {
	t.Parallel()
	fsys, _ := siteFS(t, "testdata/sites/catalogue.txtar")
	out := filepath.Join(t.TempDir(), "public")
	if rep := buildSite(t, fsys, out, Options{}); rep.Failed(false) {
		t.Fatalf("build: %v", diagLines(rep))
	}
	const base = "https://example.org/"
	uliege := map[string]any{"@type": "CollegeOrUniversity", "@id": base + "en/institutions/uliege/", "name": "University of Liège"}
	home := []string{"Home", base + "en/"}
	trail := func(steps ...string) map[string]any { return breadcrumbs(append(home, steps...)...) }
	for _, tc := range []struct {
		name, page string
		graph      []any
	}{
		{"home", "en/index.html", []any{
			map[string]any{"@type": "WebSite", "name": "Home", "url": base + "en/", "inLanguage": "en-GB",
				"potentialAction": map[string]any{"@type": "SearchAction", "target": base + "en/search/?q={search_term_string}", "query-input": "required name=search_term_string"}},
		}},
		{"home in French", "fr/index.html", []any{
			map[string]any{"@type": "WebSite", "name": "Accueil", "url": base + "fr/", "inLanguage": "fr-BE",
				"potentialAction": map[string]any{"@type": "SearchAction", "target": base + "fr/recherche/?q={search_term_string}", "query-input": "required name=search_term_string"}},
		}},
		{"list", "en/programmes/index.html", []any{
			map[string]any{"@type": "ItemList", "name": "Study programmes", "numberOfItems": 1.0, "itemListElement": []any{
				map[string]any{"@type": "ListItem", "position": 1.0, "url": base + "en/programmes/ma-law/", "name": "Master of Laws"},
			}},
			trail("Study programmes", base+"en/programmes/"),
		}},
		{"programme", "en/programmes/ma-law/index.html", []any{
			map[string]any{
				"@type": "EducationalOccupationalProgram", "@id": base + "en/programmes/ma-law/", "url": base + "en/programmes/ma-law/",
				"name": "Master of Laws", "description": "Two years.", "educationalProgramMode": "full-time",
				"inLanguage": []any{"fr"}, "timeToComplete": "P2Y",
				"educationalCredentialAwarded": map[string]any{"@type": "EducationalOccupationalCredential", "credentialCategory": "Master", "educationalLevel": "EQF level 7"},
				"numberOfCredits":              map[string]any{"@type": "StructuredValue", "value": 120.0, "unitText": "ECTS"},
				"provider":                     []any{uliege},
				"applicationDeadline":          "2027-03-01",
				"offers":                       []any{map[string]any{"@type": "Offer", "category": "eea", "price": 835.0, "priceCurrency": "EUR"}},
				"about":                        []any{map[string]any{"@type": "DefinedTerm", "termCode": "0421", "name": "Law", "inDefinedTermSet": "ISCED-F 2013"}},
			},
			trail("Study programmes", base+"en/programmes/", "Master of Laws", base+"en/programmes/ma-law/"),
		}},
		{"institution", "en/institutions/uliege/index.html", []any{
			map[string]any{
				"@type": "CollegeOrUniversity", "@id": base + "en/institutions/uliege/", "name": "University of Liège",
				"url":           "https://www.uliege.be/",
				"address":       map[string]any{"@type": "PostalAddress", "addressLocality": "Liège", "addressCountry": "BE"},
				"alternateName": "ULiège",
				"identifier": []any{
					map[string]any{"@type": "PropertyValue", "propertyID": "ROR", "value": "00afp2z80"},
					map[string]any{"@type": "PropertyValue", "propertyID": "Erasmus", "value": "B  LIEGE01"},
				},
				"sameAs": []any{"https://ror.org/00afp2z80"},
			},
			trail("Institutions", base+"en/institutions/", "University of Liège", base+"en/institutions/uliege/"),
		}},
		{"network", "en/networks/unigr/index.html", []any{
			map[string]any{
				"@type": "Organization", "@id": base + "en/networks/unigr/", "url": base + "en/networks/unigr/",
				"name": "University of the Greater Region", "alternateName": "UniGR", "description": "",
				"member": []any{uliege, map[string]any{"@type": "Organization", "name": "Universität Trier"}},
			},
			trail("Networks and groupings", base+"en/networks/", "University of the Greater Region", base+"en/networks/unigr/"),
		}},
		{"chair", "en/chairs/rubens/index.html", []any{
			map[string]any{
				"@type": "Organization", "@id": base + "en/chairs/rubens/", "url": base + "en/chairs/rubens/",
				"name": "Rubens Chair", "description": "",
				"parentOrganization": map[string]any{"@type": "CollegeOrUniversity", "@id": base + "en/institutions/berkeley/", "name": "University of California, Berkeley"},
			},
			trail("Visiting chairs", base+"en/chairs/", "Rubens Chair", base+"en/chairs/rubens/"),
		}},
		{"alumni office", "en/alumni/uliege/index.html", []any{
			map[string]any{
				"@type": "Organization", "@id": base + "en/alumni/uliege/", "url": base + "en/alumni/uliege/", "name": "ULiège Alumni",
				"contactPoint":       map[string]any{"@type": "ContactPoint", "email": "alumni@uliege.be", "contactType": "alumni relations", "availableLanguage": nil},
				"parentOrganization": uliege,
			},
			trail("Alumni offices", base+"en/alumni/", "ULiège Alumni", base+"en/alumni/uliege/"),
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			graph := jsonLD(t, out, tc.page)
			if len(graph) != len(tc.graph) {
				t.Fatalf("%d nodes, want %d: %v", len(graph), len(tc.graph), graph)
			}
			for i, want := range tc.graph {
				if got := graph[i]; !reflect.DeepEqual(got, want) {
					g, _ := json.Marshal(got)
					w, _ := json.Marshal(want)
					t.Errorf("node %d:\n got: %s\nwant: %s", i, g, w)
				}
			}
		})
	}
	// People appear only on chair pages, and never in structured data.
	html, err := os.ReadFile(filepath.Join(out, "en/chairs/rubens/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if ld := ldRE.Find(html); strings.Contains(string(ld), "Ada Example") || strings.Contains(string(ld), "Person") {
		t.Errorf("a chair holder in structured data: %s", ld)
	}
}

// TestJSONLDLeavesOutWhatJSONRefuses: a fee of NaN, which YAML can write, is
// no JSON number. The open-data export fails the build with encoding/json's
// error; a page's structured data is left out, the script element kept
// empty, rather than written invalid.
func TestJSONLDLeavesOutWhatJSONRefuses(t *testing.T) {
	t.Parallel()
	fsys, _ := siteFS(t, "testdata/sites/catalogue.txtar")
	f := fsys["data/programmes/ma-law.yaml"]
	f.Data = bytes.Replace(f.Data, []byte("amount: 835"), []byte("amount: NaN"), 1)

	_, err := Build(context.Background(), Options{Site: fsys, Out: filepath.Join(t.TempDir(), "public"), Now: today, Version: "test"})
	if err == nil || !strings.Contains(err.Error(), "data/programmes.json") || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("build of a NaN fee: error %v, want the open-data export's", err)
	}

	// One language: no open data, the pages are written.
	out := filepath.Join(t.TempDir(), "public")
	if rep := buildSite(t, fsys, out, Options{Langs: []string{"en"}}); rep.Failed(true) {
		t.Fatalf("build: %v", diagLines(rep))
	}
	html, err := os.ReadFile(filepath.Join(out, "en/programmes/ma-law/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if m := ldRE.FindSubmatch(html); m == nil || len(m[1]) != 0 {
		t.Errorf("JSON-LD of a NaN fee: %q, want an empty script", m)
	}
	if graph := jsonLD(t, out, "en/programmes/index.html"); len(graph) != 2 {
		t.Errorf("the list's JSON-LD: %v", graph)
	}
}
