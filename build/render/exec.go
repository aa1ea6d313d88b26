package render

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"text/template/parse"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/lang"
	"github.com/vitrine-ssg/vitrine/build/model"
)

// Compiled templates.
//
// text/template interprets a parse tree on every execution: each field is
// looked up by name through reflection, each function is found by name and
// called through reflect.Value.Call, and each of html/template's escapers
// takes its arguments as a fresh []any. On a site of 25,000 pages that is
// most of the rendering time. A program is the same escaped trees turned
// into Go closures once per template set: functions are resolved when the
// program is built, constant arguments converted once, field lookups
// remembered per type, the theme's most used function signatures and the
// escapers called directly.
//
// A program does what text/template does with the same tree, not more: the
// escaping is html/template's own, done before compiling (only trees that
// html/template has escaped are compiled), and the escapers here are
// checked against html/template's by tests. A program covers the common
// part of the template language; a tree using anything else is not
// compiled, and a run that meets anything else at run time — an error, a
// value of a kind it does not handle — stops, and the page is rendered
// again by html/template itself, which then writes the page or reports the
// error exactly as it always did. TestCompiledMatchesInterpreted renders
// whole sites both ways and compares every byte.

// errInterpret stops a compiled run: html/template renders the page instead.
var errInterpret = errors.New("render with html/template")

// maxCompiledDepth bounds nested template calls in a compiled run; deeper
// recursion is left to html/template, which reports it.
const maxCompiledDepth = 1000

// program is the compiled form of one escaped template set.
type program struct {
	set   *template.Template
	funcs template.FuncMap
	tmpls map[string]*ctemplate
}

// ctemplate is one compiled template; run is set once its body is compiled
// (templates may call themselves).
type ctemplate struct {
	run func(s *xstate, dot reflect.Value) error
}

// xstate is the state of one compiled run.
type xstate struct {
	w     *bytes.Buffer
	vars  []xvar
	base  int // vars below base belong to the calling templates
	depth int
}

type xvar struct {
	name  string
	value reflect.Value
}

// xfunc evaluates a node to a value.
type xfunc func(s *xstate, dot reflect.Value) (reflect.Value, error)

// xnode runs a node, writing its output.
type xnode func(s *xstate, dot reflect.Value) error

// notCovered is the error of compile for a node programs do not cover.
func notCovered(n parse.Node) error {
	if n == nil {
		return errInterpret
	}
	return fmt.Errorf("%w: %s", errInterpret, n)
}

// errBreak and errContinue carry {{break}} and {{continue}} to their range.
var (
	errBreak    = errors.New("break")
	errContinue = errors.New("continue")
)

// compile returns the program of the set t for the named entry templates,
// or an error saying what in the trees programs do not cover. t must have
// been executed (escaped) from every entry first.
func compile(t *template.Template, funcs template.FuncMap, entries ...string) (*program, error) {
	p := &program{set: t, funcs: funcs, tmpls: map[string]*ctemplate{}}
	for _, name := range entries {
		if t.Lookup(name) == nil {
			continue
		}
		if _, err := p.template(name); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return p, nil
}

// execute runs the compiled template name with data into w. On any error
// the caller discards what was written and runs html/template instead.
func (p *program) execute(w *bytes.Buffer, name string, data any) (err error) {
	ct := p.tmpls[name]
	if ct == nil || ct.run == nil {
		return errInterpret
	}
	defer func() {
		if recover() != nil {
			err = errInterpret
		}
	}()
	dot := reflect.ValueOf(data)
	s := &xstate{w: w, vars: make([]xvar, 1, 16)}
	s.vars[0] = xvar{"$", dot}
	if err := ct.run(s, dot); err != nil {
		return errInterpret
	}
	return nil
}

// template compiles the template name of the set.
func (p *program) template(name string) (*ctemplate, error) {
	if ct, ok := p.tmpls[name]; ok {
		return ct, nil
	}
	tt := p.set.Lookup(name)
	if tt == nil || tt.Tree == nil || tt.Tree.Root == nil {
		return nil, fmt.Errorf("%w: no template %q", errInterpret, name)
	}
	ct := &ctemplate{}
	p.tmpls[name] = ct
	run, err := p.list(tt.Tree.Root)
	if err != nil {
		return nil, err
	}
	ct.run = run
	return ct, nil
}

func (p *program) list(l *parse.ListNode) (xnode, error) {
	if l == nil {
		return func(*xstate, reflect.Value) error { return nil }, nil
	}
	var nodes []xnode
	for _, n := range l.Nodes {
		x, err := p.node(n)
		if err != nil {
			return nil, err
		}
		if x != nil {
			nodes = append(nodes, x)
		}
	}
	switch len(nodes) {
	case 0:
		return func(*xstate, reflect.Value) error { return nil }, nil
	case 1:
		return nodes[0], nil
	}
	return func(s *xstate, dot reflect.Value) error {
		for _, n := range nodes {
			if err := n(s, dot); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

func (p *program) node(n parse.Node) (xnode, error) {
	switch n := n.(type) {
	case *parse.TextNode:
		text := n.Text
		return func(s *xstate, _ reflect.Value) error {
			s.w.Write(text)
			return nil
		}, nil
	case *parse.CommentNode:
		return nil, nil
	case *parse.ActionNode:
		if x, ok, err := p.escapedAction(n.Pipe); ok {
			return x, err
		}
		pipe, err := p.pipeline(n.Pipe)
		if err != nil {
			return nil, err
		}
		if len(n.Pipe.Decl) > 0 {
			return func(s *xstate, dot reflect.Value) error {
				_, err := pipe(s, dot)
				return err
			}, nil
		}
		return func(s *xstate, dot reflect.Value) error {
			v, err := pipe(s, dot)
			if err != nil {
				return err
			}
			// The escapers end every printed pipeline: anything but a
			// string is left to html/template.
			if v.Kind() != reflect.String || v.Type() != stringType {
				return errInterpret
			}
			s.w.WriteString(v.String())
			return nil
		}, nil
	case *parse.IfNode:
		return p.ifOrWith(false, &n.BranchNode)
	case *parse.WithNode:
		return p.ifOrWith(true, &n.BranchNode)
	case *parse.RangeNode:
		return p.rangeNode(n)
	case *parse.TemplateNode:
		return p.templateNode(n)
	case *parse.BreakNode:
		return func(*xstate, reflect.Value) error { return errBreak }, nil
	case *parse.ContinueNode:
		return func(*xstate, reflect.Value) error { return errContinue }, nil
	case *parse.ListNode:
		return p.list(n)
	}
	return nil, notCovered(n)
}

// escapedAction compiles a printing action that ends with escapers, the
// common case: the escapers run on the string and the last one writes
// straight to the output. ok is false for other actions.
func (p *program) escapedAction(pipe *parse.PipeNode) (xnode, bool, error) {
	if len(pipe.Decl) > 0 {
		return nil, false, nil
	}
	k := len(pipe.Cmds)
	for k > 1 {
		c := pipe.Cmds[k-1]
		id, ok := c.Args[0].(*parse.IdentifierNode)
		if !ok || len(c.Args) != 1 || !strings.HasPrefix(id.Ident, "_html_template_") {
			break
		}
		k--
	}
	if k == len(pipe.Cmds) {
		return nil, false, nil
	}
	var escs []func(string, contentType) (string, bool)
	for _, c := range pipe.Cmds[k:] {
		name := c.Args[0].(*parse.IdentifierNode).Ident
		esc, ok := escapers[name]
		if !ok {
			return nil, true, fmt.Errorf("%w: escaper %s", errInterpret, name)
		}
		escs = append(escs, esc)
	}
	last := pipe.Cmds[len(pipe.Cmds)-1].Args[0].(*parse.IdentifierNode).Ident
	htmlLast := last == "_html_template_htmlescaper" || last == "_html_template_attrescaper" || last == "_html_template_rcdataescaper"
	if htmlLast {
		escs = escs[:len(escs)-1]
	}
	prefix, err := p.pipeline(&parse.PipeNode{NodeType: parse.NodePipe, Cmds: pipe.Cmds[:k]})
	if err != nil {
		return nil, true, err
	}
	return func(s *xstate, dot reflect.Value) error {
		v, err := prefix(s, dot)
		if err != nil {
			return err
		}
		str, ct, ok := stringify(v)
		if !ok {
			return errInterpret
		}
		for _, esc := range escs {
			if str, ok = esc(str, ct); !ok {
				return errInterpret
			}
			ct = contentPlain
		}
		switch {
		case !htmlLast:
			s.w.WriteString(str)
		case ct == contentHTML:
			if last != "_html_template_htmlescaper" {
				return errInterpret // tags are stripped first
			}
			s.w.WriteString(str)
		default:
			writeEscapedHTML(s.w, str)
		}
		return nil
	}, true, nil
}

// branch compiles the pipeline and lists of an if, with or range;
// elseList is nil when there is no else.
func (p *program) branch(b *parse.BranchNode) (pipe xfunc, list, elseList xnode, err error) {
	if pipe, err = p.pipeline(b.Pipe); err != nil {
		return nil, nil, nil, err
	}
	if list, err = p.list(b.List); err != nil {
		return nil, nil, nil, err
	}
	if b.ElseList != nil {
		if elseList, err = p.list(b.ElseList); err != nil {
			return nil, nil, nil, err
		}
	}
	return pipe, list, elseList, nil
}

func (p *program) ifOrWith(with bool, b *parse.BranchNode) (xnode, error) {
	pipe, list, elseList, err := p.branch(b)
	if err != nil {
		return nil, err
	}
	return func(s *xstate, dot reflect.Value) error {
		mark := len(s.vars)
		defer s.pop(mark)
		v, err := pipe(s, dot)
		if err != nil {
			return err
		}
		t, ok := isTrue(indirectInterface(v))
		if !ok {
			return errInterpret
		}
		if t {
			if with {
				return list(s, v)
			}
			return list(s, dot)
		}
		if elseList != nil {
			return elseList(s, dot)
		}
		return nil
	}, nil
}

func (p *program) rangeNode(r *parse.RangeNode) (xnode, error) {
	if r.Pipe.IsAssign || len(r.Pipe.Decl) > 2 {
		return nil, notCovered(r)
	}
	pipe, list, elseList, err := p.branch(&r.BranchNode)
	if err != nil {
		return nil, err
	}
	decls := len(r.Pipe.Decl)
	return func(s *xstate, dot reflect.Value) error {
		mark := len(s.vars)
		defer s.pop(mark)
		v, err := pipe(s, dot)
		if err != nil {
			return err
		}
		v, _ = indirect(v)
		switch v.Kind() {
		case reflect.Array, reflect.Slice:
			n := v.Len()
			if n == 0 {
				break
			}
			top := len(s.vars)
			for i := 0; i < n; i++ {
				elem := v.Index(i)
				switch decls {
				case 1:
					s.vars[top-1].value = elem
				case 2:
					s.vars[top-2].value = reflect.ValueOf(i)
					s.vars[top-1].value = elem
				}
				err := list(s, elem)
				s.pop(top)
				if err == errBreak {
					break
				}
				if err != nil && err != errContinue {
					return err
				}
			}
			return nil
		case reflect.Invalid:
		default:
			// Maps, channels, integers and functions: html/template.
			return errInterpret
		}
		if elseList != nil {
			return elseList(s, dot)
		}
		return nil
	}, nil
}

func (p *program) templateNode(t *parse.TemplateNode) (xnode, error) {
	if _, err := p.template(t.Name); err != nil {
		return nil, err
	}
	ct := p.tmpls[t.Name]
	var pipe xfunc
	if t.Pipe != nil {
		var err error
		if pipe, err = p.pipeline(t.Pipe); err != nil {
			return nil, err
		}
	}
	return func(s *xstate, dot reflect.Value) error {
		if s.depth >= maxCompiledDepth || ct.run == nil {
			return errInterpret
		}
		var data reflect.Value
		if pipe != nil {
			var err error
			if data, err = pipe(s, dot); err != nil {
				return err
			}
		}
		base, mark := s.base, len(s.vars)
		s.vars = append(s.vars, xvar{"$", data})
		s.base = mark
		s.depth++
		err := ct.run(s, data)
		s.depth--
		s.base = base
		s.pop(mark)
		return err
	}, nil
}

func (s *xstate) pop(mark int) {
	for i := mark; i < len(s.vars); i++ {
		s.vars[i] = xvar{}
	}
	s.vars = s.vars[:mark]
}

func (s *xstate) varValue(name string) (reflect.Value, error) {
	for i := len(s.vars) - 1; i >= s.base; i-- {
		if s.vars[i].name == name {
			return s.vars[i].value, nil
		}
	}
	return reflect.Value{}, errInterpret
}

func (s *xstate) setVar(name string, v reflect.Value) error {
	for i := len(s.vars) - 1; i >= s.base; i-- {
		if s.vars[i].name == name {
			s.vars[i].value = v
			return nil
		}
	}
	return errInterpret
}

// pipeline compiles a pipeline: its commands, each given the previous
// one's value as its last argument, then its variable declarations.
func (p *program) pipeline(pipe *parse.PipeNode) (xfunc, error) {
	if pipe == nil {
		return func(*xstate, reflect.Value) (reflect.Value, error) { return reflect.Value{}, nil }, nil
	}
	cmds := make([]xcommand, len(pipe.Cmds))
	for i, c := range pipe.Cmds {
		x, err := p.command(c)
		if err != nil {
			return nil, err
		}
		cmds[i] = x
	}
	var decls []string
	for _, v := range pipe.Decl {
		if len(v.Ident) != 1 {
			return nil, notCovered(pipe)
		}
		decls = append(decls, v.Ident[0])
	}
	assign := pipe.IsAssign
	return func(s *xstate, dot reflect.Value) (reflect.Value, error) {
		var v reflect.Value
		for i, c := range cmds {
			var err error
			if v, err = c(s, dot, v, i > 0); err != nil {
				return reflect.Value{}, err
			}
			if v.Kind() == reflect.Interface && v.Type().NumMethod() == 0 {
				v = reflect.ValueOf(v.Interface())
			}
		}
		for _, name := range decls {
			if assign {
				if err := s.setVar(name, v); err != nil {
					return reflect.Value{}, err
				}
			} else {
				s.vars = append(s.vars, xvar{name, v})
			}
		}
		return v, nil
	}, nil
}

// xcommand evaluates a command; final is the previous command's value,
// when hasFinal.
type xcommand func(s *xstate, dot, final reflect.Value, hasFinal bool) (reflect.Value, error)

func (p *program) command(cmd *parse.CommandNode) (xcommand, error) {
	args := cmd.Args
	switch n := args[0].(type) {
	case *parse.FieldNode:
		return p.fieldChain(nil, n.Ident, args)
	case *parse.ChainNode:
		if len(n.Field) == 0 {
			return nil, notCovered(n)
		}
		recv, err := p.operand(n.Node)
		if err != nil {
			return nil, err
		}
		return p.fieldChain(recv, n.Field, args)
	case *parse.VariableNode:
		name := n.Ident[0]
		if len(n.Ident) == 1 {
			if len(args) > 1 {
				return nil, notCovered(cmd)
			}
			return func(s *xstate, _, _ reflect.Value, hasFinal bool) (reflect.Value, error) {
				if hasFinal {
					return reflect.Value{}, errInterpret
				}
				return s.varValue(name)
			}, nil
		}
		recv := func(s *xstate, _ reflect.Value) (reflect.Value, error) { return s.varValue(name) }
		return p.fieldChain(recv, n.Ident[1:], args)
	case *parse.IdentifierNode:
		return p.call(n.Ident, args[1:])
	case *parse.PipeNode:
		if len(args) > 1 {
			return nil, notCovered(cmd)
		}
		pipe, err := p.pipeline(n)
		if err != nil {
			return nil, err
		}
		return noFinal(pipe), nil
	}
	if len(args) > 1 {
		return nil, notCovered(cmd)
	}
	var v reflect.Value
	switch n := args[0].(type) {
	case *parse.DotNode:
		return noFinal(func(_ *xstate, dot reflect.Value) (reflect.Value, error) { return dot, nil }), nil
	case *parse.BoolNode:
		v = reflect.ValueOf(n.True)
	case *parse.StringNode:
		v = reflect.ValueOf(n.Text)
	case *parse.NumberNode:
		var ok bool
		if v, ok = idealConstant(n); !ok {
			return nil, notCovered(n)
		}
	default:
		return nil, notCovered(cmd)
	}
	return noFinal(func(*xstate, reflect.Value) (reflect.Value, error) { return v, nil }), nil
}

// noFinal makes a command of an operand that takes no argument.
func noFinal(f xfunc) xcommand {
	return func(s *xstate, dot, _ reflect.Value, hasFinal bool) (reflect.Value, error) {
		if hasFinal {
			return reflect.Value{}, errInterpret
		}
		return f(s, dot)
	}
}

// operand compiles a node used as a value: an argument, or the receiver of
// a chain.
func (p *program) operand(n parse.Node) (xfunc, error) {
	switch n := n.(type) {
	case *parse.DotNode:
		return func(_ *xstate, dot reflect.Value) (reflect.Value, error) { return dot, nil }, nil
	case *parse.FieldNode, *parse.ChainNode, *parse.VariableNode, *parse.IdentifierNode:
		cmd, err := p.command(&parse.CommandNode{NodeType: parse.NodeCommand, Args: []parse.Node{n}})
		if err != nil {
			return nil, err
		}
		return func(s *xstate, dot reflect.Value) (reflect.Value, error) { return cmd(s, dot, reflect.Value{}, false) }, nil
	case *parse.PipeNode:
		return p.pipeline(n)
	}
	return nil, notCovered(n)
}

// idealConstant is the value of a number constant with no type to fit:
// an int, or a float64 when written as one.
func idealConstant(n *parse.NumberNode) (reflect.Value, bool) {
	text := strings.TrimLeft(n.Text, "+-")
	if text == "" || strings.HasPrefix(text, "0") && len(text) > 1 || strings.ContainsAny(text, "'_") {
		return reflect.Value{}, false // octal, hex, binary, runes: left to text/template
	}
	if n.IsFloat && strings.ContainsAny(text, ".eE") && !strings.ContainsAny(text, "pPxX") {
		return reflect.ValueOf(n.Float64), true
	}
	if n.IsInt && strings.Trim(text, "0123456789") == "" && int64(int(n.Int64)) == n.Int64 {
		return reflect.ValueOf(int(n.Int64)), true
	}
	return reflect.Value{}, false
}

// fieldChain compiles .A.B.C (receiver nil: dot) or x.A.B, the last
// field taking args[1:] and the final value when it is a method.
func (p *program) fieldChain(recv xfunc, idents []string, args []parse.Node) (xcommand, error) {
	lookups := make([]*fieldLookup, len(idents))
	for i, name := range idents {
		lookups[i] = &fieldLookup{name: name}
	}
	callArgs, err := p.args(args[1:])
	if err != nil {
		return nil, err
	}
	return func(s *xstate, dot, final reflect.Value, hasFinal bool) (reflect.Value, error) {
		v := dot
		if recv != nil {
			var err error
			if v, err = recv(s, dot); err != nil {
				return reflect.Value{}, err
			}
		}
		last := len(lookups) - 1
		for i, l := range lookups {
			var err error
			if i < last {
				v, err = l.eval(s, dot, v, nil, reflect.Value{}, false)
			} else {
				v, err = l.eval(s, dot, v, callArgs, final, hasFinal)
			}
			if err != nil {
				return reflect.Value{}, err
			}
		}
		return v, nil
	}, nil
}

// fieldLookup evaluates one field or method name, remembering how it was
// found for the last receiver type.
type fieldLookup struct {
	name string
	plan atomic.Pointer[fieldPlan]
}

type fieldPlan struct {
	typ    reflect.Type // the type the method was looked up on
	method int          // method index, or -1
	field  []int        // field index, for a struct
	isMap  bool
}

func (l *fieldLookup) eval(s *xstate, dot, recv reflect.Value, args []xarg, final reflect.Value, hasFinal bool) (reflect.Value, error) {
	if !recv.IsValid() {
		return reflect.Value{}, nil // a missing map key: no value
	}
	recv, isNil := indirect(recv)
	if isNil {
		return reflect.Value{}, errInterpret
	}
	ptr := recv
	if ptr.Kind() != reflect.Pointer && ptr.CanAddr() {
		ptr = ptr.Addr()
	}
	typ := ptr.Type()
	plan := l.plan.Load()
	if plan == nil || plan.typ != typ {
		plan = l.makePlan(typ, recv.Type())
		l.plan.Store(plan)
	}
	switch {
	case plan.method >= 0:
		return callValue(s, dot, ptr.Method(plan.method), args, final, hasFinal)
	case plan.field != nil:
		if len(args) > 0 || hasFinal {
			return reflect.Value{}, errInterpret
		}
		return recv.FieldByIndexErr(plan.field)
	case plan.isMap:
		if len(args) > 0 || hasFinal {
			return reflect.Value{}, errInterpret
		}
		v := recv.MapIndex(reflect.ValueOf(l.name))
		return v, nil // invalid when missing: no value, as text/template's default
	}
	return reflect.Value{}, errInterpret
}

func (l *fieldLookup) makePlan(ptrType, recvType reflect.Type) *fieldPlan {
	plan := &fieldPlan{typ: ptrType, method: -1}
	if m, ok := ptrType.MethodByName(l.name); ok {
		plan.method = m.Index
		return plan
	}
	switch recvType.Kind() {
	case reflect.Struct:
		if f, ok := recvType.FieldByName(l.name); ok && f.IsExported() {
			plan.field = f.Index
		}
	case reflect.Map:
		if recvType.Key() == stringType {
			plan.isMap = true
		}
	}
	return plan
}

// xarg is a compiled argument of a call.
type xarg struct {
	value  xfunc      // dot, fields, variables, calls and pipelines
	node   parse.Node // constants, converted to the parameter's type
	static reflect.Value
}

func (p *program) args(nodes []parse.Node) ([]xarg, error) {
	out := make([]xarg, len(nodes))
	for i, n := range nodes {
		switch n.(type) {
		case *parse.StringNode, *parse.NumberNode, *parse.BoolNode, *parse.NilNode:
			out[i].node = n
		default:
			f, err := p.operand(n)
			if err != nil {
				return nil, err
			}
			out[i].value = f
		}
	}
	return out, nil
}

// constArg converts a constant node to an argument of type typ, as
// text/template does.
func constArg(n parse.Node, typ reflect.Type) (reflect.Value, bool) {
	switch n := n.(type) {
	case *parse.NilNode:
		switch typ.Kind() {
		case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
			return reflect.Zero(typ), true
		}
		return reflect.Value{}, false
	case *parse.StringNode:
		if typ.Kind() == reflect.String {
			v := reflect.New(typ).Elem()
			v.SetString(n.Text)
			return v, true
		}
	case *parse.BoolNode:
		if typ.Kind() == reflect.Bool {
			v := reflect.New(typ).Elem()
			v.SetBool(n.True)
			return v, true
		}
	case *parse.NumberNode:
		switch typ.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			if n.IsInt {
				v := reflect.New(typ).Elem()
				v.SetInt(n.Int64)
				return v, !v.OverflowInt(n.Int64) || v.Int() == n.Int64
			}
		case reflect.Float32, reflect.Float64:
			if n.IsFloat {
				v := reflect.New(typ).Elem()
				v.SetFloat(n.Float64)
				return v, true
			}
		}
	}
	if typ.Kind() == reflect.Interface && typ.NumMethod() == 0 {
		switch n := n.(type) {
		case *parse.StringNode:
			return reflect.ValueOf(n.Text), true
		case *parse.BoolNode:
			return reflect.ValueOf(n.True), true
		case *parse.NumberNode:
			return idealConstant(n)
		}
	}
	return reflect.Value{}, false
}

// eval evaluates the argument as a value of type typ.
func (a *xarg) eval(s *xstate, dot reflect.Value, typ reflect.Type) (reflect.Value, error) {
	if a.value == nil {
		if a.static.IsValid() && a.static.Type() == typ {
			return a.static, nil
		}
		v, ok := constArg(a.node, typ)
		if !ok {
			return reflect.Value{}, errInterpret
		}
		return v, nil
	}
	v, err := a.value(s, dot)
	if err != nil {
		return reflect.Value{}, err
	}
	return validateType(v, typ)
}

// validateType converts v to an argument of type typ as text/template
// does, or fails.
func validateType(v reflect.Value, typ reflect.Type) (reflect.Value, error) {
	if !v.IsValid() {
		switch typ.Kind() {
		case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
			return reflect.Zero(typ), nil
		}
		return reflect.Value{}, errInterpret
	}
	if v.Type().AssignableTo(typ) {
		return v, nil
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		if e := v.Elem(); e.Type().AssignableTo(typ) {
			return e, nil
		}
	}
	switch {
	case v.Kind() == reflect.Pointer && v.Type().Elem().AssignableTo(typ):
		if v.IsNil() {
			return reflect.Value{}, errInterpret
		}
		return v.Elem(), nil
	case reflect.PointerTo(v.Type()).AssignableTo(typ) && v.CanAddr():
		return v.Addr(), nil
	}
	return reflect.Value{}, errInterpret
}

// call compiles a call of the function name with args.
func (p *program) call(name string, argNodes []parse.Node) (xcommand, error) {
	args, err := p.args(argNodes)
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(name, "_html_template_") {
		esc, ok := escapers[name]
		if !ok || len(args) > 0 {
			return nil, fmt.Errorf("%w: escaper %s", errInterpret, name)
		}
		return func(_ *xstate, _, final reflect.Value, hasFinal bool) (reflect.Value, error) {
			if !hasFinal {
				return reflect.Value{}, errInterpret
			}
			s, ct, ok := stringify(final)
			if !ok {
				return reflect.Value{}, errInterpret
			}
			out, ok := esc(s, ct)
			if !ok {
				return reflect.Value{}, errInterpret
			}
			return reflect.ValueOf(out), nil
		}, nil
	}
	fn, ok := p.funcs[name]
	if !ok {
		x, err := p.builtin(name, args)
		if err != nil {
			return nil, fmt.Errorf("%w: function %s", errInterpret, name)
		}
		return x, nil
	}
	fv := reflect.ValueOf(fn)
	ft := fv.Type()
	// Arity as text/template checks it, counting the final value: when it
	// does not fit, the run is left to html/template, which reports it.
	for i := range args {
		if args[i].value == nil {
			if t := paramType(ft, i); t != nil {
				args[i].static, _ = constArg(args[i].node, t)
			}
		}
	}
	fast := fastCall(fn)
	return func(s *xstate, dot, final reflect.Value, hasFinal bool) (reflect.Value, error) {
		argv, err := evalArgs(s, dot, ft, args, final, hasFinal)
		if err != nil {
			return reflect.Value{}, err
		}
		if fast != nil {
			return fast(argv)
		}
		return callFunc(fv, argv)
	}, nil
}

// paramType is the type of argument i of a function of type ft, or nil.
func paramType(ft reflect.Type, i int) reflect.Type {
	if ft.IsVariadic() && i >= ft.NumIn()-1 {
		return ft.In(ft.NumIn() - 1).Elem()
	}
	if i < ft.NumIn() {
		return ft.In(i)
	}
	return nil
}

// evalArgs evaluates the arguments of a call of a function of type ft.
func evalArgs(s *xstate, dot reflect.Value, ft reflect.Type, args []xarg, final reflect.Value, hasFinal bool) ([]reflect.Value, error) {
	numIn := len(args)
	if hasFinal {
		numIn++
	}
	if ft.IsVariadic() {
		if numIn < ft.NumIn()-1 {
			return nil, errInterpret
		}
	} else if numIn != ft.NumIn() {
		return nil, errInterpret
	}
	if ft.NumOut() == 0 || ft.NumOut() > 2 || ft.NumOut() == 2 && ft.Out(1) != errorType {
		return nil, errInterpret
	}
	argv := make([]reflect.Value, numIn)
	for i := range args {
		v, err := args[i].eval(s, dot, paramType(ft, i))
		if err != nil {
			return nil, err
		}
		argv[i] = v
	}
	if hasFinal {
		v, err := validateType(final, paramType(ft, numIn-1))
		if err != nil {
			return nil, err
		}
		argv[numIn-1] = v
	}
	return argv, nil
}

// callValue calls a method value.
func callValue(s *xstate, dot, fn reflect.Value, args []xarg, final reflect.Value, hasFinal bool) (reflect.Value, error) {
	argv, err := evalArgs(s, dot, fn.Type(), args, final, hasFinal)
	if err != nil {
		return reflect.Value{}, err
	}
	return callFunc(fn, argv)
}

func callFunc(fn reflect.Value, argv []reflect.Value) (reflect.Value, error) {
	out := fn.Call(argv)
	if len(out) == 2 && !out[1].IsNil() {
		return reflect.Value{}, errInterpret
	}
	v := out[0]
	if v.Type() == reflectValueType {
		v = v.Interface().(reflect.Value)
	}
	return v, nil
}

// fastCall returns a direct call for the template functions' most used
// signatures, or nil: reflect.Value.Call costs more than most of them.
// The arguments have been converted to the parameters' types.
func fastCall(fn any) func([]reflect.Value) (reflect.Value, error) {
	switch f := fn.(type) {
	case func(string) string:
		return func(a []reflect.Value) (reflect.Value, error) { return reflect.ValueOf(f(a[0].String())), nil }
	case func(string, any) string:
		return func(a []reflect.Value) (reflect.Value, error) {
			return reflect.ValueOf(f(a[0].String(), a[1].Interface())), nil
		}
	case func(any) string:
		return func(a []reflect.Value) (reflect.Value, error) { return reflect.ValueOf(f(a[0].Interface())), nil }
	case func(any) bool:
		return func(a []reflect.Value) (reflect.Value, error) { return reflect.ValueOf(f(a[0].Interface())), nil }
	case func(lang.Text) template.HTML:
		return func(a []reflect.Value) (reflect.Value, error) {
			return reflect.ValueOf(f(a[0].Interface().(lang.Text))), nil
		}
	case func(lang.Text) string:
		return func(a []reflect.Value) (reflect.Value, error) {
			return reflect.ValueOf(f(a[0].Interface().(lang.Text))), nil
		}
	case func(*model.P) string:
		return func(a []reflect.Value) (reflect.Value, error) {
			return reflect.ValueOf(f(a[0].Interface().(*model.P))), nil
		}
	case func(*model.P) template.HTML:
		return func(a []reflect.Value) (reflect.Value, error) {
			return reflect.ValueOf(f(a[0].Interface().(*model.P))), nil
		}
	case func(string, string) *model.P:
		return func(a []reflect.Value) (reflect.Value, error) {
			return reflect.ValueOf(f(a[0].String(), a[1].String())), nil
		}
	case func(catalog.Markdown, string, ...int) template.HTML:
		return func(a []reflect.Value) (reflect.Value, error) {
			levels := make([]int, len(a)-2)
			for i := range levels {
				levels[i] = int(a[i+2].Int())
			}
			return reflect.ValueOf(f(a[0].Interface().(catalog.Markdown), a[1].String(), levels...)), nil
		}
	case func(string, ...any) string:
		return func(a []reflect.Value) (reflect.Value, error) {
			rest := make([]any, len(a)-1)
			for i := range rest {
				rest[i] = a[i+1].Interface()
			}
			return reflect.ValueOf(f(a[0].String(), rest...)), nil
		}
	case func(...any) (map[string]any, error):
		return func(a []reflect.Value) (reflect.Value, error) {
			all := make([]any, len(a))
			for i := range all {
				all[i] = a[i].Interface()
			}
			m, err := f(all...)
			if err != nil {
				return reflect.Value{}, errInterpret
			}
			return reflect.ValueOf(m), nil
		}
	}
	return nil
}

// builtin compiles a call of one of text/template's predefined functions.
func (p *program) builtin(name string, args []xarg) (xcommand, error) {
	// Arguments of the comparison and logic functions are reflect.Values:
	// any value, or no value.
	values := func(s *xstate, dot, final reflect.Value, hasFinal bool) ([]reflect.Value, error) {
		out := make([]reflect.Value, 0, len(args)+1)
		for i := range args {
			if args[i].value == nil {
				v, ok := constArg(args[i].node, emptyInterfaceType)
				if !ok {
					return nil, errInterpret
				}
				out = append(out, v)
				continue
			}
			v, err := args[i].value(s, dot)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		if hasFinal {
			out = append(out, final)
		}
		return out, nil
	}
	switch name {
	case "and", "or":
		or := name == "or"
		return func(s *xstate, dot, final reflect.Value, hasFinal bool) (reflect.Value, error) {
			if len(args) == 0 && !hasFinal {
				return reflect.Value{}, errInterpret
			}
			var v reflect.Value
			for i := range args {
				if args[i].value == nil {
					var ok bool
					if v, ok = constArg(args[i].node, emptyInterfaceType); !ok {
						return reflect.Value{}, errInterpret
					}
				} else {
					var err error
					if v, err = args[i].value(s, dot); err != nil {
						return reflect.Value{}, err
					}
				}
				if truth(v) == or {
					return v, nil
				}
			}
			if hasFinal {
				v = final
			}
			return v, nil
		}, nil
	case "not", "len", "eq", "ne", "lt", "le", "gt", "ge", "index", "print":
	default:
		return nil, errInterpret
	}
	return func(s *xstate, dot, final reflect.Value, hasFinal bool) (reflect.Value, error) {
		vs, err := values(s, dot, final, hasFinal)
		if err != nil {
			return reflect.Value{}, err
		}
		switch name {
		case "not":
			if len(vs) != 1 {
				return reflect.Value{}, errInterpret
			}
			return reflect.ValueOf(!truth(vs[0])), nil
		case "len":
			if len(vs) != 1 {
				return reflect.Value{}, errInterpret
			}
			v, isNil := indirect(vs[0])
			if isNil {
				return reflect.Value{}, errInterpret
			}
			switch v.Kind() {
			case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
				return reflect.ValueOf(v.Len()), nil
			}
			return reflect.Value{}, errInterpret
		case "eq", "ne":
			if len(vs) < 2 || name == "ne" && len(vs) != 2 {
				return reflect.Value{}, errInterpret
			}
			eq := false
			for _, b := range vs[1:] {
				t, ok := equal(vs[0], b)
				if !ok {
					return reflect.Value{}, errInterpret
				}
				if t {
					eq = true
					break
				}
			}
			return reflect.ValueOf(eq == (name == "eq")), nil
		case "lt", "le", "gt", "ge":
			if len(vs) != 2 {
				return reflect.Value{}, errInterpret
			}
			lt, ok := less(vs[0], vs[1])
			if !ok {
				return reflect.Value{}, errInterpret
			}
			eq, ok := equal(vs[0], vs[1])
			if !ok {
				return reflect.Value{}, errInterpret
			}
			var t bool
			switch name {
			case "lt":
				t = lt
			case "le":
				t = lt || eq
			case "gt":
				t = !lt && !eq
			case "ge":
				t = !lt
			}
			return reflect.ValueOf(t), nil
		case "index":
			if len(vs) < 1 {
				return reflect.Value{}, errInterpret
			}
			return index(vs[0], vs[1:])
		case "print":
			all := make([]any, len(vs))
			for i, v := range vs {
				if !v.IsValid() {
					return reflect.Value{}, errInterpret
				}
				all[i] = v.Interface()
			}
			return reflect.ValueOf(fmt.Sprint(all...)), nil
		}
		return reflect.Value{}, errInterpret
	}, nil
}

var (
	errorType          = reflect.TypeFor[error]()
	reflectValueType   = reflect.TypeFor[reflect.Value]()
	emptyInterfaceType = reflect.TypeFor[any]()
)

// indirect follows pointers and interfaces to a value, as text/template
// does; isNil reports a nil pointer or interface on the way.
func indirect(v reflect.Value) (reflect.Value, bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

// isTrue is text/template's truth: ok is false for values it cannot judge.
func isTrue(v reflect.Value) (truth, ok bool) {
	if !v.IsValid() {
		return false, true
	}
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() > 0, true
	case reflect.Bool:
		return v.Bool(), true
	case reflect.Complex64, reflect.Complex128:
		return v.Complex() != 0, true
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.UnsafePointer, reflect.Interface:
		return !v.IsNil(), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() != 0, true
	case reflect.Float32, reflect.Float64:
		return v.Float() != 0, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() != 0, true
	case reflect.Struct:
		return true, true
	}
	return false, false
}

func truth(v reflect.Value) bool {
	t, _ := isTrue(indirectInterface(v))
	return t
}

type basicKind int

const (
	otherKind basicKind = iota
	boolKind
	intKind
	uintKind
	floatKind
	stringKind
)

func kindOf(v reflect.Value) basicKind {
	switch v.Kind() {
	case reflect.Bool:
		return boolKind
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intKind
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintKind
	case reflect.Float32, reflect.Float64:
		return floatKind
	case reflect.String:
		return stringKind
	}
	return otherKind
}

// equal compares basic values as text/template's eq does; ok is false
// for the comparisons it leaves to text/template (which may report them).
func equal(a, b reflect.Value) (eq, ok bool) {
	a, b = indirectInterface(a), indirectInterface(b)
	ka, kb := kindOf(a), kindOf(b)
	if ka == otherKind || kb == otherKind {
		return false, false
	}
	if ka != kb {
		switch {
		case ka == intKind && kb == uintKind:
			return a.Int() >= 0 && uint64(a.Int()) == b.Uint(), true
		case ka == uintKind && kb == intKind:
			return b.Int() >= 0 && a.Uint() == uint64(b.Int()), true
		}
		return false, false
	}
	switch ka {
	case boolKind:
		return a.Bool() == b.Bool(), true
	case intKind:
		return a.Int() == b.Int(), true
	case uintKind:
		return a.Uint() == b.Uint(), true
	case floatKind:
		return a.Float() == b.Float(), true
	case stringKind:
		return a.String() == b.String(), true
	}
	return false, false
}

// less is text/template's lt for basic values.
func less(a, b reflect.Value) (lt, ok bool) {
	a, b = indirectInterface(a), indirectInterface(b)
	ka, kb := kindOf(a), kindOf(b)
	if ka != kb {
		switch {
		case ka == intKind && kb == uintKind:
			return a.Int() < 0 || uint64(a.Int()) < b.Uint(), true
		case ka == uintKind && kb == intKind:
			return b.Int() >= 0 && a.Uint() < uint64(b.Int()), true
		}
		return false, false
	}
	switch ka {
	case intKind:
		return a.Int() < b.Int(), true
	case uintKind:
		return a.Uint() < b.Uint(), true
	case floatKind:
		return a.Float() < b.Float(), true
	case stringKind:
		return a.String() < b.String(), true
	}
	return false, false
}

// index is text/template's index for slices, arrays and maps with string
// keys.
func index(item reflect.Value, keys []reflect.Value) (reflect.Value, error) {
	item = indirectInterface(item)
	if !item.IsValid() {
		return reflect.Value{}, errInterpret
	}
	for _, k := range keys {
		k = indirectInterface(k)
		var isNil bool
		if item, isNil = indirect(item); isNil {
			return reflect.Value{}, errInterpret
		}
		switch item.Kind() {
		case reflect.Array, reflect.Slice:
			if kindOf(k) != intKind {
				return reflect.Value{}, errInterpret
			}
			x := k.Int()
			if x < 0 || x >= int64(item.Len()) {
				return reflect.Value{}, errInterpret
			}
			item = item.Index(int(x))
		case reflect.Map:
			if !k.IsValid() || !k.Type().AssignableTo(item.Type().Key()) {
				return reflect.Value{}, errInterpret
			}
			if x := item.MapIndex(k); x.IsValid() {
				item = x
			} else {
				item = reflect.Zero(item.Type().Elem())
			}
		default:
			return reflect.Value{}, errInterpret
		}
	}
	return item, nil
}

// The escapers: html/template's, for the values the theme prints.

type contentType int

const (
	contentPlain contentType = iota
	contentHTML
	contentURL
	contentOther // CSS, HTMLAttr, JS, JSStr, Srcset: left to html/template
)

var (
	htmlType = reflect.TypeFor[template.HTML]()
	urlType  = reflect.TypeFor[template.URL]()
	safeType = map[reflect.Type]bool{
		reflect.TypeFor[template.CSS]():      true,
		reflect.TypeFor[template.HTMLAttr](): true,
		reflect.TypeFor[template.JS]():       true,
		reflect.TypeFor[template.JSStr]():    true,
		reflect.TypeFor[template.Srcset]():   true,
	}
)

// stringify returns the text html/template's escapers see for v, and its
// content type; ok is false for values it leaves to html/template.
func stringify(v reflect.Value) (string, contentType, bool) {
	if !v.IsValid() {
		return "", contentPlain, true // an untyped nil prints nothing
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "", contentPlain, true
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		switch t := v.Type(); {
		case t == stringType:
			return v.String(), contentPlain, true
		case t == htmlType:
			return v.String(), contentHTML, true
		case t == urlType:
			return v.String(), contentURL, true
		case safeType[t]:
			return "", contentOther, false
		}
		if v.NumMethod() == 0 {
			return v.String(), contentPlain, true
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.NumMethod() == 0 {
			return strconv.FormatInt(v.Int(), 10), contentPlain, true
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.NumMethod() == 0 {
			return strconv.FormatUint(v.Uint(), 10), contentPlain, true
		}
	case reflect.Bool:
		if v.NumMethod() == 0 {
			return strconv.FormatBool(v.Bool()), contentPlain, true
		}
	case reflect.Float32, reflect.Float64:
		if v.NumMethod() == 0 {
			return fmt.Sprint(v.Interface()), contentPlain, true
		}
	}
	return "", contentOther, false
}

// escapers are html/template's escaping functions, by the names its
// escaped trees call them; ok is false for what they leave to
// html/template.
var escapers = map[string]func(s string, ct contentType) (string, bool){
	"_html_template_htmlescaper": func(s string, ct contentType) (string, bool) {
		if ct == contentHTML {
			return s, true
		}
		return escapeHTML(s), true
	},
	"_html_template_attrescaper": func(s string, ct contentType) (string, bool) {
		if ct == contentHTML {
			return "", false // tags are stripped first
		}
		return escapeHTML(s), true
	},
	"_html_template_rcdataescaper": func(s string, ct contentType) (string, bool) {
		if ct == contentHTML {
			return "", false
		}
		return escapeHTML(s), true
	},
	"_html_template_urlfilter": func(s string, ct contentType) (string, bool) {
		if ct == contentURL || safeURL(s) {
			return s, true
		}
		return "#ZgotmplZ", true
	},
	"_html_template_urlnormalizer": func(s string, _ contentType) (string, bool) {
		return escapeURL(s, true), true
	},
	"_html_template_urlescaper": func(s string, ct contentType) (string, bool) {
		return escapeURL(s, ct == contentURL), true
	},
}

// htmlEscapes are the replacements of html/template's text and attribute
// escaping.
var htmlEscapes = [...]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

func escapeHTML(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return r < rune(len(htmlEscapes)) && htmlEscapes[r] != "" })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for j := i; j < len(s); j++ {
		c := s[j]
		if int(c) < len(htmlEscapes) && htmlEscapes[c] != "" {
			b.WriteString(htmlEscapes[c])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// writeEscapedHTML writes escapeHTML(s) to w.
func writeEscapedHTML(w *bytes.Buffer, s string) {
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if int(c) < len(htmlEscapes) && htmlEscapes[c] != "" {
			w.WriteString(s[written:i])
			w.WriteString(htmlEscapes[c])
			written = i + 1
		}
	}
	w.WriteString(s[written:])
}

// safeURL reports whether s has no scheme, or http, https or mailto.
func safeURL(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || strings.Contains(scheme, "/") {
		return true
	}
	return strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
}

// escapeURL percent-encodes the bytes of s a URL cannot hold as they are;
// with norm, reserved characters and valid escapes are kept (normalizing
// rather than escaping).
func escapeURL(s string, norm bool) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
			continue
		case strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0:
			if norm {
				continue
			}
		case c == '%':
			if norm && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				continue
			}
		}
		if written == 0 {
			b.Grow(len(s) + 16)
		}
		b.WriteString(s[written:i])
		b.WriteByte('%')
		b.WriteByte("0123456789abcdef"[c>>4])
		b.WriteByte("0123456789abcdef"[c&15])
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
