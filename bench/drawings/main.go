// Command drawings draws the showcase site's illustrations: original
// pictures made for vitrine (a map of Belgium's university towns, a
// cross-border network diagram, a library, a lecture hall…), rendered to
// JPEG so that the image pipeline has real raster files to process, and
// the institutions' stand-in logos: plain wordmarks (the short name beside
// a geometric mark), rendered to PNG with transparent corners. They are
// published under CC BY 4.0 (static/images/LICENCE.txt,
// static/logos/LICENCE.txt).
//
//	go run ./bench/drawings -o static/images -logos static/logos
package main

import (
	"flag"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"

	"golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// canvas is an RGBA image drawn at twice its final size, then shrunk: the
// shrinking smooths the edges a second time.
type canvas struct {
	img  *image.RGBA
	w, h int
}

func newCanvas(w, h int, top, bottom color.RGBA) *canvas {
	c := &canvas{img: image.NewRGBA(image.Rect(0, 0, 2*w, 2*h)), w: 2 * w, h: 2 * h}
	for y := 0; y < c.h; y++ {
		t := float64(y) / float64(c.h-1)
		col := mix(top, bottom, t)
		for x := 0; x < c.w; x++ {
			c.img.SetRGBA(x, y, col)
		}
	}
	return c
}

func mix(a, b color.RGBA, t float64) color.RGBA {
	f := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.RGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 255}
}

// fill paints a closed polygon, points in the final image's pixels.
func (c *canvas) fill(pts [][2]float64, col color.RGBA) {
	z := vector.NewRasterizer(c.w, c.h)
	z.MoveTo(float32(2*pts[0][0]), float32(2*pts[0][1]))
	for _, p := range pts[1:] {
		z.LineTo(float32(2*p[0]), float32(2*p[1]))
	}
	z.ClosePath()
	z.Draw(c.img, c.img.Bounds(), image.NewUniform(col), image.Point{})
}

// circle paints a disc.
func (c *canvas) circle(x, y, r float64, col color.RGBA) {
	var pts [][2]float64
	for i := 0; i < 48; i++ {
		a := 2 * math.Pi * float64(i) / 48
		pts = append(pts, [2]float64{x + r*math.Cos(a), y + r*math.Sin(a)})
	}
	c.fill(pts, col)
}

// line paints a thick segment.
func (c *canvas) line(x1, y1, x2, y2, width float64, col color.RGBA) {
	dx, dy := x2-x1, y2-y1
	l := math.Hypot(dx, dy)
	nx, ny := -dy/l*width/2, dx/l*width/2
	c.fill([][2]float64{{x1 + nx, y1 + ny}, {x2 + nx, y2 + ny}, {x2 - nx, y2 - ny}, {x1 - nx, y1 - ny}}, col)
}

// arc paints a thick quadratic curve from (x1,y1) to (x2,y2) bowed by bend,
// as one polygon: the curve offset to either side.
func (c *canvas) arc(x1, y1, x2, y2, bend, width float64, col color.RGBA) {
	mx, my := (x1+x2)/2, (y1+y2)/2
	dx, dy := x2-x1, y2-y1
	l := math.Hypot(dx, dy)
	cx, cy := mx-dy/l*bend, my+dx/l*bend
	var left, right [][2]float64
	for i := 0; i <= 32; i++ {
		t := float64(i) / 32
		x := (1-t)*(1-t)*x1 + 2*(1-t)*t*cx + t*t*x2
		y := (1-t)*(1-t)*y1 + 2*(1-t)*t*cy + t*t*y2
		tx := 2*(1-t)*(cx-x1) + 2*t*(x2-cx)
		ty := 2*(1-t)*(cy-y1) + 2*t*(y2-cy)
		tl := math.Hypot(tx, ty)
		nx, ny := -ty/tl*width/2, tx/tl*width/2
		left = append(left, [2]float64{x + nx, y + ny})
		right = append(right, [2]float64{x - nx, y - ny})
	}
	for i := len(right) - 1; i >= 0; i-- {
		left = append(left, right[i])
	}
	c.fill(left, col)
}

func (c *canvas) save(path string, quality int) {
	out := image.NewRGBA(image.Rect(0, 0, c.w/2, c.h/2))
	draw.CatmullRom.Scale(out, out.Bounds(), c.img, c.img.Bounds(), draw.Src, nil)
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := jpeg.Encode(f, out, &jpeg.Options{Quality: quality}); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

var (
	navy   = color.RGBA{0x1d, 0x35, 0x57, 255}
	sea    = color.RGBA{0xc9, 0xdf, 0xec, 255}
	sea2   = color.RGBA{0xa9, 0xc9, 0xdc, 255}
	land   = color.RGBA{0xf4, 0xef, 0xe3, 255}
	border = color.RGBA{0xd9, 0xcf, 0xb8, 255}
	red    = color.RGBA{0xc8, 0x3c, 0x2e, 255}
	gold   = color.RGBA{0xe9, 0xb4, 0x3a, 255}
	green  = color.RGBA{0x3f, 0x8f, 0x6b, 255}
	white  = color.RGBA{0xff, 0xff, 0xff, 255}
)

// belgium is a simplified outline of the country, longitude and latitude.
var belgium = [][2]float64{
	{2.54, 51.09}, {3.02, 51.25}, {3.37, 51.37}, {3.85, 51.21}, {4.24, 51.37}, {4.40, 51.36},
	{4.55, 51.48}, {4.78, 51.50}, {5.04, 51.48}, {5.10, 51.43}, {5.24, 51.31}, {5.51, 51.29},
	{5.85, 51.15}, {5.64, 50.85}, {5.70, 50.76}, {6.02, 50.75}, {6.27, 50.62}, {6.40, 50.33},
	{6.13, 50.13}, {5.97, 50.17}, {5.75, 49.87}, {5.90, 49.64}, {5.81, 49.55}, {5.47, 49.50},
	{5.09, 49.76}, {4.86, 49.79}, {4.87, 50.15}, {4.69, 49.99}, {4.43, 49.93}, {4.15, 49.98},
	{4.22, 50.26}, {3.70, 50.32}, {3.29, 50.53}, {3.03, 50.77}, {2.63, 50.81}, {2.54, 51.09},
}

// towns with a university or university college, longitude and latitude.
var towns = [][2]float64{
	{4.35, 50.85}, {4.40, 51.22}, {3.72, 51.05}, {5.57, 50.63}, {4.70, 50.88}, {4.87, 50.47},
	{3.95, 50.45}, {4.61, 50.67}, {6.03, 50.63}, {5.34, 50.93}, {3.22, 51.21}, {4.45, 50.41},
	{3.26, 50.83}, {5.81, 49.68}, {4.69, 50.56},
}

// project maps longitude and latitude into a box of the image.
func project(lon, lat, x0, y0, scale float64) (float64, float64) {
	return x0 + (lon-2.5)*scale*math.Cos(50.5*math.Pi/180), y0 + (51.55-lat)*scale
}

// mapOfTowns: the home page's banner, Belgium and its university towns
// linked to each other and to the neighbouring countries.
func mapOfTowns(dir string) {
	const w, h = 1600, 1000
	c := newCanvas(w, h, sea, sea2)
	scale := 420.0
	x0, y0 := 260.0, 120.0
	// Neighbouring land, as soft shapes along the edges.
	c.fill([][2]float64{{0, 640}, {250, 560}, {520, 700}, {760, 900}, {820, 1000}, {0, 1000}}, border)
	c.fill([][2]float64{{1600, 0}, {1180, 0}, {1250, 220}, {1330, 520}, {1600, 700}}, border)
	c.fill([][2]float64{{900, 0}, {1180, 0}, {1120, 90}, {860, 60}}, border)
	var pts [][2]float64
	for _, p := range belgium {
		x, y := project(p[0], p[1], x0, y0, scale)
		pts = append(pts, [2]float64{x, y})
	}
	// A shadow, then the country.
	shadow := make([][2]float64, len(pts))
	for i, p := range pts {
		shadow[i] = [2]float64{p[0] + 10, p[1] + 14}
	}
	c.fill(shadow, color.RGBA{0x8f, 0xae, 0xc2, 255})
	c.fill(pts, land)
	// Links between the towns.
	var tx, ty []float64
	for _, t := range towns {
		x, y := project(t[0], t[1], x0, y0, scale)
		tx, ty = append(tx, x), append(ty, y)
	}
	for i := range towns {
		for j := i + 1; j < len(towns); j++ {
			if d := math.Hypot(tx[i]-tx[j], ty[i]-ty[j]); d < 260 {
				c.arc(tx[i], ty[i], tx[j], ty[j], d/6, 3, color.RGBA{0x9d, 0xb4, 0xc8, 255})
			}
		}
	}
	// Routes abroad.
	for _, r := range [][4]float64{{0, 3, 1500, 260}, {3, 8, 1560, 560}, {2, 0, 60, 80}, {1, 0, 700, 20}, {6, 13, 300, 960}} {
		i := int(r[0])
		c.arc(tx[i], ty[i], r[2], r[3], 90, 5, gold)
	}
	for i := range towns {
		c.circle(tx[i], ty[i], 17, white)
		col := red
		if i%3 == 1 {
			col = navy
		}
		c.circle(tx[i], ty[i], 11, col)
	}
	c.save(filepath.Join(dir, "belgium-university-towns.jpg"), 82)
}

// euregio: a diagram of a cross-border programme — campuses on both sides
// of a river, linked by the routes students take.
func euregio(dir string) {
	const w, h = 1200, 800
	c := newCanvas(w, h, color.RGBA{0xee, 0xf3, 0xe8, 255}, color.RGBA{0xdc, 0xe8, 0xd4, 255})
	// The river.
	var river [][2]float64
	for y := -20.0; y <= 820; y += 20 {
		river = append(river, [2]float64{560 + 70*math.Sin(y/130), y})
	}
	for i := len(river) - 1; i >= 0; i-- {
		river = append(river, [2]float64{river[i][0] + 90, river[i][1]})
	}
	c.fill(river, sea2)
	// Fields, as soft bands.
	for i := 0; i < 6; i++ {
		y := 80 + float64(i)*120
		col := color.RGBA{0xc9, 0xdc, 0xbd, 255}
		if i%2 == 1 {
			col = color.RGBA{0xd8, 0xe4, 0xc6, 255}
		}
		c.fill([][2]float64{{0, y}, {420, y - 30}, {470, y + 40}, {0, y + 70}}, col)
		c.fill([][2]float64{{760, y + 20}, {1200, y - 10}, {1200, y + 60}, {800, y + 90}}, col)
	}
	campuses := [][2]float64{{220, 230}, {300, 560}, {930, 190}, {1010, 470}, {860, 680}}
	for i := range campuses {
		for j := i + 1; j < len(campuses); j++ {
			a, b := campuses[i], campuses[j]
			c.arc(a[0], a[1], b[0], b[1], 40, 6, gold)
		}
	}
	for i, p := range campuses {
		// A building: a block, a roof, windows.
		col := []color.RGBA{red, navy, green, red, navy}[i]
		c.fill([][2]float64{{p[0] - 70, p[1] - 10}, {p[0] + 70, p[1] - 10}, {p[0] + 70, p[1] + 70}, {p[0] - 70, p[1] + 70}}, white)
		c.fill([][2]float64{{p[0] - 84, p[1] - 8}, {p[0], p[1] - 70}, {p[0] + 84, p[1] - 8}}, col)
		for k := 0; k < 4; k++ {
			x := p[0] - 52 + float64(k)*32
			c.fill([][2]float64{{x, p[1] + 10}, {x + 18, p[1] + 10}, {x + 18, p[1] + 48}, {x, p[1] + 48}}, mix(col, white, 0.35))
		}
	}
	c.save(filepath.Join(dir, "cross-border-campuses.jpg"), 80)
}

// laboratory: a stylised microscope view of cells, for the life-science
// programmes and the news about assessment in research.
func laboratory(dir string) {
	const w, h = 1200, 800
	c := newCanvas(w, h, color.RGBA{0x15, 0x2a, 0x44, 255}, color.RGBA{0x0d, 0x1c, 0x30, 255})
	c.circle(600, 400, 360, color.RGBA{0x1f, 0x3d, 0x5e, 255})
	c.circle(600, 400, 340, color.RGBA{0x27, 0x4c, 0x72, 255})
	seed := uint32(7)
	rnd := func() float64 {
		seed = seed*1664525 + 1013904223
		return float64(seed>>8) / float64(1<<24)
	}
	for i := 0; i < 26; i++ {
		a, r := 2*math.Pi*rnd(), 300*math.Sqrt(rnd())
		x, y := 600+r*math.Cos(a), 400+r*math.Sin(a)
		size := 22 + 30*rnd()
		col := []color.RGBA{{0x7f, 0xd1, 0xb9, 255}, {0xf2, 0x9e, 0x8e, 255}, {0xf6, 0xd3, 0x7a, 255}}[i%3]
		c.circle(x, y, size, mix(col, white, 0.2))
		c.circle(x+size*0.15, y-size*0.1, size*0.38, mix(col, navy, 0.45))
	}
	c.save(filepath.Join(dir, "cells-under-the-microscope.jpg"), 80)
}

// rect paints an axis-aligned rectangle.
func (c *canvas) rect(x, y, w, h float64, col color.RGBA) {
	c.fill([][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}, col)
}

// star paints a five-pointed star.
func (c *canvas) star(x, y, r float64, col color.RGBA) {
	var pts [][2]float64
	for i := 0; i < 10; i++ {
		a := -math.Pi/2 + math.Pi*float64(i)/5
		rr := r
		if i%2 == 1 {
			rr = r * 0.42
		}
		pts = append(pts, [2]float64{x + rr*math.Cos(a), y + rr*math.Sin(a)})
	}
	c.fill(pts, col)
}

// courthouse: a columned façade under a ring of stars, for the European
// law programme.
func courthouse(dir string) {
	const w, h = 1200, 800
	c := newCanvas(w, h, color.RGBA{0x23, 0x3f, 0x73, 255}, color.RGBA{0x5a, 0x7d, 0xb4, 255})
	for i := 0; i < 12; i++ {
		a := 2 * math.Pi * float64(i) / 12
		c.star(560+105*math.Cos(a), 140+105*math.Sin(a), 18, gold)
	}
	stone := color.RGBA{0xef, 0xe9, 0xdc, 255}
	shade := color.RGBA{0xcf, 0xc6, 0xb2, 255}
	c.rect(0, 690, w, 110, color.RGBA{0x8c, 0x93, 0x9c, 255})
	c.fill([][2]float64{{120, 430}, {560, 250}, {1000, 430}}, stone)
	c.fill([][2]float64{{200, 420}, {560, 285}, {920, 420}}, shade)
	c.rect(120, 430, 880, 40, stone)
	for i := 0; i < 8; i++ {
		x := 160 + float64(i)*106
		c.rect(x, 470, 48, 190, stone)
		c.rect(x+34, 470, 14, 190, shade)
		c.rect(x-8, 462, 64, 14, stone)
	}
	c.rect(90, 660, 940, 18, stone)
	c.rect(60, 678, 1000, 18, shade)
	c.save(filepath.Join(dir, "european-law-courthouse.jpg"), 78)
}

// library: shelves of books under an arched window, for history.
func library(dir string) {
	const w, h = 1200, 800
	c := newCanvas(w, h, color.RGBA{0x5b, 0x3a, 0x29, 255}, color.RGBA{0x3e, 0x27, 0x1b, 255})
	// The window, its light, its bars.
	var arch [][2]float64
	for i := 0; i <= 24; i++ {
		a := math.Pi + math.Pi*float64(i)/24
		arch = append(arch, [2]float64{600 + 150*math.Cos(a), 230 + 150*math.Sin(a)})
	}
	arch = append(arch, [2]float64{750, 520}, [2]float64{450, 520})
	c.fill(arch, color.RGBA{0xf7, 0xe3, 0xa8, 255})
	c.rect(595, 80, 10, 440, color.RGBA{0x5b, 0x3a, 0x29, 255})
	c.rect(450, 300, 300, 10, color.RGBA{0x5b, 0x3a, 0x29, 255})
	seed := uint32(11)
	rnd := func() float64 {
		seed = seed*1664525 + 1013904223
		return float64(seed>>8) / float64(1<<24)
	}
	spines := []color.RGBA{red, navy, green, gold, {0x7a, 0x4b, 0x8c, 255}, {0xb8, 0x6b, 0x3a, 255}, {0xe8, 0xdc, 0xc0, 255}}
	for _, side := range [][2]float64{{30, 400}, {800, 1170}} {
		for row := 0; row < 5; row++ {
			y := 90 + float64(row)*140
			c.rect(side[0]-10, y+118, side[1]-side[0]+20, 16, color.RGBA{0x2c, 0x1b, 0x12, 255})
			for x := side[0]; x < side[1]-20; {
				bw := 18 + 22*rnd()
				bh := 80 + 36*rnd()
				c.rect(x, y+118-bh, bw-3, bh, spines[int(rnd()*float64(len(spines)))])
				x += bw
			}
		}
	}
	c.rect(400, 620, 400, 24, color.RGBA{0x2c, 0x1b, 0x12, 255})
	c.rect(430, 560, 150, 60, color.RGBA{0xe8, 0xdc, 0xc0, 255})
	c.rect(590, 575, 150, 45, color.RGBA{0xe8, 0xdc, 0xc0, 255})
	c.save(filepath.Join(dir, "library-shelves.jpg"), 72)
}

// lattice: atoms of a crystal and their bonds, for materials science.
func lattice(dir string) {
	const w, h = 1200, 800
	c := newCanvas(w, h, color.RGBA{0xf1, 0xf4, 0xf8, 255}, color.RGBA{0xd9, 0xe2, 0xee, 255})
	pos := func(i, j, k int) (float64, float64) {
		return 250 + float64(i)*170 + float64(k)*70, 180 + float64(j)*150 - float64(k)*60
	}
	bond := color.RGBA{0x9a, 0xa9, 0xbd, 255}
	for k := 2; k >= 0; k-- {
		for i := 0; i < 5; i++ {
			for j := 0; j < 4; j++ {
				x, y := pos(i, j, k)
				if i < 4 {
					x2, y2 := pos(i+1, j, k)
					c.line(x, y, x2, y2, 6, bond)
				}
				if j < 3 {
					x2, y2 := pos(i, j+1, k)
					c.line(x, y, x2, y2, 6, bond)
				}
				if k < 2 {
					x2, y2 := pos(i, j, k+1)
					c.line(x, y, x2, y2, 6, bond)
				}
			}
		}
		for i := 0; i < 5; i++ {
			for j := 0; j < 4; j++ {
				x, y := pos(i, j, k)
				col := navy
				if (i+j+k)%2 == 1 {
					col = red
				}
				col = mix(col, white, 0.25*float64(k))
				c.circle(x, y, 30, col)
				c.circle(x-9, y-9, 9, mix(col, white, 0.5))
			}
		}
	}
	c.save(filepath.Join(dir, "crystal-lattice.jpg"), 70)
}

// lectureHall: rows of seats before a lectern and a screen, for the
// visiting chairs' public lectures.
func lectureHall(dir string) {
	const w, h = 1200, 800
	c := newCanvas(w, h, color.RGBA{0xe9, 0xe4, 0xda, 255}, color.RGBA{0xd3, 0xcb, 0xbb, 255})
	c.rect(330, 60, 540, 300, color.RGBA{0xfb, 0xfa, 0xf6, 255})
	c.rect(360, 90, 480, 30, navy)
	for i, bw := range []float64{380, 300, 420, 250} {
		c.rect(360, 150+float64(i)*45, bw, 18, color.RGBA{0xa9, 0xb4, 0xc4, 255})
	}
	c.fill([][2]float64{{560, 520}, {640, 520}, {660, 420}, {540, 420}}, color.RGBA{0x7a, 0x4b, 0x2c, 255})
	c.rect(530, 405, 140, 18, color.RGBA{0x5b, 0x3a, 0x29, 255})
	for row := 0; row < 4; row++ {
		y := 560 + float64(row)*62
		seat := mix(red, color.RGBA{0x4a, 0x14, 0x10, 255}, float64(row)*0.15)
		n := 9 + row*2
		span := 900 + float64(row)*260
		for i := 0; i < n; i++ {
			x := 600 - span/2 + span*(float64(i)+0.5)/float64(n)
			bend := 0.0004 * (x - 600) * (x - 600)
			c.fill([][2]float64{{x - 34, y - bend}, {x + 34, y - bend}, {x + 30, y + 44 - bend}, {x - 30, y + 44 - bend}}, seat)
		}
	}
	c.save(filepath.Join(dir, "lecture-hall.jpg"), 78)
}

// wordmark is an institution's stand-in logo: its short name, and the
// mark's colour and shape.
type wordmark struct {
	file, text string
	col        color.RGBA
	shape      int
}

var wordmarks = []wordmark{
	{"berkeley", "UC Berkeley", navy, 0}, {"kuleuven", "KU Leuven", color.RGBA{0x1d, 0x5f, 0x9a, 255}, 1},
	{"lorraine", "Lorraine", color.RGBA{0x1f, 0x6f, 0x8b, 255}, 2}, {"luxembourg", "Luxembourg", red, 3},
	{"maastricht", "UM", color.RGBA{0x00, 0x1c, 0x3d, 255}, 4}, {"rptu", "RPTU", color.RGBA{0x50, 0x3d, 0x8f, 255}, 0},
	{"rwth-aachen", "RWTH", color.RGBA{0x00, 0x54, 0x9f, 255}, 2}, {"saarland", "Saarland", color.RGBA{0x0b, 0x4f, 0x6c, 255}, 1},
	{"trier", "Trier", color.RGBA{0x8f, 0x1d, 0x2c, 255}, 4}, {"uantwerpen", "UAntwerpen", red, 2},
	{"ucla", "UCLA", color.RGBA{0x27, 0x74, 0xae, 255}, 3}, {"uclouvain", "UCLouvain", color.RGBA{0x00, 0x3d, 0x7a, 255}, 0},
	{"ugent", "UGent", color.RGBA{0x1e, 0x64, 0xc8, 255}, 1}, {"uhasselt", "UHasselt", green, 4},
	{"ulb", "ULB", color.RGBA{0x00, 0x4c, 0x93, 255}, 3}, {"uliege", "ULiège", color.RGBA{0x00, 0x70, 0x7f, 255}, 2},
	{"umontreal", "UdeM", color.RGBA{0x00, 0x57, 0xac, 255}, 1}, {"upenn", "Penn", color.RGBA{0x01, 0x1f, 0x5b, 255}, 0},
	{"vub", "VUB", color.RGBA{0xf3, 0x6f, 0x21, 255}, 4},
}

// logos draws every wordmark, 128 pixels high, as a PNG: a white card
// with rounded (transparent) corners, a geometric mark, the name.
func logos(dir string) {
	f, err := opentype.Parse(gobold.TTF)
	if err != nil {
		log.Fatal(err)
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: 76, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		log.Fatal(err)
	}
	const h = 160 // drawn at 160, written at 128
	for _, m := range wordmarks {
		textW := font.MeasureString(face, m.text).Ceil()
		w := 40 + 112 + 28 + textW + 44
		c := &canvas{img: image.NewRGBA(image.Rect(0, 0, 2*w, 2*h)), w: 2 * w, h: 2 * h}
		// The card, rounded.
		var card [][2]float64
		corner := func(cx, cy, a0 float64) {
			for i := 0; i <= 8; i++ {
				a := a0 + math.Pi/2*float64(i)/8
				card = append(card, [2]float64{cx + 22*math.Cos(a), cy + 22*math.Sin(a)})
			}
		}
		corner(22, 22, math.Pi)
		corner(float64(w)-22, 22, -math.Pi/2)
		corner(float64(w)-22, h-22, 0)
		corner(22, h-22, math.Pi/2)
		c.fill(card, white)
		// The mark: a tile of the colour, a shape in white.
		x0, y0 := 40.0, 24.0
		c.fill([][2]float64{{x0, y0}, {x0 + 112, y0}, {x0 + 112, y0 + 112}, {x0, y0 + 112}}, m.col)
		cx, cy := x0+56, y0+56
		switch m.shape {
		case 0: // an arch
			var a [][2]float64
			for i := 0; i <= 16; i++ {
				t := math.Pi + math.Pi*float64(i)/16
				a = append(a, [2]float64{cx + 34*math.Cos(t), cy + 4 + 34*math.Sin(t)})
			}
			a = append(a, [2]float64{cx + 34, cy + 40}, [2]float64{cx - 34, cy + 40})
			c.fill(a, white)
		case 1: // three columns under a pediment
			c.fill([][2]float64{{cx - 40, cy - 16}, {cx, cy - 40}, {cx + 40, cy - 16}}, white)
			for i := -1; i <= 1; i++ {
				c.fill([][2]float64{{cx + float64(i)*26 - 8, cy - 10}, {cx + float64(i)*26 + 8, cy - 10}, {cx + float64(i)*26 + 8, cy + 38}, {cx + float64(i)*26 - 8, cy + 38}}, white)
			}
		case 2: // a wave over a bar
			c.arc(cx-40, cy, cx+40, cy, 26, 12, white)
			c.line(cx-40, cy+30, cx+40, cy+30, 12, white)
		case 3: // a ring and a dot
			c.circle(cx, cy, 40, white)
			c.circle(cx, cy, 26, m.col)
			c.circle(cx, cy, 11, white)
		case 4: // an open book
			c.fill([][2]float64{{cx - 44, cy - 26}, {cx - 4, cy - 18}, {cx - 4, cy + 34}, {cx - 44, cy + 26}}, white)
			c.fill([][2]float64{{cx + 44, cy - 26}, {cx + 4, cy - 18}, {cx + 4, cy + 34}, {cx + 44, cy + 26}}, white)
		}
		// The name, drawn at twice the size like the rest.
		big, err := opentype.NewFace(f, &opentype.FaceOptions{Size: 152, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			log.Fatal(err)
		}
		d := font.Drawer{Dst: c.img, Src: image.NewUniform(color.RGBA{0x1a, 0x20, 0x2c, 255}), Face: big,
			Dot: fixed.P(2*(40+112+28), 2*h/2+2*27)}
		d.DrawString(m.text)
		full := image.NewNRGBA(image.Rect(0, 0, w*4/5, h*4/5))
		draw.CatmullRom.Scale(full, full.Bounds(), c.img, c.img.Bounds(), draw.Src, nil)
		// A palette of the few colours a logo has, and their blends (the
		// anti-aliased edges): a fifth of the size of a full-colour PNG.
		ink := color.RGBA{0x1a, 0x20, 0x2c, 255}
		var pal color.Palette
		for i := 0; i <= 15; i++ {
			t := float64(i) / 15
			pal = append(pal, mix(white, m.col, t), mix(white, ink, t), color.NRGBA{255, 255, 255, uint8(255 * t)})
		}
		out := image.NewPaletted(full.Bounds(), pal)
		draw.Draw(out, out.Bounds(), full, image.Point{}, draw.Src)
		file, err := os.Create(filepath.Join(dir, m.file+".png"))
		if err != nil {
			log.Fatal(err)
		}
		enc := png.Encoder{CompressionLevel: png.BestCompression}
		if err := enc.Encode(file, out); err != nil {
			log.Fatal(err)
		}
		if err := file.Close(); err != nil {
			log.Fatal(err)
		}
	}
}

func main() {
	out := flag.String("o", "static/images", "folder to write the illustrations into")
	logoDir := flag.String("logos", "static/logos", "folder to write the institutions' stand-in logos into")
	flag.Parse()
	for _, d := range []string{*out, *logoDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			log.Fatal(err)
		}
	}
	mapOfTowns(*out)
	euregio(*out)
	laboratory(*out)
	courthouse(*out)
	library(*out)
	lattice(*out)
	lectureHall(*out)
	logos(*logoDir)
}
