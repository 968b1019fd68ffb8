using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Calculus.Numeric;

/// <summary>The lecture's formulas, built with the tree factories in the order the lecture writes them.</summary>
internal static class LectureFormulas
{
    private static readonly Symbol W = Variable("w"), X = Variable("x"), Y = Variable("y"), Z = Variable("z");

    /// <summary>x^2.</summary>
    public static Expr Square => Pow(X, Number(2));

    /// <summary>2x + 3xy + y^3 (Problem 3).</summary>
    public static Expr Problem3 => Add(Multiply(Number(2), X), Multiply(Number(3), X, Y), Pow(Y, Number(3)));

    /// <summary>wx + xyz + 3w + zy^2 (Problem 4).</summary>
    public static Expr Problem4 => Add(Multiply(W, X), Multiply(X, Y, Z), Multiply(Number(3), W), Multiply(Z, Pow(Y, Number(2))));

    /// <summary>The formula of a lecture.json case, by its <c>f</c> text.</summary>
    public static Expr ByText(string f) => f switch
    {
        "x^2" => Square,
        "2x + 3xy + y^3" => Problem3,
        "wx + xyz + 3w + zy^2" => Problem4,
        _ => throw new ArgumentException($"No test formula for '{f}'.", nameof(f)),
    };
}
