using Superpower.Model;

namespace Differentiator.Syntax;

/// <summary>Superscript digits and signs (<c>²</c>, <c>⁻¹</c>) read as an exponent.</summary>
internal static class Superscripts
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Whether the superscript has a digit: a lone sign (<c>⁻</c>) is no exponent.</summary>
    public static bool HasDigit(Token<FormulaToken> token) =>
        token.Span.Source!.AsSpan(token.Span.Position.Absolute, token.Span.Length).IndexOfAnyExcept('⁻', '⁺') >= 0;

    public static SyntaxNode ToExponent(Token<FormulaToken> token)
    {
        var text = token.Span.ToStringValue();
        var span = FormulaGrammar.SpanOf(token);
        var negative = text.Count(c => c == '⁻') % 2 == 1;
        var digits = new string(text.Where(c => Digits.Contains(c)).Select(c => (char)('0' + Digits.IndexOf(c))).ToArray());
        SyntaxNode number = new NumberSyntax(span, digits, false);
        return negative ? new SignSyntax(span, true, number) : number;
    }
}
