package lang

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode"
)

var allVocabs = []Vocab{
	Country, LanguageCode, Field, Level, Mode, Delivery, Degree, NetworkKind,
	MaterialKind, Community, Audience, InstitutionType, CEFR, Month, Unit,
	Basis, Kind, Approx, EventType, EventAudience,
}

func TestVocabLanguages(t *testing.T) {
	want := []string{"fr", "nl", "en", "de", "es"}
	got := Languages()
	if !slices.Equal(got, want) {
		t.Fatalf("Languages() = %v, want %v", got, want)
	}
	got[0] = "xx" // the caller's copy: must not change the next result
	if Languages()[0] != "fr" {
		t.Fatal("Languages() returns shared state")
	}
}

func TestVocabEveryCodeHasFiveLabels(t *testing.T) {
	if len(vocabTables) != len(allVocabs) {
		t.Fatalf("%d vocabularies registered, %d tested", len(vocabTables), len(allVocabs))
	}
	for _, v := range allVocabs {
		codes := Codes(v)
		if len(codes) == 0 {
			t.Errorf("%s: no codes", v)
		}
		for _, code := range codes {
			if !Has(v, code) {
				t.Errorf("%s: Has(%q) = false for a listed code", v, code)
			}
			for _, lang := range Languages() {
				l, ok := Label(v, code, lang)
				switch {
				case !ok || l == "":
					t.Errorf("%s %q: no %s label", v, code, lang)
				case l != strings.TrimSpace(l):
					t.Errorf("%s %q %s: label %q has surrounding space", v, code, lang, l)
				case strings.Contains(l, "  "):
					t.Errorf("%s %q %s: label %q has a double space", v, code, lang, l)
				}
			}
		}
	}
}

func TestVocabCodeShapes(t *testing.T) {
	for _, c := range Codes(Country) {
		if len(c) != 2 || strings.ToUpper(c) != c || !isASCIILetters(c) {
			t.Errorf("country code %q is not two upper-case letters", c)
		}
	}
	for _, c := range Codes(LanguageCode) {
		if len(c) != 2 || strings.ToLower(c) != c || !isASCIILetters(c) {
			t.Errorf("language code %q is not two lower-case letters", c)
		}
	}
	for _, c := range Codes(Field) {
		if len(c) < 2 || len(c) > 4 || strings.TrimFunc(c, unicode.IsDigit) != "" {
			t.Errorf("field code %q is not 2 to 4 digits", c)
		}
		if len(c) > 2 && !Has(Field, c[:len(c)-1]) {
			t.Errorf("field code %q has no parent %q", c, c[:len(c)-1])
		}
	}
}

func isASCIILetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

func TestVocabCounts(t *testing.T) {
	broad := 0
	for _, c := range Codes(Field) {
		if len(c) == 2 {
			broad++
		}
	}
	for _, tc := range []struct {
		name      string
		got, want int
	}{
		{"countries", len(Codes(Country)), 249},
		{"languages", len(Codes(LanguageCode)), 183},
		{"broad fields", broad, 11},
		{"levels", len(Codes(Level)), 7},
		{"modes", len(Codes(Mode)), 2},
		{"deliveries", len(Codes(Delivery)), 3},
		{"degrees", len(Codes(Degree)), 4},
		{"network kinds", len(Codes(NetworkKind)), 6},
		{"material kinds", len(Codes(MaterialKind)), 7},
		{"communities", len(Codes(Community)), 4},
		{"audiences", len(Codes(Audience)), 3},
		{"institution types", len(Codes(InstitutionType)), 5},
		{"CEFR levels", len(Codes(CEFR)), 6},
		{"months", len(Codes(Month)), 12},
		{"units", len(Codes(Unit)), 3},
		{"bases", len(Codes(Basis)), 2},
		{"kinds", len(Codes(Kind)), 6},
		{"event types", len(Codes(EventType)), 5},
		{"event audiences", len(Codes(EventAudience)), 5},
		{"approximations", len(Codes(Approx)), 3},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, tc.got, tc.want)
		}
	}
}

func TestVocabLabelSamples(t *testing.T) {
	for _, tc := range []struct {
		v          Vocab
		code, lang string
		want       string
	}{
		{Country, "BE", "fr", "Belgique"},
		{Country, "BE", "nl", "België"},
		{Country, "BE", "de", "Belgien"},
		{Country, "BE", "es", "Bélgica"},
		{Country, "DE", "nl", "Duitsland"},
		{Country, "NL", "fr", "Pays-Bas"},
		{Country, "NL", "nl", "Nederland"},
		{Country, "NL", "de", "Niederlande"},
		{Country, "NL", "es", "Países Bajos"},
		{Country, "CZ", "en", "Czechia"},
		{LanguageCode, "en", "fr", "Anglais"},
		{LanguageCode, "en", "nl", "Engels"},
		{LanguageCode, "en", "de", "Englisch"},
		{LanguageCode, "en", "es", "Inglés"},
		{LanguageCode, "nl", "en", "Dutch"},
		{Field, "0613", "en", "Software and applications development and analysis"},
		{Field, "0231", "en", "Language acquisition"},
		{Field, "06", "en", "Information and Communication Technologies (ICTs)"},
		{Field, "0188", "en", "Inter-disciplinary programmes and qualifications involving education"},
		{Field, "0210", "en", "Arts not further defined"},
		{Field, "0219", "en", "Arts not elsewhere classified"},
		{Field, "0099", "en", "Generic programmes and qualifications not elsewhere classified"},
		{Level, "master", "de", "Master"},
		{Level, "master", "es", "Máster"},
		{Level, "phd", "fr", "Doctorat"},
		{Degree, "joint", "en", "Joint degree"},
		{Community, "fwb", "fr", "Fédération Wallonie-Bruxelles"},
		{Community, "vl", "nl", "Vlaamse Gemeenschap"},
		{Community, "dg", "de", "Deutschsprachige Gemeinschaft"},
		{Audience, "eea", "en", "Students from the EEA"},
		{CEFR, "B2", "en", "B2 — upper intermediate"},
		{CEFR, "B2", "fr", "B2 — avancé"},
		{Month, "1", "fr", "janvier"},
		{Month, "1", "de", "Januar"},
		{Month, "1", "nl", "januari"},
		{Month, "1", "es", "enero"},
		{Basis, "public-task", "fr", "Mission d’intérêt public"},
		{Basis, "consent", "fr", "Consentement"},
		{Kind, "programme", "fr", "Formation"},
		{Kind, "chair", "fr", "Chaire"},
		{Kind, "network", "fr", "Réseau"},
		{Kind, "alumni", "fr", "Bureau des alumni"},
		{Kind, "institution", "fr", "Établissement"},
	} {
		got, ok := Label(tc.v, tc.code, tc.lang)
		if !ok || got != tc.want {
			t.Errorf("Label(%s, %q, %q) = %q, %v; want %q, true", tc.v, tc.code, tc.lang, got, ok, tc.want)
		}
	}
}

func TestVocabUnknown(t *testing.T) {
	for _, tc := range []struct {
		v          Vocab
		code, lang string
	}{
		{Country, "XX", "fr"},
		{Country, "be", "fr"}, // codes are case-sensitive
		{Country, "BE", "it"}, // no built-in Italian labels
		{Country, "BE", ""},
		{Country, "BE", "FR"},
		{LanguageCode, "EN", "en"},
		{LanguageCode, "bh", "en"}, // withdrawn from ISO 639-1
		{Field, "9999", "en"},      // "field unknown" is not a field
		{Field, "99", "en"},
		{Field, "0549", "en"}, // not in ISCED-F 2013's list of possible codes
		{Field, "613", "en"},
		{Field, "", "en"},
		{Month, "0", "en"},
		{Month, "13", "en"},
		{Month, "01", "en"},
		{Vocab("nope"), "BE", "fr"},
	} {
		if l, ok := Label(tc.v, tc.code, tc.lang); ok || l != "" {
			t.Errorf("Label(%s, %q, %q) = %q, %v; want \"\", false", tc.v, tc.code, tc.lang, l, ok)
		}
	}
	for _, tc := range []struct {
		v    Vocab
		code string
		want bool
	}{
		{Field, "0231", true},
		{Field, "0019", false},
		{Field, "9999", false},
		{Field, "00", true},
		{Field, "10", true},
		{Field, "1088", true},
		{Country, "XX", false},
		{Country, "BE", true},
		{Country, "UK", false}, // reserved, not assigned: GB
		{Country, "XK", false}, // user-assigned
		{LanguageCode, "en", true},
		{LanguageCode, "he", true},
		{LanguageCode, "iw", false}, // withdrawn
		{CEFR, "B2", true},
		{CEFR, "b2", false},
		{Vocab("nope"), "", false},
	} {
		if got := Has(tc.v, tc.code); got != tc.want {
			t.Errorf("Has(%s, %q) = %v, want %v", tc.v, tc.code, got, tc.want)
		}
	}
	if c := Codes(Vocab("nope")); c != nil {
		t.Errorf("Codes(unknown) = %v, want nil", c)
	}
}

func TestVocabCodesSorted(t *testing.T) {
	for _, v := range allVocabs {
		c := Codes(v)
		if v == Month {
			want := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"}
			if !slices.Equal(c, want) {
				t.Errorf("Codes(Month) = %v, want %v", c, want)
			}
			continue
		}
		if !slices.IsSorted(c) {
			t.Errorf("Codes(%s) is not sorted: %v", v, c)
		}
	}
	c := Codes(Country)
	c[0] = "ZZ"
	if Has(Country, "ZZ") || Codes(Country)[0] != "AD" {
		t.Error("Codes returns shared state")
	}
	want := []string{"A1", "A2", "B1", "B2", "C1", "C2"}
	if got := Codes(CEFR); !slices.Equal(got, want) {
		t.Errorf("Codes(CEFR) = %v, want %v", got, want)
	}
}

func TestFieldParent(t *testing.T) {
	for _, tc := range []struct {
		code, want string
		ok         bool
	}{
		{"0613", "061", true},
		{"061", "06", true},
		{"0188", "018", true},
		{"018", "01", true},
		{"0000", "000", true},
		{"000", "00", true},
		{"1041", "104", true},
		{"104", "10", true},
		{"06", "", false},
		{"00", "", false},
		{"10", "", false},
		{"9999", "", false},
		{"0549", "", false},
		{"6", "", false},
		{"", "", false},
	} {
		got, ok := FieldParent(tc.code)
		if got != tc.want || ok != tc.ok {
			t.Errorf("FieldParent(%q) = %q, %v; want %q, %v", tc.code, got, ok, tc.want, tc.ok)
		}
	}
	// Every narrow and detailed field climbs to a broad field.
	for _, c := range Codes(Field) {
		p, steps := c, 0
		for {
			q, ok := FieldParent(p)
			if !ok {
				break
			}
			p, steps = q, steps+1
		}
		if len(p) != 2 || steps != len(c)-2 {
			t.Errorf("FieldParent chain of %q ends at %q after %d steps", c, p, steps)
		}
	}
}

// TestVocabConcurrentUse reads every label, code list and field parent
// from several goroutines at once, started together: each must see what
// one goroutine alone sees, and under go test -race (as CI runs it) any
// write to the shared tables, or to a code list handed out, is reported.
func TestVocabConcurrentUse(t *testing.T) {
	read := func() string {
		var b strings.Builder
		for _, v := range allVocabs {
			codes := Codes(v)
			for _, c := range codes {
				for _, l := range Languages() {
					label, ok := Label(v, c, l)
					if !ok || label == "" {
						return fmt.Sprintf("%s %s has no %s label", v, c, l)
					}
					b.WriteString(label)
				}
				p, _ := FieldParent(c)
				b.WriteString(p)
			}
			if len(codes) > 0 {
				codes[0] = "changed by a caller" // a caller's copy: no other goroutine may see it
			}
		}
		return b.String()
	}
	want := read()
	const workers = 8
	got := make([]string, workers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got[i] = read()
		}()
	}
	close(start)
	wg.Wait()
	for i, g := range got {
		if g != want {
			t.Errorf("goroutine %d read other labels than one goroutine alone (%d bytes against %d)", i, len(g), len(want))
		}
	}
}

// Two countries or two languages with the same label could not be told apart
// in a list.
func TestVocabLabelsDistinct(t *testing.T) {
	for _, v := range []Vocab{Country, LanguageCode, Level, Mode, Delivery, Degree, NetworkKind, MaterialKind, Community, Audience, InstitutionType, CEFR, Month, Unit, Basis, Kind, Approx} {
		for _, lang := range Languages() {
			seen := map[string]string{}
			for _, c := range Codes(v) {
				l, _ := Label(v, c, lang)
				if other, dup := seen[l]; dup {
					t.Errorf("%s %s: %q and %q are both labelled %q", v, lang, other, c, l)
				}
				seen[l] = c
			}
		}
	}
}

// TestVocabFiles: every file of vocab/ is a vocabulary, well formed, and
// readVocab refuses the mistakes a translator could make in one.
func TestVocabFiles(t *testing.T) {
	names, err := fs.Glob(vocabFiles, "vocab/*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		v := Vocab(strings.TrimSuffix(path.Base(n), ".tsv"))
		if _, ok := vocabTables[v]; !ok {
			t.Errorf("%s is not read: add %q to the list in vocab.go", n, v)
		}
	}
	if len(names) != len(vocabTables) {
		t.Errorf("%d files for %d vocabularies", len(names), len(vocabTables))
	}
	for _, tc := range []struct{ file, want string }{
		{"code\tfr\tnl\ten\tde\tes\nBE\tBelgique\tBelgië\tBelgium\tBelgien\n", `v.tsv:2: a code and five labels expected, found "BE\tBelgique\tBelgië\tBelgium\tBelgien"`},
		{"code\tfr\tnl\ten\tde\tes\nBE\tBelgique\t\tBelgium\tBelgien\tBélgica\n", `v.tsv:2: a code and five labels expected, found "BE\tBelgique\t\tBelgium\tBelgien\tBélgica"`},
		{"# notes\ncode\tfr\tnl\ten\tde\tes\nx\ta\tb\tc\td\te\nx\ta\tb\tc\td\te\n", `v.tsv:4: code "x" appears twice`},
		{"code fr nl en de es\n", "v.tsv:1: the header must be code, fr, nl, en, de, es"},
	} {
		_, err := readVocab(fstest.MapFS{"v.tsv": {Data: []byte(tc.file)}}, "v.tsv")
		if err == nil || err.Error() != tc.want {
			t.Errorf("readVocab(%q) = %v, want %s", tc.file, err, tc.want)
		}
	}
}

// FieldParent returns the parent ISCED-F code ("0613" -> "061", "061" -> "06")
// and true, or "" and false for broad fields and unknown codes.
func FieldParent(code string) (string, bool) {
	if !Has(Field, code) || len(code) < 3 {
		return "", false
	}
	return code[:len(code)-1], true
}
