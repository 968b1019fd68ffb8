using System.Text.RegularExpressions;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Lines;

/// <summary>A derivative operator at the start of a piece of a line and the span of what it applies to.</summary>
internal sealed record DerivativePrefixMatch(string Variable, int Order, SourceSpan Operator, SourceSpan Operand);

/// <summary>
/// Recognises the derivative operator written before a formula: <c>d/dx</c>, <c>∂/∂y</c>,
/// <c>d^2/dx^2</c>, <c>d²/dx²</c>, <c>∂²/∂x²</c>. The one place the REPL reads this notation, to be
/// replaced by the Syntax layer's recogniser of derivative notation when that is available.
/// </summary>
internal static partial class DerivativePrefix
{
    [GeneratedRegex(@"\G(?<d>[d∂])(?:\^(?<top>\d+)|(?<topsup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?\s*/\s*(?<d2>[d∂])\s*(?<v>[A-Za-z\u0391-\u03C9](?:_\{?[A-Za-z0-9]+\}?|\d+)?)(?:\^(?<bottom>\d+)|(?<bottomsup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?(?=$|[\s(\[{|])")]
    private static partial Regex Operator();

    /// <summary>The operator at the start of <paramref name="span"/>, or null when there is none.</summary>
    /// <exception cref="LineError">The operator is malformed (orders that differ, an order of 0, nothing after it).</exception>
    public static DerivativePrefixMatch? Match(string line, SourceSpan span)
    {
        var m = Operator().Match(line[..span.End], span.Start);
        if (!m.Success) return null;
        var op = new SourceSpan(m.Index, m.Length);
        var top = Order(m.Groups["top"].Value, m.Groups["topsup"].Value);
        var bottom = Order(m.Groups["bottom"].Value, m.Groups["bottomsup"].Value);
        var variable = Names.Normalize(m.Groups["v"].Value);
        if (top != bottom)
            throw LineError.At(line, op, SessionCodes.BadCommand,
                $"The orders above and below differ ({top} and {bottom}); write d^{top}/d{variable}^{top} for the {Ordinal(top)} derivative.");
        if (top is < 1 or > Formula.MaxOrder)
            throw LineError.At(line, op, SessionCodes.BadCommand, $"The order of a derivative must be between 1 and {Formula.MaxOrder:N0}, not {top}.");
        var operand = LineSpans.Between(line, op.End, span.End);
        if (operand.Length == 0)
            throw LineError.At(line, new SourceSpan(op.End, 1), SessionCodes.BadCommand,
                $"{m.Value} needs a formula after it, such as {m.Value} x^2 or {m.Value} f.");
        return new DerivativePrefixMatch(variable, top, op, operand);
    }

    private static int Order(string digits, string superscript)
    {
        if (superscript.Length > 0) digits = string.Concat(superscript.Select(c => (char)('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c))));
        if (digits.Length == 0) return 1;
        return digits.Length > 6 ? int.MaxValue : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Ordinal(int n) => n switch { 2 => "second", 3 => "third", _ => $"{n}th" };
}
