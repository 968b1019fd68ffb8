using System.Globalization;

namespace Differentiator.Syntax;

/// <summary>
/// The one reading of a decimal literal's text (<c>2.5e-3</c> → a double), shared by the lexer, the
/// binder and the printers, which check with it that every decimal they write reads back bit for bit.
/// </summary>
internal static class DecimalLiteral
{
    public static double Parse(ReadOnlySpan<char> text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
