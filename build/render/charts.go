package render

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/vitrine-ssg/vitrine/build/catalog"
	"github.com/vitrine-ssg/vitrine/build/lang"
)

// Chart is a group of key figures drawn as a bar chart, with its text
// alternative and the figures as table rows.
type Chart struct {
	ID      string
	Title   string
	Unit    string
	Summary string        // the text alternative: every figure in one sentence
	Bars    template.HTML // the chart: a list of labels, bars and values
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
		c.Bars = r.barChart(c, figs)
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
//
// The chart is a list: each figure's label and value are HTML text, which
// wraps like any text at every width and in every language, and only the
// bar is SVG (its width is an attribute: the Content Security Policy allows
// no style attribute). A screen reader reads "label, value" per item; the
// SVG is decorative.
func (r *Renderer) barChart(c Chart, figs []*catalog.Figure) template.HTML {
	top := 100.0
	if c.Unit != "percent" {
		top = 0
		for _, f := range figs {
			top = max(top, f.Value, f.Max)
		}
		if top == 0 {
			top = 1
		}
	}
	pct := func(v float64) string {
		w := max(0.5, min(100, 100*v/top)) // a zero still shows as a sliver
		return strconv.FormatFloat(w, 'f', -1, 64)
	}
	var b strings.Builder
	esc := template.HTMLEscapeString
	fmt.Fprintf(&b, `<ul class="chart" id="%s">`, c.ID)
	for i, f := range figs {
		b.WriteString(`<li class="chart-row">`)
		fmt.Fprintf(&b, `<span class="chart-label">%s</span> `, esc(c.Rows[i].Label))
		b.WriteString(`<span class="chart-line"><svg class="chart-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">`)
		b.WriteString(`<rect class="chart-track" x="0" y="0" width="100" height="10"/>`)
		if f.Max > f.Value {
			fmt.Fprintf(&b, `<rect class="chart-range" x="0" y="0" width="%s" height="10"/>`, pct(f.Max))
		}
		fmt.Fprintf(&b, `<rect class="chart-bar" x="0" y="0" width="%s" height="10"/>`, pct(f.Value))
		fmt.Fprintf(&b, `</svg> <span class="chart-value">%s</span></span></li>`, esc(c.Rows[i].Value))
	}
	b.WriteString(`</ul>`)
	return template.HTML(b.String())
}
