package render_test

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/diag"
)

// showcase prepares the showcase site for rendering (skipped under
// -short).
func showcase(t *testing.T) *build.Pipeline {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the showcase")
	}
	diags := &diag.List{}
	p, err := build.Prepare(context.Background(), build.Options{Site: os.DirFS("../.."), Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}, diags)
	if err != nil || p == nil {
		t.Fatalf("showcase: %v %v", err, diags)
	}
	return p
}

// TestActionsPerPage reports how many template actions (outputs,
// conditions, ranges, template calls) the showcase's pages evaluate, per
// layout: the median page of each layout. It fails when counting is broken
// (no action counted), not on a number; docs/performance.md quotes its
// output (go test ./build/render -run ActionsPerPage -v).
func TestActionsPerPage(t *testing.T) {
	p := showcase(t)
	var n int
	p.Renderer.CountActions(&n)
	perLayout := map[string][]int{}
	for _, pg := range p.Renderer.Site().Pages {
		if pg.Layout == "" {
			continue
		}
		before := n
		o, ok := p.Renderer.RenderPage(pg)
		if !ok {
			continue
		}
		o.Release()
		perLayout[pg.Layout] = append(perLayout[pg.Layout], n-before)
	}
	if n == 0 {
		t.Fatal("no action counted")
	}
	var names []string
	for k := range perLayout {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		c := perLayout[k]
		sort.Ints(c)
		t.Log(fmt.Sprintf("%-14s %4d pages, actions a page: median %4d, min %4d, max %4d", k, len(c), c[len(c)/2], c[0], c[len(c)-1]))
	}
}

// TestMenusShared checks, on every page of the showcase, that the menus a
// page shares with the pages under its parent are those built for it
// alone (which items are active, labels, URLs).
func TestMenusShared(t *testing.T) {
	p := showcase(t)
	active := 0
	for _, pg := range p.Renderer.Site().Pages {
		shared, own := p.Renderer.MenusBothWays(pg)
		if !reflect.DeepEqual(shared, own) {
			t.Errorf("%s: shared menus %v, its own %v", pg.Path, shared, own)
		}
		for _, l := range own["main"] {
			if l.Active {
				active++
			}
		}
	}
	if active == 0 {
		t.Error("no page has an active menu item: the comparison tests nothing")
	}
}
