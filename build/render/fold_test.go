package render

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/diag"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// TestFoldKeepsOutput renders templates with constant calls in several
// contexts, folded and not, and compares.
func TestFoldKeepsOutput(t *testing.T) {
	src := `{{define "base"}}<title>{{up "a<b"}}</title><p title="{{up "x\"y"}}">{{up "Ünïcode & co"}}</p><a href="{{up "/é d"}}">{{if true}}{{up "in if"}}{{end}}</a>{{range $i, $x := .}}{{up "r"}}{{$x}}{{end}}<script>var x = {{up "js"}};</script>{{end}}`
	funcs := template.FuncMap{"up": func(s string) string { return s + "!" }}
	render := func(fold bool) string {
		tpl := template.Must(template.New("").Funcs(funcs).Parse(src))
		r := &Renderer{}
		if fold {
			f := folder{r: r, funcs: funcs}
			pureFuncs["up"] = true
			defer delete(pureFuncs, "up")
			for _, tt := range tpl.Templates() {
				f.node(tt.Tree.Root)
			}
			tree := tpl.Lookup("base").Tree.Root.String()
			if strings.Contains(tree, "{{up") {
				t.Errorf("constant calls left after folding: %s", tree)
			}
		}
		var b bytes.Buffer
		if err := tpl.ExecuteTemplate(&b, "base", []int{1, 2}); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	plain, folded := render(false), render(true)
	if plain != folded {
		t.Errorf("folding changed the output:\n plain:  %s\n folded: %s", plain, folded)
	}
}

// pureArgs are sample constant arguments of each function fold may
// evaluate: a function added to pureFuncs must be added here, and so be
// checked by TestFoldedFunctionsArePure.
var pureArgs = map[string][]any{
	"T":           {"nav.home"},
	"colon":       {},
	"csp":         {},
	"relURL":      {"images/a.png"},
	"absURL":      {"/images/a.png"},
	"asset":       {"main.css"},
	"upper":       {"fr"},
	"label":       {"country", "BE"},
	"langStrings": {"de", "nav.home"},
	"month":       {9},
}

// TestFoldedFunctionsArePure calls every function fold evaluates once per
// language on two renderers that share the configuration, the UI strings
// and the assets but not the pages, the catalogue or the build time: a
// function whose result depends on anything else than its arguments and
// those would give different results, and must not be folded.
func TestFoldedFunctionsArePure(t *testing.T) {
	set := lang.NewSet([]lang.Language{{Code: "fr", Label: "Français", Locale: "fr-BE"}, {Code: "de", Label: "Deutsch", Locale: "de-BE"}}, "fr", nil)
	strs := lang.NewStrings(set, []lang.StringFile{
		{Path: "fr.yaml", Lang: "fr", Data: []byte("nav.home: Accueil\n")},
		{Path: "de.yaml", Lang: "de", Data: []byte("nav.home: Startseite\n")},
	}, &diag.List{})
	base, _ := url.Parse("https://example.org/site/")
	cfg := &config.Config{Base: base}
	mk := func(now time.Time, pages []*model.Page) *Renderer {
		r := &Renderer{
			site: &model.Site{Config: cfg, Langs: set, Pages: pages, Homes: map[string]*model.Page{"fr": pages[0]}},
			opts: Options{Strings: strs, Assets: map[string]string{"main.css": "assets/main.1234.css"}, Now: now},
			fmts: map[string]lang.Formatter{},
		}
		for _, l := range set.List {
			tag, _ := lang.ParseLocale(l.Locale)
			r.fmts[l.Code] = lang.NewFormatter(tag)
		}
		return r
	}
	a := mk(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), []*model.Page{{Kind: model.Home, Lang: "fr", Path: "fr/", Title: "A"}})
	b := mk(time.Date(2031, 6, 9, 0, 0, 0, 0, time.UTC), []*model.Page{{Kind: model.Home, Lang: "fr", Path: "fr/accueil/", Title: "B"}, {Kind: model.Article, Lang: "fr", Path: "fr/x/"}})
	fa, fb := a.funcs("fr"), b.funcs("fr")
	for name := range pureFuncs {
		args, ok := pureArgs[name]
		if !ok {
			t.Errorf("pureFuncs has %s, but pureArgs has no sample arguments for it", name)
			continue
		}
		call := func(fm template.FuncMap) string {
			fn := reflect.ValueOf(fm[name])
			if !fn.IsValid() {
				t.Fatalf("pureFuncs names %s, which is not a template function", name)
			}
			in := make([]reflect.Value, len(args))
			for i, x := range args {
				in[i] = reflect.ValueOf(x)
			}
			out := fn.Call(in)
			return fmt.Sprint(out[0].Interface())
		}
		first, again, other := call(fa), call(fa), call(fb)
		if first != again || first != other {
			t.Errorf("%s%v is not pure: %q, then %q, and %q on another site", name, args, first, again, other)
		}
		if first == "" {
			t.Errorf("%s%v gave nothing: the sample arguments test nothing", name, args)
		}
	}
}

// TestFoldTextKeepsOutput renders templates with string constants in many
// contexts — text, quoted and unquoted attributes, URLs, srcset, <title>,
// scripts, styles, event handlers, a partial called from text, from an
// attribute and from a script, a partial run on its own as partialCached
// runs it — with and without foldText, and compares; it checks that the
// constants in text and quoted attributes became text and that the others
// stayed actions.
func TestFoldTextKeepsOutput(t *testing.T) {
	const src = `{{define "base"}}<!DOCTYPE html><title>{{"a<b & c"}}</title>` +
		`<p class="x">{{"fold: <me> & \"you\" 'too' +1"}}</p>` +
		`<p title="{{"in a 'title' \"attr\""}}" aria-label="{{"label"}}">{{if .}}{{"in if"}}{{else}}{{"in else"}}{{end}}</p>` +
		`<a href="{{"/é d?q=1&r=2"}}" data-x={{"unquoted value"}}>{{range .}}{{"r"}}{{.}}{{end}}</a>` +
		`<img srcset="{{"a.png 1x, b.png 2x"}}" alt="{{"alt"}}" onclick="f({{"js"}})" style="color: {{"red"}}">` +
		`<script>var s = {{"in a script"}};</script><style>p { content: {{"css"}}; }</style>` +
		`{{template "shared" .}}<p title="{{template "shared" .}}"></p><script>var t = {{template "shared" .}};</script>` +
		`<textarea>{{"rc & data"}}</textarea>{{"+NUL\x00"}}{{end}}` +
		`{{define "shared"}}{{"shared: a & b"}}{{end}}` +
		`{{define "alone"}}<b>{{"alone & only"}}</b>{{end}}`
	funcs := template.FuncMap{"noop": func() string { return "" }}
	run := func(fold bool) (out map[string]string, trees string) {
		tpl := template.Must(template.New("layouts/test.html").Funcs(funcs).Parse(src))
		if fold {
			learnTextFolds(tpl, funcs).foldText(tpl)
			for _, name := range []string{"base", "shared", "alone"} {
				trees += tpl.Lookup(name).Tree.Root.String() + "\n"
			}
		}
		out = map[string]string{}
		for _, name := range []string{"base", "alone"} {
			var b bytes.Buffer
			if err := tpl.ExecuteTemplate(&b, name, []int{1, 2}); err != nil {
				t.Fatal(err)
			}
			out[name] = b.String()
		}
		return out, trees
	}
	plain, _ := run(false)
	folded, trees := run(true)
	for name := range plain {
		if plain[name] != folded[name] {
			t.Errorf("foldText changed the output of %s:\n plain:  %s\n folded: %s", name, plain[name], folded[name])
		}
	}
	for _, s := range []string{`"fold: <me> & \"you\" 'too' +1"`, `"in a 'title' \"attr\""`, `"label"`, `"in if"`, `"in else"`, `"r"`, `"alt"`, `"alone & only"`, `"+NUL\x00"`} {
		if strings.Contains(trees, `{{`+s+`}}`) {
			t.Errorf("%s was not folded:\n%s", s, trees)
		}
	}
	for _, s := range []string{`"a<b & c"`, `"/é d?q=1&r=2"`, `"unquoted value"`, `"a.png 1x, b.png 2x"`, `"js"`, `"red"`, `"in a script"`, `"css"`, `"shared: a & b"`, `"rc & data"`} {
		if !strings.Contains(trees, `{{`+s+`}}`) {
			t.Errorf("%s was folded, or is missing:\n%s", s, trees)
		}
	}
}
