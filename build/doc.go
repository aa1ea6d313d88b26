// Package build wires the pipeline stages together — load, model, render,
// write — and nothing else. Prepare is the one place that assembles them: it
// loads a site through an fs.FS, builds its model and prepares its renderer
// and assets; Pipeline.Render renders every output and hands each to a
// consumer. Build's consumer writes the output folder, atomically; Memory's
// (for vitrine check and vitrine i18n) keeps the outputs in memory; the dev
// server's (package serve) keeps them too, with the pipeline, to render
// again what an edit changes.
//
// Fingerprint, the checksum of everything a build reads, is part of
// building: Build compares it with the output folder's manifest to skip a
// build when nothing changed. It reads the site's inputs and the options,
// which the write stage never sees, so it stays here.
//
// In: Options. Out: a Report and an output folder (Build), outputs in
// memory (Memory), or a Pipeline to render (Prepare).
package build
