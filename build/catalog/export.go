package catalog

import (
	"bytes"
	"encoding/json"
)

// Export returns an entry as the open-data files publish it: its id, its
// fields as written in YAML and under their YAML names (texts in every
// language written, references as ids, dates as YYYY-MM-DD), and its page
// URL in each language (pages) when given. Nothing is filled in: an empty
// field is left out, and a text that falls back is left out of a language
// rather than copied, so a partner portal can tell a translation from a
// fallback. The types' json tags say the shape; TestExportKeysAreYAMLKeys
// holds them in step with the YAML keys.
func Export(e Entry, pages map[string]string) ([]byte, error) {
	b, err := json.Marshal(e)
	if err != nil || len(pages) == 0 {
		return b, err
	}
	p, err := json.Marshal(pages)
	b = append(bytes.TrimSuffix(b, []byte("}")), `,"pages":`...)
	return append(append(b, p...), '}'), err
}
