package lang

import (
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Vocab names a built-in vocabulary.
type Vocab string

// The built-in vocabularies. Each has labels in the five languages returned
// by Languages. The vocabulary of ISO 639-1 codes is LanguageCode, because
// Language already names a language of the site (lang.go).
const (
	Country         Vocab = "country"          // ISO 3166-1 alpha-2, upper case: the 249 officially assigned codes
	LanguageCode    Vocab = "language"         // ISO 639-1, lower case: the 183 codes
	Field           Vocab = "field"            // ISCED-F 2013: broad ("00".."10"), narrow ("011"...) and detailed ("0111"...) fields
	Level           Vocab = "level"            // bachelor, master, advanced-master, phd, short-cycle, summer-school, certificate
	Mode            Vocab = "mode"             // full-time, part-time
	Delivery        Vocab = "delivery"         // on-site, hybrid, online
	Degree          Vocab = "degree"           // single, joint, double, multiple
	NetworkKind     Vocab = "network-kind"     // university-network, umbrella, cross-border, european-university, thematic, development
	MaterialKind    Vocab = "material-kind"    // roll-up, flyer, brochure, banner, gadget, poster, flag
	Community       Vocab = "community"        // fwb, vl, dg, other
	Audience        Vocab = "audience"         // eea, non-eea, all
	InstitutionType Vocab = "institution-type" // university, university-college, art-school, research-centre, other
	CEFR            Vocab = "cefr"             // A1, A2, B1, B2, C1, C2
	Month           Vocab = "month"            // "1".."12"
	Unit            Vocab = "unit"             // percent, count, eur
	Basis           Vocab = "basis"            // public-task, consent (GDPR art. 6 lawful bases)
	Kind            Vocab = "kind"             // programme, chair, network, alumni, institution, event (catalogue kinds, singular)
	EventType       Vocab = "event-type"       // fair, open-day, information-session, webinar, lecture
	EventAudience   Vocab = "event-audience"   // students, researchers, partners, alumni, public
	Approx          Vocab = "approx"           // about, nearly, over: the word before an approximate key figure
)

// vocabLabels holds the labels of one code, in the order of Languages:
// fr, nl, en, de, es.
type vocabLabels [5]string

// vocabTables maps each vocabulary to its table, read from vocab/<name>.tsv
// (a header line "code fr nl en de es", then a code and its five labels a
// line, tab-separated; lines starting with # are notes). Like the tables, it
// is never written after package initialization. TestVocabFiles holds the
// files well formed; an embedded file that is not would stop every build,
// so it cannot reach a user.
var vocabTables = func() map[Vocab]map[string]vocabLabels {
	out := map[Vocab]map[string]vocabLabels{}
	for _, v := range []Vocab{Country, LanguageCode, Field, Level, Mode, Delivery, Degree, NetworkKind,
		MaterialKind, Community, Audience, InstitutionType, CEFR, Month, Unit, Basis, Kind, Approx, EventType, EventAudience} {
		t, err := readVocab(vocabFiles, "vocab/"+string(v)+".tsv")
		if err != nil {
			panic(err)
		}
		out[v] = t
	}
	return out
}()

//go:embed vocab/*.tsv
var vocabFiles embed.FS

// readVocab reads one vocabulary file.
func readVocab(fsys fs.FS, name string) (map[string]vocabLabels, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	t := map[string]vocabLabels{}
	header := false
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		switch {
		case !header:
			if line != "code\tfr\tnl\ten\tde\tes" {
				return nil, fmt.Errorf("%s:%d: the header must be code, fr, nl, en, de, es", name, i+1)
			}
			header = true
			continue
		case len(cells) != 6 || slices.Contains(cells, ""):
			return nil, fmt.Errorf("%s:%d: a code and five labels expected, found %q", name, i+1, line)
		}
		if _, dup := t[cells[0]]; dup {
			return nil, fmt.Errorf("%s:%d: code %q appears twice", name, i+1, cells[0])
		}
		t[cells[0]] = vocabLabels(cells[1:])
	}
	return t, nil
}

// Languages returns the five languages the built-in labels exist in: fr, nl,
// en, de, es. The slice is new on each call.
func Languages() []string { return slices.Clone(vocabLangs[:]) }

// vocabLangs are the languages of vocabLabels, in its order.
var vocabLangs = [5]string{"fr", "nl", "en", "de", "es"}

// Has reports whether code belongs to the vocabulary. Codes are matched
// exactly: country codes are upper case, language codes lower case.
func Has(v Vocab, code string) bool {
	_, ok := vocabTables[v][code]
	return ok
}

// Label returns the label of code in language lang (one of the five) and true,
// or "" and false when the code is unknown or the language has no built-in labels.
func Label(v Vocab, code, lang string) (string, bool) {
	i := slices.Index(vocabLangs[:], lang)
	l, ok := vocabTables[v][code]
	if i < 0 || !ok {
		return "", false
	}
	return l[i], true
}

// Codes returns the codes of the vocabulary, sorted, in a new slice (nil for
// an unknown vocabulary). Codes sort as strings, except months, which sort by
// number ("1", "2", …, "12"); ISCED-F codes sorted as strings list each field
// right before its subfields.
func Codes(v Vocab) []string {
	t := vocabTables[v] // nil for an unknown vocabulary: no codes
	if v != Month {
		return slices.Sorted(maps.Keys(t))
	}
	return slices.SortedFunc(maps.Keys(t), func(a, b string) int {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return x - y
	})
}
