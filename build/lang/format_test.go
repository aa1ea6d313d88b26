package lang_test

import (
	"testing"
	"time"

	"github.com/vitrine-ssg/vitrine/build/lang"
	"golang.org/x/text/language"
)

const (
	nbsp  = "\u00a0" // no-break space
	nnbsp = "\u202f" // narrow no-break space
)

// TestFormatter holds what each of the five site locales writes. The
// expected values are CLDR's, as go-playground/locales carries them.
func TestFormatter(t *testing.T) {
	day := time.Date(2026, 11, 23, 15, 4, 5, 0, time.UTC)
	tests := []struct {
		locale    string
		date      string
		shortDate string
		number    string
		fraction  string
		money     string
		whole     string
		percent   string
		month     string
	}{
		{
			locale: "fr-BE", date: "23 novembre 2026", shortDate: "23/11/26",
			number: "1" + nnbsp + "234,5", fraction: "0,25",
			money: "1" + nnbsp + "234,50" + nbsp + "€", whole: "835" + nbsp + "€",
			percent: "20" + nbsp + "%", month: "novembre",
		},
		{
			locale: "nl-BE", date: "23 november 2026", shortDate: "23/11/2026",
			number: "1.234,5", fraction: "0,25",
			money: "1.234,50" + nbsp + "€", whole: "835" + nbsp + "€",
			percent: "20" + nbsp + "%", month: "november",
		},
		{
			locale: "en-GB", date: "23 November 2026", shortDate: "23/11/2026",
			number: "1,234.5", fraction: "0.25",
			money: "€1,234.50", whole: "€835",
			percent: "20%", month: "November",
		},
		{
			locale: "de-BE", date: "23. November 2026", shortDate: "23.11.26",
			number: "1.234,5", fraction: "0,25",
			money: "1.234,50" + nbsp + "€", whole: "835" + nbsp + "€",
			percent: "20" + nbsp + "%", month: "November",
		},
		{
			// number and money: see TestFormatterSpanishGrouping.
			locale: "es-ES", date: "23 de noviembre de 2026", shortDate: "23/11/26",
			fraction: "0,25", whole: "835" + nbsp + "€",
			percent: "20" + nbsp + "%", month: "noviembre",
		},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			f := lang.NewFormatter(language.MustParse(tt.locale))
			checks := []struct{ what, got, want string }{
				{"Date", f.Date(day), tt.date},
				{"ShortDate", f.ShortDate(day), tt.shortDate},
				{"Number(1234.5)", f.Number(1234.5), tt.number},
				{"Number(0.25)", f.Number(0.25), tt.fraction},
				{"Money(1234.5, EUR)", f.Money(1234.5, "EUR"), tt.money},
				{"Money(835, EUR)", f.Money(835, "EUR"), tt.whole},
				{"Percent(20)", f.Percent(20), tt.percent},
				{"MonthName(11)", f.MonthName(11), tt.month},
			}
			for _, c := range checks {
				if c.want != "" && c.got != c.want {
					t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
				}
			}
		})
	}
}

// TestFormatterSpanishGrouping: CLDR gives Spanish a minimum grouping of two
// digits, so a four-digit number has no thousands separator.
func TestFormatterSpanishGrouping(t *testing.T) {
	f := lang.NewFormatter(language.MustParse("es-ES"))
	checks := []struct{ what, got, want string }{
		{"Number(1234.5)", f.Number(1234.5), "1234,5"},
		{"Money(1234.5, EUR)", f.Money(1234.5, "EUR"), "1234,50" + nbsp + "€"},
		{"Number(12345)", f.Number(12345), "12.345"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("lang.Formatter in es-ES writes %s = %q, want %q: CLDR's Spanish data has minimumGroupingDigits 2 (four-digit numbers are written 1234,5, as ICU and the RAE do), which go-playground/locales ignores", c.what, c.got, c.want)
		}
	}
}

func TestFormatterNumbers(t *testing.T) {
	en := lang.NewFormatter(language.MustParse("en-GB"))
	fr := lang.NewFormatter(language.MustParse("fr-BE"))
	tests := []struct {
		name      string
		got, want string
	}{
		{"whole", en.Number(1234), "1,234"},
		{"one decimal", en.Number(2.5), "2.5"},
		{"two decimals at most", en.Number(1234.567), "1,234.57"},
		{"negative", en.Number(-3), "-3"},
		{"zero", en.Number(0), "0"},
		{"million", fr.Number(1e6), "1" + nnbsp + "000" + nnbsp + "000"},
		{"percent with a decimal", fr.Percent(12.5), "12,5" + nbsp + "%"},
		{"whole money over a thousand", en.Money(1000, "EUR"), "€1,000"},
		{"whole money over a million", fr.Money(1e6, "EUR"), "1" + nnbsp + "000" + nnbsp + "000" + nbsp + "€"},
		{"cents kept", en.Money(12.3, "EUR"), "€12.30"},
		{"lower-case code", fr.Money(835, "usd"), "835" + nbsp + "$US"},
		{"pound", en.Money(10, "GBP"), "£10"},
		{"unknown currency", fr.Money(12, "XYZ"), "12" + nbsp + "XYZ"},
		{"unknown currency with decimals", en.Money(12.5, "XYZ"), "12.5" + nbsp + "XYZ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestFormatterMonthName(t *testing.T) {
	f := lang.NewFormatter(language.MustParse("de-BE"))
	tests := []struct {
		m    int
		want string
	}{
		{1, "Januar"}, {3, "März"}, {12, "Dezember"}, {0, ""}, {13, ""}, {-1, ""},
	}
	for _, tt := range tests {
		if got := f.MonthName(tt.m); got != tt.want {
			t.Errorf("MonthName(%d) = %q, want %q", tt.m, got, tt.want)
		}
	}
}

// TestFormatterFallbacks: an unknown region uses its language, an unknown
// language uses English.
func TestFormatterFallbacks(t *testing.T) {
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		locale, want string
	}{
		{"fr", "23 novembre 2026"},
		{"fr-SN", "23 novembre 2026"},
		{"nl-SR", "23 november 2026"},
		{"de-IT", "23. November 2026"},
		{"pt-BR", "November 23, 2026"},
		{"und", "November 23, 2026"},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			f := lang.NewFormatter(language.MustParse(tt.locale))
			if got := f.Date(day); got != tt.want {
				t.Errorf("Date = %q, want %q", got, tt.want)
			}
		})
	}
}
