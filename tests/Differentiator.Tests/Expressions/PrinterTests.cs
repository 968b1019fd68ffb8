using Differentiator.Expressions.Printing;

namespace Differentiator.Tests.Expressions;

/// <summary>The text, code, Python and LaTeX forms.</summary>
public class PrinterTests
{
    [TestCase("2 + 3y", "2 + 3y")]
    [TestCase("6x e^(3x^2)", "6x e^(3x^2)")]
    [TestCase("e^(-z)/(1 + e^(-z))^2", "e^(-z)/(1 + e^(-z))^2")]
    [TestCase("1/x - 1/x^2", "1/x - 1/x^2")]
    [TestCase("-e^(-x)", "-e^(-x)")]
    [TestCase("xz + 2yz", "xz + 2yz")]
    [TestCase("2*x + 3*x*y + y**3", "2x + 3xy + y^3")]
    [TestCase("x*y^2", "xy^2")]
    [TestCase("y^2*z", "y^2 z")]
    [TestCase("x*sin(x)", "x sin(x)")]
    [TestCase("2*sin(x)", "2 sin(x)")]
    [TestCase("x*(x+1)", "x(x + 1)")]
    [TestCase("p*i", "p i")]
    [TestCase("x*i", "x i")]
    [TestCase("l*n", "l n")]
    [TestCase("x*2.5", "x*2.5")]
    [TestCase("2*3.0", "2*3.0")]
    [TestCase("x/2", "x/2")]
    [TestCase("2x/3", "2x/3")]
    [TestCase("1/(2x)", "1/(2x)")]
    [TestCase("(a+b)/c", "(a + b)/c")]
    [TestCase("x^(1/2)", "x^(1/2)")]
    [TestCase("(-2)^x", "(-2)^x")]
    [TestCase("(x^2)^3", "(x^2)^3")]
    [TestCase("2^x^2", "2^(x^2)")]
    [TestCase("|x - 1|", "|x - 1|")]
    [TestCase("|relu(e*|x|)|", "|relu(e*|x|)|")]
    [TestCase("log(x, 2)", "log(x, 2)")]
    [TestCase("pi r^2", "π r^2")]
    [TestCase("theta_1 x", "θ1x")]
    [TestCase("x_max y", "x_max y")]
    [TestCase("a - (b + c)", "a - (b + c)")]
    [TestCase("x - 2.0", "x - 2.0")]
    [TestCase("3.0", "3.0")]
    [TestCase("1e300", "1e+300")]
    public void TextForm(string formula, string text) => Assert.That(Formula.Parse(formula).ToText(), Is.EqualTo(text));

    [TestCase("6x e^(3x^2)", "6*x*exp(3*x^2)")]
    [TestCase("e^(-z)/(1 + e^(-z))^2", "exp(-z)/(1 + exp(-z))^2")]
    [TestCase("|x| + pi", "abs(x) + pi")]
    [TestCase("1/2x", "x/2")]
    public void CodeForm(string formula, string code) => Assert.That(Formula.Parse(formula).ToCode(), Is.EqualTo(code));

    [TestCase("6x e^(3x^2)", "6*x*exp(3*x**2)")]
    [TestCase("|x| + e + pi", "Abs(x) + E + pi")]
    [TestCase("relu(x) + step(x)", "Max(0, x) + Heaviside(x, 1)")]
    [TestCase("sigmoid(z)", "(1/(1 + exp(-(z))))")]
    [TestCase("x/sigmoid(x)", "x/(1/(1 + exp(-(x))))")]
    [TestCase("cbrt(x)", "(sign(x)*Abs(x)**(1/3))")]
    [TestCase("λ + μ", "lamda + mu")]
    [TestCase("log2(x) + log(x, 3) + ln(x)", "log(x, 2) + log(x, 3) + log(x)")]
    [TestCase("θ^2", "theta**2")]
    public void PythonFormIsWhatSymPyAccepts(string formula, string python) =>
        Assert.That(Formula.Parse(formula).ToCode(CodeFlavor.Python), Is.EqualTo(python));

    [TestCase("6x e^(3x^2)", "6x e^{3x^{2}}")]
    [TestCase("e^(-z)/(1 + e^(-z))^2", "\\frac{e^{-z}}{\\left(1 + e^{-z}\\right)^{2}}")]
    [TestCase("1/3", "\\frac{1}{3}")]
    [TestCase("sqrt(x) + cbrt(x)", "\\sqrt{x} + \\sqrt[3]{x}")]
    [TestCase("sin(x)", "\\sin\\left(x\\right)")]
    [TestCase("θ x_max w1", "\\theta x_{max} w_{1}")]
    [TestCase("|x|", "\\left|x\\right|")]
    [TestCase("log(x, 2)", "\\log\\left(x, 2\\right)")]
    [TestCase("log(x, 3)", "\\log_{3}\\left(x\\right)")]
    [TestCase("log2(x)", "\\log_{2}\\left(x\\right)")]
    [TestCase("x*i + p*i", "x i + p i")]
    [TestCase("σ*(u + 1)", "\\sigma \\cdot \\left(u + 1\\right)")]
    [TestCase("2*3", "6")]
    [TestCase("2*3.0", "2 \\cdot 3.0")]
    public void LatexForm(string formula, string latex) => Assert.That(Formula.Parse(formula).ToLatex(), Is.EqualTo(latex));

    [TestCase("d/d/d")] // found by the fuzzer: \frac{d}{d d} reads as d/dd
    [TestCase("d/(d x)")]
    public void LatexThatWouldStartLikeDerivativeNotationIsBracketedAndReadsBack(string formula)
    {
        var f = Formula.Parse(formula);
        var latex = f.ToLatex();
        Assert.That(latex, Does.StartWith("\\left("));
        Assert.That(Formula.Parse(latex).Expression, Is.EqualTo(f.Expression), latex);
    }

    [TestCase("6x e^(3x^2)")]
    [TestCase("e^(-z)/(1 + e^(-z))^2")]
    [TestCase("w1x1 + w2x2 + w3x3 - θ")]
    [TestCase("|x - |y|| + sqrt(x) + log(x, 2)")]
    public void EveryFormReadsBackToTheSameTree(string formula)
    {
        var f = Formula.Parse(formula);
        Assert.That(Formula.Parse(f.ToText()).Expression, Is.EqualTo(f.Expression));
        Assert.That(Formula.Parse(f.ToCode()).Expression, Is.EqualTo(f.Expression));
        Assert.That(Formula.Parse(f.Reading).Expression, Is.EqualTo(f.Expression));
    }
}
