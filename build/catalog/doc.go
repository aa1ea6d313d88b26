// Package catalog is the catalogue part of the load stage: it decodes the
// YAML entries under data/ (institutions, programmes, chairs, networks,
// alumni contact points, key figures) into typed values, validates every
// field (codes, dates, URLs, privacy rules) and resolves the references
// between entries in both directions.
//
// In: an fs.FS rooted at the site. Out: a *Catalog and a list of
// positioned diagnostics. Nothing here renders or writes.
package catalog
