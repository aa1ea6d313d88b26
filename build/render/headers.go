package render

import (
	"fmt"
	"strings"
)

// CSP is the Content Security Policy of the default theme: everything from
// the site itself, no inline script or style (JSON-LD data blocks are not
// executed, so they need no exception), no third party at all.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests"

// MetaCSP is CSP as a <meta> element can carry it: browsers ignore
// frame-ancestors and upgrade-insecure-requests there and warn about them.
var MetaCSP = strings.NewReplacer("; frame-ancestors 'none'", "", "; upgrade-insecure-requests", "").Replace(CSP)

// SecurityHeaders are the response headers every page should carry, in
// order.
var SecurityHeaders = [][2]string{
	{"Content-Security-Policy", CSP},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "strict-origin-when-cross-origin"},
	{"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"X-Frame-Options", "DENY"},
}

// headersFile renders _headers, read by Netlify and Cloudflare Pages (and
// ignored by other hosts): the security headers on every path, and long
// caching for fingerprinted assets.
func (r *Renderer) headersFile() Output {
	var b strings.Builder
	base := r.site.Config.Base.Path
	fmt.Fprintf(&b, "%s*\n", base)
	for _, h := range SecurityHeaders {
		fmt.Fprintf(&b, "  %s: %s\n", h[0], h[1])
	}
	fmt.Fprintf(&b, "\n%sassets/*\n  Cache-Control: public, max-age=31536000, immutable\n", base)
	if csp := r.opts.AdminCSP; csp != "" {
		// The editor needs a wider policy, and its login popup must be
		// able to answer it. Netlify serves the value of the last rule
		// that matches a path; Cloudflare Pages joins them, and needs
		// the lines docs/cms.md gives ("Hosts and headers").
		fmt.Fprintf(&b, "\n%sadmin/*\n  Content-Security-Policy: %s; frame-ancestors 'none'\n  Cross-Origin-Opener-Policy: same-origin-allow-popups\n", base, csp)
	}
	return Output{Path: "_headers", MediaType: "text/plain", Body: []byte(b.String())}
}
