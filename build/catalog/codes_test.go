package catalog

import (
	"math"
	"net/url"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkMessage asserts the house style of validation messages: non-empty,
// not starting with a capital, one line, no trailing punctuation, and
// saying what is expected (or how to fix it).
func checkMessage(t *testing.T, err error) {
	t.Helper()
	msg := err.Error()
	if msg == "" {
		t.Fatal("empty error message")
	}
	r, _ := utf8.DecodeRuneInString(msg)
	if unicode.IsUpper(r) {
		t.Errorf("message starts with a capital: %s", msg)
	}
	if strings.ContainsAny(msg, "\n\r") {
		t.Errorf("message spans lines: %s", msg)
	}
	if strings.ContainsAny(msg[len(msg)-1:], ".!?:;,") {
		t.Errorf("message ends with punctuation: %s", msg)
	}
	if !strings.Contains(msg, "expected") && !strings.Contains(msg, "use ") {
		t.Errorf("message does not say what is expected: %s", msg)
	}
}

// errCase is an invalid input with substrings its message must contain.
type errCase struct {
	name string
	in   string
	want []string
}

func runErrCases(t *testing.T, cases []errCase, check func(string) error) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := check(c.in)
			if err == nil {
				t.Fatalf("%q: want error, got nil", c.in)
			}
			checkMessage(t, err)
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%q: message %q does not mention %q", c.in, err, w)
				}
			}
		})
	}
}

func TestCheckROR(t *testing.T) {
	known := []struct{ name, id string }{
		{"liege", "00afp2z80"},
		{"ku leuven", "05f950310"},
		{"ghent", "00cv9y106"},
		{"berkeley", "01an7q238"},
		{"ucla", "046rm7j60"},
		{"upenn", "00b30xv10"},
		{"maastricht", "02jz4aj89"},
		{"rwth aachen", "04xfq0f34"},
	}
	for _, k := range known {
		t.Run(k.name, func(t *testing.T) {
			for _, in := range []string{k.id, "https://ror.org/" + k.id} {
				got, err := CheckROR(in)
				if err != nil {
					t.Fatalf("CheckROR(%q): %v", in, err)
				}
				if got != k.id {
					t.Errorf("CheckROR(%q) = %q, want %q", in, got, k.id)
				}
			}
		})
	}
	runErrCases(t, []errCase{
		{"empty", "", []string{"expected 9 characters", "00afp2z80"}},
		{"bad checksum", "00afp2z81", []string{"typing mistake"}},
		{"swapped characters", "00apf2z80", []string{"typing mistake"}},
		{"too short", "0afp2z80", []string{"expected 9 characters"}},
		{"too long", "00afp2z800", []string{"expected 9 characters"}},
		{"not starting with 0", "10afp2z80", []string{"starting with 0"}},
		{"letter o", "00ofp2z80", []string{"i, l, o or u"}},
		{"upper case", "00AFP2Z80", []string{"lower-case", `"00afp2z80"`}},
		{"letters in checksum", "00afp2zab", []string{"last 2 characters to be digits"}},
		{"http prefix", "http://ror.org/00afp2z80", []string{"expected"}},
		{"other prefix", "ror.org/00afp2z80", []string{"expected"}},
		{"trailing slash", "https://ror.org/00afp2z80/", []string{"expected"}},
		{"space", " 00afp2z80", []string{"expected"}},
	}, func(s string) error { _, err := CheckROR(s); return err })
}

func TestCheckErasmusCode(t *testing.T) {
	for _, s := range []string{
		"B  LIEGE01", "B  LEUVEN01", "NL MAASTRI01", "D  AACHEN01", "F  NANCY43",
		"L  LUX-INT01", "IRLDUBLIN01", "UK LONDON029", "F  PARIS001",
		"CY NICOSIA01", "E  MADRID03", "I  ROMA01",
	} {
		if err := CheckErasmusCode(s); err != nil {
			t.Errorf("CheckErasmusCode(%q): %v", s, err)
		}
	}
	runErrCases(t, []errCase{
		{"padding too short", "B LIEGE01", []string{
			`"B LIEGE01" is not an Erasmus code: expected the country part padded to 3 characters, then the city code and 2 digits, like "B  LIEGE01"`}},
		{"padding too long", "NL  MAASTRI01", []string{"padded to 3 characters", `"NL MAASTRI01"`}},
		{"lower case", "b  liege01", []string{"capital letters", `"B  LIEGE01"`}},
		{"one digit", "B  LIEGE1", []string{"expected 2 digits at the end", `"B  LIEGE01"`}},
		{"no digits", "B  LIEGE", []string{"2 digits"}},
		{"four digits", "B  LIEGE0001", []string{"2 digits"}},
		{"city too long", "B  BRUXELLES01", []string{"city code"}},
		{"no country", "   LIEGE01", []string{"country part"}},
		{"empty", "", []string{"expected"}},
		{"leading hyphen in city", "L  -LUX01", []string{"expected"}},
		{"double hyphen in city", "L  LU--X01", []string{"expected"}},
		{"digit in country", "B1 LIEGE01", []string{"expected"}},
		{"tab padding", "B\t LIEGE01", []string{"expected"}},
		{"unpadded two-letter country", "NLMAASTRI01", []string{"padded to 3 characters"}},
		{"unpadded one-letter country", "BLIEGE01", []string{"padded to 3 characters"}},
	}, CheckErasmusCode)
}

func TestCheckPIC(t *testing.T) {
	for _, s := range []string{"999875303", "000000001"} {
		if err := CheckPIC(s); err != nil {
			t.Errorf("CheckPIC(%q): %v", s, err)
		}
	}
	runErrCases(t, []errCase{
		{"eight digits", "99987530", []string{"exactly 9 digits"}},
		{"ten digits", "9998753030", []string{"exactly 9 digits"}},
		{"spaces", "999 875 303", []string{"no spaces"}},
		{"letter", "99987530A", []string{"9 digits"}},
		{"empty", "", []string{"9 digits"}},
		{"arabic-indic digits", "٩٩٩٨٧٥٣٠٣", []string{"9 digits"}},
	}, CheckPIC)
}

func TestCheckEmail(t *testing.T) {
	for _, s := range []string{
		"jana.voorbeeld@univ.example", "international@ares-ac.be", "a+b@x.co.uk",
		"jean_o'neil@uni.ie", "info@université.be", "info@xn--universit-d1a.be",
		"INFO@ULIEGE.BE", "x@a.b.c.d",
	} {
		if err := CheckEmail(s); err != nil {
			t.Errorf("CheckEmail(%q): %v", s, err)
		}
	}
	runErrCases(t, []errCase{
		{"empty", "", []string{"name@uliege.be"}},
		{"display name", "Jan Peeters <jan.peeters@x.be>", []string{"no name in front"}},
		{"angle brackets", "<jan@x.be>", []string{"no name in front"}},
		{"space", "jan peeters@x.be", []string{"no spaces"}},
		{"trailing space", "jan@x.be ", []string{"no spaces"}},
		{"two addresses", "a@x.be,b@x.be", []string{"just one address"}},
		{"no at", "jan.x.be", []string{"then @"}},
		{"two ats", "jan@x@x.be", []string{"single @"}},
		{"no local", "@x.be", []string{"name before the @"}},
		{"no domain", "jan@", []string{"domain", "missing"}},
		{"no dot in domain", "jan@localhost", []string{"has no dot"}},
		{"double dot local", "jan..p@x.be", []string{"dots"}},
		{"leading dot local", ".jan@x.be", []string{"dots"}},
		{"empty label", "jan@x..be", []string{"empty part"}},
		{"hyphen label", "jan@-x.be", []string{"hyphen"}},
		{"underscore domain", "jan@my_uni.be", []string{`'_'`}},
		{"numeric tld", "jan@10.0.0.1", []string{"number"}},
		{"quoted local", `"jan"@x.be`, []string{"expected letters"}},
		{"non-ascii local", "jérôme@x.be", []string{"expected letters"}},
		{"domain literal", "jan@[10.0.0.1]", []string{"expected"}},
		{"long local", strings.Repeat("a", 65) + "@x.be", []string{"64"}},
	}, CheckEmail)
}

func TestCheckURL(t *testing.T) {
	for _, s := range []string{
		"https://www.uliege.be/", "http://www.kuleuven.be", "https://www.uliege.be/cms/c_9038317/fr/erasmus?x=1#top",
		"HTTPS://WWW.ULIEGE.BE/", "https://université.be/", "https://x.be:8443/a",
		"https://192.0.2.1/", "https://[2001:db8::1]/", "mailto:info@uliege.be",
		"mailto:info@uliege.be?subject=Erasmus%20application", "mailto:jan%2Bx@x.be",
		"https://x.be/%C3%A9t%C3%A9",
	} {
		if err := CheckURL(s); err != nil {
			t.Errorf("CheckURL(%q): %v", s, err)
		}
	}
	runErrCases(t, []errCase{
		{"empty", "", []string{"https://"}},
		{"javascript", "javascript:alert(1)", []string{"javascript: links are not allowed", "https://"}},
		{"javascript upper", "JavaScript:alert(1)", []string{"not allowed"}},
		{"data", "data:text/html,<b>x</b>", []string{"expected"}},
		{"data plain", "data:text/plain;base64,SGVsbG8=", []string{"not allowed"}},
		{"ftp", "ftp://x.be/", []string{"not allowed"}},
		{"relative path", "/about", []string{"full web address"}},
		{"relative dot", "../x.html", []string{"full web address"}},
		{"scheme-relative", "//www.uliege.be", []string{"full web address"}},
		{"no scheme", "www.uliege.be", []string{"https://"}},
		{"space", "https://x.be/a b", []string{"no spaces", "%20"}},
		{"leading space", " https://x.be/", []string{"no spaces"}},
		{"tab", "https://x.be/\t", []string{"invisible"}},
		{"newline", "https://x.be/\n", []string{"invisible"}},
		{"nul", "https://x.be/\x00", []string{"invisible"}},
		{"zero width space", "https://x.be/\u200b", []string{"invisible"}},
		{"invalid utf8", "https://x.be/\xff", []string{"invisible"}},
		{"backslash", `https:\\x.be`, []string{`'\\'`}},
		{"missing slashes", "https:x.be", []string{"expected // after https:"}},
		{"empty host", "https:///path", []string{"site name"}},
		{"no dot host", "https://intranet/", []string{"has no dot"}},
		{"user info", "https://user:pw@x.be/", []string{"no user name"}},
		{"bad port", "https://x.be:http/", []string{"expected"}},
		{"bad escape", "https://x.be/%zz", []string{"expected"}},
		{"underscore host", "https://my_site.be/", []string{"cannot appear"}},
		{"mailto empty", "mailto:", []string{"mailto:info@uliege.be"}},
		{"mailto bad", "mailto:jan", []string{"valid e-mail address"}},
		{"mailto two", "mailto:a@x.be,b@x.be", []string{"valid e-mail address"}},
		{"mailto slashes", "mailto://a@x.be", []string{"e-mail address"}},
		{"mailto display name", "mailto:Jan%20%3Cjan@x.be%3E", []string{"valid e-mail address"}},
	}, CheckURL)
}

func TestParseDuration(t *testing.T) {
	valid := []struct {
		in    string
		want  Duration
		canon string
	}{
		{"P2Y", Duration{Years: 2}, "P2Y"},
		{"P18M", Duration{Months: 18}, "P18M"},
		{"P1Y6M", Duration{Years: 1, Months: 6}, "P1Y6M"},
		{"P10W", Duration{Weeks: 10}, "P10W"},
		{"P5D", Duration{Days: 5}, "P5D"},
		{"P1Y2M10D", Duration{Years: 1, Months: 2, Days: 10}, "P1Y2M10D"},
		{"P1Y2W", Duration{Years: 1, Weeks: 2}, "P1Y2W"},
		{"P1Y2M3W4D", Duration{1, 2, 3, 4}, "P1Y2M3W4D"},
		{"P0D", Duration{}, "P0D"},
		{"P0Y", Duration{}, "P0D"},
		{"P02Y", Duration{Years: 2}, "P2Y"},
		{"P1Y0M", Duration{Years: 1}, "P1Y"},
		{"P9999D", Duration{Days: 9999}, "P9999D"},
	}
	for _, c := range valid {
		t.Run(c.in, func(t *testing.T) {
			got, err := ParseDuration(c.in)
			if err != nil {
				t.Fatalf("ParseDuration(%q): %v", c.in, err)
			}
			if got != c.want {
				t.Errorf("ParseDuration(%q) = %+v, want %+v", c.in, got, c.want)
			}
			if s := got.String(); s != c.canon {
				t.Errorf("String() = %q, want %q", s, c.canon)
			}
		})
	}
	runErrCases(t, []errCase{
		{"no P", "2Y", []string{"start with P", `"P2Y"`}},
		{"just P", "P", []string{"after P"}},
		{"empty", "", []string{"expected P"}},
		{"negative", "P-1Y", []string{"without a minus or plus sign"}},
		{"plus", "P+1Y", []string{"without a minus or plus sign"}},
		{"time part", "PT2H", []string{"hours"}},
		{"date and time", "P1YT2H", []string{"hours"}},
		{"lower case", "p2y", []string{"capital letters", `"P2Y"`}},
		{"fraction", "P1.5Y", []string{"whole numbers"}},
		{"comma fraction", "P1,5Y", []string{"whole numbers"}},
		{"no unit", "P2", []string{"unit letter"}},
		{"wrong order", "P6M1Y", []string{"order"}},
		{"repeated", "P1Y1Y", []string{"at most once"}},
		{"unknown unit", "P2X", []string{"expected P"}},
		{"too big", "P10000Y", []string{"4 digits"}},
		{"words", "2 years", []string{"expected P"}},
		{"space", "P1Y 6M", []string{"expected P"}},
	}, func(s string) error { _, err := ParseDuration(s); return err })
}

func TestDurationInMonths(t *testing.T) {
	cases := []struct {
		d    Duration
		want float64
	}{
		{Duration{Years: 2}, 24},
		{Duration{Years: 1, Months: 6}, 18},
		{Duration{Days: 365}, 365 / daysPerMonth},
		{Duration{Weeks: 10}, 70 / daysPerMonth},
		{Duration{}, 0},
	}
	for _, c := range cases {
		if got := c.d.InMonths(); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%v.InMonths() = %v, want %v", c.d, got, c.want)
		}
	}
	// Sorting sanity: a year is longer than 52 weeks, shorter than 53.
	if y, w := (Duration{Years: 1}).InMonths(), (Duration{Weeks: 52}).InMonths(); y <= w {
		t.Errorf("P1Y (%v) should be longer than P52W (%v)", y, w)
	}
}

func TestCheckCEFR(t *testing.T) {
	for _, s := range []string{"A1", "A2", "B1", "B2", "C1", "C2"} {
		if err := CheckCEFR(s); err != nil {
			t.Errorf("CheckCEFR(%q): %v", s, err)
		}
	}
	runErrCases(t, []errCase{
		{"lower case", "b2", []string{"capital", `"B2"`}},
		{"C3", "C3", []string{"A1, A2, B1, B2, C1 or C2"}},
		{"plus", "B2+", []string{"one of"}},
		{"range", "B2/C1", []string{"one of"}},
		{"native", "native", []string{"one of"}},
		{"empty", "", []string{"one of"}},
	}, CheckCEFR)
}

func TestCheckCurrency(t *testing.T) {
	if n := len(currencySet); n != 178 {
		t.Errorf("currency table has %d codes, want 178 (ISO 4217 list one)", n)
	}
	for c := range currencySet {
		if len(c) != 3 || strings.ToUpper(c) != c {
			t.Errorf("bad table entry %q", c)
		}
	}
	for _, s := range []string{"EUR", "USD", "CHF", "GBP", "XCG", "ZWG", "JPY", "SLE"} {
		if err := CheckCurrency(s); err != nil {
			t.Errorf("CheckCurrency(%q): %v", s, err)
		}
	}
	runErrCases(t, []errCase{
		{"lower case", "eur", []string{"capital letters", `"EUR"`}},
		{"symbol", "€", []string{"3-letter", `"EUR"`}},
		{"word", "euro", []string{"3-letter"}},
		{"unknown", "ABC", []string{"3-letter"}},
		{"withdrawn bgn", "BGN", []string{"no longer in use", `"EUR"`}},
		{"withdrawn ang", "ANG", []string{`"XCG"`}},
		{"withdrawn lower", "hrk", []string{`"EUR"`}},
		{"empty", "", []string{"3-letter"}},
		{"space", "EUR ", []string{"3-letter"}},
	}, CheckCurrency)
}

func TestCheckID(t *testing.T) {
	for _, s := range []string{"ma-european-law", "uliege", "a", "2026", "erasmus-2026-b1", strings.Repeat("a", 80)} {
		if err := CheckID(s); err != nil {
			t.Errorf("CheckID(%q): %v", s, err)
		}
	}
	runErrCases(t, []errCase{
		{"spaces and capitals", "MA European Law", []string{"use lower-case letters, digits and hyphens", `"ma-european-law"`}},
		{"underscore", "ma_european_law", []string{`"ma-european-law"`}},
		{"accents", "Université de Liège", []string{`"universite-de-liege"`}},
		{"leading hyphen", "-uliege", []string{"not starting or ending with a hyphen", `"uliege"`}},
		{"trailing hyphen", "uliege-", []string{"hyphen", `"uliege"`}},
		{"double hyphen", "ma--law", []string{"single hyphens", `"ma-law"`}},
		{"empty", "", []string{"use lower-case", `"ma-european-law"`}},
		{"too long", strings.Repeat("a", 81), []string{"at most 80"}},
		{"only symbols", "!!!", []string{`"ma-european-law"`}},
		{"slash", "ma/law", []string{`"ma-law"`}},
		{"dot", "ma.law", []string{`"ma-law"`}},
	}, CheckID)
}

func TestSlugSuggestionValid(t *testing.T) {
	for _, s := range []string{"MA European Law", strings.Repeat("ab ", 60), "Œuvre — Straße", "日本", "  x  "} {
		if sug := slugSuggestion(s); sug != "" && !validID(sug) {
			t.Errorf("slugSuggestion(%q) = %q, not a valid id", s, sug)
		}
	}
}

func TestCheckSCHAC(t *testing.T) {
	for _, s := range []string{"uliege.be", "kuleuven.be", "ugent.be", "student.uni-x.de", "xn--universit-d1a.be"} {
		if err := CheckSCHAC(s); err != nil {
			t.Errorf("CheckSCHAC(%q): %v", s, err)
		}
	}
	runErrCases(t, []errCase{
		{"upper case", "UCLouvain.be", []string{"lower-case", `"uclouvain.be"`}},
		{"no dot", "uliege", []string{"has no dot", `"uliege.be"`}},
		{"url", "https://uliege.be", []string{"without https://"}},
		{"email", "info@uliege.be", []string{"just the domain"}},
		{"trailing dot", "uliege.be.", []string{"empty part"}},
		{"unicode", "université.be", []string{"cannot appear"}},
		{"underscore", "my_uni.be", []string{"cannot appear"}},
		{"hyphen edge", "uni-.be", []string{"hyphen"}},
		{"numeric tld", "10.0.0.1", []string{"number"}},
		{"empty", "", []string{"missing"}},
		{"space", "uliege .be", []string{"cannot appear"}},
	}, CheckSCHAC)
}

func TestLongValueQuoted(t *testing.T) {
	err := CheckPIC(strings.Repeat("1", 500))
	if err == nil || len(err.Error()) > 200 || !strings.Contains(err.Error(), "…") {
		t.Errorf("long value not shortened in message: %v", err)
	}
}

func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"P2Y", "P18M", "P1Y6M", "P10W", "P5D", "P1Y2M10D", "P1Y2M3W4D", "P0D",
		"P", "2Y", "P-1Y", "PT2H", "P1.5Y", "P6M1Y", "P99999Y", "p2y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err != nil {
			checkMessage(t, err)
			if d != (Duration{}) {
				t.Errorf("ParseDuration(%q) returned %+v with an error", s, d)
			}
			return
		}
		if d.Years < 0 || d.Months < 0 || d.Weeks < 0 || d.Days < 0 {
			t.Fatalf("ParseDuration(%q) = %+v: negative field", s, d)
		}
		canon := d.String()
		d2, err := ParseDuration(canon)
		if err != nil {
			t.Fatalf("String() of %q = %q does not reparse: %v", s, canon, err)
		}
		if d2 != d {
			t.Fatalf("%q -> %+v -> %q -> %+v", s, d, canon, d2)
		}
		if d2.String() != canon {
			t.Fatalf("String not stable: %q vs %q", d2.String(), canon)
		}
		if m := d.InMonths(); m < 0 || math.IsNaN(m) || math.IsInf(m, 0) {
			t.Fatalf("InMonths(%+v) = %v", d, m)
		}
	})
}

func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{"https://www.uliege.be/", "http://x.be", "mailto:info@uliege.be",
		"mailto:a@b.be?subject=x", "javascript:alert(1)", "data:,x", "/relative", "https:x.be",
		"https://[::1]/", "https://u@x.be", "https://x.be/a b", "https://x.be:99999/", "HTTP://X.BE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := CheckURL(s)
		if err != nil {
			checkMessage(t, err)
			return
		}
		if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsControl(r)
		}) {
			t.Fatalf("accepted %q with spaces, control characters or invalid UTF-8", s)
		}
		u, perr := url.Parse(s)
		if perr != nil {
			t.Fatalf("accepted %q but url.Parse fails: %v", s, perr)
		}
		switch u.Scheme {
		case "http", "https":
			if u.Host == "" || u.User != nil {
				t.Fatalf("accepted %q without a host or with user info", s)
			}
		case "mailto":
			if u.Opaque == "" {
				t.Fatalf("accepted %q with no address", s)
			}
		default:
			t.Fatalf("accepted %q with scheme %q", s, u.Scheme)
		}
	})
}

func FuzzCheckROR(f *testing.F) {
	for _, s := range []string{"00afp2z80", "https://ror.org/05f950310", "00afp2z81", "0", "",
		"https://ror.org/", "00AFP2Z80", "0iiiiii00", "zzzzzzzzz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := CheckROR(s)
		if err != nil {
			checkMessage(t, err)
			if id != "" {
				t.Errorf("CheckROR(%q) returned %q with an error", s, id)
			}
			return
		}
		if len(id) != 9 || id[0] != '0' || !strings.HasSuffix(s, id) {
			t.Fatalf("CheckROR(%q) = %q", s, id)
		}
		if s != id && s != rorPrefix+id {
			t.Fatalf("CheckROR(%q) accepted an unexpected form", s)
		}
		for _, in := range []string{id, rorPrefix + id} {
			if again, err := CheckROR(in); err != nil || again != id {
				t.Fatalf("CheckROR(%q) = %q, %v; want %q", in, again, err, id)
			}
		}
	})
}
