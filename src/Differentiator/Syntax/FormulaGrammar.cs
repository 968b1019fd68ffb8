using System.Runtime.CompilerServices;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;
using NodeParser = Superpower.TokenListParser<Differentiator.Syntax.FormulaToken, Differentiator.Syntax.SyntaxNode>;

namespace Differentiator.Syntax;

/// <summary>
/// The grammar of <c>grammar/formula.ebnf</c> as Superpower combinators, one rule a field, from the
/// loosest binding (sum) to the tightest (primary). Recursion goes through <see cref="Nested"/>,
/// which refuses to go on when the thread's stack runs low.
/// </summary>
internal static class FormulaGrammar
{
    private static readonly NodeParser SumRef = Nested(() => Sum!);
    private static readonly NodeParser UnaryRef = Nested(() => Unary!);
    private static readonly NodeParser PowerRef = Nested(() => Power!);
    private static readonly NodeParser ExponentRef = Nested(() => Exponent!);

    private static readonly NodeParser Number =
        Token.EqualTo(FormulaToken.Number).Select(t => (SyntaxNode)new NumberSyntax(SpanOf(t), t.ToStringValue(), IsDecimal(t)));

    private static readonly NodeParser Name =
        Token.EqualTo(FormulaToken.Name).Select(t => (SyntaxNode)new NameSyntax(SpanOf(t), NameText.Normalize(t.ToStringValue())));

    private static readonly NodeParser Constant =
        Token.EqualTo(FormulaToken.Constant).Select(t => (SyntaxNode)new ConstantSyntax(SpanOf(t), t.ToStringValue() is "e" or "E" ? "e" : "pi"));

    private static readonly NodeParser Group =
        Bracketed(FormulaToken.LParen, FormulaToken.RParen)
            .Or(Bracketed(FormulaToken.LBracket, FormulaToken.RBracket))
            .Or(Bracketed(FormulaToken.LBrace, FormulaToken.RBrace));

    private static readonly NodeParser Abs =
        from open in Token.EqualTo(FormulaToken.AbsOpen)
        from inner in SumRef
        from close in Token.EqualTo(FormulaToken.AbsClose)
        select (SyntaxNode)new CallSyntax(Cover(open, close), SpanOf(open), "abs", [inner], true);

    /// <summary>A superscript such as ² or ⁻¹, read as an exponent.</summary>
    private static readonly NodeParser SuperscriptExponent =
        Token.EqualTo(FormulaToken.Superscript)
            .Where(t => t.ToStringValue().Any(c => c is not ('⁻' or '⁺')), "superscript digits")
            .Select(Superscripts.ToExponent);

    private static readonly TokenListParser<FormulaToken, IReadOnlyList<SyntaxNode>> Arguments =
        from first in SumRef
        from rest in Token.EqualTo(FormulaToken.Comma).IgnoreThen(SumRef).Many()
        select (IReadOnlyList<SyntaxNode>)[first, .. rest];

    /// <summary>The argument of a function written without parentheses: an implicit product that stops at the next function.</summary>
    private static readonly NodeParser BareArgument =
        from first in PowerRef
        from rest in Parse.Not(Token.EqualTo(FormulaToken.Function)).IgnoreThen(PowerRef).Many()
        select rest.Length == 0 ? first : Product([first, .. rest], [FactorJoin.First, .. rest.Select(_ => FactorJoin.Implicit)]);

    private static readonly NodeParser FunctionApplication =
        from f in Token.EqualTo(FormulaToken.Function)
        from power in Optional(Token.EqualTo(FormulaToken.Caret).IgnoreThen(ExponentRef).Or(SuperscriptExponent))
        from call in ParenthesizedCall(f).Or(BareArgument.Select(arg => (SyntaxNode)new CallSyntax(SourceSpan.Cover(SpanOf(f), arg.Span), SpanOf(f), NameText.Normalize(f.ToStringValue()), [arg], false)))
        select power is null ? call : new PowerSyntax(SourceSpan.Cover(SpanOf(f), call.Span), call, power);

    private static readonly NodeParser Frac =
        from frac in Token.EqualTo(FormulaToken.Frac)
        from numerator in Bracketed(FormulaToken.LBrace, FormulaToken.RBrace)
        from denominator in Bracketed(FormulaToken.LBrace, FormulaToken.RBrace)
        select (SyntaxNode)new ProductSyntax(SourceSpan.Cover(SpanOf(frac), denominator.Span), [numerator, denominator], [FactorJoin.First, FactorJoin.Divide]);

    private static readonly NodeParser LatexRoot =
        from sqrt in Token.EqualTo(FormulaToken.LatexSqrt)
        from index in Optional(Bracketed(FormulaToken.LBracket, FormulaToken.RBracket))
        from radicand in Bracketed(FormulaToken.LBrace, FormulaToken.RBrace)
        select (SyntaxNode)new RootSyntax(SourceSpan.Cover(SpanOf(sqrt), radicand.Span), radicand, index);

    private static readonly NodeParser RootSign =
        from sign in Token.EqualTo(FormulaToken.SqrtSign).Or(Token.EqualTo(FormulaToken.CbrtSign))
        from radicand in PowerRef
        select (SyntaxNode)new CallSyntax(SourceSpan.Cover(SpanOf(sign), radicand.Span), SpanOf(sign),
            sign.Kind == FormulaToken.SqrtSign ? "sqrt" : "cbrt", [radicand], false);

    private static readonly NodeParser Primary =
        Number.Or(Name).Or(Constant).Or(FunctionApplication).Or(Group).Or(Abs).Or(Frac).Or(LatexRoot).Or(RootSign)
            .Named("a number, a variable, a function or '('");

    private static readonly NodeParser Postfix =
        from primary in Primary
        from exponent in Optional(SuperscriptExponent)
        select exponent is null ? primary : new PowerSyntax(SourceSpan.Cover(primary.Span, exponent.Span), primary, exponent);

    /// <summary><c>base ^ exponent</c>, right-associative through <see cref="Exponent"/>.</summary>
    private static readonly NodeParser Power =
        from @base in Postfix
        from exponent in Optional(Token.EqualTo(FormulaToken.Caret).IgnoreThen(ExponentRef))
        select exponent is null ? @base : new PowerSyntax(SourceSpan.Cover(@base.Span, exponent.Span), @base, exponent);

    /// <summary>An exponent may carry signs: <c>x^-2</c>.</summary>
    private static readonly NodeParser Exponent = PowerRef.Or(Signed(ExponentRef));

    /// <summary>Unary minus binds looser than '^': <c>-x^2</c> is <c>-(x^2)</c>.</summary>
    private static readonly NodeParser Unary = PowerRef.Or(Signed(UnaryRef));

    private static readonly TokenListParser<FormulaToken, (FactorJoin, SyntaxNode)> NextFactor =
        Token.EqualTo(FormulaToken.Star).Or(Token.EqualTo(FormulaToken.Slash))
            .Then(op => UnaryRef.Select(f => (op.Kind == FormulaToken.Star ? FactorJoin.Times : FactorJoin.Divide, f)))
            .Or(PowerRef.Select(f => (FactorJoin.Implicit, f)));

    /// <summary>'*', '/' and juxtaposition share one level, left to right: <c>1/2x</c> is <c>(1/2)·x</c>.</summary>
    private static readonly NodeParser Term =
        from first in UnaryRef
        from rest in NextFactor.Many()
        select rest.Length == 0 ? first : Product([first, .. rest.Select(r => r.Item2)], [FactorJoin.First, .. rest.Select(r => r.Item1)]);

    private static readonly NodeParser Sum =
        from first in Term
        from rest in Token.EqualTo(FormulaToken.Plus).Or(Token.EqualTo(FormulaToken.Minus)).Then(op => Term.Select(t => (op.Kind == FormulaToken.Minus, t))).Many()
        select rest.Length == 0 ? first : new SumSyntax(SourceSpan.Cover(first.Span, rest[^1].t.Span), [first, .. rest.Select(r => r.t)], [false, .. rest.Select(r => r.Item1)]);

    /// <summary>A whole formula: a sum, then the end of the input.</summary>
    public static readonly NodeParser Formula = Sum.AtEnd();

    private static NodeParser Signed(NodeParser operand) =>
        from sign in Token.EqualTo(FormulaToken.Minus).Or(Token.EqualTo(FormulaToken.Plus))
        from value in operand
        select (SyntaxNode)new SignSyntax(SourceSpan.Cover(SpanOf(sign), value.Span), sign.Kind == FormulaToken.Minus, value);

    private static NodeParser Bracketed(FormulaToken open, FormulaToken close) =>
        from o in Token.EqualTo(open)
        from inner in SumRef
        from c in Token.EqualTo(close)
        select (SyntaxNode)new GroupSyntax(Cover(o, c), inner);

    private static NodeParser ParenthesizedCall(Token<FormulaToken> function) =>
        from open in Token.EqualTo(FormulaToken.LParen)
        from args in Arguments
        from close in Token.EqualTo(FormulaToken.RParen)
        select (SyntaxNode)new CallSyntax(Cover(function, close), SpanOf(function), NameText.Normalize(function.ToStringValue()), args, true);

    private static TokenListParser<FormulaToken, SyntaxNode?> Optional(NodeParser parser) =>
        parser.Select(n => (SyntaxNode?)n).OptionalOrDefault();

    private static SyntaxNode Product(SyntaxNode[] factors, FactorJoin[] joins) =>
        new ProductSyntax(SourceSpan.Cover(factors[0].Span, factors[^1].Span), factors, joins);

    /// <summary>A lazily resolved rule that checks the stack before recursing, so deep input fails cleanly.</summary>
    private static NodeParser Nested(Func<NodeParser> rule)
    {
        NodeParser? resolved = null;
        return input =>
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            resolved ??= rule();
            return resolved(input);
        };
    }

    private static bool IsDecimal(Token<FormulaToken> t) => t.Span.ToStringValue().AsSpan().IndexOfAny(".eE") >= 0;

    internal static SourceSpan SpanOf(Token<FormulaToken> t) => new(t.Span.Position.Absolute, t.Span.Length);

    private static SourceSpan Cover(Token<FormulaToken> first, Token<FormulaToken> last) => SourceSpan.Cover(SpanOf(first), SpanOf(last));
}
