// Package vitrine holds the showcase site of this repository — site.yaml,
// content/, data/, i18n/ and the script that fetches the editor of /admin/
// (admin/update.sh) — embedded, so that `vitrine new site DIR`
// writes the same skeleton anywhere. The generator itself lives in build/
// and cmd/vitrine.
package vitrine

import "embed"

// Showcase is the repository's own site. The all: prefixes keep the files
// whose names start with _ or . (content/_index.fr.md is the home page's
// text): a new site gets every file the showcase has, except the editor's
// script itself (admin/vendor/, 5 MB): a new site fetches it once with
// admin/update.sh, as its /admin/ page and the build's note say.
//
//go:embed site.yaml all:content all:data all:i18n all:static admin/update.sh
var Showcase embed.FS
