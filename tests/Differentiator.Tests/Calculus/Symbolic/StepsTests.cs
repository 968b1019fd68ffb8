using Differentiator.Calculus.Symbolic;

namespace Differentiator.Tests.Calculus.Symbolic;

public class StepsTests
{
    private static Derivation Steps(string formula, string wrt = "x") => Derivative.Steps(Formula.Parse(formula).Expression, wrt);

    [Test]
    public void A_shallow_derivation_renders_inline_and_a_deep_one_on_the_large_stack()
    {
        var shallow = Steps("e^(3x^2) sin(x)");
        Assert.That(shallow.Nesting, Is.LessThanOrEqualTo(Differentiator.Syntax.LargeStack.InlineNesting));
        Assert.That(shallow.ToText(), Does.StartWith("d/dx e^(3x^2) sin(x) = "));
        var deep = Steps(string.Concat(Enumerable.Repeat("sin(", 900)) + "x" + new string(')', 900));
        Assert.That(deep.Nesting, Is.GreaterThan(900));
        Assert.That(deep.ToText(), Does.Contain("chain rule").And.Contain("step lines left out"));
        Assert.That(deep.ToLatex(), Does.Contain("chain rule"));
    }

    [Test]
    public void The_lecture_chain_rule_example()
    {
        var d = Steps("e^(3x^2)");
        var chain = d.Steps[0];
        Assert.That(chain.Rule, Is.EqualTo(DerivativeRule.Chain));
        var s = chain.Substitution!;
        Assert.That(s.Variable.Name, Is.EqualTo("t"));
        Assert.That(s.Inner.ToString(), Is.EqualTo("3x^2"));
        Assert.That(s.Outer.ToString(), Is.EqualTo("e^t"));
        Assert.That(s.OuterDerivative.ToString(), Is.EqualTo("e^t"));
        Assert.That(s.InnerDerivative.ToString(), Is.EqualTo("6x"));
        Assert.That(chain.Result.ToString(), Is.EqualTo("6x e^(3x^2)"));
        Assert.That(d.ToText(), Does.Contain("df/dx = df/dt · dt/dx = e^t · 6x = 6x e^(3x^2)"));
    }

    [Test]
    public void Text_rendering_of_the_lecture_example()
    {
        TestContext.Out.WriteLine(Steps("e^(3x^2)").ToText());
        Assert.That(Steps("e^(3x^2)").ToText().Split('\n'), Is.EqualTo(new[]
        {
            "d/dx e^(3x^2) = 6x e^(3x^2)",
            "chain rule: d/dx e^(3x^2), with t = 3x^2, f = e^t",
            "  df/dt = e^t",
            "  dt/dx = 6x",
            "  constant multiple rule: d/dx 3x^2 = 6x",
            "    power rule: d/dx x^2 = 2x",
            "  df/dx = df/dt · dt/dx = e^t · 6x = 6x e^(3x^2)",
        }));
    }

    [Test]
    public void Latex_rendering_uses_fractions_and_cdot()
    {
        var latex = Steps("e^(3x^2)").ToLatex();
        TestContext.Out.WriteLine(latex);
        Assert.That(latex, Does.Contain("\\frac{df}{dx} = \\frac{df}{dt} \\cdot \\frac{dt}{dx}"));
        Assert.That(latex, Does.Contain("6x e^{3x^{2}}"));
    }

    [Test]
    public void Rules_of_the_lecture_function()
    {
        var d = Steps("3x^2 + e^x + 7");
        Assert.That(d.Steps.Select(s => (s.Rule, s.Expression.ToString(), s.Result.ToString(), s.Depth)), Is.EqualTo(new[]
        {
            (DerivativeRule.Sum, "3x^2 + e^x + 7", "6x + e^x", 0),
            (DerivativeRule.ConstantMultiple, "3x^2", "6x", 1),
            (DerivativeRule.Power, "x^2", "2x", 2),
            (DerivativeRule.Function, "e^x", "e^x", 1),
        }));
    }

    [Test]
    public void Product_quotient_and_general_power_rules_are_named()
    {
        Assert.That(Steps("x sin x").Steps[0].Rule, Is.EqualTo(DerivativeRule.Product));
        Assert.That(Steps("sin(x)/x").Steps[0].Rule, Is.EqualTo(DerivativeRule.Quotient));
        Assert.That(Steps("x^x").Steps[0].Rule, Is.EqualTo(DerivativeRule.GeneralPower));
        Assert.That(Steps("2^x").Steps[0].Rule, Is.EqualTo(DerivativeRule.Exponential));
    }

    [Test]
    public void Nested_chains_use_fresh_letters_and_avoid_the_formula_variables()
    {
        var d = Steps("e^(sin(t^2))", "t");
        var names = d.Steps.Where(s => s.Substitution is not null).Select(s => s.Substitution!.Variable.Name);
        Assert.That(names, Is.EqualTo(new[] { "u", "v" }));
    }

    [Test]
    public void The_result_matches_the_plain_derivative()
    {
        foreach (var f in new[] { "sin(x)^2 cos(3x)", "ln(1 + x^2)/x", "sqrt(x^2 + 1)" })
        {
            var expr = Formula.Parse(f).Expression;
            Assert.That(Derivative.Steps(expr, "x").Result, Is.EqualTo(Derivative.Of(expr, "x")), f);
        }
    }
}
