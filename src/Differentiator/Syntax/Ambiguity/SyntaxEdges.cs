namespace Differentiator.Syntax;

/// <summary>
/// What a node of the parse tree begins and ends with, as written: the leftmost and rightmost
/// primaries. <c>-e^3</c> ends with the power e^3 and, inside it, with 3; <c>x^2 y</c> begins with x.
/// The ambiguity rules look at where two factors meet, so they look at these edges.
/// </summary>
internal static class SyntaxEdges
{
    /// <summary>
    /// The first node, outermost first, among those that end where <paramref name="node"/> ends
    /// (the node, then its last part, and so on) that <paramref name="match"/> accepts; null if none.
    /// The source is passed through, so that a match needs no closure.
    /// </summary>
    public static SyntaxNode? OnRightSpine(SyntaxNode node, string source, Func<SyntaxNode, string, bool> match)
    {
        for (SyntaxNode? n = node; n is not null; n = LastPart(n))
            if (match(n, source)) return n;
        return null;
    }

    /// <summary>The primary <paramref name="node"/> ends with.</summary>
    public static SyntaxNode Rightmost(SyntaxNode node)
    {
        while (LastPart(node) is { } last) node = last;
        return node;
    }

    /// <summary>The primary <paramref name="node"/> begins with; a sign or a function name counts as its own start.</summary>
    public static SyntaxNode Leftmost(SyntaxNode node)
    {
        while (true)
        {
            var first = node switch
            {
                PowerSyntax p => p.Base,
                ProductSyntax p => p.Factors[0],
                SumSyntax s => s.Terms[0],
                _ => null,
            };
            if (first is null || first.Span.Start != node.Span.Start) return node;
            node = first;
        }
    }

    /// <summary>A function written with a power between its name and its argument: <c>sin^2 x</c>, <c>sin⁻¹ x</c>.</summary>
    public static bool IsPowerOnName(PowerSyntax power) =>
        power.Base is CallSyntax call && power.Exponent.Span.Start < call.Arguments[0].Span.Start;

    /// <summary>√x or ∛x, written with the sign rather than as sqrt(x).</summary>
    public static bool IsRootSign(CallSyntax call, string source) =>
        !call.Parenthesized && source[call.NameSpan.Start] is '√' or '∛';

    /// <summary>Whether the text of <paramref name="node"/> ends with a closing bracket or bar: <c>(3x)</c>, <c>sin(x)</c>.</summary>
    public static bool EndsWithBracket(SyntaxNode node, string source) =>
        source[node.Span.End - 1] is ')' or ']' or '}' or '|';

    private static SyntaxNode? LastPart(SyntaxNode node) => node switch
    {
        SignSyntax s => s.Operand,
        PowerSyntax p => IsPowerOnName(p) ? p.Base : p.Exponent,
        CallSyntax { Parenthesized: false } c => c.Arguments[^1],
        ProductSyntax p => p.Factors[^1],
        SumSyntax s => s.Terms[^1],
        _ => null,
    };
}
