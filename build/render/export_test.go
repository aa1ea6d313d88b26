package render

import (
	"html/template"
	"text/template/parse"

	"github.com/vitrine-ssg/vitrine/build/model"
)

// CountActions makes every language's templates count, in *n, the actions
// they evaluate: each action, condition, range and template call gets a
// last command "countAction", which passes its value on unchanged (and
// html/template then escapes it as before). It must be called before the
// first page is rendered, while the templates are still unescaped.
func (r *Renderer) CountActions(n *int) {
	count := func(v any) any { *n++; return v }
	for _, set := range r.layouts {
		for _, t := range set {
			t.Funcs(template.FuncMap{"countAction": count})
			for _, tt := range t.Templates() {
				if tt.Tree != nil {
					countNode(tt.Tree.Root)
				}
			}
		}
	}
}

func countNode(n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			countNode(c)
		}
	case *parse.ActionNode:
		countPipe(n.Pipe)
	case *parse.IfNode:
		countBranch(&n.BranchNode)
	case *parse.WithNode:
		countBranch(&n.BranchNode)
	case *parse.RangeNode:
		countBranch(&n.BranchNode)
	case *parse.TemplateNode:
		countPipe(n.Pipe)
	}
}

func countBranch(b *parse.BranchNode) {
	countPipe(b.Pipe)
	countNode(b.List)
	countNode(b.ElseList)
}

func countPipe(p *parse.PipeNode) {
	if p == nil || p.IsAssign {
		return
	}
	for _, c := range p.Cmds {
		if len(c.Args) == 1 {
			if id, ok := c.Args[0].(*parse.IdentifierNode); ok && id.Ident == "countAction" {
				return // a set shares its templates with others: counted once
			}
		}
	}
	p.Cmds = append(p.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: p.Pos,
		Args: []parse.Node{parse.NewIdentifier("countAction").SetTree(nil).SetPos(p.Pos)}})
}

// MenusBothWays returns the menus of p as pages get them (shared by the
// pages under one parent) and as built for p alone.
func (r *Renderer) MenusBothWays(p *model.Page) (shared, own map[string][]Link) {
	return r.menus(p), r.buildMenus(p)
}
