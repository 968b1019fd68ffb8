using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Calculus.Symbolic;

/// <summary>Short names for building test trees with the factories.</summary>
internal static class Trees
{
    public static readonly Symbol X = Variable("x");
    public static readonly Symbol Y = Variable("y");
    public static readonly Symbol Z = Variable("z");
    public static readonly Symbol W = Variable("w");

    public static Expr N(long value) => Number(value);

    public static Expr Exp(Expr u) => Apply(MathFunctions.Exp, u);

    public static Expr Ln(Expr u) => Apply(MathFunctions.Ln, u);

    public static Expr Sin(Expr u) => Apply(MathFunctions.Sin, u);

    public static Expr Cos(Expr u) => Apply(MathFunctions.Cos, u);

    public static Expr Sqrt(Expr u) => Apply(MathFunctions.Sqrt, u);
}
