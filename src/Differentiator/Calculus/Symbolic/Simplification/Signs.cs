using Differentiator.Expressions;
using static Differentiator.Expressions.MathFunctions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>What the simplifier can tell about a sign without knowing the variables' values.</summary>
internal static class Signs
{
    /// <summary>
    /// Whether <paramref name="e"/> is positive wherever it is defined: a positive number, π, e,
    /// e^u, a power of a positive base, cosh, the sigmoid, softplus, and sums and products of such.
    /// </summary>
    public static bool IsPositive(Expr e)
    {
        StackGuard.Ensure();
        return e switch
        {
            Rational r => r.Numerator.Sign > 0,
            Real d => d.Value > 0,
            Constant => true,
            Power p => IsPositive(p.Base),
            Call c => ReferenceEquals(c.Function, Exp) || ReferenceEquals(c.Function, Cosh)
                      || ReferenceEquals(c.Function, Sigmoid) || ReferenceEquals(c.Function, Softplus),
            Sum s => s.Terms.All(IsPositive),
            Product p => p.Factors.All(IsPositive),
            _ => false,
        };
    }
}
