package render

import (
	"html/template"
	"reflect"
	"strconv"
	"text/template/parse"
)

// Constant folding of the templates.
//
// Many actions give the same text on every page of a language: the UI
// strings of headings and labels ({{T "programme.level"}}), {{colon}},
// {{siteTitle}}, {{asset "main.css"}}, {{relURL "sitemap.xml"}}. Each one
// costs a call through reflection on every page, which on a site of 25,000
// pages adds up to seconds. fold evaluates such calls once per language,
// before the templates first run, and puts the result in their place as a
// string constant: html/template then escapes it exactly as it escaped the
// call's result, in the same context, so the output is unchanged.
//
// Only functions whose result depends on nothing but the language, the
// theme's strings, the assets and site.yaml are folded: anything that
// changes with them rebuilds the renderer (vitrine serve starts over when
// site.yaml, i18n/ or the theme changes). A UI string missing in the
// language is left to run, so that its warning names it as before.

// pureFuncs are the template functions fold may evaluate at parse time.
var pureFuncs = map[string]bool{
	"T": true, "colon": true, "csp": true,
	"relURL": true, "absURL": true, "asset": true, "upper": true, "label": true,
	"langStrings": true, "month": true,
}

var stringType = reflect.TypeFor[string]()

// fold replaces the constant calls of every template of t (one language's
// set) with their results.
func (r *Renderer) fold(t *template.Template, code string, funcs template.FuncMap) {
	f := folder{r: r, code: code, funcs: funcs}
	for _, tt := range t.Templates() {
		if tt.Tree != nil && tt.Tree.Root != nil {
			f.node(tt.Tree.Root)
		}
	}
}

type folder struct {
	r     *Renderer
	code  string
	funcs template.FuncMap
}

func (f folder) node(n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			f.node(c)
		}
	case *parse.ActionNode:
		f.pipe(n.Pipe)
	case *parse.IfNode:
		f.branch(&n.BranchNode)
	case *parse.RangeNode:
		f.branch(&n.BranchNode)
	case *parse.WithNode:
		f.branch(&n.BranchNode)
	case *parse.TemplateNode:
		f.pipe(n.Pipe)
	}
}

func (f folder) branch(b *parse.BranchNode) {
	f.pipe(b.Pipe)
	f.node(b.List)
	f.node(b.ElseList)
}

// pipe folds the commands of p: the first command becomes a constant when
// it is a pure call, and arguments that are parenthesized pure calls become
// constants.
func (f folder) pipe(p *parse.PipeNode) {
	if p == nil {
		return
	}
	for i, cmd := range p.Cmds {
		for j, arg := range cmd.Args {
			if sub, ok := arg.(*parse.PipeNode); ok {
				f.pipe(sub)
				if len(sub.Decl) == 0 && len(sub.Cmds) == 1 && len(sub.Cmds[0].Args) == 1 {
					if s, ok := sub.Cmds[0].Args[0].(*parse.StringNode); ok {
						cmd.Args[j] = s
					}
				}
			}
		}
		// Later commands receive the previous result: only the first can be
		// a call on constants alone.
		if i > 0 {
			continue
		}
		if s, ok := f.eval(cmd); ok {
			if n, ok := stringNode(s); ok {
				cmd.Args = []parse.Node{n}
			}
		}
	}
}

// eval evaluates cmd when it is a call of a pure function on constants
// whose result is a string.
func (f folder) eval(cmd *parse.CommandNode) (string, bool) {
	id, ok := cmd.Args[0].(*parse.IdentifierNode)
	if !ok || !pureFuncs[id.Ident] {
		return "", false
	}
	fn, ok := f.funcs[id.Ident]
	if !ok {
		return "", false
	}
	fv := reflect.ValueOf(fn)
	ft := fv.Type()
	if ft.NumOut() == 0 || ft.Out(0) != stringType || (ft.NumOut() == 2 && ft.Out(1) != reflect.TypeFor[error]()) || ft.NumOut() > 2 {
		return "", false
	}
	args := cmd.Args[1:]
	if ft.IsVariadic() {
		if len(args) < ft.NumIn()-1 {
			return "", false
		}
	} else if len(args) != ft.NumIn() {
		return "", false
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		var want reflect.Type
		if ft.IsVariadic() && i >= ft.NumIn()-1 {
			want = ft.In(ft.NumIn() - 1).Elem()
		} else {
			want = ft.In(i)
		}
		v, ok := constant(a, want)
		if !ok {
			return "", false
		}
		in[i] = v
	}
	if id.Ident == "T" {
		// A string missing in this language is reported when it runs.
		key := in[0].String()
		if !f.r.opts.Strings.Has(f.code, key) {
			return "", false
		}
	}
	out := fv.Call(in)
	if len(out) == 2 && !out[1].IsNil() {
		return "", false // an error (an unknown asset): reported when it runs
	}
	return out[0].String(), true
}

// constant returns the value of a constant node as an argument of type want,
// as text/template would pass it.
func constant(n parse.Node, want reflect.Type) (reflect.Value, bool) {
	var v reflect.Value
	switch n := n.(type) {
	case *parse.StringNode:
		v = reflect.ValueOf(n.Text)
	case *parse.BoolNode:
		v = reflect.ValueOf(n.True)
	case *parse.NumberNode:
		switch {
		case n.IsInt:
			v = reflect.ValueOf(int(n.Int64))
		case n.IsFloat:
			v = reflect.ValueOf(n.Float64)
		default:
			return reflect.Value{}, false
		}
	default:
		return reflect.Value{}, false
	}
	if want.Kind() == reflect.Interface {
		if v.Type().Implements(want) {
			return v, true
		}
		return reflect.Value{}, false
	}
	if v.Type() != want {
		return reflect.Value{}, false
	}
	return v, true
}

// stringNode makes a string constant node. Nodes cannot be made outside
// the parser, so it parses one.
func stringNode(s string) (*parse.StringNode, bool) {
	trees, err := parse.Parse("fold", "{{"+strconv.Quote(s)+"}}", "", "")
	if err != nil {
		return nil, false
	}
	a, ok := trees["fold"].Root.Nodes[0].(*parse.ActionNode)
	if !ok {
		return nil, false
	}
	n, ok := a.Pipe.Cmds[0].Args[0].(*parse.StringNode)
	return n, ok
}
