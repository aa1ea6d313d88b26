package schema

import (
	"encoding/json"
	"time"

	"gopkg.in/yaml.v3"
)

// Date is a calendar date written as ISO 8601 "2006-01-02".
type Date struct {
	time.Time
}

// DecodeYAML accepts "2006-01-02" and reports anything else.
func (t *Date) DecodeYAML(d *Decoder, n *yaml.Node) {
	s, ok := d.scalar(n, "a date like 2026-11-23")
	if !ok {
		return
	}
	v, err := time.Parse("2006-01-02", s)
	if err != nil {
		d.Errorf(n, "%q is not a date: write it as YYYY-MM-DD, like 2026-11-23", s)
		return
	}
	t.Time = v
}

// String returns the date as YYYY-MM-DD, or "" for the zero date.
func (t Date) String() string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// MarshalJSON writes the date as "YYYY-MM-DD".
func (t Date) MarshalJSON() ([]byte, error) { return json.Marshal(t.String()) }
