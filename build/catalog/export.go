package catalog

import (
	"bytes"
	"encoding/json"
)

// Export appends to buf an entry as the open-data files publish it: its
// id, its fields as written in YAML and under their YAML names (texts in
// every language written, references as ids, dates as YYYY-MM-DD), and its
// page URL in each language (pages) when given. Nothing is filled in: an empty
// field is left out, and a text that falls back is left out of a language
// rather than copied, so a partner portal can tell a translation from a
// fallback. The types' json tags say the shape; TestExportKeysAreYAMLKeys
// holds them in step with the YAML keys.
func Export(buf *bytes.Buffer, e Entry, pages map[string]string) error {
	// An Encoder writes into buf what json.Marshal would return, without
	// the copy Marshal makes of it: the programmes' export is tens of MB.
	enc := json.NewEncoder(buf)
	if err := enc.Encode(e); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1) // Encode's newline
	if len(pages) > 0 {
		buf.Truncate(buf.Len() - 1) // the entry's "}"
		buf.WriteString(`,"pages":`)
		_ = enc.Encode(pages) // a map of strings cannot fail
		buf.Truncate(buf.Len() - 1)
		buf.WriteByte('}')
	}
	return nil
}
