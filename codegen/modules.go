package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/check"
)

// The lowerings of the member processes of the built-in modules math and
// asyncio (level2.md §11.4); check.ModuleMembers lists them.
func init() {
	float1 := func(fn string, value check.Type) builtinLowering {
		return func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: rtq(fn, f.arg(b, c, 0, check.Float)), value: value}
		}
	}
	// minMax gives the Go operator's result on two Integers or two Floats
	// (min and max keep the first of equal values, like Go's builtins on
	// numbers that are not NaN), else rt's on Numbers.
	minMax := func(goFn, rtFn string) builtinLowering {
		return func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			switch t := c.t; t {
			case check.Integer, check.Float:
				return loweredCall{code: jen.Id(goFn).Call(f.arg(b, c, 0, t), f.arg(b, c, 1, t)), value: t}
			}
			return loweredCall{call: true, code: rtq(rtFn, f.arg(b, c, 0, check.Number), f.arg(b, c, 1, check.Number)), value: check.Number}
		}
	}
	for name, lower := range map[string]builtinLowering{
		"math.sqrt":  float1("MathSqrt", check.Float),
		"math.floor": float1("MathFloor", check.Integer),
		"math.ceil":  float1("MathCeil", check.Integer),
		"math.abs": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			switch c.t {
			case check.Integer:
				return loweredCall{call: true, code: rtq("MathAbsInt", f.arg(b, c, 0, check.Integer)), value: check.Integer}
			case check.Float:
				return loweredCall{call: true, code: jen.Qual("math", "Abs").Call(f.arg(b, c, 0, check.Float)), value: check.Float}
			}
			return loweredCall{call: true, code: rtq("MathAbs", f.arg(b, c, 0, check.Number)), value: check.Number}
		},
		"math.power": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: rtq("MathPower", f.arg(b, c, 0, check.Float), f.arg(b, c, 1, check.Float)), value: check.Float}
		},
		"math.min": minMax("min", "MathMin"),
		"math.max": minMax("max", "MathMax"),
		"asyncio.sleep": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: rtq("Sleep", f.ctxRef(), f.arg(b, c, 0, check.Float)), fallible: true, hint: "sleep"}
		},
	} {
		lowerings[name] = lower
	}
}

// moduleConst emits a constant of a built-in module.
func moduleConst(k *check.ModuleConst) *jen.Statement {
	switch k.Name {
	case "math.PI":
		return jen.Qual("math", "Pi")
	case "math.E":
		return jen.Qual("math", "E")
	}
	return jen.Lit(k.Value)
}
