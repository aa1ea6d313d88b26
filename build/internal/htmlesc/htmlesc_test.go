package htmlesc

import (
	"html/template"
	"strings"
	"testing"
)

// The contexts the functions stand in for, as html/template escapes them.
var contexts = []struct {
	name, tmpl, before, after string
	fn                        func(*strings.Builder, string)
}{
	{"text", `<p>{{.}}</p>`, "<p>", "</p>", Text},
	{"attribute", `<p title="{{.}}">`, `<p title="`, `">`, Text},
	{"url", `<a href="{{.}}">`, `<a href="`, `">`, URL},
}

var samples = []string{
	"", "plain", "Français", "L'été & \"nous\" <b>1+1</b>", "\x00", "a\xffb\xc3",
	"https://example.org/fr/formations/x/", "/en/programmes/?q=a&b=c+d#top",
	"javascript:alert(1)", "JavaScript:x", "MAILTO:a@b.org", "HTTP://x", "data:text/html,x",
	"/a:b", "./a:b", "a/b:c", "100%", "%zz", "%4a%4A%4g", "%", "a%2", "espace ici",
	"é/ü?ß=ñ", "'quote'", "(paren)", "`tick`", "{brace}|\\^", "\t\n\r",
}

func TestMatchesHTMLTemplate(t *testing.T) {
	for _, c := range contexts {
		tmpl := template.Must(template.New(c.name).Parse(c.tmpl))
		for _, s := range samples {
			check(t, tmpl, c.name, c.before, c.after, c.fn, s)
		}
	}
}

func FuzzMatchesHTMLTemplate(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	tmpls := make([]*template.Template, len(contexts))
	for i, c := range contexts {
		tmpls[i] = template.Must(template.New(c.name).Parse(c.tmpl))
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, c := range contexts {
			check(t, tmpls[i], c.name, c.before, c.after, c.fn, s)
		}
	})
}

func check(t *testing.T, tmpl *template.Template, name, before, after string, fn func(*strings.Builder, string), s string) {
	t.Helper()
	var want strings.Builder
	if err := tmpl.Execute(&want, s); err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	got.WriteString(before)
	fn(&got, s)
	got.WriteString(after)
	if got.String() != want.String() {
		t.Errorf("%s %q: got %q, html/template writes %q", name, s, got.String(), want.String())
	}
}
