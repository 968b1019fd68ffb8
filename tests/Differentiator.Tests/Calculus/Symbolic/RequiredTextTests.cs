using Differentiator.Calculus.Symbolic;

namespace Differentiator.Tests.Calculus.Symbolic;

/// <summary>The exact texts issue 3 requires, from parsing to the printed simplified derivative.</summary>
public class RequiredTextTests
{
    [TestCase("2x + 3xy + y^3", "x", "2 + 3y")]
    [TestCase("2x + 3xy + y^3", "y", "3x + 3y^2")]
    [TestCase("3x^2 + e^x + 7", "x", "6x + e^x")]
    [TestCase("ln x + 1/x", "x", "1/x - 1/x^2")]
    [TestCase("e^(3x^2)", "x", "6x e^(3x^2)")]
    [TestCase("e^{3x^2}", "x", "6x e^(3x^2)")]
    [TestCase("e^(-x)", "x", "-e^(-x)")]
    [TestCase("x^2", "x", "2x")]
    [TestCase("wx + xyz + 3w + zy^2", "w", "x + 3")]
    [TestCase("wx + xyz + 3w + zy^2", "x", "w + yz")]
    [TestCase("wx + xyz + 3w + zy^2", "y", "xz + 2yz")]
    [TestCase("wx + xyz + 3w + zy^2", "z", "xy + y^2")]
    [TestCase("1/(1 + e^(-z))", "z", "e^(-z)/(1 + e^(-z))^2")]
    [TestCase("1/(1+e^{-z})", "z", "e^(-z)/(1 + e^(-z))^2")]
    [TestCase("x^x", "x", "x^x (ln(x) + 1)")]
    public void Prints_the_textbook_form(string formula, string wrt, string expected) =>
        Assert.That(Derivative.Of(Formula.Parse(formula).Expression, wrt).ToString(), Is.EqualTo(expected));
}
