namespace Differentiator.Calculus.Numeric;

/// <summary>
/// Step sizes that balance truncation error (shrinks with h) against round-off (grows as eps/h): for
/// a difference of order p the total error is smallest near h ≈ eps^(1/(p+1))·max(1, |x|), so
/// cbrt(eps)·max(1,|x|) ≈ 6e-6 for the central difference and sqrt(eps) ≈ 1.5e-8 for forward.
/// The step is then made exactly representable: h = (x + h) − x, so x ± h are the points the
/// quotient divides by.
/// </summary>
public static class OptimalStep
{
    /// <summary>The step for the central stencil of <paramref name="order"/> (2, 4, 6, 8) at <paramref name="x"/>.</summary>
    public static double Central(double x, int order = 2) => Representable(x, Math.Pow(Eps, 1.0 / (order + 1)) * Math.Max(1, Math.Abs(x)));

    /// <summary>The step for a forward or backward difference at <paramref name="x"/>.</summary>
    public static double OneSided(double x) => Representable(x, Math.Sqrt(Eps) * Math.Max(1, Math.Abs(x)));

    /// <summary>The step for <paramref name="scheme"/> at <paramref name="x"/>.</summary>
    public static double For(DifferenceScheme scheme, double x) => scheme == DifferenceScheme.Central ? Central(x) : OneSided(x);

    /// <summary>Machine epsilon of double, 2^-52.</summary>
    public const double Eps = 2.220446049250313e-16;

    /// <summary>The nearest step h' with x + h' − x = h' exactly.</summary>
    public static double Representable(double x, double h)
    {
        var shifted = x + h;
        return shifted - x;
    }
}
