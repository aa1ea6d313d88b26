package catalog

// Validators for single catalogue field values: identifiers (ROR, Erasmus,
// PIC, SCHAC, entry ids), e-mail addresses and links, durations,
// CEFR levels and currencies.
//
// Every error message is written for the person editing the YAML files, not
// for a programmer: it is lower case, has no trailing punctuation, quotes the
// offending value, says what was expected and, where it can, shows a
// corrected value. Messages never name the field; the caller prefixes it.

import (
	"errors"
	"net"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quote renders a value for an error message. Go quoting makes invisible
// characters (tabs, non-breaking spaces, control characters) visible; long
// values are shortened so that the message stays readable.
func quote(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max]) + "…"
	}
	return strconv.Quote(s)
}

// invalid builds the common message shape:
// `"value" is not <what>: <detail>`.
func invalid(s, what, detail string) error {
	subject := quote(s)
	if s == "" {
		subject = "an empty value"
	}
	return errors.New(subject + " is not " + what + ": " + detail)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

const digits = "0123456789"

func allDigits(s string) bool { return s != "" && strings.TrimLeft(s, digits) == "" }

// ---------------------------------------------------------------------------
// ROR

// rorAlphabet is Crockford's base32 alphabet in lower case: digits and
// letters without i, l, o and u.
const rorAlphabet = "0123456789abcdefghjkmnpqrstvwxyz"

// rorPrefix is the resolver prefix that may precede a ROR id.
const rorPrefix = "https://ror.org/"

const rorExpect = `expected 9 characters starting with 0, like "00afp2z80" or "https://ror.org/00afp2z80"`

// CheckROR validates a ROR id, given as "https://ror.org/00afp2z80" or
// "00afp2z80", and returns the canonical 9-character id.
//
// A ROR id is "0", 6 characters of Crockford base32 (lower case, without
// i, l, o and u) and a 2-digit checksum: the ISO 7064 MOD 97-10 check of the
// number the first 7 characters encode, 98 - (n*100 mod 97), zero padded.
// The checksum is verified, so most typing mistakes are caught. Upper-case
// ids are rejected (ROR publishes them in lower case) with a message that
// shows the lower-case form.
func CheckROR(s string) (string, error) {
	const what = "a ROR id"
	id := strings.TrimPrefix(s, rorPrefix)
	if len(id) != 9 {
		return "", invalid(s, what, rorExpect)
	}
	if lower := strings.ToLower(id); lower != id {
		if _, err := CheckROR(lower); err == nil {
			return "", invalid(s, what, `expected lower-case letters, like "`+lower+`"`)
		}
	}
	if id[0] != '0' {
		return "", invalid(s, what, rorExpect)
	}
	var n uint64 // 7 base32 characters are 35 bits: no overflow
	for i := 0; i < 7; i++ {
		v := strings.IndexByte(rorAlphabet, id[i])
		if v < 0 {
			detail := rorExpect
			switch id[i] {
			case 'i', 'l', 'o', 'u':
				detail = "ROR ids never contain the letters i, l, o or u (check for a mistyped 1 or 0); " + rorExpect
			}
			return "", invalid(s, what, detail)
		}
		n = n*32 + uint64(v)
	}
	if !isDigit(id[7]) || !isDigit(id[8]) {
		return "", invalid(s, what, "expected the last 2 characters to be digits; "+rorExpect)
	}
	want := 98 - (n*100)%97
	got := uint64(id[7]-'0')*10 + uint64(id[8]-'0')
	if got != want {
		return "", invalid(s, what, "its last 2 digits do not match the rest, so it probably contains a typing mistake; expected the id exactly as shown on https://ror.org, like \"00afp2z80\"")
	}
	return id, nil
}

// ---------------------------------------------------------------------------
// Erasmus institutional code

const erasmusExpect = "expected the country part padded to 3 characters, then the city code and 2 digits"
const erasmusExample = `"B  LIEGE01"`

// CheckErasmusCode validates an Erasmus institutional code such as
// "B  LIEGE01", "NL MAASTRI01" or "L  LUX-INT01":
//
//   - a country part of 1 to 3 upper-case letters padded with spaces to
//     exactly 3 characters ("B  ", "NL ", "IRL");
//   - a city part of 1 to 7 upper-case letters, which may contain single
//     hyphens between letters ("LUX-INT");
//   - a number of 2 digits; 3 digits are also accepted because some real
//     codes have them ("UK LONDON029", "F  PARIS001").
//
// The country part is checked for shape only, not against a list of
// countries, as the Erasmus country letters are not ISO codes (B, D, G, SF).
// One exception: a country part of 3 letters must be "IRL" or "LUX", the only ones in
// use; otherwise a missing padding ("NLMAASTRI01") would pass as country
// "NLM".
func CheckErasmusCode(s string) error {
	const what = "an Erasmus code"
	if validErasmus(s) {
		return nil
	}
	if upper := strings.ToUpper(s); upper != s && validErasmus(upper) {
		return invalid(s, what, `expected capital letters, like "`+upper+`"`)
	}
	// Wrong padding of the country part: "B LIEGE01", "NL  MAASTRI01".
	i := 0
	for i < len(s) && (isUpper(s[i]) || isLower(s[i])) {
		i++
	}
	j := len(s) - len(strings.TrimLeft(s[i:], " "))
	if i >= 1 && i <= 3 && j > i && j != 3 {
		fixed := strings.ToUpper(s[:i]) + strings.Repeat(" ", 3-i) + strings.ToUpper(s[j:])
		if validErasmus(fixed) {
			return invalid(s, what, erasmusExpect+`, like "`+fixed+`"`)
		}
	}
	// A one-digit number: "B  LIEGE1".
	if n := len(s); n >= 2 && isDigit(s[n-1]) && !isDigit(s[n-2]) {
		if fixed := s[:n-1] + "0" + s[n-1:]; validErasmus(fixed) {
			return invalid(s, what, `expected 2 digits at the end, like "`+fixed+`"`)
		}
	}
	return invalid(s, what, erasmusExpect+", like "+erasmusExample)
}

func validErasmus(s string) bool {
	if len(s) < 6 { // "B  X01"
		return false
	}
	// Country: 1-3 letters then spaces up to 3 characters.
	i := 0
	for i < 3 && isUpper(s[i]) {
		i++
	}
	if i == 0 || i == 3 && s[:3] != "IRL" && s[:3] != "LUX" {
		return false
	}
	if strings.TrimLeft(s[i:3], " ") != "" {
		return false
	}
	rest := s[3:]
	// Number: 2 or 3 trailing digits.
	d := len(strings.TrimRight(rest, digits))
	if n := len(rest) - d; n < 2 || n > 3 {
		return false
	}
	// City: 1-7 letters, single hyphens between letters.
	city := rest[:d]
	if len(city) < 1 || len(city) > 7 {
		return false
	}
	for k := 0; k < len(city); k++ {
		c := city[k]
		switch {
		case isUpper(c):
		case c == '-' && k > 0 && k < len(city)-1 && city[k-1] != '-':
		default:
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------------------
// PIC

// CheckPIC validates a Participant Identification Code: exactly 9 digits.
func CheckPIC(s string) error {
	if len(s) == 9 && allDigits(s) {
		return nil
	}
	return invalid(s, "a PIC", `expected exactly 9 digits with no spaces, like "999875303"`)
}

// ---------------------------------------------------------------------------
// Domain names, e-mail addresses and links

// domainProblem says what is wrong with a domain name, or returns "" if it
// is acceptable. The name must have at least two labels; labels are letters,
// digits and hyphens (plus non-ASCII letters and digits when allowUnicode,
// for internationalised domains), 1 to 63 characters, not starting or ending
// with a hyphen; the last label must not be a number. The result completes
// a sentence whose subject is the domain: "has no dot".
func domainProblem(d string, allowUnicode bool) string {
	if d == "" {
		return "is missing"
	}
	if len(d) > 253 {
		return "is longer than 253 characters"
	}
	if !strings.Contains(d, ".") {
		return "has no dot"
	}
	labels := strings.Split(d, ".")
	for _, l := range labels {
		if l == "" {
			return "has an empty part between dots"
		}
		if utf8.RuneCountInString(l) > 63 {
			return "has a part longer than 63 characters"
		}
		if l[0] == '-' || l[len(l)-1] == '-' {
			return "has a part that starts or ends with a hyphen"
		}
		for _, r := range l {
			switch {
			case r < utf8.RuneSelf && (isUpper(byte(r)) || isLower(byte(r)) || isDigit(byte(r)) || r == '-'):
			case r >= utf8.RuneSelf && r != utf8.RuneError && allowUnicode &&
				(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)):
			default:
				return "contains " + strconv.QuoteRune(r) + ", which cannot appear in a domain name"
			}
		}
	}
	if allDigits(labels[len(labels)-1]) {
		return "ends with a number instead of a name like .be"
	}
	return ""
}

// isAtext reports whether c may appear in an unquoted local part (RFC 5322
// atext).
func isAtext(c byte) bool {
	return isUpper(c) || isLower(c) || isDigit(c) || strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}

const emailExample = `"name@uliege.be"`

// CheckEmail validates an e-mail address: a single addr-spec such as
// "name@uliege.be", with no display name, angle brackets, comments or
// spaces. The local part is an unquoted ASCII dot-atom of at most 64
// characters (quoted local parts are legal but never wanted in a catalogue);
// the domain is an ASCII or internationalised domain name with at least one
// dot. The whole address is at most 254 bytes.
func CheckEmail(s string) error {
	const what = "an e-mail address"
	if s == "" {
		return invalid(s, what, "expected an address like "+emailExample)
	}
	if strings.ContainsFunc(s, unicode.IsSpace) || strings.ContainsAny(s, "<>") {
		return invalid(s, what, "expected just one address, with no spaces and no name in front, like "+emailExample)
	}
	if strings.ContainsAny(s, ",;") {
		return invalid(s, what, "expected just one address, like "+emailExample+"; list other addresses separately")
	}
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return invalid(s, what, "expected a name, then @, then a domain, like "+emailExample)
	}
	if strings.Count(s, "@") > 1 {
		return invalid(s, what, "expected a single @, like "+emailExample)
	}
	if len(s) > 254 {
		return invalid(s, what, "expected at most 254 characters")
	}
	local, domain := s[:at], s[at+1:]
	switch {
	case local == "":
		return invalid(s, what, "expected a name before the @, like "+emailExample)
	case len(local) > 64:
		return invalid(s, what, "expected at most 64 characters before the @")
	case local[0] == '.' || local[len(local)-1] == '.' || strings.Contains(local, ".."):
		return invalid(s, what, "expected dots before the @ only between letters or digits, like "+emailExample)
	}
	for i := 0; i < len(local); i++ {
		if c := local[i]; c != '.' && !isAtext(c) {
			return invalid(s, what, "the part before the @ contains "+strconv.QuoteRune(rune(c))+
				"; expected letters, digits and . _ - + only, like "+emailExample)
		}
	}
	if p := domainProblem(domain, true); p != "" {
		return invalid(s, what, "the domain after the @ "+p+"; expected an address like "+emailExample)
	}
	return nil
}

const urlExpect = `expected a full web address starting with https://, like "https://www.uliege.be/", or an e-mail link like "mailto:info@uliege.be"`

// CheckURL accepts absolute https:, http: and mailto: URLs only.
//
// For http and https the address must have "//" and a host: a domain name
// with at least one dot (internationalised names allowed) or an IP address;
// a user name or password in the address is rejected. For mailto the part
// after "mailto:" must be exactly one address accepted by CheckEmail
// (percent-encoding is decoded first); a "?subject=..." query is allowed.
// The scheme is matched case-insensitively. Relative URLs, other schemes
// (javascript:, data:, file:, ...), spaces, control characters and the
// characters \ " < > ` are rejected.
func CheckURL(s string) error {
	const what = "a usable link"
	if s == "" {
		return invalid(s, what, urlExpect)
	}
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsControl(r) ||
			!unicode.IsPrint(r) && !unicode.IsGraphic(r) {
			return invalid(s, what, "expected no spaces or invisible characters (write a space as %20)")
		}
		if strings.ContainsRune("\\\"<>`", r) {
			return invalid(s, what, "expected no "+strconv.QuoteRune(r)+" character; "+urlExpect)
		}
	}
	colon := strings.IndexByte(s, ':')
	scheme := ""
	if colon > 0 {
		scheme = strings.ToLower(s[:colon])
		for i := 0; i < len(scheme); i++ {
			c := scheme[i]
			if !(isLower(c) || (i > 0 && (isDigit(c) || c == '+' || c == '-' || c == '.'))) {
				scheme = ""
				break
			}
		}
	}
	switch scheme {
	case "":
		return invalid(s, what, urlExpect)
	case "http", "https":
		rest := s[colon+1:]
		if !strings.HasPrefix(rest, "//") {
			return invalid(s, what, `expected // after `+scheme+`:, like "https://www.uliege.be/"`)
		}
		u, err := url.Parse(s)
		if err != nil {
			return invalid(s, what, urlExpect)
		}
		if u.User != nil {
			return invalid(s, what, `expected no user name or password in the address, like "https://www.uliege.be/"`)
		}
		host := u.Hostname()
		if host == "" {
			return invalid(s, what, `expected a site name after `+scheme+`://, like "https://www.uliege.be/"`)
		}
		if net.ParseIP(host) == nil {
			if p := domainProblem(host, true); p != "" {
				return invalid(s, what, "the site name "+quote(host)+" "+p+`; expected an address like "https://www.uliege.be/"`)
			}
		}
		return nil
	case "mailto":
		u, err := url.Parse(s)
		if err != nil || u.Opaque == "" {
			return invalid(s, what, `expected one e-mail address after mailto:, like "mailto:info@uliege.be"`)
		}
		addr, err := url.PathUnescape(u.Opaque)
		if err != nil || CheckEmail(addr) != nil {
			return invalid(s, what, `expected one valid e-mail address after mailto:, like "mailto:info@uliege.be"`)
		}
		return nil
	default:
		return invalid(s, what, scheme+": links are not allowed; "+urlExpect)
	}
}

// ---------------------------------------------------------------------------
// Durations

// Duration is an ISO 8601 duration of years, months, weeks and days. Values
// from ParseDuration are never negative.
type Duration struct{ Years, Months, Weeks, Days int }

// maxDurationDigits bounds each number in a duration, so that values stay
// far from integer overflow (9999 years is already absurd for a catalogue).
const maxDurationDigits = 4

const durationExpect = `expected P followed by a number of years (Y), months (M), weeks (W) or days (D), like "P2Y", "P18M" or "P1Y6M"`

// ParseDuration parses an ISO 8601 duration without a time part: "P2Y",
// "P18M", "P1Y6M", "P10W", "P5D", "P1Y2M10D".
//
// Decisions:
//   - weeks may be combined with the other units ("P1Y2W"), in the order
//     years, months, weeks, days, as ISO 8601-2 and most parsers allow; the
//     strict ISO 8601-1 basic rule (weeks only on their own) is not
//     enforced, since the meaning is unambiguous;
//   - each unit appears at most once and units come in that order;
//   - numbers are whole, non-negative and at most 4 digits; fractions
//     ("P1.5Y") and signs are rejected, and so are time parts ("PT2H");
//   - "P" and the unit letters must be upper case;
//   - zero durations such as "P0D" are accepted.
func ParseDuration(s string) (Duration, error) {
	const what = "a duration"
	var d Duration
	if s == "" {
		return Duration{}, invalid(s, what, durationExpect)
	}
	if s[0] != 'P' {
		if upper := strings.ToUpper(s); upper != s {
			if _, err := ParseDuration(upper); err == nil {
				return Duration{}, invalid(s, what, `expected capital letters, like "`+upper+`"`)
			}
		}
		if isDigit(s[0]) {
			if _, err := ParseDuration("P" + s); err == nil {
				return Duration{}, invalid(s, what, `expected it to start with P, like "P`+s+`"`)
			}
		}
		return Duration{}, invalid(s, what, durationExpect)
	}
	rest := s[1:]
	if rest == "" {
		return Duration{}, invalid(s, what, "expected a number and a unit after P, like \"P2Y\"")
	}
	const units = "YMWD"
	next := 0 // index in units of the first unit still allowed
	for rest != "" {
		if rest[0] == 'T' {
			return Duration{}, invalid(s, what, "expected years, months, weeks or days only; hours, minutes and seconds (after T) are not used")
		}
		if rest[0] == '-' || rest[0] == '+' {
			return Duration{}, invalid(s, what, `expected numbers without a minus or plus sign, like "P1Y"`)
		}
		n := 0
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		if n == 0 {
			return Duration{}, invalid(s, what, durationExpect)
		}
		if n < len(rest) && (rest[n] == '.' || rest[n] == ',') {
			return Duration{}, invalid(s, what, `expected whole numbers, like "P1Y6M" rather than "P1.5Y"`)
		}
		if n > maxDurationDigits {
			return Duration{}, invalid(s, what, "expected numbers of at most 4 digits")
		}
		if n == len(rest) {
			return Duration{}, invalid(s, what, "expected a unit letter (Y, M, W or D) after the last number, like \"P2Y\"")
		}
		v, _ := strconv.Atoi(rest[:n])
		u := rest[n]
		k := strings.IndexByte(units[next:], u)
		if k < 0 {
			if strings.IndexByte(units, u) >= 0 {
				return Duration{}, invalid(s, what, `expected each unit at most once, in the order years, months, weeks, days, like "P1Y6M"`)
			}
			return Duration{}, invalid(s, what, durationExpect)
		}
		switch units[next+k] {
		case 'Y':
			d.Years = v
		case 'M':
			d.Months = v
		case 'W':
			d.Weeks = v
		case 'D':
			d.Days = v
		}
		next += k + 1
		rest = rest[n+1:]
	}
	return d, nil
}

// String returns the canonical ISO form: the non-zero units in the order
// years, months, weeks, days ("P1Y6M"), or "P0D" for a zero duration. The
// result reparses with ParseDuration to the same value for any duration
// ParseDuration returned; negative fields (never produced by ParseDuration)
// are written as they are and do not reparse.
func (d Duration) String() string {
	var b strings.Builder
	b.WriteByte('P')
	for _, part := range []struct {
		n    int
		unit byte
	}{{d.Years, 'Y'}, {d.Months, 'M'}, {d.Weeks, 'W'}, {d.Days, 'D'}} {
		if part.n != 0 {
			b.WriteString(strconv.Itoa(part.n))
			b.WriteByte(part.unit)
		}
	}
	if b.Len() == 1 {
		return "P0D"
	}
	return b.String()
}

// daysPerMonth is the mean length of a Gregorian month: 365.2425 / 12.
const daysPerMonth = 365.2425 / 12

// InMonths returns the approximate length in months, for sorting and
// filtering only: a year is 12 months, and weeks and days are converted at
// the mean Gregorian month of 30.436875 days (a week is about 0.23 months).
// It is therefore exact for durations in years and months only.
func (d Duration) InMonths() float64 {
	return float64(d.Years)*12 + float64(d.Months) + float64(d.Weeks*7+d.Days)/daysPerMonth
}

// ---------------------------------------------------------------------------
// CEFR levels

// CheckCEFR accepts the CEFR language levels A1, A2, B1, B2, C1 and C2,
// upper case, with nothing else (no "B2+", no "B2/C1").
func CheckCEFR(s string) error {
	switch s {
	case "A1", "A2", "B1", "B2", "C1", "C2":
		return nil
	}
	if upper := strings.ToUpper(s); upper != s && CheckCEFR(upper) == nil {
		return invalid(s, "a CEFR level", `expected a capital letter, like "`+upper+`"`)
	}
	return invalid(s, "a CEFR level", "expected one of A1, A2, B1, B2, C1 or C2")
}

// ---------------------------------------------------------------------------
// Currencies

// isoCurrencies is ISO 4217 list one (active alphabetic codes), as
// published by the maintenance agency in 2025-2026: 178 codes, including
// fund codes (BOV, CHE, ...), precious metals (XAU, ...), XTS (testing) and
// XXX (no currency). It already reflects XCG replacing ANG (2025), ZWG
// replacing ZWL (2024), the arrival of XAD (2025) and the withdrawal of BGN
// after Bulgaria joined the euro (2026).
const isoCurrencies = "" +
	"AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV " +
	"BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP " +
	"CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF " +
	"GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR " +
	"KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT " +
	"MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN " +
	"PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE " +
	"SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX " +
	"USD USN UYI UYU UYW UZS VED VES VND VUV WST XAD XAF XAG XAU XBA XBB XBC " +
	"XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG"

var currencySet = func() map[string]bool {
	m := make(map[string]bool)
	for _, c := range strings.Fields(isoCurrencies) {
		m[c] = true
	}
	return m
}()

// withdrawnCurrencies maps withdrawn codes that may still linger in old
// data to their replacement, for a helpful message.
var withdrawnCurrencies = map[string]string{
	"ANG": "XCG", "BGN": "EUR", "HRK": "EUR", "LTL": "EUR", "LVL": "EUR",
	"EEK": "EUR", "SKK": "EUR", "SIT": "EUR", "CYP": "EUR", "MTL": "EUR",
	"BEF": "EUR", "DEM": "EUR", "FRF": "EUR", "NLG": "EUR", "LUF": "EUR",
	"ITL": "EUR", "ESP": "EUR", "PTE": "EUR", "IEP": "EUR", "ATS": "EUR",
	"FIM": "EUR", "GRD": "EUR", "CUC": "CUP", "SLL": "SLE", "ZWL": "ZWG",
	"MRO": "MRU", "STD": "STN", "VEF": "VES", "BYR": "BYN", "TRL": "TRY",
}

// CheckCurrency accepts an active ISO 4217 alphabetic currency code, in
// upper case ("EUR", "CHF"). Withdrawn codes are rejected with their
// replacement named.
func CheckCurrency(s string) error {
	const what = "a currency code"
	if currencySet[s] {
		return nil
	}
	if upper := strings.ToUpper(s); upper != s && currencySet[upper] {
		return invalid(s, what, `expected capital letters, like "`+upper+`"`)
	}
	if repl, ok := withdrawnCurrencies[strings.ToUpper(s)]; ok {
		return invalid(s, what, "this currency is no longer in use; expected the current code, like \""+repl+"\"")
	}
	return invalid(s, what, `expected a 3-letter ISO 4217 code, like "EUR" or "USD"`)
}

// ---------------------------------------------------------------------------
// Entry ids

// maxIDLen is the longest accepted entry id.
const maxIDLen = 80

// CheckID validates an entry id or slug segment: 1 to 80 characters of
// a-z, 0-9 and '-', not starting or ending with '-', without "--". The
// message for a bad id suggests a corrected id derived from the value
// ("MA European Law" → "ma-european-law").
func CheckID(s string) error {
	if validID(s) {
		return nil
	}
	const what = "a valid id"
	const rule = "use lower-case letters, digits and hyphens"
	example := "ma-european-law"
	if sug := slugSuggestion(s); sug != "" {
		example = sug
	}
	switch {
	case s == "":
		return invalid(s, what, rule+`, like "`+example+`"`)
	case len(s) > maxIDLen:
		return invalid(s, what, "use at most 80 characters: "+rule+`, like "`+example+`"`)
	case strings.Contains(s, "--"):
		return invalid(s, what, rule+`, with single hyphens only, like "`+example+`"`)
	case s[0] == '-' || s[len(s)-1] == '-':
		return invalid(s, what, rule+`, not starting or ending with a hyphen, like "`+example+`"`)
	}
	return invalid(s, what, rule+` only, like "`+example+`"`)
}

func validID(s string) bool {
	return s != "" && len(s) <= maxIDLen && s[0] != '-' && s[len(s)-1] != '-' && !strings.Contains(s, "--") &&
		strings.TrimLeft(s, "abcdefghijklmnopqrstuvwxyz"+digits+"-") == ""
}

// foldAccent maps common accented Latin letters (lower case) to their base
// letter for id suggestions.
var foldAccent = func() map[rune]string {
	m := make(map[rune]string)
	for base, accented := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęě",
		"g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ",
		"l": "ĺļľŀł", "n": "ñńņňŉ", "o": "òóôõöøōŏő", "r": "ŕŗř",
		"s": "śŝşš", "t": "ţťŧ", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ",
		"z": "źżž", "ae": "æ", "oe": "œ", "ss": "ß",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

// slugSuggestion derives a valid id from s, or returns "" if nothing usable
// remains: lower case, accents removed, every run of other characters
// replaced by one hyphen, trimmed to 80 characters.
func slugSuggestion(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		var piece string
		switch {
		case r < utf8.RuneSelf && (isLower(byte(r)) || isDigit(byte(r))):
			piece = string(r)
		default:
			piece = foldAccent[r]
		}
		if piece == "" {
			hyphen = b.Len() > 0
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(piece)
	}
	out := b.String()
	if len(out) > maxIDLen {
		out = strings.TrimRight(out[:maxIDLen], "-")
	}
	if !validID(out) {
		return ""
	}
	return out
}

// ---------------------------------------------------------------------------
// SCHAC home organisation

// CheckSCHAC validates a SCHAC home organisation (schacHomeOrganization):
// a lower-case ASCII DNS domain name with at least one dot, such as
// "uliege.be". Internationalised names must be given in their xn-- form.
func CheckSCHAC(s string) error {
	const what = "a SCHAC home organisation"
	const example = `"uliege.be"`
	if lower := strings.ToLower(s); lower != s {
		if domainProblem(lower, false) == "" {
			return invalid(s, what, `expected lower-case letters, like "`+lower+`"`)
		}
	}
	if p := domainProblem(s, false); p != "" {
		if strings.Contains(s, "://") || strings.Contains(s, "/") || strings.Contains(s, "@") {
			return invalid(s, what, "expected just the domain name, without https:// or @, like "+example)
		}
		return invalid(s, what, "the domain "+p+"; expected a lower-case domain name with at least one dot, like "+example)
	}
	return nil // a valid domain in upper case was refused above, with its lower-case form
}
