package render

import (
	"errors"
	"html/template"
	"io"
	"reflect"
	"strconv"
	"strings"
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
	"T": true, "colon": true, "csp": true, "siteTitle": true, "copyright": true,
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

// Second pass: after html/template has escaped the templates, an action
// that is now a string constant followed by escapers ({{"Level" |
// _html_template_htmlescaper}}) still costs calls on every page. escaped
// replaces it with its output as text. The escapers are html/template's
// own, run through a small reference template with the same chain of
// escapers; a chain it does not know is left alone.

// escapeContexts are reference templates, by chain of escapers: the marker
// ‹v› stands for the value.
var escapeContexts = map[string]string{
	"_html_template_htmlescaper": `‹v›`,
	"_html_template_attrescaper": `<p title="‹v›">`,
	"_html_template_urlfilter _html_template_urlnormalizer _html_template_attrescaper": `<a href="‹v›">`,
	"_html_template_urlnormalizer _html_template_attrescaper":                          `<a href="/‹v›">`,
	"_html_template_rcdataescaper":                                                     `<title>‹v›</title>`,
}

// escapeOnly is the data of the run that makes html/template escape a set
// before folding: any field access fails at once, so nothing runs.
type escapeOnly struct{}

// foldEscaped escapes the set t (through a run that stops at its first
// field) and replaces its constant actions with text. It reports whether
// html/template escaped it without an error of its own.
func (r *Renderer) foldEscaped(t *template.Template) bool {
	ok := escaped(t, "base", "alias")
	if r.escaped == nil {
		r.escaped = map[string]*parse.TextNode{}
	}
	for _, tt := range t.Templates() {
		if tt.Tree != nil && tt.Tree.Root != nil {
			foldList(tt.Tree.Root, r.escaped)
		}
	}
	return ok
}

// escaped makes html/template escape the entries of t that it has, and
// reports whether it did so without an error of its own (an escaping error
// leaves the trees as written, which must never run as they are).
func escaped(t *template.Template, entries ...string) bool {
	ok := true
	for _, entry := range entries {
		if t.Lookup(entry) == nil {
			continue
		}
		var e *template.Error
		if err := t.ExecuteTemplate(io.Discard, entry, escapeOnly{}); errors.As(err, &e) {
			ok = false
		}
	}
	return ok
}

func foldList(l *parse.ListNode, cache map[string]*parse.TextNode) {
	if l == nil {
		return
	}
	for i, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			if tn := foldAction(n, cache); tn != nil {
				l.Nodes[i] = tn
			}
		case *parse.IfNode:
			foldList(n.List, cache)
			foldList(n.ElseList, cache)
		case *parse.RangeNode:
			foldList(n.List, cache)
			foldList(n.ElseList, cache)
		case *parse.WithNode:
			foldList(n.List, cache)
			foldList(n.ElseList, cache)
		case *parse.ListNode:
			foldList(n, cache)
		}
	}
}

// foldAction returns the text an action always writes, or nil.
func foldAction(a *parse.ActionNode, cache map[string]*parse.TextNode) *parse.TextNode {
	p := a.Pipe
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) < 2 || len(p.Cmds[0].Args) != 1 {
		return nil
	}
	s, ok := p.Cmds[0].Args[0].(*parse.StringNode)
	if !ok {
		return nil
	}
	var chain []string
	for _, c := range p.Cmds[1:] {
		id, ok := c.Args[0].(*parse.IdentifierNode)
		if len(c.Args) != 1 || !ok {
			return nil
		}
		chain = append(chain, id.Ident)
	}
	key := strings.Join(chain, " ")
	if tn, ok := cache[key+"\x00"+s.Text]; ok {
		return tn
	}
	out, ok := escapeAs(key, s.Text)
	if !ok {
		return nil
	}
	tn, ok := textNode(out)
	if !ok {
		return nil
	}
	cache[key+"\x00"+s.Text] = tn
	return tn
}

// escapeAs escapes v as html/template does with the chain of escapers key,
// checking that its reference template uses that very chain.
func escapeAs(key, v string) (string, bool) {
	ref, ok := escapeContexts[key]
	if !ok {
		return "", false
	}
	before, after, _ := strings.Cut(ref, "‹v›")
	t, err := template.New("ref").Parse(before + "{{.}}" + after)
	if err != nil {
		return "", false
	}
	var b strings.Builder
	if err := t.Execute(&b, v); err != nil {
		return "", false
	}
	if got := escaperChain(t); got != key {
		return "", false
	}
	out := b.String()
	if !strings.HasPrefix(out, before) || !strings.HasSuffix(out, after) || len(out) < len(before)+len(after) {
		return "", false
	}
	return out[len(before) : len(out)-len(after)], true
}

// escaperChain returns the escapers html/template added to the only action
// of the escaped reference template t.
func escaperChain(t *template.Template) string {
	for _, n := range t.Tree.Root.Nodes {
		if a, ok := n.(*parse.ActionNode); ok {
			var ids []string
			for _, c := range a.Pipe.Cmds[1:] {
				if id, ok := c.Args[0].(*parse.IdentifierNode); ok {
					ids = append(ids, id.Ident)
				}
			}
			return strings.Join(ids, " ")
		}
	}
	return ""
}

// textNode makes a text node, by parsing text with delimiters escaped
// output cannot hold (html/template replaces NUL).
func textNode(text string) (*parse.TextNode, bool) {
	if strings.Contains(text, "\x00") {
		return nil, false
	}
	trees, err := parse.Parse("fold", text, "\x00{", "}\x00")
	if err != nil {
		return nil, false
	}
	root := trees["fold"].Root
	if len(root.Nodes) != 1 {
		return nil, false
	}
	tn, ok := root.Nodes[0].(*parse.TextNode)
	return tn, ok
}
