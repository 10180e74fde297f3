package check_test

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
)

const payment = "Type Payment is\n    | Card with digits as String and amount as Float\n    | Cash with amount as Float\n    | Voucher\n"

// Sum types (level2.md §10.5): variants are subtypes of their sum, a
// variant without fields is a value, fields on the sum must be common.
func TestSumTypes(t *testing.T) {
	ok := []string{
		payment + "Process called \"f\" that takes p as Payment:\n    Return 1\nDisplay f with p as Voucher\nDisplay f with p as Cash with amount as 1.0\n",
		payment + "Let ps be list containing Voucher, Payment.Cash with amount as 2.0\nDisplay ps\n",
		"Type Coin is\n    | Gold with weight as Float\n    | Silver with weight as Float\nProcess called \"w\" that takes c as Coin returns Float:\n    Set c.weight to 2.0\n    Return c.weight\nDisplay w with c as Gold with weight as 1.0\n",
	}
	for _, src := range ok {
		if _, d := checkSrc(t, src, check.Config{}); d.HasErrors() {
			t.Errorf("%s\nunexpected: %q", src, messages(d))
		}
	}
	bad := []struct{ src, want string }{
		{payment + "Process called \"v\" that takes p as Payment:\n    Return p.amount\nDisplay v with p as Voucher\n",
			`6:14 error[E213] field "amount" is not in every variant of Payment`},
		{payment + "Process called \"v\" that takes p as Payment:\n    Return p.colour\nDisplay v with p as Voucher\n",
			`6:14 error[E213] no variant of Payment has a field "colour"`},
		{payment + "Display Card\n", `5:9 error[E231] type "Card" is not a value`},
		{payment + "Type Cash is Dictionary with:\n    n as Integer\n", `type "Cash" is declared twice`},
		{payment + "Type Other is\n    | Voucher\n", `6:7 error[E201] type "Voucher" is declared twice`},
		{payment + "Type Payment is Dictionary with:\n    n as Integer\n", `5:6 error[E201] type "Payment" is declared twice`},
		{payment + "Process called \"c\" that takes p as Cash:\n    Return 1\nLet x as Payment be Voucher\nDisplay c with p as x\n", `argument "p" of "c" is Cash, not Payment`},
	}
	for _, c := range bad {
		_, d := checkSrc(t, c.src, check.Config{})
		if out := strings.Join(messages(d), "\n"); !strings.Contains(out, c.want) {
			t.Errorf("%s\ndiagnostics %q\nwant %q", c.src, out, c.want)
		}
	}
}

// TestAwaitProcessValue: `await NAME` of a declared async process awaits
// its value, which never runs the process: a warning with the call.
func TestAwaitProcessValue(t *testing.T) {
	src := "Async Process called \"ping\":\n    Display 1\nAsync Process called \"echo\" that takes n:\n    Display n\nawait ping\nawait echo\nawait ping with\nawait ping()\nawait echo with n as 2\n"
	_, d := checkSrc(t, src, check.Config{})
	got := strings.Join(messages(d), "\n")
	want := "5:1 warning[W312] await of the process \"ping\" gives the process itself: it does not run\n" +
		"6:1 warning[W312] await of the process \"echo\" gives the process itself: it does not run"
	if got != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
	}
}
