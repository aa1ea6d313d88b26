package render

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"rsc.io/qr"
)

// TestQRSVGIsTheEncodersMatrix reads the modules back from the SVG path
// and compares them with the encoder's own matrix, module by module, the
// quiet zone included.
func TestQRSVGIsTheEncodersMatrix(t *testing.T) {
	for _, url := range []string{
		"https://vitrine-ssg.github.io/vitrine/fr/formations/ma-political-science-sts/",
		"https://study.example.be/es/programas/máster-en-derecho/",
		"https://x.be/",
	} {
		svg := string(new(qrCoder).svg(url, "QR"))
		code, err := qr.Encode(url, qr.M)
		if err != nil {
			t.Fatal(err)
		}
		n := code.Size + 2*qrQuiet
		if !regexp.MustCompile(`viewBox="0 0 ` + strconv.Itoa(n) + " " + strconv.Itoa(n) + `"`).MatchString(svg) {
			t.Fatalf("%s: viewBox is not %d modules wide", url, n)
		}
		grid := make([][]bool, n)
		for i := range grid {
			grid[i] = make([]bool, n)
		}
		if !strings.Contains(svg, `<path stroke="#000" d="`) {
			t.Fatalf("%s: no stroked path", url)
		}
		d := regexp.MustCompile(`d="([^"]*)"`).FindStringSubmatch(svg)[1]
		// The path is rows of segments along the middle of a row of
		// modules: M x y.5 starts a row, m dx 0 skips white modules, h w
		// draws w black ones.
		x, y := -1, -1
		for _, m := range regexp.MustCompile(`M(\d+) (\d+)\.5|m(\d+) 0|h(\d+)|(.)`).FindAllStringSubmatch(d, -1) {
			switch {
			case m[1] != "":
				x, _ = strconv.Atoi(m[1])
				y, _ = strconv.Atoi(m[2])
			case m[3] != "":
				dx, _ := strconv.Atoi(m[3])
				x += dx
			case m[4] != "" && y >= 0:
				w, _ := strconv.Atoi(m[4])
				for i := 0; i < w; i++ {
					if x+i >= n || grid[y][x+i] {
						t.Fatalf("%s: module (%d,%d) drawn twice or outside", url, x+i, y)
					}
					grid[y][x+i] = true
				}
				x += w
			default:
				t.Fatalf("%s: unexpected %q in the path", url, m[0])
			}
		}
		for y := 0; y < n; y++ {
			for x := 0; x < n; x++ {
				want := x >= qrQuiet && y >= qrQuiet && x < n-qrQuiet && y < n-qrQuiet && code.Black(x-qrQuiet, y-qrQuiet)
				if grid[y][x] != want {
					t.Fatalf("%s: module (%d,%d) is %v in the SVG, %v in the code", url, x, y, grid[y][x], want)
				}
			}
		}
	}
	if new(qrCoder).svg(string(make([]byte, 4000)), "x") != "" {
		t.Error("a text too long for a QR code gives an SVG")
	}
}

// TestQRCoderReusesPlans encodes texts of several versions twice, in
// turn, with one coder: a plan kept from one text must give the next text
// of its version the code rsc.io/qr gives it.
func TestQRCoderReusesPlans(t *testing.T) {
	var q qrCoder
	texts := []string{"https://x.be/", "https://vitrine-ssg.github.io/vitrine/fr/formations/ma-political-science-sts/", "https://y.be/", "12345", "HTTPS://Z.BE/A"}
	for round := 0; round < 2; round++ {
		for _, text := range append(texts, "https://vitrine-ssg.github.io/vitrine/nl/opleidingen/ma-politieke-wetenschappen-sts/") {
			got := q.encode(text)
			want, err := qr.Encode(text, qr.M)
			if err != nil {
				t.Fatal(err)
			}
			if got.Size != want.Size || string(got.Bitmap) != string(want.Bitmap) {
				t.Errorf("round %d, %q: the coder's code differs from rsc.io/qr's", round, text)
			}
		}
	}
}

// TestQRCoderEveryVersion compares the coder's codes with rsc.io/qr's for
// texts of every length class, from version 1 to 40, in the three
// encodings.
func TestQRCoderEveryVersion(t *testing.T) {
	var q qrCoder
	versions := map[int]bool{}
	for n := 1; n < 2400; n += 37 {
		for _, text := range []string{strings.Repeat("a", n), strings.Repeat("AB1", n)[:n], strings.Repeat("7", n)} {
			want, err := qr.Encode(text, qr.M)
			got := q.encode(text)
			if err != nil {
				if got != nil {
					t.Errorf("%d octets: rsc.io/qr fails (%v), the coder does not", n, err)
				}
				continue
			}
			if got == nil || got.Size != want.Size || string(got.Bitmap) != string(want.Bitmap) {
				t.Errorf("%d octets %.8q…: the coder's code differs from rsc.io/qr's", n, text)
				continue
			}
			versions[(got.Size-17)/4] = true
		}
	}
	if len(versions) != 40 {
		t.Errorf("only %d versions tested", len(versions))
	}
}

func BenchmarkQRSVG(b *testing.B) {
	b.ReportAllocs()
	var q qrCoder
	for i := 0; b.Loop(); i++ {
		q.svg("https://vitrine-ssg.github.io/vitrine/en/programmes/adv-anthropology-"+strconv.Itoa(i%10000)+"/", "QR")
	}
}
