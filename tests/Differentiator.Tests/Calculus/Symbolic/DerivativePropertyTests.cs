using static Differentiator.Tests.Support.SafeEvaluation;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using static Differentiator.Expressions.Expr;
using static Differentiator.Tests.Calculus.Symbolic.Trees;

namespace Differentiator.Tests.Calculus.Symbolic;

/// <summary>For generated formulas the symbolic derivative agrees with a Richardson-extrapolated numeric one.</summary>
public class DerivativePropertyTests
{
    private static readonly MathFunction[] Smooth =
    [
        MathFunctions.Sin, MathFunctions.Cos, MathFunctions.Tan, MathFunctions.Exp, MathFunctions.Ln, MathFunctions.Sqrt,
        MathFunctions.Atan, MathFunctions.Tanh, MathFunctions.Sinh, MathFunctions.Sigmoid, MathFunctions.Softplus,
        MathFunctions.Asin, MathFunctions.Log10, MathFunctions.Cbrt, MathFunctions.Cosh,
    ];

    private static Gen<Expr> Leaf() => Gen.OneOf(
        Gen.Elements<Expr>(X, X, Y),
        Gen.Choose(-3, 5).Select(n => (Expr)N(n)),
        Gen.Elements(0.5, 1.5, 2.5).Select(d => (Expr)Decimal(d)));

    private static Gen<Expr> Tree(int size) => size <= 1
        ? Leaf()
        : Gen.OneOf(
            Leaf(),
            Gen.Elements(Smooth).SelectMany(f => Tree(size - 1).Select(a => (Expr)Apply(f, a))),
            Tree(size / 2).SelectMany(a => Tree(size / 2).Select(b => Add(a, b))),
            Tree(size / 2).SelectMany(a => Tree(size / 2).Select(b => Multiply(a, b))),
            Tree(size / 2).SelectMany(a => Tree(size / 2).Select(b => Divide(a, b))),
            Tree(size - 1).SelectMany(a => Gen.Choose(-3, 4).Select(n => Pow(a, N(n)))),
            Tree(size / 2).SelectMany(a => Tree(size / 2).Select(b => Pow(a, b))));

    private static Arbitrary<(Expr F, double X, double Y)> Cases() =>
        Gen.Sized(s => Tree(Math.Clamp(s, 3, 8)))
            .SelectMany(f => Gen.Choose(-250, 250).SelectMany(x => Gen.Choose(-250, 250).Select(y => (f, x / 100.0 + 0.005, y / 100.0 + 0.005))))
            .ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 400)]
    public Property Symbolic_agrees_with_numeric(/* generated below */) =>
        Prop.ForAll(Cases(), c => Agrees(c.F, c.X, c.Y));

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property Simplification_keeps_the_value() =>
        Prop.ForAll(Cases(), c =>
        {
            var point = new Dictionary<string, double> { ["x"] = c.X, ["y"] = c.Y };
            if (!Moderate(c.F, point) || !TryEvaluate(c.F, point, out var before)) return true;
            var simplified = Simplifier.Simplify(c.F);
            if (TryEvaluate(simplified, point, out var after)) return Close(after, before, 1e-9);
            // An equal form may pass through a larger intermediate ((2.5/x)^1458 as 2.5^1458/x^1458): a limit of doubles, not a wrong value.
            return Overflows(simplified, point);
        });

    [Test]
    public void A_power_that_underflows_to_0_is_left_to_doubles()
    {
        // Found by Symbolic_agrees_with_numeric: d/dx cbrt(u) divides by cbrt(u)^2, and u = (1/1.5)^(x^16) is 0 in doubles.
        var f = Apply(MathFunctions.Cbrt, Pow(Divide(N(1), Decimal(1.5)), Pow(Pow(X, N(4)), N(4))));
        Assert.That(Agrees(f, -2.325, -0.895), Is.True);
    }

    [Test]
    public void The_check_detects_a_wrong_derivative()
    {
        var f = Multiply(Sin(X), Exp(X));
        var point = new Dictionary<string, double> { ["x"] = 0.7, ["y"] = 0 };
        var numeric = NumericDerivative.Estimate(f, "x", point);
        Assert.That(numeric, Is.Not.Null);
        Assert.That(Close(Multiply(Cos(X), Exp(X)).Evaluate(point), numeric!.Value, 1e-6), Is.False);
        Assert.That(Close(Derivative.Of(f, "x").Evaluate(point), numeric.Value, 1e-6), Is.True);
    }

    private static bool Agrees(Expr f, double x, double y)
    {
        var point = new Dictionary<string, double> { ["x"] = x, ["y"] = y };
        if (!Moderate(f, point)) return true;
        if (NumericDerivative.Estimate(f, "x", point) is not { } numeric) return true;
        var symbolic = Derivative.Of(f, "x");
        try
        {
            return Close(symbolic.Evaluate(point), numeric, 1e-6);
        }
        catch (EvaluationException e) when (e.Kind == EvaluationErrorKind.Overflow)
        {
            return true; // a huge intermediate (x^1372) is a limit of doubles, not a wrong derivative
        }
        catch (EvaluationException e) when (e.Kind == EvaluationErrorKind.Domain && HasZeroBasePower(f, point))
        {
            return true; // d/dx c^v = c^v ln(c) v' has no value at c = 0, though 0^v is flat there
        }
        catch (EvaluationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether every part of <paramref name="f"/> has a moderate value at the point and no power underflows to 0.
    /// Where one does not (sinh(47) ≈ 1e20, so (1/4)^sinh(47) underflows to 0; (1/1.5)^(x^16) at x = −2.325 is
    /// 0 in doubles, and cbrt of it a 0 that the derivative divides by), doubles, not the derivative, decide the outcome.
    /// </summary>
    private static bool Moderate(Expr f, IReadOnlyDictionary<string, double> point) =>
        TryEvaluate(f, point, out var v) && Math.Abs(v) <= 1e12 && !Underflows(f, v, point) && f.Children.All(c => Moderate(c, point));

    private static bool Underflows(Expr f, double value, IReadOnlyDictionary<string, double> point) =>
        value == 0 && f is Power p && TryEvaluate(p.Base, point, out var b) && b != 0;

    private static bool Overflows(Expr e, IReadOnlyDictionary<string, double> point)
    {
        try
        {
            e.Evaluate(point);
            return false;
        }
        catch (EvaluationException ex)
        {
            return ex.Kind == EvaluationErrorKind.Overflow;
        }
    }

    /// <summary>Whether some power in <paramref name="f"/> has a base that is exactly 0 at the point.</summary>
    private static bool HasZeroBasePower(Expr f, IReadOnlyDictionary<string, double> point) =>
        (f is Power p && TryEvaluate(p.Base, point, out var b) && b == 0) || f.Children.Any(c => HasZeroBasePower(c, point));

    private static bool Close(double actual, double expected, double relative) =>
        Math.Abs(actual - expected) <= relative * (1 + Math.Abs(expected));

}
