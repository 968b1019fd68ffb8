using Differentiator.Expressions;
using Differentiator.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Printing;

/// <summary>
/// Every printed form reads back through the parser: text, code and LaTeX (read as LaTeX input)
/// to the same tree, the Python form to the same value, on random trees with every function of the
/// table, and with declared multi-letter names.
/// </summary>
public class ReadBackProperties
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(1500).WithEndSize(40);

    [TestCaseSource(typeof(PrintedForms), nameof(PrintedForms.All))]
    public void EveryFormReadsBack(PrintedForms.Form form) =>
        Check.One(Many, Prop.ForAll(TreeGenerators.Trees, t => PrintedForms.AssertReadsBack(t, form) is not null));

    [TestCaseSource(typeof(PrintedForms), nameof(PrintedForms.All))]
    public void EveryFormReadsBackWithDeclaredNames(PrintedForms.Form form)
    {
        // "ab" and "rate" declared: a·b printed "ab" would read back as the variable ab.
        var options = new ParseOptions { Variables = ["ab", "rate", "ra"] };
        var names = Gen.Elements("a", "b", "ab", "r", "rate", "ra", "t", "e", "(a + b)", "2");
        var products = Gen.ListOf(names, 4).Select(ns => string.Join("*", ns));
        Check.One(Many, Prop.ForAll(Arb.From(products), text =>
            PrintedForms.AssertReadsBack(Formula.Parse(text, options), form, options) is not null));
    }

    [TestCaseSource(typeof(PrintedForms), nameof(PrintedForms.All))]
    public void EveryFunctionOfTheTableReadsBack(PrintedForms.Form form)
    {
        Expr[] arguments = [Variable("x"), Add(Variable("x"), Number(1)), Negate(Variable("y")), Divide(Number(1), Variable("x")), Rational.Of(2, 3), Decimal(2.5)];
        foreach (var f in MathFunctions.All)
        foreach (var a in arguments)
        {
            var call = f.Accepts(1) ? Apply(f, a) : Apply(f, a, Variable("z"));
            // As a factor, a divisor, a power's base and exponent, and a term after a minus.
            Expr[] contexts = [call, Multiply(Variable("x"), call), Divide(Variable("x"), call), Pow(call, Number(2)), Pow(Variable("x"), call), Subtract(Variable("x"), call)];
            foreach (var e in contexts) PrintedForms.AssertReadsBack(e, form);
        }
    }

    [Test]
    public void APythonSpellingOfAHugeConstantPartIsNotJudgedByValue()
    {
        // cbrt(13) and sign(13)*Abs(13)**(1/3) may round apart by one bit; times 1e300 inside sec,
        // that bit is any value at all, as for the fuzzer (Conditioning.HugeForSpellings).
        var f = Formula.Parse("sec(16 + 7/(4π) + cbrt(13)(1e+300 + e))");
        Assert.That(PrintedForms.AssertReadsBack(f.Expression, PrintedForms.Python), Does.StartWith("sec("));
    }

    [Test]
    public void EveryFormIsAtLeastAsLongAsTheTreeHasLeaves()
    {
        // The printers refuse a tree with more leaves than characters allowed before writing anything; this is why that is right.
        var quotient = Divide(Variable("x"), Multiply([.. "yzwvuab".Select(c => (Expr)Variable(c.ToString()))]));
        Assert.That(quotient.ToText(), Is.EqualTo("x/(yzwvuab)"));
        Check.One(Many, Prop.ForAll(TreeGenerators.Trees, t =>
        {
            var (_, _, leaves) = SymbolNames.Survey(Multiply(t, quotient));
            return PrintedForms.All.All(form => form.Print(Multiply(t, quotient)).Length >= leaves);
        }));
    }

    [Test]
    public void DecimalsReadBackBitForBit()
    {
        var random = new Random(20260301);
        var values = new List<double> { double.Epsilon, double.MaxValue, 2.2250738585072014E-308, Math.ScaleB(1, -25), Math.ScaleB(1, -958), 0.1, 1e23, 5e-324, 9007199254740993 };
        for (var e = -1074; e < 1024; e++) values.Add(Math.ScaleB(1, e));
        for (var i = 0; i < 5_000; i++)
        {
            var d = BitConverter.Int64BitsToDouble(random.NextInt64() & long.MaxValue);
            if (double.IsFinite(d)) values.Add(d);
        }
        foreach (var d in values)
        {
            var tree = Multiply(Decimal(d), Variable("x"));
            foreach (var form in PrintedForms.All.Where(f => f.SameTree)) PrintedForms.AssertReadsBack(tree, form);
            var back = Formula.Parse(Decimal(d).ToText()).Expression;
            Assert.That(BitConverter.DoubleToInt64Bits(((Real)back).Value), Is.EqualTo(BitConverter.DoubleToInt64Bits(d)), Decimal(d).ToText());
        }
    }

    [Test]
    public void TwoToTheMinus25ReadsBackExactly()
    {
        var f = Formula.Parse("2.9802322387695312e-08x");
        Assert.That(f.ToText(), Is.EqualTo("2.9802322387695312e-08x"));
        Assert.That(Formula.Parse(f.ToText()).Expression, Is.EqualTo(f.Expression));
    }
}
