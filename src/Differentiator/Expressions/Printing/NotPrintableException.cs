namespace Differentiator.Expressions.Printing;

/// <summary>
/// Thrown when an expression has no text form that the parser would read back as the same
/// expression: the text would be longer or nest deeper than the parser's limits, an integer
/// would have more digits than a literal may, a decimal is infinite or NaN, or a variable's name
/// reads as something else. Printers throw it instead of writing text the parser refuses.
/// </summary>
public sealed class NotPrintableException : Exception
{
    /// <summary>Creates the exception with the reason in words.</summary>
    public NotPrintableException(string message) : base(message) { }
}
