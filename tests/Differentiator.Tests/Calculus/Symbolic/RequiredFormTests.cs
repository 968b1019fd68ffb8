using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;
using static Differentiator.Tests.Calculus.Symbolic.Trees;

namespace Differentiator.Tests.Calculus.Symbolic;

/// <summary>
/// The lecture's derivatives in the exact tree shape the textbook form requires (independent of
/// the printer: the dumps show term and factor order).
/// </summary>
public class RequiredFormTests
{
    private static readonly Expr Lecture1 = Add(Multiply(N(2), X), Multiply(N(3), X, Y), Pow(Y, N(3)));
    private static readonly Expr Lecture4 = Add(Multiply(W, X), Multiply(X, Y, Z), Multiply(N(3), W), Multiply(Z, Pow(Y, N(2))));

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(Lecture1, "x", "(+ 2 (* 3 y))").SetName("2x + 3xy + y^3, d/dx");
        yield return new TestCaseData(Lecture1, "y", "(+ (* 3 x) (* 3 (^ y 2)))").SetName("2x + 3xy + y^3, d/dy");
        yield return new TestCaseData(Add(Multiply(N(3), Pow(X, N(2))), Exp(X), N(7)), "x", "(+ (* 6 x) (exp x))").SetName("3x^2 + e^x + 7");
        yield return new TestCaseData(Add(Ln(X), Divide(N(1), X)), "x", "(+ (^ x -1) (* -1 (^ x -2)))").SetName("ln x + 1/x");
        yield return new TestCaseData(Exp(Multiply(N(3), Pow(X, N(2)))), "x", "(* 6 x (exp (* 3 (^ x 2))))").SetName("e^(3x^2)");
        yield return new TestCaseData(Exp(Negate(X)), "x", "(* -1 (exp (* -1 x)))").SetName("e^(-x)");
        yield return new TestCaseData(Pow(X, N(2)), "x", "(* 2 x)").SetName("x^2");
        yield return new TestCaseData(Lecture4, "w", "(+ x 3)").SetName("wx + xyz + 3w + zy^2, d/dw");
        yield return new TestCaseData(Lecture4, "x", "(+ w (* y z))").SetName("wx + xyz + 3w + zy^2, d/dx");
        yield return new TestCaseData(Lecture4, "y", "(+ (* x z) (* 2 y z))").SetName("wx + xyz + 3w + zy^2, d/dy");
        yield return new TestCaseData(Lecture4, "z", "(+ (* x y) (^ y 2))").SetName("wx + xyz + 3w + zy^2, d/dz");
        yield return new TestCaseData(Divide(N(1), Add(N(1), Exp(Negate(Z)))), "z", "(* (exp (* -1 z)) (^ (+ 1 (exp (* -1 z))) -2))").SetName("1/(1 + e^(-z))");
        yield return new TestCaseData(Pow(X, X), "x", "(* (^ x x) (+ (ln x) 1))").SetName("x^x");
    }

    [TestCaseSource(nameof(Cases))]
    public void Derivative_has_the_textbook_shape(Expr f, string wrt, string expected) =>
        Assert.That(Dump(Derivative.Of(f, wrt)), Is.EqualTo(expected));
}
