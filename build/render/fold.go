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
	if id.Ident == "T" && !f.r.opts.Strings.Has(f.code, in[0].String()) {
		return "", false // a string missing in this language is reported when it runs
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
	if v.Type() == want || want.Kind() == reflect.Interface && v.Type().Implements(want) {
		return v, true
	}
	return reflect.Value{}, false
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

// Constant text.
//
// After fold, {{T "programme.level"}} is {{"Level"}}: no call to T any
// more, but html/template still escapes the constant on every page, a call
// through reflection and four allocations, some forty times on a
// programme page. foldText turns the constants that html/template escapes
// as HTML text, or as a quoted attribute value, into template text that
// holds their escaped form, before html/template escapes the templates:
// html/template then copies that text as it is, as it would have written
// the escaped constant.
//
// Which constants those are is html/template's own decision, learnt from
// it rather than guessed: learnTextFolds escapes a throwaway copy of each
// layout's set, every template as html/template would start it (a layout
// from "base", a partial from partialCached) and every template they call,
// and reads the escaped copy. A constant folds when its action became the
// constant followed by the one escaper html/template applies to a string
// in <p>{{.}}</p>, or by the one it applies in <p title="{{.}}">; the
// text is what html/template writes for the constant there. A constant in
// a URL, a script, a style, <title>, or anywhere html/template escapes
// another way is left to html/template as before, and so is every
// constant of a template html/template also escapes for another context
// than the one it starts in (a partial called from an attribute or a
// script). TestFoldTextKeepsOutput renders templates with constants in
// each of these contexts both ways.

// textContexts are the contexts foldText folds constants in: a probe
// template that prints its data there, between the markers.
var textContexts = []string{
	`<p>` + probeStart + `{{.}}` + probeEnd + `</p>`,
	`<p title="` + probeStart + `{{.}}` + probeEnd + `">`,
}

const probeStart, probeEnd = "\x01", "\x02"

// textFolds says, for one layout's set of templates, which actions print
// through the escaper of HTML text or of a quoted attribute value: what
// foldText needs to fold the set's copy for each language.
type textFolds struct {
	escapers map[string]*template.Template // escaper → its probe
	at       map[foldKey]string            // action → its escaper, when one of escapers
	texts    map[string]string             // escaper and constant → text
}

type foldKey struct {
	name string // the template
	pos  parse.Pos
}

// learnTextFolds escapes a throwaway copy of t (a layout's set, parsed,
// before fold) and reads, for every action, which escaper html/template
// gave it. funcs are the set's template functions: the copy runs none of
// them. It returns nil when html/template escapes the probes in a way this
// code does not know: then nothing folds.
func learnTextFolds(t *template.Template, funcs template.FuncMap) *textFolds {
	tf := &textFolds{escapers: map[string]*template.Template{}, at: map[foldKey]string{}, texts: map[string]string{}}
	for _, src := range textContexts {
		probe, err := template.New("probe").Parse(src)
		if err != nil {
			return nil
		}
		if err := probe.Execute(io.Discard, ""); err != nil {
			return nil
		}
		id, ok := probeEscaper(probe.Tree.Root)
		if !ok {
			return nil
		}
		if _, seen := tf.escapers[id]; !seen {
			tf.escapers[id] = probe
		}
	}
	copySet, err := t.Clone()
	if err != nil {
		return nil
	}
	stubs := template.FuncMap{}
	for name := range funcs {
		stubs[name] = func(...any) (any, error) { return nil, errProbe }
	}
	copySet.Funcs(stubs)
	for _, tt := range t.Templates() {
		// Escapes tt as it would be started, and everything it calls;
		// running it stops at its first function call or output.
		_ = copySet.ExecuteTemplate(failWriter{}, tt.Name(), nil)
	}
	// A template called in another context than the one it starts in is
	// escaped a second time, as a copy under another name that Templates
	// does not list: such a template, and whatever it calls, folds
	// nothing.
	blocked := map[string]bool{}
	var block func(name string)
	block = func(name string) {
		if blocked[name] {
			return
		}
		blocked[name] = true
		if tt := t.Lookup(name); tt != nil && tt.Tree != nil {
			eachTemplateCall(tt.Tree.Root, block)
		}
	}
	for _, tt := range copySet.Templates() {
		if tt.Tree == nil || tt.Tree.Root == nil {
			continue
		}
		eachTemplateCall(tt.Tree.Root, func(called string) {
			if copySet.Lookup(called) != nil {
				return
			}
			for _, orig := range t.Templates() {
				if strings.HasPrefix(called, orig.Name()) {
					block(orig.Name())
				}
			}
		})
	}
	for _, tt := range copySet.Templates() {
		name := tt.Name()
		orig := t.Lookup(name)
		if tt.Tree == nil || tt.Tree.Root == nil || blocked[name] || orig == nil || orig.Tree == nil {
			continue
		}
		// The escapers html/template added are the commands after those
		// of the action as written.
		written := map[parse.Pos]int{}
		eachAction(orig.Tree.Root, func(a *parse.ActionNode) { written[a.Pos] = len(a.Pipe.Cmds) })
		eachAction(tt.Tree.Root, func(a *parse.ActionNode) {
			n, ok := written[a.Pos]
			if !ok || len(a.Pipe.Decl) != 0 || len(a.Pipe.Cmds) != n+1 || len(a.Pipe.Cmds[n].Args) != 1 {
				return
			}
			id, ok := a.Pipe.Cmds[n].Args[0].(*parse.IdentifierNode)
			if !ok {
				return
			}
			if _, known := tf.escapers[id.Ident]; known {
				tf.at[foldKey{name, a.Pos}] = id.Ident
			}
		})
	}
	return tf
}

// foldText replaces, in t (one language's copy of the set tf was learnt
// from, after fold), every action that prints a string constant through
// one of tf's escapers with the text html/template writes for it there.
func (tf *textFolds) foldText(t *template.Template) {
	if tf == nil {
		return
	}
	for _, tt := range t.Templates() {
		name := tt.Name()
		if tt.Tree == nil || tt.Tree.Root == nil {
			continue
		}
		eachList(tt.Tree.Root, func(l *parse.ListNode) {
			for i, n := range l.Nodes {
				a, ok := n.(*parse.ActionNode)
				if !ok {
					continue
				}
				id := tf.at[foldKey{name, a.Pos}]
				s, ok := constantText(a)
				if id == "" || !ok {
					continue
				}
				text, done := tf.texts[id+"\x00"+s]
				if !done {
					if text, ok = probeText(tf.escapers[id], s); !ok {
						continue
					}
					tf.texts[id+"\x00"+s] = text
				}
				l.Nodes[i] = &parse.TextNode{NodeType: parse.NodeText, Pos: a.Pos, Text: []byte(text)}
			}
		})
	}
}

var errProbe = errors.New("not run while probing")

// failWriter stops a template at its first output.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errProbe }

// probeEscaper returns the escaper html/template gave the one action of a
// probe.
func probeEscaper(root *parse.ListNode) (string, bool) {
	var id string
	var n int
	eachAction(root, func(a *parse.ActionNode) {
		n++
		p := a.Pipe
		if len(p.Decl) == 0 && len(p.Cmds) == 2 && len(p.Cmds[1].Args) == 1 {
			if ident, ok := p.Cmds[1].Args[0].(*parse.IdentifierNode); ok {
				id = ident.Ident
			}
		}
	})
	return id, n == 1 && id != ""
}

// constantText returns the string an unescaped action only prints.
func constantText(a *parse.ActionNode) (string, bool) {
	p := a.Pipe
	if len(p.Decl) != 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return "", false
	}
	s, ok := p.Cmds[0].Args[0].(*parse.StringNode)
	if !ok {
		return "", false
	}
	return s.Text, true
}

// probeText returns what html/template writes for s in the probe's context.
func probeText(probe *template.Template, s string) (string, bool) {
	var b strings.Builder
	if err := probe.Execute(&b, s); err != nil {
		return "", false
	}
	out := b.String()
	i, j := strings.Index(out, probeStart), strings.LastIndex(out, probeEnd)
	if i < 0 || j < i {
		return "", false
	}
	return out[i+len(probeStart) : j], true
}

// eachList calls f on every list of nodes under n, the inner ones first.
func eachList(n parse.Node, f func(*parse.ListNode)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			eachList(c, f)
		}
		f(n)
	case *parse.IfNode:
		eachList(n.List, f)
		eachList(n.ElseList, f)
	case *parse.RangeNode:
		eachList(n.List, f)
		eachList(n.ElseList, f)
	case *parse.WithNode:
		eachList(n.List, f)
		eachList(n.ElseList, f)
	}
}

// eachTemplateCall calls f with the name of every template n calls.
func eachTemplateCall(n parse.Node, f func(string)) {
	eachList(n, func(l *parse.ListNode) {
		for _, c := range l.Nodes {
			if tn, ok := c.(*parse.TemplateNode); ok {
				f(tn.Name)
			}
		}
	})
}

// eachAction calls f on every action under n.
func eachAction(n parse.Node, f func(*parse.ActionNode)) {
	eachList(n, func(l *parse.ListNode) {
		for _, c := range l.Nodes {
			if a, ok := c.(*parse.ActionNode); ok {
				f(a)
			}
		}
	})
}
