package picture

import (
	"image"

	"github.com/gohugoio/gift"
)

// attention chooses where a cw×ch crop of img goes when no focal point is
// given: where the image has the most detail. Subjects (a building, a
// face, a diagram's labels) have edges; skies, walls and backgrounds are
// flat. The image is shrunk to at most 64 pixels a side, its edge energy
// (the luminance gradient) summed in every position the crop can take
// along the axis it is free on, and the richest window wins; a tie goes
// to the position nearest the centre.
func attention(img image.Image, cw, ch int) (x, y int) {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	scale := min(1, 64.0/float64(max(w, h)))
	sw, sh := max(1, int(float64(w)*scale)), max(1, int(float64(h)*scale))
	g := gift.New(gift.Resize(sw, sh, gift.BoxResampling), gift.Grayscale())
	small := image.NewGray(image.Rect(0, 0, sw, sh))
	g.Draw(small, img)
	// energy[i] is the edge energy of column i (crop free across) or row i
	// (free down).
	across := cw < w
	n := sh
	if across {
		n = sw
	}
	energy := make([]int, n)
	for yy := 0; yy < sh; yy++ {
		for xx := 0; xx < sw; xx++ {
			v := int(small.GrayAt(xx, yy).Y)
			e := 0
			if xx+1 < sw {
				e += abs(int(small.GrayAt(xx+1, yy).Y) - v)
			}
			if yy+1 < sh {
				e += abs(int(small.GrayAt(xx, yy+1).Y) - v)
			}
			if across {
				energy[xx] += e
			} else {
				energy[yy] += e
			}
		}
	}
	free, size := h-ch, float64(ch)/float64(h)
	if across {
		free, size = w-cw, float64(cw)/float64(w)
	}
	win := max(1, int(size*float64(n)+0.5))
	best, bestSum, centre := 0, -1, (n-win)/2
	for start := 0; start+win <= n; start++ {
		sum := 0
		for i := start; i < start+win; i++ {
			sum += energy[i]
		}
		if sum > bestSum || (sum == bestSum && abs(start-centre) < abs(best-centre)) {
			best, bestSum = start, sum
		}
	}
	pos := 0
	if n > win {
		pos = best * free / (n - win)
	}
	pos = clamp(pos, 0, free)
	if across {
		return pos, 0
	}
	return 0, pos
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
