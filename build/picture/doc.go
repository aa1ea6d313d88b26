// Package picture is the image stage of the pipeline: every raster image a
// page shows goes through it. It reads a source image's header (format,
// dimensions, EXIF orientation) without decoding it, plans the variants a
// page needs (widths never above the source's, a crop to an aspect ratio
// around a focal point), and, once the pages are rendered, decodes each
// source once, applies its orientation, crops, resizes and encodes every
// variant as WebP and as JPEG or PNG. Nothing of the source's metadata
// (EXIF, XMP, IPTC, GPS, ICC comments) is copied: variants are encoded
// from pixels only.
//
// Encoded variants are cached in a folder outside the output, under a key
// made of the source's content and every parameter, so that a build with
// unchanged images encodes none.
//
// In: the site's static files (fs.FS), site.yaml's image settings. Out: a
// Picture per use (the variants' paths and sizes, for the render stage) and
// the variants' bytes, handed to the caller as outputs.
//
// WebP is encoded by libwebp compiled to WebAssembly and run by wazero
// (github.com/gen2brain/webp): pure Go, no cgo. Build vitrine with
// -tags nodynamic (and CGO_ENABLED=0): without the tag, that package loads
// a system libwebp.so when it finds one, and its dlopen support makes the
// binary dynamically linked even without cgo.
package picture
