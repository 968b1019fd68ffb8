namespace Differentiator.Grading;

/// <summary>
/// When two values count as equal: within the relative tolerance of the larger, or within a small
/// absolute floor (a thousandth of the tolerance times the derivative's scale over all sample points),
/// so that values that should be zero and come out as rounding noise still agree.
/// </summary>
internal readonly record struct Agreement(double Tolerance, double Scale)
{
    /// <summary>The agreement for a derivative with these values at the sample points.</summary>
    public static Agreement For(double tolerance, IEnumerable<double> expected)
    {
        var scale = expected.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return new Agreement(tolerance, scale > 0 ? scale : 1);
    }

    public bool Agrees(double expected, double answer) =>
        Math.Abs(expected - answer) <= Tolerance * Math.Max(Math.Abs(expected), Math.Abs(answer)) + Tolerance * 1e-3 * Scale;
}
