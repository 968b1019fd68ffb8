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
    private static readonly string[] ExpectedOperand = ["a number, a variable, a function or '('"];

    private static readonly NodeParser SumRef = Nested(() => Sum!);
    private static readonly NodeParser UnaryRef = Nested(() => Unary!);
    private static readonly NodeParser PowerRef = Nested(() => Power!);
    private static readonly NodeParser ExponentRef = Nested(() => Exponent!);

    private static readonly NodeParser Number = Token.EqualTo(FormulaToken.Number).Select(NumberOf);

    private static readonly NodeParser Name = Token.EqualTo(FormulaToken.Name).Select(NameOf);

    private static readonly NodeParser Constant = Token.EqualTo(FormulaToken.Constant).Select(ConstantOf);

    /// <summary>A bracketed group: <c>(…)</c>, <c>[…]</c> or <c>{…}</c>, closed by its own kind of bracket.</summary>
    private static readonly NodeParser Group = input =>
    {
        var open = input.ConsumeToken();
        var close = open.Value.Kind switch
        {
            FormulaToken.LParen => FormulaToken.RParen,
            FormulaToken.LBracket => FormulaToken.RBracket,
            _ => FormulaToken.RBrace,
        };
        return Enclosed(input, close, (span, inner) => new GroupSyntax(span, inner));
    };

    /// <summary><c>|x|</c>.</summary>
    private static readonly NodeParser Abs = input =>
        Enclosed(input, FormulaToken.AbsClose, (span, inner) => new CallSyntax(span, new SourceSpan(span.Start, 1), "abs", [inner], true));

    /// <summary>A superscript such as ² or ⁻¹, read as an exponent.</summary>
    private static readonly NodeParser SuperscriptExponent =
        Token.EqualTo(FormulaToken.Superscript)
            .Where(Superscripts.HasDigit, "superscript digits")
            .Select(Superscripts.ToExponent);

    /// <summary>
    /// A function: <c>sin(x)</c>, <c>log(x, 2)</c>, <c>sin 2x</c> (an implicit product as its argument),
    /// with an optional power written on the name: <c>sin^2 x</c>, <c>sin² x</c>, and for <c>\log</c>
    /// an optional base before it, which becomes the last argument: <c>\log_{3} x</c> is log(x, 3).
    /// </summary>
    private static readonly NodeParser FunctionApplication = input =>
    {
        var f = input.ConsumeToken();
        var name = FunctionName(f.Value);
        var rest = f.Remainder;
        SyntaxNode? logBase = null;
        if (Peek(rest) == FormulaToken.Subscript)
        {
            var afterMark = rest.ConsumeToken().Remainder;
            var b = Peek(afterMark) == FormulaToken.LBrace ? Bracketed(FormulaToken.LBrace, FormulaToken.RBrace)(afterMark) : Primary!(afterMark);
            if (!b.HasValue) return b;
            logBase = b.Value;
            rest = b.Remainder;
        }
        SyntaxNode? power = null;
        var afterName = Peek(rest);
        if (afterName is FormulaToken.Caret or FormulaToken.Superscript)
        {
            var exponent = afterName == FormulaToken.Caret ? ExponentRef(rest.ConsumeToken().Remainder) : SuperscriptExponent(rest);
            if (!exponent.HasValue) return exponent;
            power = exponent.Value;
            rest = exponent.Remainder;
        }
        var call = Peek(rest) == FormulaToken.LParen ? CallArguments(input, f.Value, name, rest) : BareArgument(input, f.Value, name, rest);
        if (call.HasValue && logBase is not null && call.Value is CallSyntax c)
            call = TokenListParserResult.Value<FormulaToken, SyntaxNode>(c with { Arguments = [.. c.Arguments, logBase] }, input, call.Remainder);
        if (!call.HasValue || power is null) return call;
        return TokenListParserResult.Value<FormulaToken, SyntaxNode>(
            new PowerSyntax(SourceSpan.Cover(SpanOf(f.Value), call.Value.Span), call.Value, power), input, call.Remainder);
    };

    private static readonly NodeParser Frac =
        from frac in Token.EqualTo(FormulaToken.Frac)
        from numerator in Bracketed(FormulaToken.LBrace, FormulaToken.RBrace)
        from denominator in Bracketed(FormulaToken.LBrace, FormulaToken.RBrace)
        select FracOf(frac, numerator, denominator);

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

    /// <summary>
    /// A primary, chosen by its first token (no trial and error through alternatives, which would
    /// cost an allocation per failed branch on every factor).
    /// </summary>
    private static readonly NodeParser Primary = input =>
    {
        var next = input.ConsumeToken();
        if (!next.HasValue) return TokenListParserResult.Empty<FormulaToken, SyntaxNode>(input, ExpectedOperand);
        return next.Value.Kind switch
        {
            FormulaToken.Number => Number(input),
            FormulaToken.Name => Name(input),
            FormulaToken.Constant => Constant(input),
            FormulaToken.Function => FunctionApplication(input),
            FormulaToken.LParen or FormulaToken.LBracket or FormulaToken.LBrace => Group(input),
            FormulaToken.AbsOpen => Abs(input),
            FormulaToken.Frac => Frac(input),
            FormulaToken.LatexSqrt => LatexRoot(input),
            FormulaToken.SqrtSign or FormulaToken.CbrtSign => RootSign(input),
            _ => TokenListParserResult.Empty<FormulaToken, SyntaxNode>(input, ExpectedOperand),
        };
    };

    /// <summary>A primary with an optional superscript exponent: <c>x²</c>.</summary>
    private static readonly NodeParser Postfix = input =>
    {
        var primary = Primary(input);
        if (!primary.HasValue || Peek(primary.Remainder) != FormulaToken.Superscript) return primary;
        var exponent = SuperscriptExponent(primary.Remainder);
        if (!exponent.HasValue) return exponent;
        return TokenListParserResult.Value<FormulaToken, SyntaxNode>(
            new PowerSyntax(SourceSpan.Cover(primary.Value.Span, exponent.Value.Span), primary.Value, exponent.Value), input, exponent.Remainder);
    };

    /// <summary><c>base ^ exponent</c>, right-associative through <see cref="Exponent"/>.</summary>
    private static readonly NodeParser Power = input =>
    {
        var @base = Postfix(input);
        if (!@base.HasValue || Peek(@base.Remainder) != FormulaToken.Caret) return @base;
        var exponent = ExponentRef(@base.Remainder.ConsumeToken().Remainder);
        if (!exponent.HasValue) return exponent;
        return TokenListParserResult.Value<FormulaToken, SyntaxNode>(
            new PowerSyntax(SourceSpan.Cover(@base.Value.Span, exponent.Value.Span), @base.Value, exponent.Value), input, exponent.Remainder);
    };

    /// <summary>An exponent may carry signs: <c>x^-2</c>.</summary>
    private static readonly NodeParser Exponent = input => IsSign(Peek(input)) ? Signed(input, ExponentRef) : PowerRef(input);

    /// <summary>Unary minus binds looser than '^': <c>-x^2</c> is <c>-(x^2)</c>.</summary>
    private static readonly NodeParser Unary = input => IsSign(Peek(input)) ? Signed(input, UnaryRef) : PowerRef(input);

    /// <summary>'*', '/' and juxtaposition share one level, left to right: <c>1/2x</c> is <c>(1/2)·x</c>.</summary>
    private static readonly NodeParser Term = input =>
    {
        var first = UnaryRef(input);
        if (!first.HasValue) return first;
        List<SyntaxNode>? factors = null;
        List<FactorJoin>? joins = null;
        var rest = first.Remainder;
        while (true)
        {
            var kind = Peek(rest);
            FactorJoin join;
            TokenListParserResult<FormulaToken, SyntaxNode> factor;
            if (kind is FormulaToken.Star or FormulaToken.Slash)
            {
                join = kind == FormulaToken.Star ? FactorJoin.Times : FactorJoin.Divide;
                factor = UnaryRef(rest.ConsumeToken().Remainder);
            }
            else if (StartsPrimary(kind))
            {
                join = FactorJoin.Implicit;
                factor = PowerRef(rest);
            }
            else break;
            if (!factor.HasValue) return factor;
            (factors ??= [first.Value]).Add(factor.Value);
            (joins ??= [FactorJoin.First]).Add(join);
            rest = factor.Remainder;
        }
        return factors is null ? first : TokenListParserResult.Value<FormulaToken, SyntaxNode>(Product([.. factors], [.. joins!]), input, rest);
    };

    private static readonly NodeParser Sum = input =>
    {
        var first = Term(input);
        if (!first.HasValue) return first;
        List<SyntaxNode>? terms = null;
        List<bool>? negated = null;
        var rest = first.Remainder;
        while (IsSign(Peek(rest)))
        {
            var minus = Peek(rest) == FormulaToken.Minus;
            var term = Term(rest.ConsumeToken().Remainder);
            if (!term.HasValue) return term;
            (terms ??= [first.Value]).Add(term.Value);
            (negated ??= [false]).Add(minus);
            rest = term.Remainder;
        }
        return terms is null ? first : TokenListParserResult.Value<FormulaToken, SyntaxNode>(
            new SumSyntax(SourceSpan.Cover(first.Value.Span, terms[^1].Span), terms, negated!), input, rest);
    };

    /// <summary>A whole formula: a sum, then the end of the input.</summary>
    public static readonly NodeParser Formula = Sum.AtEnd();

    private static TokenListParserResult<FormulaToken, SyntaxNode> Signed(TokenList<FormulaToken> input, NodeParser operand)
    {
        var sign = input.ConsumeToken();
        var value = operand(sign.Remainder);
        if (!value.HasValue) return value;
        return TokenListParserResult.Value<FormulaToken, SyntaxNode>(
            new SignSyntax(SourceSpan.Cover(SpanOf(sign.Value), value.Value.Span), sign.Value.Kind == FormulaToken.Minus, value.Value), input, value.Remainder);
    }

    private static FormulaToken Peek(TokenList<FormulaToken> input)
    {
        var next = input.ConsumeToken();
        return next.HasValue ? next.Value.Kind : FormulaToken.None;
    }

    private static bool IsSign(FormulaToken kind) => kind is FormulaToken.Minus or FormulaToken.Plus;

    /// <summary>The tokens a primary can start with: after a factor, one of these is an implicit multiplication.</summary>
    internal static bool StartsPrimary(FormulaToken kind) => kind is FormulaToken.Number or FormulaToken.Name or FormulaToken.Constant
        or FormulaToken.Function or FormulaToken.LParen or FormulaToken.LBracket or FormulaToken.LBrace or FormulaToken.AbsOpen
        or FormulaToken.Frac or FormulaToken.LatexSqrt or FormulaToken.SqrtSign or FormulaToken.CbrtSign;

    private static NodeParser Bracketed(FormulaToken open, FormulaToken close) =>
        from o in Token.EqualTo(open)
        from inner in SumRef
        from c in Token.EqualTo(close)
        select (SyntaxNode)new GroupSyntax(Cover(o, c), inner);

    /// <summary>An opener, a sum, and the closer of the opener's kind.</summary>
    private static TokenListParserResult<FormulaToken, SyntaxNode> Enclosed(
        TokenList<FormulaToken> input, FormulaToken close, Func<SourceSpan, SyntaxNode, SyntaxNode> make)
    {
        var open = input.ConsumeToken();
        var inner = SumRef(open.Remainder);
        if (!inner.HasValue) return inner;
        var closer = inner.Remainder.ConsumeToken();
        if (!closer.HasValue || closer.Value.Kind != close)
            return TokenListParserResult.Empty<FormulaToken, SyntaxNode>(inner.Remainder, ExpectedCloser[close]);
        return TokenListParserResult.Value<FormulaToken, SyntaxNode>(make(Cover(open.Value, closer.Value), inner.Value), input, closer.Remainder);
    }

    private static readonly Dictionary<FormulaToken, string[]> ExpectedCloser = new()
    {
        [FormulaToken.RParen] = ["')'"], [FormulaToken.RBracket] = ["']'"], [FormulaToken.RBrace] = ["'}'"], [FormulaToken.AbsClose] = ["'|'"],
    };

    private static readonly string[] ExpectedCommaOrClose = ["','", "')'"];

    /// <summary><c>f(a, b, …)</c>: arguments separated by commas inside parentheses.</summary>
    private static TokenListParserResult<FormulaToken, SyntaxNode> CallArguments(
        TokenList<FormulaToken> start, Token<FormulaToken> f, string name, TokenList<FormulaToken> input)
    {
        var args = new List<SyntaxNode>(2);
        var rest = input.ConsumeToken().Remainder;
        while (true)
        {
            var arg = SumRef(rest);
            if (!arg.HasValue) return arg;
            args.Add(arg.Value);
            var next = arg.Remainder.ConsumeToken();
            if (next.HasValue && next.Value.Kind == FormulaToken.Comma)
            {
                rest = next.Remainder;
                continue;
            }
            if (!next.HasValue || next.Value.Kind != FormulaToken.RParen)
                return TokenListParserResult.Empty<FormulaToken, SyntaxNode>(arg.Remainder, ExpectedCommaOrClose);
            return TokenListParserResult.Value<FormulaToken, SyntaxNode>(
                new CallSyntax(Cover(f, next.Value), SpanOf(f), name, args, true), start, next.Remainder);
        }
    }

    /// <summary>The argument of a function written without parentheses: an implicit product that stops at the next function.</summary>
    private static TokenListParserResult<FormulaToken, SyntaxNode> BareArgument(
        TokenList<FormulaToken> start, Token<FormulaToken> f, string name, TokenList<FormulaToken> input)
    {
        var first = PowerRef(input);
        if (!first.HasValue) return first;
        List<SyntaxNode>? factors = null;
        var rest = first.Remainder;
        while (Peek(rest) is var kind && StartsPrimary(kind) && kind != FormulaToken.Function)
        {
            var factor = PowerRef(rest);
            if (!factor.HasValue) return factor;
            (factors ??= [first.Value]).Add(factor.Value);
            rest = factor.Remainder;
        }
        var argument = factors is null ? first.Value : ImplicitProduct([.. factors]);
        return TokenListParserResult.Value<FormulaToken, SyntaxNode>(
            new CallSyntax(SourceSpan.Cover(SpanOf(f), argument.Span), SpanOf(f), name, [argument], false), start, rest);
    }

    private static TokenListParser<FormulaToken, SyntaxNode?> Optional(NodeParser parser) =>
        parser.Select(n => (SyntaxNode?)n).OptionalOrDefault();

    internal static SyntaxNode Product(SyntaxNode[] factors, FactorJoin[] joins) =>
        new ProductSyntax(SourceSpan.Cover(factors[0].Span, factors[^1].Span), factors, joins);

    /// <summary>Factors written side by side: the argument of <c>sin 2x</c>.</summary>
    internal static SyntaxNode ImplicitProduct(SyntaxNode[] factors)
    {
        var joins = new FactorJoin[factors.Length];
        joins.AsSpan(1).Fill(FactorJoin.Implicit);
        return Product(factors, joins);
    }

    /// <summary><c>\frac{a}{b}</c>, a quotient of the two groups.</summary>
    internal static SyntaxNode FracOf(Token<FormulaToken> frac, SyntaxNode numerator, SyntaxNode denominator) =>
        new ProductSyntax(SourceSpan.Cover(SpanOf(frac), denominator.Span), [numerator, denominator], [FactorJoin.First, FactorJoin.Divide]);

    internal static SyntaxNode NumberOf(Token<FormulaToken> t) => new NumberSyntax(SpanOf(t), CharText.Of(t), IsDecimal(t));

    internal static SyntaxNode NameOf(Token<FormulaToken> t) => new NameSyntax(SpanOf(t), NameText.Normalize(t));

    internal static SyntaxNode ConstantOf(Token<FormulaToken> t) => new ConstantSyntax(SpanOf(t), TextOf(t) is "e" or "E" ? "e" : "pi");

    /// <summary>The function a function token names: <c>\sin</c> and <c>sin</c> are sin.</summary>
    internal static string FunctionName(Token<FormulaToken> f) => NameText.Normalize(f);

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

    internal static bool IsDecimal(Token<FormulaToken> t) => TextOf(t).IndexOfAny(".eE") >= 0;

    /// <summary>The token's text without a copy.</summary>
    internal static ReadOnlySpan<char> TextOf(Token<FormulaToken> t) => t.Span.Source.AsSpan(t.Span.Position.Absolute, t.Span.Length);

    internal static SourceSpan SpanOf(Token<FormulaToken> t) => new(t.Span.Position.Absolute, t.Span.Length);

    private static SourceSpan Cover(Token<FormulaToken> first, Token<FormulaToken> last) => SourceSpan.Cover(SpanOf(first), SpanOf(last));
}
