package render

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
)

// TestEscapeAs checks the reference escaping of folded constants against
// html/template itself in each context it knows.
func TestEscapeAs(t *testing.T) {
	for _, tc := range []struct {
		chain, value, want string
	}{
		{"_html_template_htmlescaper", `Tom & "Jerry" <b>`, `Tom &amp; &#34;Jerry&#34; &lt;b&gt;`},
		{"_html_template_attrescaper", `l'été "chaud"`, `l&#39;été &#34;chaud&#34;`},
		{"_html_template_urlfilter _html_template_urlnormalizer _html_template_attrescaper", `javascript:alert(1)`, `#ZgotmplZ`},
		{"_html_template_urlfilter _html_template_urlnormalizer _html_template_attrescaper", `/a b/é`, `/a%20b/%c3%a9`},
		{"_html_template_rcdataescaper", `A < B`, `A &lt; B`},
	} {
		got, ok := escapeAs(tc.chain, tc.value)
		if !ok || got != tc.want {
			t.Errorf("escapeAs(%q, %q) = %q, %v; want %q", tc.chain, tc.value, got, ok, tc.want)
		}
	}
	if _, ok := escapeAs("_html_template_jsvalescaper", "x"); ok {
		t.Error("an unknown chain of escapers was folded")
	}
}

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
			r.foldEscaped(tpl)
			tree := tpl.Lookup("base").Tree.Root.String()
			if strings.Contains(tree, "{{up") || strings.Contains(tree, `!" | _html_template_htmlescaper`) || strings.Contains(tree, `!" | _html_template_attrescaper`) {
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
