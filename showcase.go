// Package vitrine holds the showcase site of this repository — site.yaml,
// content/, data/ and i18n/ — embedded, so that `vitrine new site DIR`
// writes the same skeleton anywhere. The generator itself lives in build/
// and cmd/vitrine.
package vitrine

import "embed"

// Showcase is the repository's own site.
//
//go:embed site.yaml content data i18n
var Showcase embed.FS
