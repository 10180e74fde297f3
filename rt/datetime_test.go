package rt

import (
	"testing"
	"time"
)

func TestDateTime(t *testing.T) {
	d := DateTime{T: time.Date(2026, 11, 26, 10, 0, 0, 123e6, time.UTC)}
	if Text(d) != "2026-11-26T10:00:00.123Z" || d.String() != "2026-11-26T10:00:00.123Z" {
		t.Errorf("Text = %s", Text(d))
	}
	if Text(NewList[any](d)) != "[2026-11-26T10:00:00.123Z]" {
		t.Error("nested DateTime")
	}
	zero := DateTime{T: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	if Text(zero) != "2026-01-01T00:00:00.000Z" {
		t.Errorf("milliseconds are always written: %s", Text(zero))
	}
	n := Now()
	if time.Since(n.T) > time.Minute || TypeName(n) != "DateTime" {
		t.Error("Now")
	}
	if AnyCompare(zero, d) != -1 || !AnyLess(zero, d) {
		t.Error("DateTimes compare by instant")
	}
}
