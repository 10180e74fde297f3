package rt

import "testing"

func TestRecordHelpers(t *testing.T) {
	r := &valSpan{Start: 1, Stop: Some[int64](4), Tags: NewList("a")}
	if got := string(AppendFields(nil, r)); got != `{"start": 1, "stop": 4, "tags": ["a"]}` {
		t.Errorf("AppendFields = %s", got)
	}
	if got := Text(r); got != string(AppendFields(nil, r)) {
		t.Errorf("AppendRecord and AppendFields disagree: %s", got)
	}
	if got := string(AppendRecord(nil, []string{"a", "b"}, int64(1))); got != `{"a": 1, "b": None}` {
		t.Errorf("AppendRecord with a missing value = %s", got)
	}
	same := &valSpan{Start: 1, Stop: Some[int64](4), Tags: NewList("a")}
	if !EqualFields(r, same) || EqualFields(r, &valSpan{Start: 2}) || EqualFields(r, NewDict[string, any]()) || EqualFields(r, nil) {
		t.Error("EqualFields")
	}
}
