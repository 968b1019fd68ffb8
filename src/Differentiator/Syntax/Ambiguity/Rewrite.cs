namespace Differentiator.Syntax;

/// <summary>
/// Writes the rewrites that warnings suggest, so that each reads back as meant: two factors side
/// by side get a '*' where juxtaposition would join or mislead (<c>2*3</c>, not <c>23</c>), a space
/// where names would merge or a power would swallow the next factor (<c>x y</c>, <c>x^2 y</c>), and
/// nothing where the result is plain (<c>2x</c>). Every suggestion is tested to parse back to the
/// reading it names.
/// </summary>
internal static class Rewrite
{
    /// <summary>
    /// <paramref name="left"/> and <paramref name="right"/> multiplied by juxtaposition, with
    /// <paramref name="preferred"/> ("" or " ") between them unless more is needed.
    /// </summary>
    public static string Juxtapose(SyntaxNode left, SyntaxNode right, string source, string preferred = "") =>
        Text(left, source) + Between(left, right, source, preferred) + Text(right, source);

    /// <summary>The text of the factors from <paramref name="first"/> on, spaced as written where that reads the same.</summary>
    public static string Factors(ProductSyntax product, int first, string source)
    {
        var factors = product.Factors;
        if (factors.Count - first > MessageText.MaxItems)
            return MessageText.Excerpt(source, SourceSpan.Cover(factors[first].Span, factors[^1].Span));
        var text = new System.Text.StringBuilder(Text(factors[first], source));
        for (var i = first + 1; i < factors.Count; i++)
            text.Append(Between(factors[i - 1], factors[i], source, factors[i].Span.Start == factors[i - 1].Span.End ? "" : " ")).Append(Text(factors[i], source));
        return text.ToString();
    }

    /// <summary>The text of a node as written, shortened if long.</summary>
    public static string Text(SyntaxNode node, string source) => MessageText.Excerpt(source, node.Span);

    private static string Between(SyntaxNode left, SyntaxNode right, string source, string preferred)
    {
        var next = source[right.Span.Start];
        if (char.IsAsciiDigit(next) || next == '.') return "*"; // 2*3, x*2: never 23 or x2
        var last = SyntaxEdges.Rightmost(left);
        var startsName = GreekLetters.IsNameLetter(next) || next == '\\';
        if (last is NameSyntax or ConstantSyntax && (startsName || next == '(')) return " "; // x y, f (x): not xy, f(x)
        if (last is NumberSyntax && next is 'e' or 'E') return " ";                          // 2 e3: not the number 2e3
        if (SyntaxEdges.OnRightSpine(left, source, static (n, _) => n is PowerSyntax p && !SyntaxEdges.IsPowerOnName(p)) is not null) return " "; // x^2 y
        return preferred;
    }
}
