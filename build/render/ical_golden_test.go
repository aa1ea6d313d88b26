package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// updateGolden rewrites the golden files of the calendar and QR code tests
// from the code as it is: go test ./build/render -run Golden -update-golden.
var updateGolden = flag.Bool("update-golden", false, "rewrite the golden files of the calendar and QR code tests")

// golden compares got with testdata/name, or writes it there under
// -update-golden.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *updateGolden {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n got: %q\nwant: %q", name, got, want)
	}
}

// icalTestItems are calendar items of every kind: deadlines (one yearly),
// timed events with and without an end, all-day events, texts to escape
// and to fold across multi-octet characters.
func icalTestItems() []icalItem {
	day := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	url := "https://bench.example.org/fr/formations/adv-medicine-00017/"
	return []icalItem{{
		uid:         "deadline-adv-medicine-00017-1@bench.example.org",
		summary:     "Date limite de candidature\u00a0: Master de spécialisation en médecine (analyse de données) (Étudiants hors EEE)",
		description: "Les candidatures sont acceptées jusqu’à la fin de la journée du 1 mars 2027 (fuseau horaire Europe/Brussels).",
		url:         url,
		allDay:      true,
		start:       day,
		end:         day.AddDate(0, 0, 1),
		categories:  "Dates limites de candidature",
	}, {
		uid:         "deadline-adv-medicine-00017-2@bench.example.org",
		summary:     "Date limite de candidature\u00a0: Master de spécialisation en médecine (analyse de données) (Étudiants de l’EEE)",
		description: "Les candidatures sont acceptées jusqu’à la fin de la journée du 31 mai 2027 (fuseau horaire Europe/Brussels).",
		url:         url,
		allDay:      true,
		start:       day.AddDate(0, 2, 30),
		end:         day.AddDate(0, 2, 31),
		yearly:      true,
		categories:  "Dates limites de candidature",
	}, {
		uid:         "event-fair@bench.example.org",
		summary:     "Montreal fair; Salon, \"études\" \\ Québec",
		description: "Meet us at the fair.\n\nRegister: https://fair.example.ca/register?x=1,2;3\n\nhttps://bench.example.org/en/events/fair/",
		location:    "Palais des congrès, 1001 Place Jean-Paul-Riopelle, Montréal, Canada",
		url:         "https://bench.example.org/en/events/fair/",
		start:       time.Date(2027, 3, 13, 15, 0, 0, 0, time.UTC),
		end:         time.Date(2027, 3, 13, 22, 0, 0, 0, time.UTC),
		categories:  "Salon",
	}, {
		uid:        "event-webinar@bench.example.org",
		summary:    strings.Repeat("日本語の説明会", 12),
		location:   "https://meet.example.org/webinar",
		url:        "https://bench.example.org/ja/events/webinar/",
		start:      time.Date(2027, 4, 2, 8, 30, 0, 0, time.UTC),
		end:        time.Date(2027, 4, 2, 8, 30, 0, 0, time.UTC), // no end
		categories: "Webinar",
	}, {
		uid:         "event-open-day@bench.example.org",
		summary:     "Open day",
		description: "Line one\r\nline two\x07" + strings.Repeat("é", 80),
		url:         "https://bench.example.org/en/events/open-day/",
		allDay:      true,
		start:       time.Date(2027, 5, 20, 0, 0, 0, 0, time.UTC),
		end:         time.Date(2027, 5, 22, 0, 0, 0, 0, time.UTC),
	}}
}

// TestICalGolden holds the calendars byte for byte: an empty one and one
// of every kind of item.
func TestICalGolden(t *testing.T) {
	r := &Renderer{opts: Options{Today: time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)}}
	var b bytes.Buffer
	b.Write(r.ical("fr", "Master de spécialisation en médecine", nil))
	b.Write(r.ical("fr", "Études, \"calendrier\"; "+strings.Repeat("très long nom ", 8), icalTestItems()))
	golden(t, "calendar.ics.golden", b.Bytes())
}

// TestQRSVGGolden holds the QR codes' SVG byte for byte.
func TestQRSVGGolden(t *testing.T) {
	var q qrCoder
	var b bytes.Buffer
	for _, url := range []string{
		"https://x.be/",
		"12345",
		"HTTPS://Z.BE/A",
		"https://vitrine-ssg.github.io/vitrine/fr/formations/ma-political-science-sts/",
		"https://study.example.be/es/programas/máster-en-derecho/",
		"https://bench.example.org/en/programmes/adv-anthropology-00042/?" + strings.Repeat("long", 60),
	} {
		b.WriteString(string(q.svg(url, `QR code: "`+url+`" & <more>`)))
		b.WriteByte('\n')
	}
	golden(t, "qr.svg.golden", b.Bytes())
}

// BenchmarkICal writes a programme's calendar (two deadlines and an
// event), as calendarsOf does for every programme in every language, and
// a language's calendar of 300 items.
func BenchmarkICal(b *testing.B) {
	r := &Renderer{opts: Options{Today: time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)}}
	items := icalTestItems()
	b.Run("programme", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r.ical("fr", "Master de spécialisation en médecine (analyse de données)", items[:3])
		}
	})
	var all []icalItem
	for i := 0; len(all) < 300; i++ {
		for _, it := range items[:3] {
			it.uid = strconv.Itoa(i) + it.uid
			all = append(all, it)
		}
	}
	b.Run("language", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r.ical("fr", "Vitrine", all)
		}
	})
}
