using System.Collections.Concurrent;
using System.Text;
using Superpower.Model;

namespace Differentiator.Syntax;

/// <summary>
/// Turns the text of a name token into the name it stands for: spelled and LaTeX Greek letters
/// become the letter (<c>theta</c>, <c>\theta</c> → θ), subscripts are folded (<c>x_{max}</c> →
/// <c>x_max</c>, <c>w_{1}</c>, <c>w_1</c>, <c>w₁</c> → <c>w1</c>), LaTeX function commands lose their
/// backslash (<c>\sin</c>, <c>\operatorname{relu}</c>).
/// </summary>
internal static class NameText
{
    private static readonly char[] Digits = "0123456789₀₁₂₃₄₅₆₇₈₉".ToCharArray();

    private const int MostCached = 4096;

    // Token text → name, for the few names a program reads over and over (sin, exp, θ): no string per token.
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name <paramref name="token"/> stands for: <see cref="Normalize(string)"/> of its text.</summary>
    public static string Normalize(Token<FormulaToken> token)
    {
        if (token.Span.Length == 1) return CharText.Of(token);
        var text = FormulaGrammar.TextOf(token);
        if (CacheBySpan.TryGetValue(text, out var name)) return name;
        var written = token.ToStringValue();
        name = Normalize(written);
        if (Cache.Count < MostCached) Cache.TryAdd(written, name);
        return name;
    }

    public static string Normalize(string text)
    {
        if (text.Length == 1) return text;
        if (text.StartsWith("\\operatorname{", StringComparison.Ordinal))
            return text["\\operatorname{".Length..^1];
        if (text.StartsWith("\\log_", StringComparison.Ordinal)) return "log" + text[5..].Trim('_', '{', '}');
        if (text.StartsWith('\\')) text = text[1..];

        var underscore = text.IndexOf('_', StringComparison.Ordinal);
        var stem = underscore < 0 ? text : text[..underscore];
        var subscript = underscore < 0 ? "" : text[(underscore + 1)..].Trim('{', '}');

        // Unicode subscript digits (w₁) and plain trailing digits (w1) are part of the stem here.
        var letters = stem.TrimEnd(Digits);
        var digits = FoldSubscriptDigits(stem[letters.Length..]);
        if (GreekLetters.BySpelling.TryGetValue(letters, out var greek)) letters = greek;

        var name = letters + digits;
        if (subscript.Length == 0) return name;
        // w_1 is w1, but x1_1 stays x1_1 so that it is not the same variable as x_11.
        return subscript.All(char.IsAsciiDigit) && digits.Length == 0 ? name + subscript : name + "_" + subscript;
    }

    private static string FoldSubscriptDigits(string digits)
    {
        if (digits.Length == 0) return digits;
        var sb = new StringBuilder(digits.Length);
        foreach (var c in digits) sb.Append(c is >= '₀' and <= '₉' ? (char)('0' + (c - '₀')) : c);
        return sb.ToString();
    }
}
