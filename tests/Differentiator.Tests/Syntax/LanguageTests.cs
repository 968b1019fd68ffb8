using static Differentiator.Tests.Support.Parsing;

namespace Differentiator.Tests.Syntax;

/// <summary>The rules of grammar/README.md, one test each, read back through the parse's reading.</summary>
public class LanguageTests
{
    [TestCase("2x+3xy+y^3", "2*x + 3*x*y + y^3")]
    [TestCase("wx + xyz + 3w + zy^2", "w*x + x*y*z + 3*w + z*y^2")]
    [TestCase("w1x1 + w2x2 + w3x3 - θ", "w1*x1 + w2*x2 + w3*x3 - θ")]
    [TestCase("3x^2 + e^x + 7", "3*x^2 + exp(x) + 7")]
    [TestCase("ln x + 1/x", "log(x) + 1/x")]
    [TestCase("e^{3x^2}", "exp(3*x^2)")]
    [TestCase("1/(1+e^{-z})", "1/(1 + exp(-z))")]
    public void LectureFormulasReadAsTheLectureMeansThem(string formula, string reading) =>
        Assert.That(Reading(formula), Is.EqualTo(reading));

    [TestCase("x", "x")]
    [TestCase("x1", "x1")]
    [TestCase("w12", "w12")]
    [TestCase("x_max", "x_max")]
    [TestCase("θ", "θ")]
    [TestCase("theta", "θ")]
    [TestCase("\\theta", "θ")]
    [TestCase("mu", "μ")]
    [TestCase("x_{max}", "x_max")]
    [TestCase("w_{1}", "w1")]
    [TestCase("w_1", "w1")]
    [TestCase("w₁", "w1")]
    [TestCase("x1_1", "x1_1")]
    public void NamesAreOneVariable(string formula, string variable)
    {
        var f = Formula.Parse(formula);
        Assert.That(f.Variables, Is.EqualTo(new[] { variable }));
    }

    [TestCase("xy", "x*y")]
    [TestCase("xyz", "x*y*z")]
    [TestCase("3xy(x+1)", "3*x*y*(x + 1)")]
    [TestCase("x(x+1)", "x*(x + 1)")]
    [TestCase("xy1", "x*y1")]
    [TestCase("thetax", "θ*x")]
    [TestCase("sinx", "sin(x)")]
    [TestCase("xsin(x)", "x*sin(x)")]
    public void UnknownRunsSplitIntoSingleLetters(string formula, string reading) =>
        Assert.That(Reading(formula), Is.EqualTo(reading));

    [Test]
    public void DeclaredNamesAreOneVariable()
    {
        var f = Formula.Parse("rate*x + rate", new ParseOptions { Variables = ["rate"] });
        Assert.That(f.Variables, Is.EqualTo(new[] { "rate", "x" }));
        Assert.That(Formula.Parse("rate").Variables, Is.EqualTo(new[] { "r", "a", "t" }), "undeclared, it splits (and e is Euler's number)");
    }

    [TestCase("3", typeof(Differentiator.Expressions.Rational))]
    [TestCase("3.0", typeof(Differentiator.Expressions.Real))]
    [TestCase(".5", typeof(Differentiator.Expressions.Real))]
    [TestCase("2.5e-3", typeof(Differentiator.Expressions.Real))]
    [TestCase("1E5", typeof(Differentiator.Expressions.Real))]
    public void IntegersAreExactAndDecimalsAreDoubles(string formula, Type node) =>
        Assert.That(Formula.Parse(formula).Expression, Is.TypeOf(node));

    [Test]
    public void ExactArithmeticKeepsAThird()
    {
        var third = (Differentiator.Expressions.Rational)Formula.Parse("1/3").Expression;
        Assert.That((third.Numerator, third.Denominator), Is.EqualTo((new System.Numerics.BigInteger(1), new System.Numerics.BigInteger(3))));
        Assert.That(Formula.Parse("2/4").ToText(), Is.EqualTo("1/2"));
        Assert.That(Formula.Parse("3").Expression, Is.Not.EqualTo(Formula.Parse("3.0").Expression));
    }

    [TestCase("pi", "pi")]
    [TestCase("π", "pi")]
    [TestCase("\\pi", "pi")]
    [TestCase("e", "e")]
    [TestCase("E", "e")]
    public void Constants(string formula, string reading)
    {
        Assert.That(Reading(formula), Is.EqualTo(reading));
        Assert.That(Formula.Parse(formula).Variables, Is.Empty);
    }

    [Test]
    public void PowersOfEAreExp() => Assert.That(SameTree("E^x", "exp(x)") && SameTree("e^x", "exp(x)"), Is.True);

    [TestCase("sin(x)+cos(x)+tan(x)+sec(x)+csc(x)+cot(x)", "sin(x) + cos(x) + tan(x) + sec(x) + csc(x) + cot(x)")]
    [TestCase("asin(x)+acos(x)+atan(x)+arcsin(x)+arccos(x)+arctan(x)", "asin(x) + acos(x) + atan(x) + asin(x) + acos(x) + atan(x)")]
    [TestCase("sinh(x)+cosh(x)+tanh(x)", "sinh(x) + cosh(x) + tanh(x)")]
    [TestCase("exp(x)+ln(x)+log(x)+log2(x)+log10(x)+log(x, 2)", "exp(x) + log(x) + log(x) + log2(x) + log10(x) + log(x, 2)")]
    [TestCase("sqrt(x)+cbrt(x)+abs(x)+Abs(x)+sign(x)", "sqrt(x) + cbrt(x) + abs(x) + abs(x) + sign(x)")]
    [TestCase("step(z)+heaviside(z)+Heaviside(z)+sigmoid(z)+relu(z)+softplus(z)", "step(z) + step(z) + step(z) + sigmoid(z) + relu(z) + softplus(z)")]
    [TestCase("max(x,y)+min(x,y)+Max(x,y)+Min(x,y)", "max(x, y) + min(x, y) + max(x, y) + min(x, y)")]
    public void EveryFunctionOfTheTable(string formula, string reading) =>
        Assert.That(Reading(formula), Is.EqualTo(reading));

    [TestCase("σ(z)", "sigmoid(z)")]
    [TestCase("\\sigma(z)", "sigmoid(z)")]
    [TestCase("e^(-x^2/(2σ^2))", "exp(-x^2/(2*σ^2))")]
    [TestCase("2σ", "2*σ")]
    public void SigmaBeforeAParenthesisIsTheSigmoidElsewhereAVariable(string formula, string reading) =>
        Assert.That(Reading(formula), Is.EqualTo(reading));

    [TestCase("ln x + 1/x", "log(x) + 1/x")]
    [TestCase("sin 2x", "sin(2*x)")]
    [TestCase("x^(sin x)", "x^(sin(x))")]
    [TestCase("sin x cos x", "sin(x)*cos(x)")]
    [TestCase("sin x + 1", "sin(x) + 1")]
    [TestCase("sin x^2", "sin(x^2)")]
    [TestCase("ln ln x", "log(log(x))")]
    [TestCase("sin^2 x", "sin(x)^2")]
    [TestCase("sin² x", "sin(x)^2")]
    public void FunctionsApplyWithoutParenthesesToAnImplicitProduct(string formula, string reading) =>
        Assert.That(Reading(formula), Is.EqualTo(reading));

    [TestCase("2^x^2", "2^(x^2)")]
    [TestCase("x^-2", "1/x^2")]
    [TestCase("-x^2", "-x^2")]
    [TestCase("(-x)^2", "(-x)^2")]
    [TestCase("1/2x", "x/2")]
    [TestCase("2*-x", "-2*x")]
    [TestCase("a/b/c", "a/(b*c)")]
    [TestCase("a-b-c", "a - b - c")]
    [TestCase("a-(b-c)", "a - (b - c)")]
    [TestCase("x**2", "x^2")]
    [TestCase("2·x × y ∗ z", "2*x*y*z")]
    [TestCase("x ÷ y − z", "x/y - z")]
    [TestCase("x² + x³", "x^2 + x^3")]
    [TestCase("x⁻¹", "1/x")]
    [TestCase("√x", "sqrt(x)")]
    [TestCase("√(x+1)", "sqrt(x + 1)")]
    [TestCase("|x|", "abs(x)")]
    [TestCase("|x - |y||", "abs(x - abs(y))")]
    [TestCase("2|x|", "2*abs(x)")]
    public void OperatorsAndPrecedence(string formula, string reading) =>
        Assert.That(Reading(formula), Is.EqualTo(reading));

    [Test]
    public void UnaryMinusBindsLooserThanPowerUnlikeMathNet()
    {
        var value = Formula.Parse("-x^2").Evaluate(("x", 3.0));
        Assert.That(value, Is.EqualTo(-9.0));
    }

    [TestCase("\\frac{a}{b}", "a/b")]
    [TestCase("\\sqrt{x}", "sqrt(x)")]
    [TestCase("\\sqrt[3]{x}", "cbrt(x)")]
    [TestCase("\\sqrt[4]{x}", "x^(1/4)")]
    [TestCase("x^{2y}", "x^(2*y)")]
    [TestCase("x_{1} x_{2}", "x1*x2")]
    [TestCase("a \\cdot b \\times c", "a*b*c")]
    [TestCase("\\left( x + 1 \\right) y", "(x + 1)*y")]
    [TestCase("\\ln x + \\sin(x) + \\exp(x)", "log(x) + sin(x) + exp(x)")]
    [TestCase("\\pi r^2", "pi*r^2")]
    [TestCase("\\theta \\mu", "θ*μ")]
    [TestCase("e^{3x^2}", "exp(3*x^2)")]
    [TestCase("\\operatorname{relu}(x)", "relu(x)")]
    [TestCase("\\left|x\\right|", "abs(x)")]
    [TestCase("\\frac{1}{1 + e^{-z}}", "1/(1 + exp(-z))")]
    [TestCase("\\left(x\\right)+|y|", "x + abs(y)")]
    [TestCase("\\big|x\\big|", "abs(x)")]
    [TestCase("\\log_{2}(x) + \\log_{10} x + \\log_2 x", "log2(x) + log10(x) + log2(x)")]
    [TestCase("\\log_{3}(x) + \\log_b x + \\log_{x+1}\\left(y\\right)", "log(x, 3) + log(x, b) + log(y, x + 1)")]
    [TestCase("\\log_e x + \\log_{\\pi}^2 x", "log(x, e) + log(x, pi)^2")]
    [TestCase("\\log\\left(x, 2\\right)", "log(x, 2)")]
    [TestCase("log_2(x) + log_10 x + log_{2} x + log_{10}(x)", "log2(x) + log10(x) + log2(x) + log10(x)")]
    [TestCase("log_3(x) + log_16(x) + log_b x + log_{x+1}(y)", "log(x, 3) + log(x, 16) + log(x, b) + log(y, x + 1)")]
    [TestCase("2log_2^2 x", "2*log2(x)^2")]
    [TestCase("xlog_2(y)", "x*log2(y)")]
    [TestCase("Heaviside(x, 1)", "step(x)")]
    public void LatexSubset(string formula, string reading) =>
        Assert.That(Reading(formula), Is.EqualTo(reading));

    [Test]
    public void VariablesComeInOrderOfFirstAppearance()
    {
        Assert.That(Formula.Parse("wx + xyz + 3w + zy^2").Variables, Is.EqualTo(new[] { "w", "x", "y", "z" }));
        Assert.That(Formula.Parse("z + a*z + b").Variables, Is.EqualTo(new[] { "z", "a", "b" }));
    }
}
