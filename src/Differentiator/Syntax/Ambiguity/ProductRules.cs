using static Differentiator.Syntax.AmbiguityDetector;
using static Differentiator.Syntax.Rewrite;

namespace Differentiator.Syntax;

/// <summary>
/// The warnings about factors side by side (see <c>grammar/README.md</c>, Warnings). Each looks at
/// one place where a factor joins the factor before it by juxtaposition:
/// <list type="bullet">
/// <item>DX1002: after a '/', the next factor is not in the denominator: <c>1/2x</c> = (1/2)·x.</item>
/// <item>DX1004: an exponent of a number or e, or the operand of √ or ∛, stops before a factor written
/// right after it: <c>e^3x</c> = e^3·x, <c>√2z</c> = √2·z. Not for a letter's power: <c>7y^2z</c> is y²·z as
/// everyone means it.</item>
/// <item>DX1008: a number after a factor, <c>3 4</c>, <c>x 2</c>: read as a product, but rarely meant.</item>
/// <item>DX1009: a single letter directly before parentheses, <c>f(x)</c>, <c>u(z)</c>: a product, not a function.</item>
/// </list>
/// </summary>
internal static class ProductRules
{
    /// <summary>The letters that name functions by convention: f(x+1) is a function of x+1 to a reader even with a sum inside.</summary>
    private static readonly HashSet<string> FunctionLetters = ["f", "g", "h"];

    public static void Check(ProductSyntax p, string source, List<Diagnostic> found)
    {
        for (var i = 1; i < p.Factors.Count; i++)
        {
            if (p.Joins[i] != FactorJoin.Implicit) continue;
            var left = p.Factors[i - 1];
            var right = p.Factors[i];
            var afterDivision = i >= 2 && p.Joins[i - 1] == FactorJoin.Divide;
            if (afterDivision) found.Add(DivisionThenImplicit(p.Factors[i - 2], left, right, source));
            if (ShortOperand(left, right, source) is { } shortOperand) found.Add(shortOperand);
            if (!afterDivision && SyntaxEdges.Leftmost(right) is NumberSyntax) found.Add(JuxtaposedNumber(left, right, source));
            if (LetterBeforeParenthesis(left, right, source) is { } letter) found.Add(letter);
        }
    }

    private static Diagnostic DivisionThenImplicit(SyntaxNode numerator, SyntaxNode denominator, SyntaxNode next, string source)
    {
        var span = SourceSpan.Cover(numerator.Span, next.Span);
        var (a, b, c) = (Text(numerator, source), Text(denominator, source), Text(next, source));
        var suggestion = $"{a}/({Juxtapose(denominator, next, source)})";
        return Warn(DiagnosticCodes.DivisionThenImplicit, span,
            $"'{MessageText.Excerpt(source, span)}' is read as ({a}/{b})·{c}; write {suggestion} if the product is the denominator.", suggestion);
    }

    /// <summary>DX1004: the operand of '^' (on a number or e) or of √, ∛ ends where a factor follows without a space.</summary>
    private static Diagnostic? ShortOperand(SyntaxNode left, SyntaxNode next, string source)
    {
        if (left.Span.End != next.Span.Start) return null;
        var node = SyntaxEdges.OnRightSpine(left, source, static (n, text) => n switch
        {
            PowerSyntax power => IsExponentialWithShortExponent(power, text),
            CallSyntax call => SyntaxEdges.IsRootSign(call, text) && !SyntaxEdges.EndsWithBracket(call.Arguments[0], text),
            _ => false,
        });
        if (node is null) return null;
        var span = SourceSpan.Cover(node.Span, next.Span);
        var reading = $"'{MessageText.Excerpt(source, span)}' is read as {Text(node, source)}·{Text(next, source)}";
        if (node is PowerSyntax p)
        {
            var exponent = $"{Text(p.Base, source)}^({Juxtapose(p.Exponent, next, source)})";
            return Warn(DiagnosticCodes.PowerThenImplicit, span, $"{reading}; write {exponent} if the product is the exponent.", exponent);
        }
        var root = (CallSyntax)node;
        var underRoot = $"{source[root.NameSpan.Start]}({Juxtapose(root.Arguments[0], next, source)})";
        return Warn(DiagnosticCodes.PowerThenImplicit, span, $"{reading}; write {underRoot} if the product is under the root.", underRoot);
    }

    /// <summary><c>e^3</c>, <c>2^x</c>, <c>10^-3</c>: a number or e raised with '^' to an exponent not in brackets.</summary>
    private static bool IsExponentialWithShortExponent(PowerSyntax power, string source) =>
        !SyntaxEdges.IsPowerOnName(power)
        && power.Base is NumberSyntax or ConstantSyntax { Name: "e" }
        && source.AsSpan(power.Base.Span.End, power.Exponent.Span.Start - power.Base.Span.End).ContainsAny('^', '*')
        && !SyntaxEdges.EndsWithBracket(power.Exponent, source);

    private static Diagnostic JuxtaposedNumber(SyntaxNode left, SyntaxNode right, string source)
    {
        var span = SourceSpan.Cover(left.Span, right.Span);
        var suggestion = $"{Text(left, source)}*{Text(right, source)}";
        return Warn(DiagnosticCodes.JuxtaposedNumber, span,
            $"'{MessageText.Excerpt(source, span)}' is read as the product {Text(left, source)}·{Text(right, source)}; write {suggestion} to say so.", suggestion);
    }

    /// <summary>
    /// DX1009: a one-letter variable directly followed by '(' (no space) reads like a function
    /// call, when the letter is f, g or h, or the parentheses hold a single variable or number:
    /// <c>f(x+1)</c>, <c>u(z)</c>, <c>y(0)</c>; not <c>x(x+1)</c> or <c>a (b)</c>. Not for the last letter of
    /// a split run either (<c>Ln(x)</c>, <c>ab(x)</c>): DX1001 already says that the run is a product.
    /// </summary>
    private static Diagnostic? LetterBeforeParenthesis(SyntaxNode left, SyntaxNode right, string source)
    {
        if (SyntaxEdges.Rightmost(left) is not NameSyntax { Name.Length: 1 } letter
            || letter.Span.End != right.Span.Start || source[right.Span.Start] != '('
            || SyntaxEdges.Leftmost(right) is not GroupSyntax group
            || (letter.Span.Start > 0 && GreekLetters.IsNameLetter(source[letter.Span.Start - 1])))
            return null;
        var single = group.Inner is NameSyntax or NumberSyntax or ConstantSyntax;
        if (!single && !FunctionLetters.Contains(letter.Name)) return null;
        var span = SourceSpan.Cover(letter.Span, group.Span);
        var factor = single ? Text(group.Inner, source) : Text(group, source);
        var suggestion = $"{Text(letter, source)}*{factor}";
        return Warn(DiagnosticCodes.LetterBeforeParenthesis, span,
            $"'{MessageText.Excerpt(source, span)}' is read as the product {letter.Name}·{factor}, not a function {letter.Name} applied to {factor}; " +
            $"write {suggestion} to say so, or define {letter.Name} in the REPL ({letter.Name}(x) = …) and use it there.", suggestion);
    }
}
