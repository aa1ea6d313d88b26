package picture

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"

	"golang.org/x/image/webp"
)

// Format is a source image's encoding.
type Format string

// The formats the pipeline reads.
const (
	JPEG Format = "jpeg"
	PNG  Format = "png"
	GIF  Format = "gif"
	WebP Format = "webp"
)

// Supported is said in every message about a format that is not read.
const Supported = "JPEG, PNG, WebP or GIF"

// sniff returns the format of an image from its first bytes, or an error
// that names what the file is when it is an image format the pipeline
// does not read.
func sniff(b []byte) (Format, error) {
	switch {
	case bytes.HasPrefix(b, []byte("\xff\xd8\xff")):
		return JPEG, nil
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return PNG, nil
	case bytes.HasPrefix(b, []byte("GIF87a")), bytes.HasPrefix(b, []byte("GIF89a")):
		return GIF, nil
	case len(b) >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP":
		return WebP, nil
	case bytes.HasPrefix(b, []byte("II*\x00")), bytes.HasPrefix(b, []byte("MM\x00*")):
		return "", fmt.Errorf("TIFF is not supported: export the image as %s", Supported)
	case len(b) >= 12 && string(b[4:8]) == "ftyp":
		brand := string(b[8:12])
		switch brand {
		case "avif", "avis":
			return "", fmt.Errorf("AVIF is not supported: export the image as %s", Supported)
		case "heic", "heix", "hevc", "mif1", "msf1":
			return "", fmt.Errorf("HEIC is not supported: export the photo as JPEG (on a phone: share it as JPEG, or set the camera to “most compatible”)")
		}
	case bytes.HasPrefix(b, []byte("BM")):
		return "", fmt.Errorf("BMP is not supported: export the image as %s", Supported)
	case bytes.HasPrefix(bytes.TrimLeft(b[:min(len(b), 512)], " \t\r\n\ufeff"), []byte("<")):
		return "", fmt.Errorf("this is not a raster image (SVG or HTML?): an SVG file is published as it is, give it the .svg extension")
	}
	return "", fmt.Errorf("not an image the pipeline can read (the file is damaged, or not in %s)", Supported)
}

// codecs are the name messages give each format and its decoders.
var codecs = map[Format]struct {
	name   string
	decode func(io.Reader) (image.Image, error)
	config func(io.Reader) (image.Config, error)
}{
	JPEG: {"JPEG", jpeg.Decode, jpeg.DecodeConfig},
	PNG:  {"PNG", png.Decode, png.DecodeConfig},
	GIF:  {"GIF", gif.Decode, gif.DecodeConfig},
	WebP: {"WebP", webp.Decode, webp.DecodeConfig},
}

// header is what is known of a source before decoding it.
type header struct {
	format Format
	// width and height are the displayed dimensions: after the EXIF
	// orientation, which swaps them for the rotations by 90°.
	width, height int
	orientation   int  // EXIF orientation, 1 to 8 (1: as stored)
	alpha         bool // the image may have transparent pixels
}

// readHeader reads a source's format, dimensions and orientation without
// decoding its pixels, and refuses an image of more than maxPixels.
func readHeader(b []byte, maxPixels int) (header, error) {
	f, err := sniff(b)
	if err != nil {
		return header{}, err
	}
	cfg, err := codecs[f].config(bytes.NewReader(b))
	if err != nil {
		return header{}, fmt.Errorf("damaged %s file: %v", codecs[f].name, err)
	}
	h := header{format: f, width: cfg.Width, height: cfg.Height, orientation: 1}
	if h.width <= 0 || h.height <= 0 {
		return header{}, fmt.Errorf("damaged %s file: it says it is %d×%d pixels", codecs[f].name, h.width, h.height)
	}
	if int64(h.width)*int64(h.height) > int64(maxPixels) {
		return header{}, fmt.Errorf("%d×%d pixels is more than the %d megapixels an image may have (images.maxPixels in site.yaml): scale it down before adding it", h.width, h.height, maxPixels/1_000_000)
	}
	switch f {
	case JPEG:
		h.orientation = exifOrientation(b)
		if h.orientation >= 5 {
			h.width, h.height = h.height, h.width
		}
	case PNG:
		h.alpha = pngAlpha(b)
	case GIF:
		h.alpha = true
	case WebP:
		h.alpha = webpAlpha(b)
	}
	return h, nil
}

var errNoExif = errors.New("no exif")

// exifOrientation returns the orientation tag (0x0112) of a JPEG's EXIF
// block, or 1 when it has none or an invalid one.
func exifOrientation(b []byte) int {
	tiff, err := exifBlock(b)
	if err != nil || len(tiff) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(tiff[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	ifd := int(bo.Uint32(tiff[4:8]))
	if ifd < 8 || ifd+2 > len(tiff) {
		return 1
	}
	n := int(bo.Uint16(tiff[ifd:]))
	for i := 0; i < n; i++ {
		e := ifd + 2 + 12*i
		if e+12 > len(tiff) {
			return 1
		}
		if bo.Uint16(tiff[e:]) == 0x0112 {
			if v := int(bo.Uint16(tiff[e+8:])); v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
	}
	return 1
}

// exifBlock returns the TIFF structure of a JPEG's APP1 Exif segment.
func exifBlock(b []byte) ([]byte, error) {
	i := 2
	for i+4 <= len(b) {
		if b[i] != 0xff {
			return nil, errNoExif
		}
		marker := b[i+1]
		if marker == 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker == 0x01 || marker == 0xff {
			i += 2
			continue
		}
		if marker == 0xda || marker == 0xd9 { // start of scan: no more headers
			return nil, errNoExif
		}
		l := int(binary.BigEndian.Uint16(b[i+2:]))
		if l < 2 || i+2+l > len(b) {
			return nil, errNoExif
		}
		seg := b[i+4 : i+2+l]
		if marker == 0xe1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return seg[6:], nil
		}
		i += 2 + l
	}
	return nil, errNoExif
}

// pngAlpha reports whether a PNG has an alpha channel or a transparent
// colour (tRNS).
func pngAlpha(b []byte) bool {
	if len(b) > 25 && (b[25] == 4 || b[25] == 6) {
		return true
	}
	for i := 8; i+8 <= len(b); {
		l := int(binary.BigEndian.Uint32(b[i:]))
		typ := string(b[i+4 : i+8])
		switch typ {
		case "tRNS":
			return true
		case "IDAT", "IEND":
			return false
		}
		if l < 0 || l > len(b) {
			return false
		}
		i += 12 + l
	}
	return false
}

// webpAlpha reports whether a WebP file may have transparent pixels.
func webpAlpha(b []byte) bool {
	if len(b) < 21 {
		return false
	}
	switch string(b[12:16]) {
	case "VP8L":
		return true
	case "VP8X":
		return b[20]&0x10 != 0
	}
	return false
}
