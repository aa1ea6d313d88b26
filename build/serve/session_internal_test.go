package serve

import (
	"testing"
	"time"
)

func TestNextMidnight(t *testing.T) {
	brussels, _ := time.LoadLocation("Europe/Brussels")
	tests := []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 12, 3, 15, 0, 0, 0, brussels), "2026-12-04T00:00:00+01:00"},
		// 23:30 UTC on 3 December is already 4 December in Brussels.
		{time.Date(2026, 12, 3, 23, 30, 0, 0, time.UTC), "2026-12-05T00:00:00+01:00"},
		// The night summer time starts, and the day after.
		{time.Date(2027, 3, 27, 12, 0, 0, 0, brussels), "2027-03-28T00:00:00+01:00"},
		{time.Date(2027, 3, 28, 12, 0, 0, 0, brussels), "2027-03-29T00:00:00+02:00"},
	}
	for _, tt := range tests {
		if got := nextMidnight(tt.now, brussels).Format(time.RFC3339); got != tt.want {
			t.Errorf("nextMidnight(%s) = %s, want %s", tt.now, got, tt.want)
		}
	}
}
