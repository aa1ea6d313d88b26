package render

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
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
