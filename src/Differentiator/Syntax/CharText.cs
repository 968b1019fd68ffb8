using Superpower.Model;

namespace Differentiator.Syntax;

/// <summary>
/// The text of a token, with one string per character for the one-character tokens (<c>x</c>,
/// <c>2</c>, <c>θ</c>) that most formulas are made of, instead of a new string each time.
/// </summary>
internal static class CharText
{
    // Latin, digits and Greek (up to ω, U+03C9) are below this.
    private const int Cached = 0x3D0;

    private static readonly string?[] Strings = new string?[Cached];

    /// <summary>The one-character string <paramref name="c"/>.</summary>
    public static string Of(char c)
    {
        if (c >= Cached) return c.ToString();
        return Strings[c] ??= c.ToString(); // a race makes an equal string twice, which is harmless
    }

    /// <summary>The text of <paramref name="token"/>.</summary>
    public static string Of(Token<FormulaToken> token) =>
        token.Span.Length == 1 ? Of(token.Span.Source![token.Span.Position.Absolute]) : token.ToStringValue();
}
