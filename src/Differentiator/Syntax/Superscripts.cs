using Superpower.Model;

namespace Differentiator.Syntax;

/// <summary>Superscript digits and signs (<c>²</c>, <c>⁻¹</c>) read as an exponent.</summary>
internal static class Superscripts
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Whether the superscript has a digit: a lone sign (<c>⁻</c>) is no exponent.</summary>
    public static bool HasDigit(Token<FormulaToken> token) => FormulaGrammar.TextOf(token).IndexOfAnyExcept('⁻', '⁺') >= 0;

    public static SyntaxNode ToExponent(Token<FormulaToken> token)
    {
        var text = FormulaGrammar.TextOf(token);
        var span = FormulaGrammar.SpanOf(token);
        var negative = text.Count('⁻') % 2 == 1;
        var digits = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        var count = 0;
        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit >= 0) digits[count++] = (char)('0' + digit);
        }
        SyntaxNode number = new NumberSyntax(span, count == 1 ? CharText.Of(digits[0]) : new string(digits[..count]), false);
        return negative ? new SignSyntax(span, true, number) : number;
    }
}
