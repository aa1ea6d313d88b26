package render

import (
	"fmt"
	"html/template"
	"math"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/lang"
)

// Chart is a group of key figures drawn as an SVG bar chart, with its text
// alternative and the figures as table rows.
type Chart struct {
	ID      string
	Title   string
	Unit    string
	Summary string // the text alternative: every figure in one sentence
	SVG     template.HTML
	Rows    []ChartRow
}

// ChartRow is one figure of a chart, formatted for the language.
type ChartRow struct {
	Label  string
	Value  string
	Year   int
	Source string
}

// charts groups the key figures by group and unit, in file order, and draws
// each group at build time: no script runs in the browser.
func (r *Renderer) charts(code string) []Chart {
	if r.site.Catalog == nil {
		return nil
	}
	chain := r.site.Langs.Chain(code)
	var order []string
	groups := map[string][]*catalog.Figure{}
	for _, f := range r.site.Catalog.Figures {
		g, _, _ := f.Group.Get(chain)
		key := g + "\x00" + f.Unit
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], f)
	}
	var out []Chart
	for i, key := range order {
		figs := groups[key]
		title, unit, _ := strings.Cut(key, "\x00")
		c := Chart{ID: fmt.Sprintf("chart-%d", i+1), Title: title, Unit: unit}
		var parts []string
		for _, f := range figs {
			row := ChartRow{Year: f.Year, Value: r.figure(code, f)}
			row.Label, _, _ = f.Label.Get(chain)
			row.Source, _, _ = f.Source.Get(chain)
			c.Rows = append(c.Rows, row)
			parts = append(parts, row.Label+": "+row.Value)
		}
		c.Summary = strings.Join(parts, "; ")
		c.SVG = r.barChart(c, figs)
		out = append(out, c)
	}
	return out
}

// figure writes a figure's value for the language: "20 %", a range
// "465 € – 613 €" when it has a max, after the word of its approx ("près de
// 20 %").
func (r *Renderer) figure(code string, f *catalog.Figure) string {
	s := r.amount(code, f.Unit, f.Value)
	if f.Max > f.Value {
		lo, hi := s, r.amount(code, f.Unit, f.Max)
		if strings.ContainsAny(lo+hi, " \u00a0\u202f") {
			s = lo + " – " + hi
		} else {
			s = lo + "–" + hi
		}
	}
	if f.Approx != "" {
		s = r.label(code, lang.Approx, f.Approx) + " " + s
	}
	return s
}

// amount writes one value in a figure's unit.
func (r *Renderer) amount(code, unit string, v float64) string {
	switch unit {
	case "percent":
		return r.fmts[code].Percent(v)
	case "eur":
		return r.fmts[code].Money(v, "EUR")
	}
	return r.fmts[code].Number(v)
}

// barChart draws horizontal bars: percentages on a 0–100 scale, other units
// relative to the group's largest value. A range (a figure with a max) is a
// bar to its lower end and a lighter band on to its upper end.
func (r *Renderer) barChart(c Chart, figs []*catalog.Figure) template.HTML {
	const (
		width   = 400 // about a phone's width: text keeps its size there, and scales up a little on wide screens
		barH    = 22
		rowH    = 58
		labelDY = 16
		padX    = 4
	)
	max := 100.0
	if c.Unit != "percent" {
		max = 0
		for _, f := range figs {
			max = math.Max(max, math.Max(f.Value, f.Max))
		}
		if max == 0 {
			max = 1
		}
	}
	height := rowH * len(figs)
	var b strings.Builder
	esc := template.HTMLEscapeString
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-labelledby="%s-t %s-d" xmlns="http://www.w3.org/2000/svg">`, width, height, c.ID, c.ID)
	fmt.Fprintf(&b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, c.ID, esc(c.Title), c.ID, esc(c.Summary))
	for i, f := range figs {
		y := i * rowH
		w := int(float64(width-2*padX) * f.Value / max)
		if w < 2 {
			w = 2
		}
		fmt.Fprintf(&b, `<text class="chart-label" x="%d" y="%d">%s</text>`, padX, y+labelDY, esc(c.Rows[i].Label))
		fmt.Fprintf(&b, `<rect class="chart-track" x="%d" y="%d" width="%d" height="%d" rx="3"/>`, padX, y+labelDY+6, width-2*padX, barH)
		if f.Max > f.Value {
			wMax := int(float64(width-2*padX) * f.Max / max)
			fmt.Fprintf(&b, `<rect class="chart-range" x="%d" y="%d" width="%d" height="%d" rx="3"/>`, padX, y+labelDY+6, wMax, barH)
		}
		fmt.Fprintf(&b, `<rect class="chart-bar" x="%d" y="%d" width="%d" height="%d" rx="3"/>`, padX, y+labelDY+6, w, barH)
		anchor, tx, cls := "start", padX+w+6, "chart-value"
		if w > width/2 {
			anchor, tx, cls = "end", padX+w-6, "chart-value chart-value-in"
		}
		fmt.Fprintf(&b, `<text class="%s" x="%d" y="%d" text-anchor="%s">%s</text>`, cls, tx, y+labelDY+6+barH-6, anchor, esc(c.Rows[i].Value))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
