package catalog

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/privacy"
	"github.com/vitrine-ssg/vitrine/build/schema"
	"gopkg.in/yaml.v3"
)

// Dir is the folder of the catalogues.
const Dir = "data"

// FiguresFile is the file of key figures.
const FiguresFile = "data/figures.yaml"

// Kind names, as folders under data/.
const (
	Institutions = "institutions"
	Programmes   = "programmes"
	Chairs       = "chairs"
	Networks     = "networks"
	Alumni       = "alumni"
)

// Kinds lists the entry kinds in the order they are shown.
var Kinds = []string{Programmes, Institutions, Networks, Chairs, Alumni, Events}

// Singular returns the singular name of a kind, as vocabularies and JSON
// Schemas name it: the kind without its plural s ("programme"; "alumni"
// has none).
func Singular(kind string) string {
	return strings.TrimSuffix(kind, "s")
}

// Catalog holds every entry, sorted by id within its kind.
type Catalog struct {
	Institutions []*Institution
	Programmes   []*Programme
	Chairs       []*Chair
	Networks     []*Network
	Alumni       []*AlumniOffice
	Events       []*Event
	Figures      []*Figure

	index map[string]map[string]Entry
}

// Get returns the entry of kind with id.
func (c *Catalog) Get(kind, id string) (Entry, bool) {
	e, ok := c.index[kind][id]
	return e, ok
}

// Entries returns the entries of a kind, sorted by id.
func (c *Catalog) Entries(kind string) []Entry {
	switch kind {
	case Institutions:
		return asEntries(c.Institutions)
	case Programmes:
		return asEntries(c.Programmes)
	case Chairs:
		return asEntries(c.Chairs)
	case Networks:
		return asEntries(c.Networks)
	case Alumni:
		return asEntries(c.Alumni)
	case Events:
		return asEntries(c.Events)
	}
	return nil
}

func asEntries[T Entry](list []T) []Entry {
	var out []Entry
	for _, e := range list {
		out = append(out, e)
	}
	return out
}

// Options tune loading.
type Options struct {
	// Today is the date against which review dates are checked.
	Today time.Time
	// Location is the site's time zone (timeZone in site.yaml): events
	// that name none are in it. Nil: UTC.
	Location *time.Location
	// Drafts keeps entries marked draft.
	Drafts bool
	// Privacy is the site's policy for e-mail addresses; nil: the rule
	// alone (every personal-looking address needs the entry's basis).
	Privacy *privacy.Policy
}

type file struct {
	path, kind, id string
}

// Load reads, validates and resolves every catalogue entry under data/.
func Load(ctx context.Context, fsys fs.FS, set *lang.Set, opts Options, diags *diag.List) (*Catalog, error) {
	var files []file
	figures := false
	err := fs.WalkDir(fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == Dir {
				return fs.SkipDir
			}
			return err
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") && p != Dir {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		rel := strings.TrimPrefix(p, Dir+"/")
		depth := strings.Count(rel, "/")
		if d.IsDir() {
			if p == Dir {
				return nil
			}
			if depth > 0 || !slices.Contains(Kinds, name) {
				diags.Errorf(diag.Pos{File: p}, "%q is not a catalogue folder: expected one of data/%s", p, strings.Join(Kinds, ", data/"))
				return fs.SkipDir
			}
			return nil
		}
		ext := path.Ext(name)
		if ext != ".yaml" && ext != ".yml" {
			if !strings.EqualFold(name, "README.md") {
				diags.Warnf(diag.Pos{File: p}, "ignored: catalogue files end in .yaml")
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			diags.Errorf(diag.Pos{File: p}, "symbolic links are not followed: copy the file into data/")
			return nil
		}
		if depth == 0 {
			if p == FiguresFile {
				figures = true
				return nil
			}
			diags.Errorf(diag.Pos{File: p}, "catalogue entries go in a folder per kind, like data/programmes/%s; only figures.yaml sits in data/", name)
			return nil
		}
		files = append(files, file{path: p, kind: path.Dir(rel), id: strings.TrimSuffix(name, ext)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })

	entries := make([]Entry, len(files))
	readErrs := make([]error, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(1, len(files))) {
		wg.Go(func() {
			for i := range next {
				if ctx.Err() == nil {
					entries[i], readErrs[i] = loadFile(fsys, files[i], set, opts, diags)
				}
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := errors.Join(readErrs...); err != nil {
		return nil, err
	}

	var figs []*Figure
	if figures {
		figs = LoadFigures(fsys, set, opts.Privacy, diags)
	}
	return Assemble(entries, figs, opts, diags), nil
}

// Assemble builds a catalogue from parsed entries (nil entries are skipped):
// it drops drafts, reports duplicate ids, sorts, and resolves references in
// both directions. The reverse links of the entries are reset first, so that
// the dev server can assemble the same entries again after an edit.
func Assemble(entries []Entry, figures []*Figure, opts Options, diags *diag.List) *Catalog {
	c := &Catalog{index: map[string]map[string]Entry{}, Figures: figures}
	for _, k := range Kinds {
		c.index[k] = map[string]Entry{}
	}
	sorted := slices.DeleteFunc(slices.Clone(entries), func(e Entry) bool { return e == nil })
	slices.SortStableFunc(sorted, func(a, b Entry) int { return strings.Compare(a.Meta().File, b.Meta().File) })
	for _, e := range sorted {
		m := e.Meta()
		if m.Draft && !opts.Drafts {
			continue
		}
		if other, dup := c.index[m.Kind][m.ID]; dup {
			diags.Errorf(diag.Pos{File: m.File}, "id %q is already used by %s: give each entry its own file name", m.ID, other.Meta().File)
			continue
		}
		c.index[m.Kind][m.ID] = e
		switch v := e.(type) {
		case *Institution:
			v.Programmes, v.Chairs, v.Networks, v.Alumni, v.Events = nil, nil, nil, nil, nil
			c.Institutions = append(c.Institutions, v)
		case *Programme:
			v.NetworkTargets, v.Events = nil, nil
			c.Programmes = append(c.Programmes, v)
		case *Chair:
			v.Events = nil
			c.Chairs = append(c.Chairs, v)
		case *Network:
			v.Programmes = nil
			c.Networks = append(c.Networks, v)
		case *AlumniOffice:
			c.Alumni = append(c.Alumni, v)
		case *Event:
			c.Events = append(c.Events, v)
		}
	}
	c.resolve(diags)
	return c
}

func loadFile(fsys fs.FS, f file, set *lang.Set, opts Options, diags *diag.List) (Entry, error) {
	if err := CheckID(f.id); err != nil {
		diags.Errorf(diag.Pos{File: f.path}, "file name: %v", err)
		return nil, nil
	}
	info, err := fs.Stat(fsys, f.path)
	if err != nil {
		return nil, err
	}
	if info.Size() > schema.MaxFileSize {
		diags.Errorf(diag.Pos{File: f.path, Line: 1, Col: 1}, "the file is %d bytes, more than the %d allowed for one entry", info.Size(), schema.MaxFileSize)
		return nil, nil
	}
	src, err := fs.ReadFile(fsys, f.path)
	if err != nil {
		return nil, err
	}
	return Parse(f.path, f.kind, f.id, src, set, opts, diags), nil
}

// Parse decodes and validates one entry. It returns nil when the file
// cannot be used at all.
func Parse(file, kind, id string, src []byte, set *lang.Set, opts Options, diags *diag.List) Entry {
	// Problems are collected apart, and dropped for a draft that is not
	// published: a new entry is a draft until it is filled in.
	local := &diag.List{}
	defer func() { diags.Merge(local) }()
	d := &schema.Decoder{File: file, Diags: local}
	root := d.Parse(src)
	if root == nil {
		if !d.Failed {
			local.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "the entry is empty")
		}
		return nil
	}
	newEntry, ok := newEntries[kind]
	if !ok {
		return nil
	}
	e := newEntry()
	d.Decode(root, e)
	m := e.Meta()
	m.Kind, m.ID, m.File = kind, id, file
	if m.Draft && !opts.Drafts {
		local = &diag.List{}
		return e // a draft is checked when it is published (or built with --drafts)
	}
	v := &validator{d: d, set: set, today: opts.Today, loc: opts.Location, common: m}
	v.common.validate(v)
	e.(interface{ validate(*validator) }).validate(v)
	ImageOf(e).validate(v, "image")
	checkTexts(d, set, e, "")
	checkPrivacy(d, root, m, "", opts.Privacy, &m.Personal)
	return e
}

// newEntries make an empty entry of each kind.
var newEntries = map[string]func() Entry{
	Institutions: func() Entry { return &Institution{} },
	Programmes:   func() Entry { return &Programme{} },
	Chairs:       func() Entry { return &Chair{} },
	Networks:     func() Entry { return &Network{} },
	Alumni:       func() Entry { return &AlumniOffice{} },
	Events:       func() Entry { return &Event{} },
}

// LoadFigures reads data/figures.yaml. pol is the site's privacy policy
// (nil: the rule alone).
func LoadFigures(fsys fs.FS, set *lang.Set, pol *privacy.Policy, diags *diag.List) []*Figure {
	src, err := fs.ReadFile(fsys, FiguresFile)
	if err != nil {
		diags.Errorf(diag.Pos{File: FiguresFile}, "%v", err)
		return nil
	}
	d := &schema.Decoder{File: FiguresFile, Diags: diags}
	root := d.Parse(src)
	if root == nil {
		return nil
	}
	var f figuresFile
	d.Decode(root, &f)
	seen := map[string]bool{}
	for i, fig := range f.Figures {
		if fig == nil {
			continue
		}
		where := fmt.Sprintf("figures[%d]", i+1)
		if fig.ID != "" {
			if err := CheckID(fig.ID); err != nil {
				diags.Errorf(fig.At.Of("id", fig.Pos), "%s.id: %v", where, err)
			}
			if seen[fig.ID] {
				diags.Errorf(fig.At.Of("id", fig.Pos), "%s.id: %q is used twice", where, fig.ID)
			}
			seen[fig.ID] = true
		}
		if fig.Unit != "" && !slices.Contains(jsFigureUnits, fig.Unit) {
			diags.Errorf(fig.At.Of("unit", fig.Pos), "%s.unit: %q is not one of percent, count, eur", where, fig.Unit)
		}
		if fig.Unit == "percent" && (fig.Value < 0 || fig.Value > 100) {
			diags.Errorf(fig.At.Of("value", fig.Pos), "%s.value: %v is not a percentage between 0 and 100", where, fig.Value)
		}
		if fig.Approx != "" && !slices.Contains(FigureApprox, fig.Approx) {
			diags.Errorf(fig.At.Of("approx", fig.Pos), "%s.approx: %q is not one of %s: write approx: nearly for \"nearly 20 %%\"", where, fig.Approx, strings.Join(FigureApprox, ", "))
		}
		if _, ok := fig.At["max"]; ok {
			switch {
			case fig.Max <= fig.Value:
				diags.Errorf(fig.At.Of("max", fig.Pos), "%s.max: %v is not above value %v: max is the upper end of the range value–max", where, fig.Max, fig.Value)
			case fig.Unit == "percent" && fig.Max > 100:
				diags.Errorf(fig.At.Of("max", fig.Pos), "%s.max: %v is not a percentage between 0 and 100", where, fig.Max)
			}
		}
		if fig.Year != 0 && (fig.Year < 1000 || fig.Year > 9999) {
			diags.Errorf(fig.At.Of("year", fig.Pos), "%s.year: %d is not a year", where, fig.Year)
		}
		checkTexts(d, set, fig, where)
	}
	var uses []privacy.Use
	checkPrivacy(d, root, nil, "", pol, &uses)
	// A recorded address is listed by the privacy report with the figure
	// whose text holds it.
	for _, u := range uses {
		var holder *Figure
		for _, fig := range f.Figures {
			if fig != nil && fig.Pos.Line <= u.Pos.Line {
				holder = fig
			}
		}
		if holder != nil {
			holder.Personal = append(holder.Personal, u)
		}
	}
	return f.Figures
}

// checkTexts checks the language keys of every Text in v, whose path
// starts with where. The path is written only for a text with a key that
// is not a language of the site.
func checkTexts(d *schema.Decoder, set *lang.Set, v any, where string) {
	path := make(textPath, 0, 8)
	if where != "" {
		path = append(path, pathStep{name: where})
	}
	walkTexts(reflect.ValueOf(v), path, func(p textPath, t lang.Text) {
		for k := range t.Values {
			if !set.Has(k) {
				t.CheckLanguages(d, set, p.String())
				return
			}
		}
	})
}

// checkPrivacy looks through every value of the entry for personal-looking
// e-mail addresses (privacy.Personal and the site's allowlist). Such an
// address is allowed when the entry (or, under holders, the holder)
// records a lawful basis, or when site.yaml records it; it is added to uses
// then, for the privacy report. Otherwise it is an error at its place.
func checkPrivacy(d *schema.Decoder, n *yaml.Node, m *Common, key string, pol *privacy.Policy, uses *[]privacy.Use) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			if k == "holders" {
				continue // every holder has its own basis and review date, checked by Holder.validate
			}
			checkPrivacy(d, n.Content[i+1], m, k, pol, uses)
		}
	case yaml.SequenceNode:
		for _, c := range n.Content {
			checkPrivacy(d, c, m, key, pol, uses)
		}
	case yaml.ScalarNode:
		if strings.IndexByte(n.Value, '@') < 0 {
			return // no address without an "@" (privacy.Find looks around each one)
		}
		for _, f := range privacy.Find(d.File, n.Value) {
			if pol.Allowed(f.Addr) {
				continue
			}
			pos := d.Pos(n)
			if n.Style == 0 && f.Pos.Line == 1 {
				pos.Col += f.Pos.Col - 1 // a plain scalar on one line: the address's own column
			}
			if m != nil && m.Basis != "" && !m.ReviewBy.IsZero() {
				*uses = append(*uses, privacy.Use{Addr: f.Addr, Pos: pos, Basis: m.Basis, ReviewBy: m.ReviewBy.String(), Record: m.At.Of("basis", m.Pos)})
				continue
			}
			if r, ok := pol.Recorded(f.Addr); ok {
				*uses = append(*uses, privacy.Use{Addr: f.Addr, Pos: pos, Basis: r.Basis, ReviewBy: r.ReviewBy.Format("2006-01-02"), Record: r.Pos})
				continue
			}
			d.Diags.Errorf(pos, "%s: %q looks like a person's e-mail address (GDPR): publish a role address (international@…, alumni@…) instead; if it is one, add it to privacy.allow in site.yaml; to publish it on purpose, record the lawful basis with basis: and reviewBy: in this entry, or under privacy.personal in site.yaml", key, f.Addr)
		}
	}
}
