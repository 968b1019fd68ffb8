using System.Globalization;
using Differentiator.Syntax;

namespace Differentiator;

/// <summary>
/// The one rule for values given as input (points, arrays): they must be finite. <c>inf</c>,
/// <c>nan</c> and numbers too large for a double (<c>1e400</c>) are refused alike, with a message,
/// because no derivative or difference quotient means anything there.
/// </summary>
public static class FiniteValues
{
    /// <summary>Throws unless <paramref name="value"/> is finite.</summary>
    /// <exception cref="InvalidInputException"><paramref name="value"/> is infinite or NaN.</exception>
    public static void Require(string name, double value, string? input = null, SourceSpan? span = null)
    {
        if (double.IsFinite(value)) return;
        var what = double.IsNaN(value) ? "not a number (nan)" : "infinite, or too large for a double";
        throw new InvalidInputException(
            $"The value of {name} is {what}; give a finite number (at most about {double.MaxValue.ToString("0.#e+0", CultureInfo.InvariantCulture)} in size).",
            ErrorCodes.NonFiniteValue, input, span);
    }
}
