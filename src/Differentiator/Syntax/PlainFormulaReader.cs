using System.Runtime.CompilerServices;
using Superpower.Model;

namespace Differentiator.Syntax;

/// <summary>
/// A fast path for formulas without a <c>\log</c> base: the rules of <see cref="FormulaGrammar"/>
/// read by index over the token span, without Superpower's result structs and delegates. It builds
/// exactly the tree the grammar builds (same node types, spans, fields and list types) and gives up
/// (null) on anything it does not cover (a subscript mark) and on any error, for the grammar to read
/// and, on an error, to report: diagnostics always come from the grammar.
/// </summary>
internal ref struct PlainFormulaReader
{
    private readonly ReadOnlySpan<Token<FormulaToken>> _tokens;
    private readonly ListScratch _scratch;
    private int _at;
    private bool _failed;
    private bool _mayWarn;

    private PlainFormulaReader(ReadOnlySpan<Token<FormulaToken>> tokens, ListScratch scratch)
    {
        _tokens = tokens;
        _scratch = scratch;
    }

    /// <summary>The grammar's tree for <paramref name="tokens"/>, or null when the grammar must read them.</summary>
    public static SyntaxNode? TryRead(ReadOnlySpan<Token<FormulaToken>> tokens) => TryRead(tokens, out _);

    /// <summary>
    /// The grammar's tree, or null; <paramref name="mayWarn"/> is false when the tree has none of the
    /// shapes <see cref="AmbiguityDetector"/> warns about (a factor written beside another, a function
    /// without parentheses, a power on a function's name), so that its walk can be skipped.
    /// </summary>
    public static SyntaxNode? TryRead(ReadOnlySpan<Token<FormulaToken>> tokens, out bool mayWarn)
    {
        mayWarn = false;
        if (tokens.IsEmpty) return null;
        var scratch = ListScratch.Take();
        try
        {
            var reader = new PlainFormulaReader(tokens, scratch);
            var tree = reader.Sum();
            if (reader._failed || reader._at != tokens.Length) return null;
            mayWarn = reader._mayWarn;
            return tree;
        }
        finally
        {
            ListScratch.Give(scratch);
        }
    }

    private readonly FormulaToken Peek => _at < _tokens.Length ? _tokens[_at].Kind : FormulaToken.None;

    private static bool IsSign(FormulaToken kind) => kind is FormulaToken.Minus or FormulaToken.Plus;

    /// <summary>Marks the read as failed; the value returned is never used.</summary>
    private SyntaxNode Fail()
    {
        _failed = true;
        return null!;
    }

    private SyntaxNode Sum()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return Fail();
        var first = Term();
        if (_failed || !IsSign(Peek)) return first;
        var start = _scratch.Push(first, 0);
        while (IsSign(Peek))
        {
            var minus = Peek == FormulaToken.Minus;
            _at++;
            var term = Term();
            if (_failed) return term;
            _scratch.Push(term, minus ? 1 : 0);
        }
        var (terms, negated) = _scratch.PopSum(start);
        return new SumSyntax(SourceSpan.Cover(first.Span, terms[^1].Span), terms, negated);
    }

    private SyntaxNode Term()
    {
        var first = Unary();
        if (_failed) return first;
        var start = -1;
        while (true)
        {
            var kind = Peek;
            FactorJoin join;
            SyntaxNode factor;
            if (kind is FormulaToken.Star or FormulaToken.Slash)
            {
                join = kind == FormulaToken.Star ? FactorJoin.Times : FactorJoin.Divide;
                _at++;
                factor = Unary();
            }
            else if (FormulaGrammar.StartsPrimary(kind))
            {
                join = FactorJoin.Implicit;
                _mayWarn = true;
                factor = Power();
            }
            else break;
            if (_failed) return factor;
            if (start < 0) start = _scratch.Push(first, (int)FactorJoin.First);
            _scratch.Push(factor, (int)join);
        }
        if (start < 0) return first;
        var (factors, joins) = _scratch.PopProduct(start);
        return FormulaGrammar.Product(factors, joins);
    }

    private SyntaxNode Unary() => IsSign(Peek) ? Signed(unary: true) : Power();

    private SyntaxNode Exponent() => IsSign(Peek) ? Signed(unary: false) : Power();

    private SyntaxNode Signed(bool unary)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return Fail();
        var sign = _tokens[_at++];
        var value = unary ? Unary() : Exponent();
        if (_failed) return value;
        return new SignSyntax(SourceSpan.Cover(FormulaGrammar.SpanOf(sign), value.Span), sign.Kind == FormulaToken.Minus, value);
    }

    private SyntaxNode Power()
    {
        var @base = Postfix();
        if (_failed || Peek != FormulaToken.Caret) return @base;
        _at++;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return Fail();
        var exponent = Exponent();
        if (_failed) return exponent;
        return new PowerSyntax(SourceSpan.Cover(@base.Span, exponent.Span), @base, exponent);
    }

    private SyntaxNode Postfix()
    {
        var primary = Primary();
        if (_failed || Peek != FormulaToken.Superscript) return primary;
        var exponent = SuperscriptExponent();
        if (_failed) return exponent;
        return new PowerSyntax(SourceSpan.Cover(primary.Span, exponent.Span), primary, exponent);
    }

    /// <summary>A superscript with at least one digit (a lone ⁻ is the grammar's error).</summary>
    private SyntaxNode SuperscriptExponent()
    {
        var superscript = _tokens[_at++];
        return Superscripts.HasDigit(superscript) ? Superscripts.ToExponent(superscript) : Fail();
    }

    private SyntaxNode Primary()
    {
        if (_at >= _tokens.Length) return Fail();
        var t = _tokens[_at];
        switch (t.Kind)
        {
            case FormulaToken.Number:
                _at++;
                return FormulaGrammar.NumberOf(t);
            case FormulaToken.Name:
                _at++;
                return FormulaGrammar.NameOf(t);
            case FormulaToken.Constant:
                _at++;
                return FormulaGrammar.ConstantOf(t);
            case FormulaToken.Function:
                return FunctionApplication();
            case FormulaToken.LParen:
                return Enclosed(FormulaToken.RParen, abs: false);
            case FormulaToken.LBracket:
                return Enclosed(FormulaToken.RBracket, abs: false);
            case FormulaToken.LBrace:
                return Enclosed(FormulaToken.RBrace, abs: false);
            case FormulaToken.AbsOpen:
                return Enclosed(FormulaToken.AbsClose, abs: true);
            case FormulaToken.Frac:
                return Frac();
            case FormulaToken.LatexSqrt:
                return LatexRoot();
            case FormulaToken.SqrtSign or FormulaToken.CbrtSign:
                return RootSign();
            default:
                return Fail();
        }
    }

    /// <summary>An opener, a sum, and the closer of the opener's kind: a group, or <c>|x|</c> as abs.</summary>
    private SyntaxNode Enclosed(FormulaToken close, bool abs)
    {
        var open = _tokens[_at++];
        var inner = Sum();
        if (_failed) return inner;
        if (Peek != close) return Fail();
        var closer = _tokens[_at++];
        var span = SourceSpan.Cover(FormulaGrammar.SpanOf(open), FormulaGrammar.SpanOf(closer));
        return abs ? new CallSyntax(span, new SourceSpan(span.Start, 1), "abs", [inner], true) : new GroupSyntax(span, inner);
    }

    /// <summary>The grammar's <c>Bracketed</c>: a group that must open with <paramref name="open"/>.</summary>
    private SyntaxNode Bracketed(FormulaToken open, FormulaToken close) => Peek == open ? Enclosed(close, abs: false) : Fail();

    /// <summary>
    /// <c>sin(x)</c>, <c>log(x, 2)</c>, <c>sin 2x</c>, <c>sin^2 x</c>, <c>sin² x</c>; a <c>\log</c> base
    /// (a subscript mark) is left to the grammar.
    /// </summary>
    private SyntaxNode FunctionApplication()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return Fail();
        var f = _tokens[_at++];
        var afterName = Peek;
        if (afterName == FormulaToken.Subscript) return Fail();
        var name = FormulaGrammar.FunctionName(f);
        SyntaxNode? power = null;
        if (afterName == FormulaToken.Caret)
        {
            _at++;
            power = Exponent();
        }
        else if (afterName == FormulaToken.Superscript)
        {
            power = SuperscriptExponent();
        }
        if (_failed) return power!;
        var call = Peek == FormulaToken.LParen ? CallArguments(f, name) : BareArgument(f, name);
        if (_failed || power is null) return call;
        _mayWarn = true;
        return new PowerSyntax(SourceSpan.Cover(FormulaGrammar.SpanOf(f), call.Span), call, power);
    }

    /// <summary><c>f(a, b, …)</c>.</summary>
    private SyntaxNode CallArguments(Token<FormulaToken> f, string name)
    {
        var args = new List<SyntaxNode>(2);
        _at++;
        while (true)
        {
            var arg = Sum();
            if (_failed) return arg;
            args.Add(arg);
            var next = Peek;
            if (next == FormulaToken.Comma)
            {
                _at++;
                continue;
            }
            if (next != FormulaToken.RParen) return Fail();
            var close = _tokens[_at++];
            return new CallSyntax(SourceSpan.Cover(FormulaGrammar.SpanOf(f), FormulaGrammar.SpanOf(close)), FormulaGrammar.SpanOf(f), name, args, true);
        }
    }

    /// <summary>The argument written without parentheses: an implicit product that stops at the next function.</summary>
    private SyntaxNode BareArgument(Token<FormulaToken> f, string name)
    {
        var first = Power();
        if (_failed) return first;
        var start = -1;
        while (Peek is var kind && FormulaGrammar.StartsPrimary(kind) && kind != FormulaToken.Function)
        {
            var factor = Power();
            if (_failed) return factor;
            if (start < 0) start = _scratch.Push(first, (int)FactorJoin.First);
            _scratch.Push(factor, (int)FactorJoin.Implicit);
        }
        SyntaxNode argument = first;
        if (start >= 0)
        {
            var (factors, joins) = _scratch.PopProduct(start); // First, then Implicit: the grammar's ImplicitProduct
            argument = FormulaGrammar.Product(factors, joins);
        }
        _mayWarn = true;
        var nameSpan = FormulaGrammar.SpanOf(f);
        return new CallSyntax(SourceSpan.Cover(nameSpan, argument.Span), nameSpan, name, [argument], false);
    }

    /// <summary><c>√x</c>, <c>∛x</c>.</summary>
    private SyntaxNode RootSign()
    {
        var sign = _tokens[_at++];
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return Fail();
        var radicand = Power();
        if (_failed) return radicand;
        _mayWarn = true;
        var signSpan = FormulaGrammar.SpanOf(sign);
        return new CallSyntax(SourceSpan.Cover(signSpan, radicand.Span), signSpan, sign.Kind == FormulaToken.SqrtSign ? "sqrt" : "cbrt", [radicand], false);
    }

    /// <summary><c>\frac{a}{b}</c>.</summary>
    private SyntaxNode Frac()
    {
        var frac = _tokens[_at++];
        var numerator = Bracketed(FormulaToken.LBrace, FormulaToken.RBrace);
        if (_failed) return numerator;
        var denominator = Bracketed(FormulaToken.LBrace, FormulaToken.RBrace);
        if (_failed) return denominator;
        return FormulaGrammar.FracOf(frac, numerator, denominator);
    }

    /// <summary><c>\sqrt{x}</c>, <c>\sqrt[n]{x}</c>.</summary>
    private SyntaxNode LatexRoot()
    {
        var sqrt = _tokens[_at++];
        SyntaxNode? index = Peek == FormulaToken.LBracket ? Enclosed(FormulaToken.RBracket, abs: false) : null;
        if (_failed) return index!;
        var radicand = Bracketed(FormulaToken.LBrace, FormulaToken.RBrace);
        if (_failed) return radicand;
        return new RootSyntax(SourceSpan.Cover(FormulaGrammar.SpanOf(sqrt), radicand.Span), radicand, index);
    }
}
