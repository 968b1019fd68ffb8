using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Differentiator.Tests.Support;
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
        yield return new TestCaseData(Lecture1, "x", "Sum[2, Prod[3, y]]").SetName("2x + 3xy + y^3, d/dx");
        yield return new TestCaseData(Lecture1, "y", "Sum[Prod[3, x], Prod[3, Pow(y, 2)]]").SetName("2x + 3xy + y^3, d/dy");
        yield return new TestCaseData(Add(Multiply(N(3), Pow(X, N(2))), Exp(X), N(7)), "x", "Sum[Prod[6, x], exp(x)]").SetName("3x^2 + e^x + 7");
        yield return new TestCaseData(Add(Ln(X), Divide(N(1), X)), "x", "Sum[Pow(x, -1), Prod[-1, Pow(x, -2)]]").SetName("ln x + 1/x");
        yield return new TestCaseData(Exp(Multiply(N(3), Pow(X, N(2)))), "x", "Prod[6, x, exp(Prod[3, Pow(x, 2)])]").SetName("e^(3x^2)");
        yield return new TestCaseData(Exp(Negate(X)), "x", "Prod[-1, exp(Prod[-1, x])]").SetName("e^(-x)");
        yield return new TestCaseData(Pow(X, N(2)), "x", "Prod[2, x]").SetName("x^2");
        yield return new TestCaseData(Lecture4, "w", "Sum[x, 3]").SetName("wx + xyz + 3w + zy^2, d/dw");
        yield return new TestCaseData(Lecture4, "x", "Sum[w, Prod[y, z]]").SetName("wx + xyz + 3w + zy^2, d/dx");
        yield return new TestCaseData(Lecture4, "y", "Sum[Prod[x, z], Prod[2, y, z]]").SetName("wx + xyz + 3w + zy^2, d/dy");
        yield return new TestCaseData(Lecture4, "z", "Sum[Prod[x, y], Pow(y, 2)]").SetName("wx + xyz + 3w + zy^2, d/dz");
        yield return new TestCaseData(Divide(N(1), Add(N(1), Exp(Negate(Z)))), "z", "Prod[exp(Prod[-1, z]), Pow(Sum[1, exp(Prod[-1, z])], -2)]").SetName("1/(1 + e^(-z))");
        yield return new TestCaseData(Pow(X, X), "x", "Prod[Pow(x, x), Sum[ln(x), 1]]").SetName("x^x");
    }

    [TestCaseSource(nameof(Cases))]
    public void Derivative_has_the_textbook_shape(Expr f, string wrt, string expected) =>
        Assert.That(TreeDump.Of(Derivative.Of(f, wrt)), Is.EqualTo(expected));
}
