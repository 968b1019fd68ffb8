using System.Runtime.CompilerServices;
using Superpower.Model;

namespace Differentiator.Syntax;

/// <summary>
/// A fast path for the common formula made only of numbers, variables, constants, the operators
/// <c>+ - * / ^</c>, superscripts, brackets and <c>|…|</c> (a polynomial, a product of powers): the
/// rules of <see cref="FormulaGrammar"/> for those tokens, read by index over the token span without
/// Superpower's result structs. It builds exactly the tree the grammar builds and gives up (null) on
/// anything else (a function, a LaTeX command, any error), for the grammar to read and, on an error,
/// to report: diagnostics always come from the grammar.
/// </summary>
internal ref struct PlainFormulaReader
{
    private readonly ReadOnlySpan<Token<FormulaToken>> _tokens;
    private int _at;
    private bool _failed;

    private PlainFormulaReader(ReadOnlySpan<Token<FormulaToken>> tokens) => _tokens = tokens;

    /// <summary>The grammar's tree for <paramref name="tokens"/>, or null when the grammar must read them.</summary>
    public static SyntaxNode? TryRead(ReadOnlySpan<Token<FormulaToken>> tokens)
    {
        if (tokens.IsEmpty) return null;
        foreach (var t in tokens)
            if (!IsPlain(t.Kind)) return null;
        var reader = new PlainFormulaReader(tokens);
        var tree = reader.Sum();
        return reader._failed || reader._at != tokens.Length ? null : tree;
    }

    private static bool IsPlain(FormulaToken kind) => kind is FormulaToken.Number or FormulaToken.Name or FormulaToken.Constant
        or FormulaToken.Plus or FormulaToken.Minus or FormulaToken.Star or FormulaToken.Slash or FormulaToken.Caret
        or FormulaToken.Superscript or FormulaToken.LParen or FormulaToken.RParen or FormulaToken.LBracket or FormulaToken.RBracket
        or FormulaToken.LBrace or FormulaToken.RBrace or FormulaToken.AbsOpen or FormulaToken.AbsClose;

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
        var first = Term();
        if (_failed) return first;
        List<SyntaxNode>? terms = null;
        List<bool>? negated = null;
        while (IsSign(Peek))
        {
            var minus = Peek == FormulaToken.Minus;
            _at++;
            var term = Term();
            if (_failed) return term;
            (terms ??= [first]).Add(term);
            (negated ??= [false]).Add(minus);
        }
        return terms is null ? first : new SumSyntax(SourceSpan.Cover(first.Span, terms[^1].Span), terms, negated!);
    }

    private SyntaxNode Term()
    {
        var first = Unary();
        if (_failed) return first;
        List<SyntaxNode>? factors = null;
        List<FactorJoin>? joins = null;
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
            else if (StartsPrimary(kind))
            {
                join = FactorJoin.Implicit;
                factor = Power();
            }
            else break;
            if (_failed) return factor;
            (factors ??= [first]).Add(factor);
            (joins ??= [FactorJoin.First]).Add(join);
        }
        return factors is null ? first : FormulaGrammar.Product([.. factors], [.. joins!]);
    }

    /// <summary>The plain tokens <see cref="FormulaGrammar"/> lets start a primary (an implicit product).</summary>
    private static bool StartsPrimary(FormulaToken kind) => kind is FormulaToken.Number or FormulaToken.Name or FormulaToken.Constant
        or FormulaToken.LParen or FormulaToken.LBracket or FormulaToken.LBrace or FormulaToken.AbsOpen;

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
        var superscript = _tokens[_at++];
        if (!superscript.Span.ToStringValue().Any(c => c is not ('⁻' or '⁺'))) return Fail();
        var exponent = Superscripts.ToExponent(superscript);
        return new PowerSyntax(SourceSpan.Cover(primary.Span, exponent.Span), primary, exponent);
    }

    private SyntaxNode Primary()
    {
        if (_at >= _tokens.Length) return Fail();
        var t = _tokens[_at];
        switch (t.Kind)
        {
            case FormulaToken.Number:
                _at++;
                return new NumberSyntax(FormulaGrammar.SpanOf(t), t.ToStringValue(), FormulaGrammar.IsDecimal(t));
            case FormulaToken.Name:
                _at++;
                return new NameSyntax(FormulaGrammar.SpanOf(t), NameText.Normalize(t.ToStringValue()));
            case FormulaToken.Constant:
                _at++;
                return new ConstantSyntax(FormulaGrammar.SpanOf(t), t.ToStringValue() is "e" or "E" ? "e" : "pi");
            case FormulaToken.LParen:
                return Enclosed(FormulaToken.RParen, abs: false);
            case FormulaToken.LBracket:
                return Enclosed(FormulaToken.RBracket, abs: false);
            case FormulaToken.LBrace:
                return Enclosed(FormulaToken.RBrace, abs: false);
            case FormulaToken.AbsOpen:
                return Enclosed(FormulaToken.AbsClose, abs: true);
            default:
                return Fail();
        }
    }

    /// <summary>An opener, a sum, and the closer of the opener's kind: a group, or <c>|x|</c> as abs.</summary>
    private SyntaxNode Enclosed(FormulaToken close, bool abs)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return Fail();
        var open = _tokens[_at++];
        var inner = Sum();
        if (_failed) return inner;
        if (Peek != close) return Fail();
        var closer = _tokens[_at++];
        var span = SourceSpan.Cover(FormulaGrammar.SpanOf(open), FormulaGrammar.SpanOf(closer));
        return abs ? new CallSyntax(span, new SourceSpan(span.Start, 1), "abs", [inner], true) : new GroupSyntax(span, inner);
    }
}
