package diag_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/vitrine-ssg/vitrine/build/diag"
)

var (
	errA  = diag.Diagnostic{Pos: diag.Pos{File: "a.md", Line: 3, Col: 7}, Severity: diag.Error, Msg: "broken link"}
	warnA = diag.Diagnostic{Pos: diag.Pos{File: "a.md", Line: 3, Col: 7}, Severity: diag.Warning, Msg: "broken link"}
	errB  = diag.Diagnostic{Pos: diag.Pos{File: "b.yaml", Line: 1}, Severity: diag.Error, Msg: "unknown key"}
)

func at(d diag.Diagnostic, line, col int, msg string) diag.Diagnostic {
	d.Pos.Line, d.Pos.Col, d.Msg = line, col, msg
	return d
}

// TestListDuplicates checks that a diagnostic equal to one already in the
// list, position, severity and message, is dropped, and that one differing
// in any of them is kept.
func TestListDuplicates(t *testing.T) {
	tests := []struct {
		name     string
		add      []diag.Diagnostic
		want     []diag.Diagnostic // Sorted
		errors   int
		warnings int
	}{
		{name: "empty"},
		{name: "one", add: []diag.Diagnostic{errA}, want: []diag.Diagnostic{errA}, errors: 1},
		{name: "exact duplicate dropped", add: []diag.Diagnostic{errA, errA}, want: []diag.Diagnostic{errA}, errors: 1},
		{name: "duplicate after another", add: []diag.Diagnostic{errB, errA, errB, errA, errA}, want: []diag.Diagnostic{errA, errB}, errors: 2},
		{name: "other severity kept", add: []diag.Diagnostic{warnA, errA, warnA}, want: []diag.Diagnostic{errA, warnA}, errors: 1, warnings: 1},
		{name: "other column kept", add: []diag.Diagnostic{errA, at(errA, 3, 8, errA.Msg)}, want: []diag.Diagnostic{errA, at(errA, 3, 8, errA.Msg)}, errors: 2},
		{name: "other line kept", add: []diag.Diagnostic{at(errA, 4, 7, errA.Msg), errA}, want: []diag.Diagnostic{errA, at(errA, 4, 7, errA.Msg)}, errors: 2},
		{name: "other message kept", add: []diag.Diagnostic{at(errA, 3, 7, "z"), errA, at(errA, 3, 7, "z")}, want: []diag.Diagnostic{errA, at(errA, 3, 7, "z")}, errors: 2},
		{name: "other file kept", add: []diag.Diagnostic{errA, {Pos: diag.Pos{File: "c.md", Line: 3, Col: 7}, Msg: errA.Msg}}, want: []diag.Diagnostic{errA, {Pos: diag.Pos{File: "c.md", Line: 3, Col: 7}, Msg: errA.Msg}}, errors: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var l diag.List
			for _, d := range tc.add {
				l.Add(d)
			}
			if got := l.Sorted(); !slices.Equal(got, tc.want) {
				t.Errorf("Sorted() = %v, want %v", got, tc.want)
			}
			if got := l.Len(); got != len(tc.want) {
				t.Errorf("Len() = %d, want %d", got, len(tc.want))
			}
			if got := l.Count(diag.Error); got != tc.errors {
				t.Errorf("Count(Error) = %d, want %d", got, tc.errors)
			}
			if got := l.Count(diag.Warning); got != tc.warnings {
				t.Errorf("Count(Warning) = %d, want %d", got, tc.warnings)
			}
		})
	}
}

// TestListErrorfDuplicates checks that diagnostics formatted alike by
// Errorf and Warnf are kept once, and that Merge adds only what is new.
func TestListErrorfDuplicates(t *testing.T) {
	var l diag.List
	pos := diag.Pos{File: "p.md", Line: 2, Col: 1}
	l.Errorf(pos, "link %q: no page", "x.md")
	l.Errorf(pos, "link %q: no page", "x.md")
	l.Warnf(pos, "old date")
	var other diag.List
	other.Warnf(pos, "old date")
	other.Errorf(errB.Pos, "%s", errB.Msg)
	l.Merge(&other)
	want := "b.yaml:1: error: unknown key\n" +
		"p.md:2:1: error: link \"x.md\": no page\n" +
		"p.md:2:1: warning: old date\n"
	if got := l.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
	if got := l.Len(); got != 3 {
		t.Errorf("Len() = %d, want 3", got)
	}
}

// TestListConcurrentDuplicates adds the same diagnostics from several
// goroutines, each in its own order: every one is kept once and Sorted is
// the same as from one goroutine.
func TestListConcurrentDuplicates(t *testing.T) {
	var all []diag.Diagnostic
	for i := range 50 {
		all = append(all, at(errA, i+1, 1, "e"), at(warnA, i+1, 1, "w"), at(errB, 1, 0, fmt.Sprint("m", i)))
	}
	var want diag.List
	for _, d := range all {
		want.Add(d)
	}
	var l diag.List
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range all {
				l.Add(all[(i*7+g*13)%len(all)])
			}
		})
	}
	wg.Wait()
	if got := l.Len(); got != len(all) {
		t.Errorf("Len() = %d, want %d", got, len(all))
	}
	if got, w := l.Sorted(), want.Sorted(); !slices.Equal(got, w) {
		t.Errorf("Sorted() differs from a list filled by one goroutine:\n%v\nwant\n%v", got, w)
	}
}

func TestListAddFile(t *testing.T) {
	var l, other diag.List
	d := diag.Diagnostic{Pos: diag.Pos{File: "site.yaml"}, Severity: diag.Warning, Msg: "es is not published"}
	l.AddFile(d, "content/b.es.md")
	l.AddFile(d, "content/a.es.md")
	l.AddFile(d, "content/a.es.md")
	other.AddFile(d, "data/x.yaml")
	l.Merge(&other)
	if l.Err(false) != nil || l.Err(true) == nil {
		t.Error("a grouped warning must fail only a strict run")
	}
	l.Errorf(diag.Pos{File: "a.md"}, "broken")
	if got := l.Count(diag.Warning); got != 1 {
		t.Errorf("Count(Warning) = %d, want 1", got)
	}
	if got := l.Len(); got != 2 {
		t.Errorf("Len = %d, want 2", got)
	}
	want := "a.md: error: broken\nsite.yaml: warning: es is not published: content/a.es.md, content/b.es.md, data/x.yaml\n"
	if got := l.String(); got != want {
		t.Errorf("String =\n%s\nwant\n%s", got, want)
	}
}
