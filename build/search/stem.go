package search

import "strings"

// Analyzer is the text analysis of one language: light stemming by suffix
// stripping and a short list of stop words. It is plain data, written into
// the index (meta file, key "a"), so that search.js applies exactly the
// rules the index was built with.
//
// Stemming removes letters from the end of a folded word and may then
// change at most its last Reach letters, so a word's stem less its last
// Reach letters is always a prefix of it. That is what lets one sorted list
// of whole words serve three kinds of match (exact word, same stem, word
// that starts with what is typed): all of them lie in the range of words
// that start with that part of the query's stem.
type Analyzer struct {
	// Steps are applied in order; each removes at most one suffix, the
	// longest of its list that matches and leaves at least Min letters.
	Steps [][]Suffix `json:"steps"`
	// Min is the shortest stem, in letters.
	Min int `json:"min"`
	// Undouble removes the last letter of a stem that ends with a doubled
	// consonant (Dutch "lessen" → "less" → "les").
	Undouble bool `json:"undouble,omitempty"`
	// LongVowel shortens a doubled vowel before the stem's last consonant
	// (Dutch "school" → "schol", as in "scholen").
	LongVowel bool `json:"long,omitempty"`
	// Final replaces the stem's last letter (Dutch "beurz" → "beur", as
	// "beurs" → "beur", and "briev" → "brief", as "brieven").
	Final map[string]string `json:"final,omitempty"`
	// Reach is how many of a stem's last letters LongVowel and Final may
	// change: lookups search the words that start with the stem less them.
	Reach int `json:"reach,omitempty"`
	// Stop are words too common to index (articles, prepositions).
	Stop []string `json:"stop"`
}

// Suffix is an ending a step may remove.
type Suffix struct {
	S string `json:"s"`
	// NotAfter lists letters the ending must not follow (English "s" is
	// not removed from "class", "campus", "thesis").
	NotAfter string `json:"not,omitempty"`
	// After, when set, lists the only letters the ending may follow
	// (German "n" is removed from "Regeln", not from "Promotion").
	After string `json:"after,omitempty"`
}

// Stem returns the stem of a folded word.
func (a *Analyzer) Stem(w string) string {
	if a == nil {
		return w
	}
	rs := []rune(w)
	for _, step := range a.Steps {
		best := -1
		for i, suf := range step {
			n := len([]rune(suf.S))
			if len(rs)-n < a.Min || !strings.HasSuffix(string(rs), suf.S) {
				continue
			}
			if suf.NotAfter != "" && strings.ContainsRune(suf.NotAfter, rs[len(rs)-n-1]) {
				continue
			}
			if suf.After != "" && !strings.ContainsRune(suf.After, rs[len(rs)-n-1]) {
				continue
			}
			if best < 0 || n > len([]rune(step[best].S)) {
				best = i
			}
		}
		if best >= 0 {
			rs = rs[:len(rs)-len([]rune(step[best].S))]
		}
	}
	if a.Undouble && len(rs) > a.Min {
		last := rs[len(rs)-1]
		if last == rs[len(rs)-2] && !strings.ContainsRune(vowels, last) {
			rs = rs[:len(rs)-1]
		}
	}
	if a.LongVowel && len(rs) > a.Min {
		n := len(rs)
		if v := rs[n-2]; v == rs[n-3] && strings.ContainsRune("aeou", v) && !strings.ContainsRune(vowels, rs[n-1]) {
			rs = append(rs[:n-2], rs[n-1])
		}
	}
	if len(rs) > a.Min {
		if r, ok := a.Final[string(rs[len(rs)-1])]; ok {
			rs = append(rs[:len(rs)-1], []rune(r)...)
		}
	}
	return string(rs)
}

const vowels = "aeiouy"

// Prefix returns the part of a stem that every word with that stem starts
// with: the stem less its last Reach letters.
func (a *Analyzer) Prefix(stem string) string {
	if a == nil || a.Reach == 0 {
		return stem
	}
	rs := []rune(stem)
	return string(rs[:max(len(rs)-a.Reach, 0)])
}

func suffixes(list ...string) []Suffix {
	out := make([]Suffix, len(list))
	for i, s := range list {
		out[i] = Suffix{S: s}
	}
	return out
}

// ForLanguage returns the analyzer of a language code (its primary
// subtag: "fr", "nl", "en", "de", "es"), or nil for a language without
// one: its words are then matched whole or by prefix, without stemming.
//
// The rules are light on purpose: they remove the endings of plural,
// gender and the commonest inflections, never derivational suffixes, so
// that "bourses" finds "bourse" and "Stipendien" finds "Stipendium"
// without "formation" finding "forme". docs/search.md gives the reasons.
func ForLanguage(code string) *Analyzer {
	if i := strings.IndexAny(code, "-_"); i > 0 {
		code = code[:i]
	}
	switch strings.ToLower(code) {
	case "fr":
		return &Analyzer{Min: 3,
			Steps: [][]Suffix{suffixes("aux", "s", "x"), suffixes("ale", "al", "er", "ez", "e")},
			Stop:  []string{"au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "en", "et", "il", "ils", "la", "le", "les", "leur", "leurs", "mais", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous"},
		}
	case "nl":
		return &Analyzer{Min: 3, Undouble: true, LongVowel: true, Final: map[string]string{"z": "", "v": "f"}, Reach: 2,
			Steps: [][]Suffix{suffixes("en", "s"), suffixes("e")},
			Stop:  []string{"aan", "als", "bij", "dat", "de", "die", "dit", "een", "en", "er", "het", "in", "is", "met", "naar", "of", "om", "op", "te", "tot", "uit", "van", "voor", "wat", "worden", "wordt", "zijn"},
		}
	case "en":
		return &Analyzer{Min: 3,
			Steps: [][]Suffix{
				append(suffixes("ies", "ied", "ing", "es", "ed"), Suffix{S: "s", NotAfter: "siu"}),
				suffixes("y", "e"),
			},
			Stop: []string{"an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was", "were", "which", "with", "you", "your"},
		}
	case "de":
		return &Analyzer{Min: 3,
			Steps: [][]Suffix{
				append(suffixes("ern", "ien", "ium", "em", "en", "er", "es", "um", "e"), Suffix{S: "s", After: "bdfghklmnrt"}, Suffix{S: "n", After: "lr"}),
				suffixes("er", "en", "e"),
			},
			Stop: []string{"am", "an", "auch", "auf", "aus", "bei", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einem", "einen", "einer", "es", "fur", "im", "in", "ist", "mit", "nach", "oder", "sie", "sind", "und", "von", "vom", "zu", "zum", "zur"},
		}
	case "es":
		return &Analyzer{Min: 3,
			Steps: [][]Suffix{suffixes("es", "s"), suffixes("a", "o", "e")},
			Stop:  []string{"al", "como", "con", "de", "del", "el", "en", "es", "la", "las", "lo", "los", "para", "por", "que", "se", "su", "sus", "un", "una"},
		}
	}
	return nil
}
