package rt

// NotNone returns p, faulting with kind "type" when it is None: the
// run-time check of an Optional record or collection used where its value
// is needed (spec §5).
func NotNone[T any](p *T) *T {
	if p == nil {
		FaultAt(2, KindType, "value is None")
	}
	return p
}
