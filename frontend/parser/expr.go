package parser

import (
	"strconv"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// Operator precedence, loosest first (spec §4.2):
//
//	1 await E (prefix; covers the rest of the expression)
//	2 or            left
//	3 and           left
//	4 not E         prefix
//	5 comparisons   non-associative
//	6 plus minus followed-by        left
//	7 multiplied-by divided-by modulo left
//	8 - E, length of E              prefix
//	9 E[i] E.m E(args)              postfix

func sp(a, b ast.Pos) ast.Span { return ast.Span{Start: a, End: b} }

func bin(op ast.BinaryOp, opSp ast.Span, x, y ast.Expr) ast.Expr {
	return &ast.BinaryExpr{Sp: sp(x.Span().Start, y.Span().End), Op: op, OpSp: opSp, X: x, Y: y}
}

// opSpan is the span of the n tokens of an operator phrase at the cursor.
func (p *parser) opSpan(n int) ast.Span { return sp(p.tok(0).Pos(), p.tok(n-1).End()) }

// expr parses a full expression (level 1).
func (p *parser) expr() ast.Expr {
	p.enter()
	defer p.leave()
	var x ast.Expr
	if p.word(0, "await") {
		t := p.next()
		y := p.expr()
		x = &ast.AwaitExpr{Sp: sp(t.Pos(), y.Span().End), X: y}
	} else {
		x = p.orExpr()
	}
	if p.kind(0) == lexer.Pipe && p.pipeAllowed() {
		return p.pipeline(x)
	}
	return x
}

func (p *parser) orExpr() ast.Expr {
	x := p.andExpr()
	for p.word(0, "or") {
		op := p.next().Span()
		x = bin(ast.OpOr, op, x, p.andExpr())
	}
	return x
}

// andExpr parses `and` chains; `and NAME as` is never an operator: it
// starts the next named argument. In a positional argument, `and` always
// ends the argument (Level 2 §3.1).
func (p *parser) andExpr() ast.Expr {
	x := p.notExpr()
	for p.word(0, "and") && !p.namedArgAt(1) && !p.ctx.positional {
		op := p.next().Span()
		x = bin(ast.OpAnd, op, x, p.notExpr())
	}
	return x
}

// namedArgAt reports whether tokens i, i+1 are `NAME as`.
func (p *parser) namedArgAt(i int) bool {
	return p.kind(i) == lexer.Word && p.word(i+1, "as")
}

func (p *parser) notExpr() ast.Expr {
	if p.word(0, "not") {
		t := p.next()
		p.enter()
		x := p.notExpr()
		p.leave()
		return &ast.UnaryExpr{Sp: sp(t.Pos(), x.Span().End), Op: ast.OpNot, X: x}
	}
	return p.cmpExpr()
}

// cmpExpr parses one non-associative comparison.
func (p *parser) cmpExpr() ast.Expr {
	x := p.cmpTail(p.addExpr())
	if p.word(0, "contains") || p.word(0, "is") || p.words(0, "starts", "with") || p.words(0, "ends", "with") {
		p.fail(p.span(0), diag.CodeSyntax, "combine comparisons with \"and\" or \"or\", or use parentheses",
			"comparison operators cannot be chained")
	}
	return x
}

// cmpOps are the `is …` comparison phrases, longest first.
var cmpOps = []struct {
	words []string
	op    ast.BinaryOp
}{
	{[]string{"is", "greater", "than", "or", "equal", "to"}, ast.OpGe},
	{[]string{"is", "less", "than", "or", "equal", "to"}, ast.OpLe},
	{[]string{"is", "not", "equal", "to"}, ast.OpNe},
	{[]string{"is", "greater", "than"}, ast.OpGt},
	{[]string{"is", "less", "than"}, ast.OpLt},
	{[]string{"is", "equal", "to"}, ast.OpEq},
}

func isNoneWord(w string) bool { return w == "None" || w == "none" || w == "null" }

// cmpTail parses a comparison operator after x, if there is one.
func (p *parser) cmpTail(x ast.Expr) ast.Expr {
	if p.words(0, "contains", "key") && p.operandAt(2) {
		op := p.opSpan(2)
		p.skip(2)
		return bin(ast.OpContainsKey, op, x, p.addExpr())
	}
	if p.word(0, "contains") {
		op := p.next().Span()
		return bin(ast.OpContains, op, x, p.addExpr())
	}
	if p.words(0, "starts", "with") || p.words(0, "ends", "with") {
		op := ast.OpStartsWith
		if p.word(0, "ends") {
			op = ast.OpEndsWith
		}
		opSp := p.opSpan(2)
		p.skip(2)
		return bin(op, opSp, x, p.addExpr())
	}
	if !p.word(0, "is") {
		return x
	}
	for _, c := range cmpOps {
		if p.words(0, c.words...) {
			op := p.opSpan(len(c.words))
			p.skip(len(c.words))
			return bin(c.op, op, x, p.addExpr())
		}
	}
	if p.isTypeAt() {
		return p.isType(x)
	}
	not := p.word(1, "not")
	k := 1
	if not {
		k = 2
	}
	if p.kind(k) == lexer.Word {
		w := p.text(k)
		if isNoneWord(w) && !p.postfixAt(k+1) {
			end := p.tok(k).End()
			p.skip(k + 1)
			return &ast.IsNoneExpr{Sp: sp(x.Span().Start, end), X: x, Not: not}
		}
		if !reserved[w] && !isLiteralWord(w) && !p.postfixAt(k+1) && !p.operatorAt(k+1) {
			p.skip(k)
			word := p.anyWord("a word")
			return &ast.IsWordExpr{Sp: sp(x.Span().Start, word.Sp.End), X: x, Word: word, Not: not}
		}
	}
	// `x is E` with a literal or an expression: equality.
	op, bop := p.opSpan(k), ast.OpEq
	if not {
		bop = ast.OpNe
	}
	p.skip(k)
	return bin(bop, op, x, p.addExpr())
}

func isLiteralWord(w string) bool {
	switch w {
	case "true", "True", "false", "False", "None", "none", "null":
		return true
	}
	return false
}

// postfixAt reports whether token i continues an operand (. [ or ( ).
func (p *parser) postfixAt(i int) bool {
	switch p.kind(i) {
	case lexer.Dot, lexer.LBrack, lexer.LParen:
		return true
	}
	return false
}

// operatorAt reports whether token i is an arithmetic operator word that
// would continue an operand, or a `with` that would start a call.
func (p *parser) operatorAt(i int) bool {
	switch p.text(i) {
	case "plus", "minus", "modulo", "without", "trimmed":
		return p.kind(i) == lexer.Word
	case "followed", "multiplied", "divided", "split":
		return p.word(i+1, "by")
	case "substring":
		return p.word(i+1, "from")
	case "converted":
		return p.word(i+1, "to")
	case "at":
		return p.word(i+1, "index")
	case "with":
		return p.kind(i) == lexer.Word && (p.namedArgAt(i+1) || p.kind(i+1) == lexer.Colon && !p.ctx.header ||
			i > 0 && p.processValued(p.text(i-1)) && p.positionalAt(i+1))
	}
	return false
}

func (p *parser) addExpr() ast.Expr {
	x := p.mulExpr()
	for {
		var op ast.BinaryOp
		n := 1
		switch {
		case p.word(0, "plus"):
			op = ast.OpPlus
		case p.word(0, "minus"):
			op = ast.OpMinus
		case p.words(0, "followed", "by"):
			op, n = ast.OpConcat, 2
		case p.word(0, "without"):
			op = ast.OpWithout
		case p.withAddedAt(0):
			// `L with V added` (level2.md §5.2).
			opSp := p.span(0)
			p.next()
			v := p.addExpr()
			end := p.expectWord("added").End()
			x = &ast.BinaryExpr{Sp: sp(x.Span().Start, end), Op: ast.OpWithAdded, OpSp: opSp, X: x, Y: v}
			continue
		default:
			return x
		}
		opSp := p.opSpan(n)
		p.skip(n)
		x = bin(op, opSp, x, p.mulExpr())
	}
}

func (p *parser) mulExpr() ast.Expr {
	x := p.unaryExpr()
	for {
		var op ast.BinaryOp
		n := 2
		switch {
		case p.words(0, "multiplied", "by"):
			op = ast.OpMul
		case p.words(0, "divided", "by"):
			op = ast.OpDiv
		case p.word(0, "modulo"):
			op, n = ast.OpMod, 1
		default:
			return x
		}
		opSp := p.opSpan(n)
		p.skip(n)
		x = bin(op, opSp, x, p.unaryExpr())
	}
}

func (p *parser) unaryExpr() ast.Expr {
	switch {
	case p.kind(0) == lexer.Minus:
		t := p.next()
		p.enter()
		x := p.unaryExpr()
		p.leave()
		return &ast.UnaryExpr{Sp: sp(t.Pos(), x.Span().End), Op: ast.OpNeg, X: x}
	case p.words(0, "length", "of"), p.words(0, "copy", "of"):
		op := ast.OpLengthOf
		if p.word(0, "copy") {
			op = ast.OpCopyOf
		}
		start := p.tok(0).Pos()
		p.skip(2)
		p.enter()
		x := p.unaryExpr()
		p.leave()
		return &ast.UnaryExpr{Sp: sp(start, x.Span().End), Op: op, X: x}
	case p.words(0, "index", "of"):
		return p.indexOf()
	case p.words(0, "type", "of"):
		return p.typeOfExpr()
	case p.word(0, "await"):
		return p.expr()
	case p.word(0, "not"):
		return p.notExpr()
	}
	return p.postfixExpr()
}

// postfixExpr parses an operand with its postfixes: the symbol ones
// (`[i]`, `.m`, `(args)`) and the Level 2 word ones (wordops.go), which
// chain left to right.
func (p *parser) postfixExpr() ast.Expr {
	x := p.primary()
	for {
		x = p.symbolPostfixes(x)
		y, ok := p.wordPostfix(x)
		if !ok {
			return x
		}
		x = y
	}
}

// symbolPostfixes parses the `[i]`, `.m` and `(args)` postfixes after x.
func (p *parser) symbolPostfixes(x ast.Expr) ast.Expr {
	for {
		switch p.kind(0) {
		case lexer.LBrack:
			x = p.index(x)
		case lexer.Dot:
			p.next()
			name := p.anyWord("a field or method name")
			m := &ast.MemberExpr{Sp: sp(x.Span().Start, name.Sp.End), X: x, Name: name}
			if p.kind(0) == lexer.LParen {
				args, end := p.positionalArgs()
				x = &ast.CallExpr{Sp: sp(x.Span().Start, end), Fun: m, Style: ast.MethodCall, Args: args}
				continue
			}
			x = m
		case lexer.LParen:
			switch x.(type) {
			case *ast.Ident, *ast.IndexExpr, *ast.CallExpr, *ast.ParenExpr:
			default:
				return x
			}
			args, end := p.positionalArgs()
			x = &ast.CallExpr{Sp: sp(x.Span().Start, end), Fun: x, Style: ast.PositionalCall, Args: args}
		default:
			return x
		}
	}
}

// nested parses an expression inside brackets or parentheses, where the
// surrounding argument and header context does not apply.
func (p *parser) nested() ast.Expr {
	saved := p.ctx
	p.ctx = ctx{}
	x := p.expr()
	p.ctx = saved
	return x
}

// index parses `[E]` after x.
func (p *parser) index(x ast.Expr) ast.Expr {
	p.next()
	i := p.nested()
	end := p.expect(lexer.RBrack, "\"]\"").End()
	return &ast.IndexExpr{Sp: sp(x.Span().Start, end), X: x, Index: i}
}

// positionalArgs parses `(A, B, …)`.
func (p *parser) positionalArgs() ([]*ast.Arg, ast.Pos) {
	p.next()
	var args []*ast.Arg
	for p.kind(0) != lexer.RParen {
		args = append(args, &ast.Arg{Value: p.nested()})
		if p.kind(0) != lexer.Comma {
			break
		}
		p.next()
	}
	end := p.expect(lexer.RParen, "\")\" or \",\"").End()
	return args, end
}

// primary parses an operand: a literal, a name or call, a parenthesised
// expression, a collection literal or an async form.
func (p *parser) primary() ast.Expr {
	switch p.kind(0) {
	case lexer.Int, lexer.Float, lexer.String:
		return p.literal()
	case lexer.LParen:
		return p.parenOrCallback()
	case lexer.Word:
		return p.wordPrimary()
	}
	p.unexpected(0, "an expression")
	return nil
}

// literal parses a number or string literal.
func (p *parser) literal() *ast.BasicLit {
	t := p.next()
	raw := t.Text(p.src)
	lit := &ast.BasicLit{Sp: t.Span(), Raw: raw}
	switch t.Kind {
	case lexer.Int:
		lit.Kind = ast.IntLit
		lit.Int, _ = strconv.ParseInt(raw, 10, 64)
	case lexer.Float:
		lit.Kind = ast.FloatLit
		lit.Float, _ = strconv.ParseFloat(raw, 64)
	default:
		lit.Kind = ast.StringLit
		lit.Str, _ = lexer.Unquote(raw)
	}
	return lit
}

// wordLiteral consumes and returns a Boolean or None literal, or returns nil.
func (p *parser) wordLiteral() *ast.BasicLit {
	if p.kind(0) != lexer.Word {
		return nil
	}
	w := p.text(0)
	var kind ast.LitKind
	switch w {
	case "true", "True", "false", "False":
		kind = ast.BoolLit
	case "None", "none", "null":
		kind = ast.NoneLit
	default:
		return nil // most words: nothing allocated
	}
	lit := &ast.BasicLit{Sp: p.span(0), Raw: w, Kind: kind, Bool: w == "true" || w == "True"}
	p.next()
	return lit
}

// wordPrimary parses an operand that starts with a word.
func (p *parser) wordPrimary() ast.Expr {
	if lit := p.wordLiteral(); lit != nil {
		return lit
	}
	if p.functionalAhead() {
		return p.functional()
	}
	w := p.text(0)
	switch w {
	case "list":
		if p.word(1, "containing") {
			return p.listLit()
		}
	case "empty":
		if p.word(1, "list") {
			// `empty list` (level2.md §5), recognised before names.
			start := p.tok(0).Pos()
			p.skip(2)
			return &ast.ListLit{Sp: sp(start, p.prevEnd()), Empty: true}
		}
	case "dictionary":
		if p.word(1, "with") {
			return p.dictLit()
		}
	case "new":
		if p.word(1, "awaitable") {
			return p.newAwaitable()
		}
	case "parallel_await", "race_await":
		if p.words(1, "for", "each") {
			return p.eachExpr()
		}
	case "If":
		return p.inlineIf()
	case "Lambda":
		return p.lambda()
	case "Async":
		if p.word(1, "Lambda") {
			return p.lambda()
		}
	case "Map", "Filter", "Reduce", "Sort":
		if p.word(1, "over") || p.usingAhead(1) || p.kind(1) != lexer.Newline && p.wordAhead(2, "over") {
			return p.collection(nil)
		}
	}
	if !isName(w) && w != "parallel_await" && w != "race_await" {
		p.unexpected(0, "an expression")
	}
	id := p.spacedName()
	if id == nil {
		t := p.next()
		id = &ast.Ident{Sp: t.Span(), Name: w}
	}
	id = p.qualified(id)
	if p.kind(0) == lexer.LBrack && p.records[id.Name] {
		return p.genericRecordLit(id)
	}
	if p.word(0, "with") {
		return p.afterNameWith(id)
	}
	return id
}
