using Differentiator.Expressions;

namespace Differentiator.Benchmarks;

/// <summary>Σ k·x^k built with the factories, for sizes past the parser's length limit.</summary>
public static class Polynomials
{
    /// <summary>The tree <c>1x^1 + 2x^2 + … + n x^n</c>, as the parser builds it.</summary>
    public static Expr Build(int terms)
    {
        var x = Expr.Variable("x");
        return Expr.Add(Enumerable.Range(1, terms).Select(k => Expr.Multiply(Expr.Number(k), Expr.Pow(x, Expr.Number(k)))));
    }
}
