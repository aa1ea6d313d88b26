package render

import (
	"bytes"
	"errors"
	"html/template"
	"strings"
	"testing"
)

// Tests of the compiled templates against html/template: the same
// template and data must give the same bytes, or the program must decline
// (not compile, or leave the run to html/template).

type execItem struct {
	Name  string
	Count int
	Tags  []string
	Next  *execItem
	Attrs map[string]string
	Any   any
	HTML  template.HTML
	URL   template.URL
	Small int8
	Big   uint
	Ratio float64
	OK    bool
}

func (i execItem) Greet(who string) string { return "hello " + who + " from " + i.Name }
func (i *execItem) Double() int            { return 2 * i.Count }

var execFuncs = template.FuncMap{
	"upper": strings.ToUpper,                                 // a fast signature
	"join2": func(a, b string) string { return a + "+" + b }, // reflect.Call
	"safe":  func(s string) template.HTML { return template.HTML(s) },
	"fail":  func() (string, error) { return "", errors.New("no") },
	"label": func(vocab string, c any) string { return vocab + ":" + strings.ToLower(strings.TrimSpace(toString(c))) },
	"pair":  func(a string, rest ...any) string { return a + strings.Repeat("*", len(rest)) },
	"none":  func() any { return nil },
	"items": func() []execItem { return []execItem{{Name: "a", Count: 1}, {Name: "b<", Count: 2}} },
}

func toString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

func execData() *execItem {
	return &execItem{
		Name: "Zoë & <Co>", Count: 3, Tags: []string{"x", "y'", "z\""},
		Next:  &execItem{Name: "inner", Count: -1},
		Attrs: map[string]string{"lang": "fr", "empty": ""},
		Any:   "boxed", HTML: "<b>bold</b>", URL: "javascript:ok()",
		Small: -4, Big: 7, Ratio: 2.5, OK: true,
	}
}

type execMode int

const (
	runsCompiled execMode = iota // compiles and renders the same bytes
	leftToHTML                   // compiles, but the run is left to html/template
	notCompiled                  // does not compile
)

func TestCompiledTemplates(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		mode execMode
	}{
		{"text", `plain <p>text</p>`, runsCompiled},
		{"field", `{{.Name}}|{{.Count}}|{{.Ratio}}|{{.OK}}|{{.Small}}|{{.Big}}`, runsCompiled},
		{"pointer chain", `{{.Next.Name}} {{.Next.Count}}`, runsCompiled},
		{"nil pointer field", `{{.Next.Next.Name}}`, leftToHTML},
		{"map key", `{{.Attrs.lang}}[{{.Attrs.missing}}]`, runsCompiled},
		{"missing key chain", `{{.Attrs.missing.deeper}}`, runsCompiled},
		{"interface field", `{{.Any}}`, runsCompiled},
		{"html passes", `<div>{{.HTML}}</div>`, runsCompiled},
		{"html in attribute", `<p title="{{.HTML}}">`, leftToHTML},
		{"url filtered", `<a href="{{.Name}}">x</a><a href="{{.URL}}">y</a>`, runsCompiled},
		{"unsafe url", `<a href="javascript:{{.Name}}">x</a>`, runsCompiled},
		{"url in path", `<a href="/a/{{.Name}}?q={{.Name}}">x</a>`, runsCompiled},
		{"title rcdata", `<title>{{.Name}}</title>`, runsCompiled},
		{"script context", `<script>var x = {{.Name}};</script>`, notCompiled},
		{"style context", `<p style="color: {{.Name}}">`, notCompiled},
		{"value method with argument", `{{.Greet "you"}}`, runsCompiled},
		{"pointer method", `{{.Double}}`, runsCompiled},
		{"method with final", `{{"me" | .Greet}}`, runsCompiled},
		{"variables", `{{$n := .Name}}{{$c := .Count}}{{$n}}{{$c}}{{$c = 9}}{{$c}}{{$.Count}}`, runsCompiled},
		{"range index and element", `{{range $i, $t := .Tags}}{{$i}}={{$t}};{{end}}`, runsCompiled},
		{"range dot", `{{range .Tags}}<{{.}}>{{end}}`, runsCompiled},
		{"range else", `{{range .Next.Tags}}x{{else}}none{{end}}`, runsCompiled},
		{"range break continue", `{{range $i, $t := .Tags}}{{if eq $i 1}}{{continue}}{{end}}{{if eq $i 2}}{{break}}{{end}}{{$t}}{{end}}`, runsCompiled},
		{"range variable scope", `{{range .Tags}}{{$x := .}}{{$x}}{{end}}{{$x := 1}}{{$x}}`, runsCompiled},
		{"range over map", `{{range $k, $v := .Attrs}}{{$k}}={{$v}}{{end}}`, leftToHTML},
		{"range over int", `{{range 3}}{{.}}{{end}}`, leftToHTML},
		{"range over function result", `{{range items}}{{.Name}}{{.Count}}{{end}}`, runsCompiled},
		{"if else if", `{{if .Next.Tags}}a{{else if .Tags}}b{{else}}c{{end}}`, runsCompiled},
		{"with else", `{{with .Attrs.empty}}[{{.}}]{{else}}empty{{end}}{{with .Attrs.lang}}[{{.}}]{{end}}`, runsCompiled},
		{"with declares", `{{with $l := .Attrs.lang}}{{$l}}{{.}}{{end}}`, runsCompiled},
		{"and or", `{{and .OK .Name}}|{{or .Attrs.empty "fallback"}}|{{and .Attrs.empty .Next.Next.Name}}|{{or .Name .Next.Next.Name}}`, runsCompiled},
		{"and with final", `{{.Name | and .OK}}`, runsCompiled},
		{"not", `{{not .OK}}{{not .Attrs.missing}}{{not .Tags}}`, runsCompiled},
		{"comparisons", `{{eq .Count 3}}{{ne .Name "x"}}{{lt .Small 0}}{{le .Count 3}}{{gt .Big 6}}{{ge .Ratio 2.5}}{{eq .Big 7}}{{eq .Small -4}}{{lt .Big 8}}`, runsCompiled},
		{"eq several", `{{eq .Name "a" "b" "Zoë & <Co>"}}`, runsCompiled},
		{"bad comparison", `{{lt .Name 3}}`, leftToHTML},
		{"len and index", `{{len .Tags}} {{index .Tags 1}} {{index .Attrs "lang"}} {{len .Attrs}}`, runsCompiled},
		{"index out of range", `{{index .Tags 9}}`, leftToHTML},
		{"print", `{{print .Count " " .Name}}`, runsCompiled},
		{"printf", `{{printf "%d" .Count}}`, notCompiled},
		{"functions", `{{upper .Name}} {{join2 .Name "b"}} {{safe "<i>ok</i>"}} {{label "level" .Name}}`, runsCompiled},
		{"function with final", `{{.Name | upper}} {{"b" | join2 .Name}}`, runsCompiled},
		{"variadic", `{{pair "a"}} {{pair "a" 1 2}} {{pair "a" .Name .Count}}`, runsCompiled},
		{"nil function result", `[{{none}}]`, runsCompiled},
		{"function error", `{{fail}}`, leftToHTML},
		{"wrong argument type", `{{upper .Count}}`, leftToHTML},
		{"wrong arity", `{{upper}}`, leftToHTML},
		{"parenthesized", `{{(upper .Name)}} {{(.Next).Name}} {{len (index .Tags 0)}}`, runsCompiled},
		{"constants", `{{1}} {{1.5}} {{"s"}} {{true}} {{1e3}}`, runsCompiled},
		{"odd constants", `{{0x10}} {{'a'}}`, notCompiled},
		{"templates", `{{define "t"}}<{{.}}>{{$}}{{end}}{{template "t" .Name}}{{template "t" .Count}}`, runsCompiled},
		{"template without data", `{{define "u"}}[{{.}}]{{end}}{{template "u"}}`, runsCompiled},
		{"template in a tag", `{{define "a"}} lang="{{.}}"{{end}}<p{{template "a" .Name}}>`, notCompiled},
		{"comments", `a{{/* no */}}b`, runsCompiled},
		{"trim markers", `a {{- .Name -}} b`, runsCompiled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tmpl, err := template.New("root").Funcs(execFuncs).Parse(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			werr := tmpl.ExecuteTemplate(&want, "root", execData())
			if !escaped(tmpl, "root") {
				t.Fatal("html/template did not escape the template")
			}
			prog, cerr := compile(tmpl, execFuncs, "root")
			if tc.mode == notCompiled {
				if cerr == nil {
					t.Fatalf("compiled; want it left to html/template")
				}
				return
			}
			if cerr != nil {
				t.Fatalf("not compiled: %v", cerr)
			}
			var got bytes.Buffer
			err = prog.execute(&got, "root", execData())
			if tc.mode == leftToHTML {
				if err == nil {
					t.Fatalf("compiled run gave %q (html/template: %q, %v); want it left to html/template", got.String(), want.String(), werr)
				}
				return
			}
			if werr != nil {
				t.Fatalf("html/template failed: %v", werr)
			}
			if err != nil {
				t.Fatalf("the compiled run gave up; html/template wrote %q", want.String())
			}
			if got.String() != want.String() {
				t.Errorf("compiled:    %q\nhtml/template: %q", got.String(), want.String())
			}
		})
	}
}

// escaperCorpus holds strings that exercise every branch of the escapers.
func escaperCorpus() []string {
	out := []string{
		"", "plain", "Zoë & <Co>", "it's \"quoted\"", "a+b", "\x00nul", "tab\tnew\nline",
		"javascript:alert(1)", "JavaScript:x", " javascript:x", "vbscript:x", "data:text/html,x",
		"http://example.org/a b?c=d&e=f#g", "HTTPS://x.y", "mailto:a@b.c", "tel:+32", "a/b:c", "//host/p",
		"/path/with%20escape%2", "%zz%4", "%4a%4A", "100%", "#frag", "?q=1", "[::1]", "a!$&'()*+,;=",
		"ünïcödé/é", "日本", "\xff\xfe invalid", "\ufdd0\uffff", "~-._", "{braces}|^`\\",
	}
	for c := 0; c < 256; c++ {
		out = append(out, string([]byte{byte(c)}), "a"+string([]byte{byte(c)})+"%41")
	}
	return out
}

// chains are the escaper chains of escapeContexts, in html/template's order.
var chains = []string{
	"_html_template_htmlescaper",
	"_html_template_attrescaper",
	"_html_template_urlfilter _html_template_urlnormalizer _html_template_attrescaper",
	"_html_template_urlnormalizer _html_template_attrescaper",
	"_html_template_rcdataescaper",
}

// viaChain runs v through the compiled escapers of chain.
func viaChain(chain, v string) (string, bool) {
	s, ct := v, contentPlain
	for _, name := range strings.Fields(chain) {
		var ok bool
		if s, ok = escapers[name](s, ct); !ok {
			return "", false
		}
		ct = contentPlain
	}
	return s, true
}

func TestEscapersMatchHTMLTemplate(t *testing.T) {
	for _, chain := range chains {
		for _, v := range escaperCorpus() {
			want, ok := escapeAs(chain, v)
			if !ok {
				t.Fatalf("no reference template for %q", chain)
			}
			got, ok := viaChain(chain, v)
			if !ok || got != want {
				t.Errorf("%s(%q) = %q, %v; html/template gives %q", chain, v, got, ok, want)
			}
		}
	}
	// Writing escaped text straight to the page gives the same bytes.
	for _, v := range escaperCorpus() {
		var b bytes.Buffer
		writeEscapedHTML(&b, v)
		if b.String() != escapeHTML(v) {
			t.Errorf("writeEscapedHTML(%q) = %q; escapeHTML gives %q", v, b.String(), escapeHTML(v))
		}
	}
	// The URL escaper of query values, checked through a template.
	ref := template.Must(template.New("q").Parse(`<a href="/?q={{.}}">`))
	for _, v := range escaperCorpus() {
		var b strings.Builder
		if err := ref.Execute(&b, v); err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSuffix(strings.TrimPrefix(b.String(), `<a href="/?q=`), `">`)
		s, _ := escapers["_html_template_urlescaper"](v, contentPlain)
		got, _ := escapers["_html_template_attrescaper"](s, contentPlain)
		if got != want {
			t.Errorf("urlescaper(%q) = %q; html/template gives %q", v, got, want)
		}
	}
}

func FuzzEscapers(f *testing.F) {
	for _, v := range escaperCorpus() {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		for _, chain := range chains {
			want, ok := escapeAs(chain, v)
			if !ok {
				continue // the reference cannot hold v (it would change the context)
			}
			if got, ok := viaChain(chain, v); !ok || got != want {
				t.Errorf("%s(%q) = %q; html/template gives %q", chain, v, got, want)
			}
		}
	})
}
