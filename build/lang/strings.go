package lang

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/schema"
	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"
)

// StringFile is one go-i18n message file: i18n/<lang>.yaml.
type StringFile struct {
	Path string // for messages: "themes/default/i18n/fr.yaml"
	Lang string
	Data []byte
}

// ReadStringFiles reads the <lang>.yaml files of dir in fsys, shown in
// messages under prefix. A missing dir is not an error.
func ReadStringFiles(fsys fs.FS, dir, prefix string) ([]StringFile, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	var out []StringFile
	for _, e := range entries {
		name := e.Name()
		ext := path.Ext(name)
		if e.IsDir() || (ext != ".yaml" && ext != ".yml") {
			continue
		}
		data, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return nil, err
		}
		out = append(out, StringFile{Path: path.Join(prefix, name), Lang: strings.TrimSuffix(name, ext), Data: data})
	}
	return out, nil
}

// Strings holds the UI strings of a site in every language: the theme's,
// with the site's merged over them key by key. It is safe for concurrent use.
type Strings struct {
	set        *Set
	localizers map[string]*i18n.Localizer
	keys       map[string]map[string]bool // lang → keys defined in that language
	where      map[string]string          // lang → file that defines it last, for messages

	mu       sync.Mutex
	missing  map[string]map[string]bool // lang → keys looked up but missing there
	used     map[string]bool
	usedFast sync.Map // the keys of used, read without the lock
	// memo holds, per language, the strings without data: key → string,
	// key + "\x00" + count → string. Keyed by the key itself, a lookup
	// of a string without arguments builds no string.
	memo map[string]*sync.Map
	// other holds, per language, the "other" form of each message, for
	// formatPlain; a message with delimiters of its own is left out.
	other map[string]map[string]string
}

// NewStrings builds the bundle from files, later files overriding earlier
// ones key by key (pass the theme's first, then the site's).
func NewStrings(set *Set, files []StringFile, diags *diag.List) *Strings {
	bundle := i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	s := &Strings{
		set:        set,
		localizers: map[string]*i18n.Localizer{},
		keys:       map[string]map[string]bool{},
		where:      map[string]string{},
		missing:    map[string]map[string]bool{},
		used:       map[string]bool{},
		memo:       map[string]*sync.Map{},
		other:      map[string]map[string]string{},
	}
	for _, l := range set.List {
		s.memo[l.Code] = &sync.Map{}
	}
	for _, f := range files {
		if !set.Has(f.Lang) {
			continue // strings for a language the site does not publish
		}
		d := &schema.Decoder{File: f.Path, Diags: diags}
		root := d.Parse(f.Data)
		if root == nil {
			continue
		}
		if root.Kind != yaml.MappingNode {
			d.Errorf(root, "expected a mapping of keys to strings, found %s", schema.Describe(root))
			continue
		}
		for i := 0; i+1 < len(root.Content); i += 2 {
			k, v := root.Content[i], root.Content[i+1]
			if v.Kind == yaml.MappingNode {
				for j := 0; j+1 < len(v.Content); j += 2 {
					switch v.Content[j].Value {
					case "zero", "one", "two", "few", "many", "other", "description":
					default:
						d.Push(k.Value)
						d.Errorf(v.Content[j], "%q is not a plural form: use zero, one, two, few, many or other", v.Content[j].Value)
						d.Pop()
					}
				}
			} else if v.Kind != yaml.ScalarNode {
				d.Errorf(v, "%s: expected a string or plural forms (one: …, other: …)", k.Value)
			}
		}
		tag, err := language.Parse(f.Lang)
		if err != nil {
			diags.Errorf(diag.Pos{File: f.Path}, "%q is not a language code", f.Lang)
			continue
		}
		mf, err := i18n.ParseMessageFileBytes(f.Data, f.Lang+".yaml", map[string]i18n.UnmarshalFunc{"yaml": yaml.Unmarshal})
		if err != nil {
			diags.Errorf(diag.Pos{File: f.Path, Line: 1, Col: 1}, "%v", err)
			continue
		}
		if s.keys[f.Lang] == nil {
			s.keys[f.Lang] = map[string]bool{}
			s.other[f.Lang] = map[string]string{}
		}
		for _, m := range mf.Messages {
			s.keys[f.Lang][m.ID] = true
			// A later file replaces the whole message, as in the bundle.
			delete(s.other[f.Lang], m.ID)
			if m.LeftDelim == "" && m.RightDelim == "" && m.Other != "" {
				s.other[f.Lang][m.ID] = m.Other
			}
		}
		if err := bundle.AddMessages(tag, mf.Messages...); err != nil {
			diags.Errorf(diag.Pos{File: f.Path, Line: 1, Col: 1}, "%v", err)
			continue
		}
		s.where[f.Lang] = f.Path
	}
	// One localizer per language: T walks the site's fallback chain itself,
	// key by key (go-i18n would only fall back to its bundle's default).
	for _, l := range set.List {
		s.localizers[l.Code] = i18n.NewLocalizer(bundle, l.Code)
	}
	return s
}

// T returns the string key in language code, formatted with data (a map for
// {{.Name}} arguments) and count (nil, or a number choosing the plural form,
// also available as {{.Count}}). A key missing in code falls back along the
// chain and is remembered for Missing; a key missing everywhere returns the
// key itself.
func (s *Strings) T(code, key string, count any, data map[string]any) string {
	// A string without data, or with a whole count alone ("2 years"), is
	// the same every time: it is worked out once per language.
	memo, byLang := "", s.memo[code]
	if data == nil && byLang != nil {
		switch n := count.(type) {
		case nil:
			memo = key
		case int:
			memo = key + "\x00" + strconv.Itoa(n)
		}
	}
	if memo != "" {
		// Stored after the first lookup, which recorded the key's use
		// and absence.
		if v, ok := byLang.Load(memo); ok {
			return v.(string)
		}
	}
	// Renders call T hundreds of times a page from every worker: record
	// use without a lock once a key is known to be used.
	if _, seen := s.usedFast.Load(key); !seen {
		s.usedFast.Store(key, true)
		s.mu.Lock()
		s.used[key] = true
		s.mu.Unlock()
	}
	if !s.keys[code][key] {
		s.mu.Lock()
		if s.missing[code] == nil {
			s.missing[code] = map[string]bool{}
		}
		s.missing[code][key] = true
		s.mu.Unlock()
	}
	if count != nil {
		if data == nil {
			data = map[string]any{}
		}
		if _, ok := data["Count"]; !ok {
			data["Count"] = count
		}
	}
	if !s.set.Has(code) {
		return key
	}
	for _, c := range s.set.Chain(code) {
		loc := s.localizers[c]
		if loc == nil || !s.keys[c][key] {
			continue
		}
		out, ok := "", false
		var err error
		if count == nil {
			out, ok = formatPlain(s.other[c][key], data)
		}
		if !ok {
			out, err = loc.Localize(&i18n.LocalizeConfig{MessageID: key, PluralCount: count, TemplateData: data})
		}
		if err == nil && out != "" {
			if memo != "" {
				byLang.Store(memo, out)
			}
			return out
		}
	}
	return key
}

// formatPlain fills in the placeholders of a message's text as go-i18n's
// template would, when they are all {{.Name}} (spaces allowed inside the
// braces) and data gives each a string or an int; ok is false otherwise,
// and the caller asks go-i18n. A UI string with data (a date, a language,
// a programme's name) is formatted many times a page, and go-i18n matches
// the language and runs a text/template each time.
func formatPlain(text string, data map[string]any) (out string, ok bool) {
	if text == "" {
		return "", false
	}
	var b []byte
	for {
		i := strings.Index(text, "{{")
		if i < 0 {
			if b == nil {
				return text, true
			}
			return string(append(b, text...)), true
		}
		j := strings.Index(text[i:], "}}")
		if j < 0 {
			return "", false
		}
		name, isField := strings.CutPrefix(strings.Trim(text[i+2:i+j], " "), ".")
		if !isField || name == "" || strings.ContainsFunc(name, func(r rune) bool {
			return !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
		}) {
			return "", false
		}
		b = append(b, text[:i]...)
		switch v := data[name].(type) {
		case string:
			b = append(b, v...)
		case int:
			b = strconv.AppendInt(b, int64(v), 10)
		default:
			return "", false // missing, or printed by fmt: left to go-i18n
		}
		text = text[i+j+2:]
	}
}

// Has reports whether key is defined in language code itself.
func (s *Strings) Has(code, key string) bool { return s.keys[code][key] }

// Keys returns every key defined in any language, sorted.
func (s *Strings) Keys() []string {
	all := map[string]bool{}
	for _, ks := range s.keys {
		for k := range ks {
			all[k] = true
		}
	}
	return slices.Sorted(maps.Keys(all))
}

// Missing returns, per language, the keys that were looked up but are not
// defined in that language, sorted.
func (s *Strings) Missing() map[string][]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string][]string{}
	for code, keys := range s.missing {
		out[code] = slices.Sorted(maps.Keys(keys))
	}
	return out
}

// MarkUsed records keys as used without looking them up: those a template
// names literally but did not execute on this site. A key ending in "."
// marks every key with that prefix.
func (s *Strings) MarkUsed(keys []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range keys {
		if strings.HasSuffix(k, ".") {
			for _, all := range s.Keys() {
				if strings.HasPrefix(all, k) {
					s.used[all] = true
				}
			}
			continue
		}
		s.used[k] = true
	}
}

// Unused returns the keys defined but never looked up, sorted.
func (s *Strings) Unused() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.DeleteFunc(s.Keys(), func(k string) bool { return s.used[k] })
}

// File returns the file that defines strings for code, for messages.
func (s *Strings) File(code string) string {
	if f := s.where[code]; f != "" {
		return f
	}
	return fmt.Sprintf("i18n/%s.yaml", code)
}
