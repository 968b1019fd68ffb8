using Differentiator.Expressions;
using Differentiator.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Differentiator.Tests.Printing;

/// <summary>
/// Products of exact numbers and decimals that the simplifier leaves unfolded (folding them would
/// overflow or underflow a double: <c>2·1e308</c>, <c>½·5e-324</c>) with a sign: every printed form
/// reads back as the same tree, and the sign belongs to the product, not to the factor it was
/// written on. Issue 13, fuzzer run 8: inputs 1211880 and 1330464 of seed 2030 printed a derivative
/// <c>-1*1e+308…</c>, which read back as <c>-1e+308…</c> (the factories fold −1 into a decimal).
/// </summary>
public class SignedDecimalProductTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(400).WithEndSize(20);

    [TestCase("1/(2*x*exp(sin(x*1e308*2))*cos(x**20.0))", "x", "-1e+308e^(-sin(2*1e+308x)) cos(2*1e+308x)/(x cos(x^20.0))")]
    [TestCase("exp(-x**4.9e-324/2)/s(2*pi)", "x", "-5e-324π e^(-x^5e-324/2)/(sx^1.0)")]
    public void TheDerivativesOfFuzzerRunEightReadBackInEveryForm(string source, string variable, string expectedStart)
    {
        var derivative = Formula.Parse(source).Differentiate(variable);
        Assert.That(derivative.ToText(), Does.StartWith(expectedStart));
        foreach (var form in PrintedForms.All) PrintedForms.AssertReadsBack(derivative.Expression, form);
    }

    private static readonly string[] SignedProducts =
    [
        "-1*1e308*2*x", "-2*1e308*x", "-x*1e308*2", "-(1e308*x*2)", "-1e308*2*x", "1e308*2*(-x)", "1e308*-1e308*x",
        "-x*4e-324/2", "x*4e-324/-2", "-5e-324*x/2", "(-5e-324)*x/2", "-3*1e-320*1e-10*x/7",
        "y - 2*1e308*x", "y + 1e308*(-2)*x", "y - 5e-324*x/2", "y + (-5e-324)*x/2", "x^2*1e308*3 - 1e308*3*x",
        "exp(-x*4e-324/2)", "sin(-2*1e308*x) - 1e308*sin(2x)*2",
    ];

    [TestCaseSource(nameof(SignedProducts))]
    public void ASignedProductOfUnfoldableNumbersReadsBackInEveryFormParsedSimplifiedAndDifferentiated(string source)
    {
        var f = Formula.Parse(source);
        Expr[] trees = [f.Expression, f.Simplify().Expression, .. f.Variables.Select(v => f.Differentiate(v).Expression)];
        foreach (var tree in trees)
        foreach (var form in PrintedForms.All)
            PrintedForms.AssertReadsBack(tree, form);
    }

    [TestCase("-2*1e308*x", "2*(-1e308)*x", "-(2*1e308*x)", "1e308*x*(-2)", ExpectedResult = "-2*1e+308x")]
    [TestCase("-5e-324*x/2", "5e-324*x/(-2)", "-(5e-324*x)/2", "(-5e-324)*(x/2)", ExpectedResult = "-1*5e-324x/2")]
    [TestCase("-1e308*1e308*x", "1e308*(-1e308)*x", "-(1e308*1e308*x)", "1e308*1e308*(-x)", ExpectedResult = "-1e+308*1e+308x")]
    public string TheSignOfAnUnfoldableProductIsTheProductsWhereverItWasWritten(params string[] spellings)
    {
        var simplified = spellings.Select(s => Formula.Parse(s).Simplify().Expression).ToArray();
        Assert.That(simplified.Distinct().Count(), Is.EqualTo(1), string.Join(" | ", simplified.Select(TreeDump.Of)));
        return simplified[0].ToText();
    }

    [Test]
    public void LikeTermsWithTheSignOnAnotherFactorCancel()
    {
        Assert.That(Formula.Parse("2*1e308*x + 2*(-1e308)*x").Simplify().ToText(), Is.EqualTo("0"));
        Assert.That(Formula.Parse("5e-324*x/2 + (-5e-324)*x/2").Simplify().ToText(), Is.EqualTo("0"));
    }

    private static readonly Gen<string> Atoms = Gen.Elements(
        "1e308", "1.7976931348623157e308", "2.5e307", "1e200", "2.2250738585072014e-308", "1e-308", "5e-324", "4.9e-322", "1e-200",
        "2", "3", "(1/2)", "(1/3)", "7", "x", "y", "sin(x)", "e^x", "x^5e-324", "x^1e-300", "y^2.5e307");

    private static readonly Gen<(bool Negated, string Atom)[]> SignedFactors =
        Gen.Zip(Gen.Elements(true, false), Atoms).ArrayOf().Where(fs => fs.Length is >= 2 and <= 6);

    private static string Spelled((bool Negated, string Atom)[] factors) => string.Join("*", factors.Select(f => f.Negated ? $"(-{f.Atom})" : f.Atom));

    [Test]
    public void SignedProductsOfHugeAndTinyNumbersReadBackInEveryForm() =>
        Check.One(Many, Prop.ForAll(Arb.From(SignedFactors), factors =>
        {
            // As terms, and inside the functions whose chain rule merges the inner product's numbers with the outer ones.
            var (p, q) = (Spelled(factors), Spelled([.. factors.Reverse()]));
            var f = Formula.Parse($"y - {p} + {q}*x + 2exp({p})/s + 3sin({q})/(2π)");
            Expr[] trees = [f.Expression, f.Simplify().Expression, .. f.Variables.Select(v => f.Differentiate(v).Expression)];
            foreach (var tree in trees)
            foreach (var form in PrintedForms.All)
                PrintedForms.AssertReadsBack(tree, form);
            return true;
        }));

    [Test]
    public void TheSimplifiedSignedProductDoesNotDependOnWhichFactorCarriesTheSign() =>
        Check.One(Many, Prop.ForAll(Arb.From(SignedFactors), factors =>
        {
            var negative = factors.Count(f => f.Negated) % 2 == 1;
            var unsigned = string.Join("*", factors.Select(f => f.Atom));
            var signFirst = Formula.Parse(negative ? $"-({unsigned})" : unsigned).Simplify().Expression;
            var signed = Formula.Parse(Spelled(factors)).Simplify().Expression;
            return signed.Equals(signFirst);
        }));
}
