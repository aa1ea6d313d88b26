package lang

import (
	"math"
	"strings"
	"time"

	"github.com/go-playground/locales"
	"github.com/go-playground/locales/currency"
	"github.com/go-playground/locales/de"
	"github.com/go-playground/locales/de_AT"
	"github.com/go-playground/locales/de_BE"
	"github.com/go-playground/locales/de_CH"
	"github.com/go-playground/locales/de_DE"
	"github.com/go-playground/locales/de_LU"
	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/en_BE"
	"github.com/go-playground/locales/en_GB"
	"github.com/go-playground/locales/en_IE"
	"github.com/go-playground/locales/en_US"
	"github.com/go-playground/locales/es"
	"github.com/go-playground/locales/es_ES"
	"github.com/go-playground/locales/es_MX"
	"github.com/go-playground/locales/fr"
	"github.com/go-playground/locales/fr_BE"
	"github.com/go-playground/locales/fr_CA"
	"github.com/go-playground/locales/fr_CH"
	"github.com/go-playground/locales/fr_FR"
	"github.com/go-playground/locales/fr_LU"
	"github.com/go-playground/locales/nl"
	"github.com/go-playground/locales/nl_BE"
	"github.com/go-playground/locales/nl_NL"
	"golang.org/x/text/language"
)

// cldrLocales are the CLDR locales whose date and number patterns vitrine
// knows, keyed by BCP 47 tag. The data comes from go-playground/locales,
// which is generated from CLDR.
var cldrLocales = map[string]func() locales.Translator{
	"de": de.New, "de-AT": de_AT.New, "de-BE": de_BE.New, "de-CH": de_CH.New, "de-DE": de_DE.New, "de-LU": de_LU.New,
	"en": en.New, "en-BE": en_BE.New, "en-GB": en_GB.New, "en-IE": en_IE.New, "en-US": en_US.New,
	"es": es.New, "es-ES": es_ES.New, "es-MX": es_MX.New,
	"fr": fr.New, "fr-BE": fr_BE.New, "fr-CA": fr_CA.New, "fr-CH": fr_CH.New, "fr-FR": fr_FR.New, "fr-LU": fr_LU.New,
	"nl": nl.New, "nl-BE": nl_BE.New, "nl-NL": nl_NL.New,
}

// Formatter writes dates, numbers and amounts of money as a locale writes
// them. It is immutable and safe for concurrent use.
type Formatter struct {
	t        locales.Translator
	minGroup bool                 // CLDR minimumGroupingDigits 2: "1234,5" but "12.345,5" (Spanish)
	alts     []locales.Translator // the base language and neighbours, whose CLDR data carries currency symbols the regional data inherits
}

// NewFormatter returns the formatter of tag, or of its base language when the
// region is unknown, or of English.
func NewFormatter(tag language.Tag) Formatter {
	base, _ := tag.Base()
	b := en.New()
	if f, ok := cldrLocales[base.String()]; ok {
		b = f()
	}
	t := b
	if f, ok := cldrLocales[tag.String()]; ok {
		t = f()
	}
	// go-playground/locales does not apply CLDR's minimumGroupingDigits;
	// Spanish is the one language of ours where it is 2.
	return Formatter{t: t, alts: []locales.Translator{b, de.New(), nl.New(), es.New()}, minGroup: base.String() == "es"}
}

// Date writes a date in the locale's long form: "23 novembre 2026",
// "23. November 2026", "23 de noviembre de 2026".
func (f Formatter) Date(t time.Time) string { return f.t.FmtDateLong(t) }

// ShortDate writes a date in the locale's short form: "23/11/26".
func (f Formatter) ShortDate(t time.Time) string { return f.t.FmtDateShort(t) }

// MonthName returns the wide name of month m (1–12): "novembre", "November".
func (f Formatter) MonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return f.t.MonthWide(time.Month(m))
}

// Number writes x with the locale's separators, with as many decimals as it
// has (up to 2): "1 234,5" in French, "1,234.5" in English.
func (f Formatter) Number(x float64) string {
	return f.ungroup(f.t.FmtNumber(x, decimals(x)), x)
}

// ungroup removes from s, x as the locale writes it, the grouping
// separator of a four-digit number when minGroup says it has none.
func (f Formatter) ungroup(s string, x float64) string {
	if !f.minGroup || math.Abs(x) >= 10000 {
		return s
	}
	sep := strings.TrimSuffix(strings.TrimPrefix(f.t.FmtNumber(1000, 0), "1"), "000")
	return strings.Replace(s, sep, "", 1) // with no separator, s as it is
}

// Money writes an amount in a currency: "1 234,50 €", "€1,234.50". Whole
// amounts are written without decimals ("835 €"). An unknown currency code is
// written after the number.
func (f Formatter) Money(amount float64, code string) string {
	c, ok := currencyOf(strings.ToUpper(code))
	if !ok {
		return f.Number(amount) + "\u00a0" + code
	}
	s := f.ungroup(f.t.FmtCurrency(amount, 2, c), amount)
	if strings.Contains(s, strings.ToUpper(code)) {
		// Some regional CLDR tables inherit their symbols; go-playground's
		// copies leave the ISO code there. Take the symbol from the base
		// language, or from a neighbouring language that has one.
		for _, t := range f.alts {
			if sym := symbol(t, c); sym != "" && sym != strings.ToUpper(code) {
				s = strings.Replace(s, strings.ToUpper(code), sym, 1)
				break
			}
		}
	}
	if amount == math.Trunc(amount) {
		s = trimZeroCents(s, f.t)
	}
	return s
}

// symbol returns the currency symbol t writes for c ("€"), or "".
func symbol(t locales.Translator, c currency.Type) string {
	return strings.Map(func(r rune) rune {
		if r == '0' || r == ',' || r == '.' || r == ' ' || r == '\u00a0' || r == '\u202f' {
			return -1
		}
		return r
	}, t.FmtCurrency(0, 0, c))
}

// trimZeroCents removes the ",00" that CLDR currency patterns always write.
func trimZeroCents(s string, t locales.Translator) string {
	dec := t.FmtNumber(0.5, 1) // "0,5" or "0.5": learn the decimal mark
	mark := strings.TrimSuffix(strings.TrimPrefix(dec, "0"), "5")
	return strings.Replace(s, mark+"00", "", 1)
}

// Percent writes a percentage: "20 %" in French, "20%" in English.
func (f Formatter) Percent(x float64) string {
	return f.t.FmtPercent(x, decimals(x))
}

func decimals(x float64) uint64 {
	switch {
	case x == math.Trunc(x):
		return 0
	case x*10 == math.Trunc(x*10):
		return 1
	}
	return 2
}
