package lang

import "testing"

func TestTypeset(t *testing.T) {
	tests := []struct{ code, in, want string }{
		{"fr", "Flandre : mobilité", "Flandre\u00a0: mobilité"},
		{"fr", "Pourquoi pas ? Oui ! Bien ; voilà", "Pourquoi pas\u202f? Oui\u202f! Bien\u202f; voilà"},
		{"fr", "« bonjour »", "«\u00a0bonjour\u00a0»"},
		{"fr", "l'université d'été", "l’université d’été"},
		{"en", "don't stop: go", "don’t stop: go"},
		{"en", "the 'quoted' word", "the 'quoted' word"},
		{"de", "Studium : x", "Studium : x"},
		{"fr", "10:30 et http://x", "10:30 et http://x"},
	}
	for _, tt := range tests {
		if got := Typeset(tt.code, tt.in); got != tt.want {
			t.Errorf("Typeset(%s, %q) = %q, want %q", tt.code, tt.in, got, tt.want)
		}
	}
}
