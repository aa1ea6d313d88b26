// Package diag holds the positioned diagnostics shared by every stage of the
// pipeline: a source position, an error or warning at that position, and a
// list that collects them so that one run reports every problem at once.
//
// A List is safe for concurrent use: load and render workers add to the same
// list. Its String and Sorted output is deterministic.
package diag

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Pos is a position in a source file. Line and Col are 1-based; a zero Line
// means the whole file, a zero Col the whole line.
type Pos struct {
	File string
	Line int
	Col  int
}

// String formats the position as file:line:col, leaving out unknown parts.
func (p Pos) String() string {
	switch {
	case p.File == "":
		return "<input>"
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Severity tells errors from warnings.
type Severity int

const (
	// Error makes a build fail.
	Error Severity = iota
	// Warning is reported but fails the build only with --strict.
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem found in the input.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Msg      string
}

// Error formats the diagnostic as file:line:col: severity: message.
func (d Diagnostic) Error() string {
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Msg)
}

// List collects diagnostics, each once: a problem met again at the same
// position, with the same severity and message (one input checked by two
// stages, or once for each page that uses it), is not added twice, so
// counts and reports name it once. The zero value is ready to use.
type List struct {
	mu     sync.Mutex
	items  []Diagnostic
	seen   map[Diagnostic]struct{}
	groups map[Diagnostic]map[string]struct{}
}

// Add appends a diagnostic, unless the list already holds an identical one.
func (l *List) Add(d Diagnostic) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, dup := l.seen[d]; dup {
		return
	}
	if l.seen == nil {
		l.seen = map[Diagnostic]struct{}{}
	}
	l.seen[d] = struct{}{}
	l.items = append(l.items, d)
}

// AddFile notes file under d: every file noted under the same diagnostic is
// reported in one diagnostic, d's message followed by the sorted list of
// the files ("…: content/a.es.md, data/x.yaml"), instead of one diagnostic
// a file. It is for one cause met in many files, such as a language removed
// from site.yaml.
func (l *List) AddFile(d Diagnostic, file string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.groups == nil {
		l.groups = map[Diagnostic]map[string]struct{}{}
	}
	files := l.groups[d]
	if files == nil {
		files = map[string]struct{}{}
		l.groups[d] = files
	}
	files[file] = struct{}{}
}

// Errorf adds an error at pos.
func (l *List) Errorf(pos Pos, format string, args ...any) {
	l.Add(Diagnostic{Pos: pos, Severity: Error, Msg: fmt.Sprintf(format, args...)})
}

// Warnf adds a warning at pos.
func (l *List) Warnf(pos Pos, format string, args ...any) {
	l.Add(Diagnostic{Pos: pos, Severity: Warning, Msg: fmt.Sprintf(format, args...)})
}

// Merge appends every diagnostic of other; the files other noted with
// AddFile join l's groups.
func (l *List) Merge(other *List) {
	if other == nil || other == l {
		return
	}
	other.mu.Lock()
	items := append([]Diagnostic(nil), other.items...)
	type noted struct {
		d    Diagnostic
		file string
	}
	var files []noted
	for d, set := range other.groups {
		for f := range set {
			files = append(files, noted{d, f})
		}
	}
	other.mu.Unlock()
	for _, d := range items {
		l.Add(d)
	}
	for _, n := range files {
		l.AddFile(n.d, n.file)
	}
}

// Len returns the number of diagnostics.
func (l *List) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.items) + len(l.groups)
}

// Count returns the number of diagnostics of severity s.
func (l *List) Count(s Severity) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, d := range l.items {
		if d.Severity == s {
			n++
		}
	}
	for d := range l.groups {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Sorted returns a copy of the diagnostics ordered by file, line, column,
// severity and message. The list holds no two equal diagnostics, so the
// order is the same whatever order they were added in.
func (l *List) Sorted() []Diagnostic {
	l.mu.Lock()
	out := append([]Diagnostic(nil), l.items...)
	for d, set := range l.groups {
		d.Msg += ": " + strings.Join(slices.Sorted(maps.Keys(set)), ", ")
		out = append(out, d)
	}
	l.mu.Unlock()
	slices.SortFunc(out, func(a, b Diagnostic) int {
		return cmp.Or(
			strings.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Severity, b.Severity),
			strings.Compare(a.Msg, b.Msg),
		)
	})
	return out
}

// Err returns nil when the list holds no error (warnings do not count, unless
// strict), and otherwise an *Errors holding every diagnostic.
func (l *List) Err(strict bool) error {
	n := l.Count(Error)
	if strict {
		n = l.Len()
	}
	if n == 0 {
		return nil
	}
	return &Errors{List: l.Sorted(), Strict: strict}
}

// String returns one diagnostic a line, sorted.
func (l *List) String() string {
	var b strings.Builder
	for _, d := range l.Sorted() {
		b.WriteString(d.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

// Errors is the error a stage returns when the input has problems.
type Errors struct {
	List   []Diagnostic
	Strict bool
}

func (e *Errors) Error() string {
	var b strings.Builder
	for i, d := range e.List {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Error())
	}
	return b.String()
}
