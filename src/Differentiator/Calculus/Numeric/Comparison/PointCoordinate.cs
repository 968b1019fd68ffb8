using System.Globalization;

namespace Differentiator.Calculus.Numeric;

/// <summary>One coordinate of a point: <c>x=3</c> is an integer (as <c>np.array([3])</c> would hold it), <c>x=3.0</c> a float.</summary>
/// <param name="Name">The variable.</param>
/// <param name="Value">Its value.</param>
/// <param name="IsInteger">Whether it was written as an integer.</param>
public sealed record PointCoordinate(string Name, double Value, bool IsInteger)
{
    /// <summary>The value as written: <c>3</c> or <c>3.0</c>.</summary>
    public string ValueText => IsInteger ? Value.ToString("R", CultureInfo.InvariantCulture) : NumPyFloatText.Repr(Value);
}
