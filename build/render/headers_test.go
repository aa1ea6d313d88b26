package render

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/nginx-headers.conf")

// TestNginxSnippetDocumented keeps docs/nginx-headers.conf, which README
// points self-hosting users to, the same as the headers vitrine writes.
func TestNginxSnippetDocumented(t *testing.T) {
	const file = "../../docs/nginx-headers.conf"
	want := NginxSnippet()
	if *update {
		if err := os.WriteFile(file, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is out of date: run go test ./build/render -update", file)
	}
}

func TestMetaCSPLeavesOutHeaderOnlyDirectives(t *testing.T) {
	for _, d := range []string{"frame-ancestors", "upgrade-insecure-requests"} {
		if strings.Contains(MetaCSP, d) {
			t.Errorf("MetaCSP contains %s, which browsers ignore (and warn about) in a meta element", d)
		}
		if !strings.Contains(CSP, d) {
			t.Errorf("CSP lacks %s", d)
		}
	}
	for _, d := range []string{"script-src 'self'", "style-src 'self'", "object-src 'none'"} {
		if !strings.Contains(MetaCSP, d) {
			t.Errorf("MetaCSP lacks %s", d)
		}
	}
	if strings.Contains(CSP, "unsafe-inline") || strings.Contains(CSP, "unsafe-eval") {
		t.Error("the policy allows inline or eval'd code")
	}
}

// NginxSnippet returns the same headers as an nginx configuration snippet,
// for `vitrine` users who host the site themselves (see README.md).
func NginxSnippet() string {
	var b strings.Builder
	b.WriteString("# Security headers for a vitrine site (include in the server block).\n")
	for _, h := range SecurityHeaders {
		fmt.Fprintf(&b, "add_header %s \"%s\" always;\n", h[0], h[1])
	}
	b.WriteString("location /assets/ {\n    add_header Cache-Control \"public, max-age=31536000, immutable\";\n")
	for _, h := range SecurityHeaders {
		fmt.Fprintf(&b, "    add_header %s \"%s\" always;\n", h[0], h[1])
	}
	b.WriteString("}\nerror_page 404 /404.html;\n")
	return b.String()
}
