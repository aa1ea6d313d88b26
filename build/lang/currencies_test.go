package lang

import (
	"testing"

	"github.com/go-playground/locales/currency"
)

// TestCurrencyOf: the list of codes is in step with the enumeration of
// go-playground/locales, first, last and in between.
func TestCurrencyOf(t *testing.T) {
	for code, want := range map[string]currency.Type{
		"ADP": currency.ADP, "CHF": currency.CHF, "EUR": currency.EUR, "GBP": currency.GBP,
		"JPY": currency.JPY, "USD": currency.USD, "ZWR": currency.ZWR,
	} {
		if got, ok := currencyOf(code); !ok || got != want {
			t.Errorf("currencyOf(%q) = %v, %v; want %v", code, got, ok, want)
		}
	}
	if len(cldrCurrencies) != int(currency.ZWR)+1 {
		t.Errorf("%d codes for %d currencies", len(cldrCurrencies), int(currency.ZWR)+1)
	}
	if _, ok := currencyOf("XYZ"); ok {
		t.Error("currencyOf(XYZ) is known")
	}
}
