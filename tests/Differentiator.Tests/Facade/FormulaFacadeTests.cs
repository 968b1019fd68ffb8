using Differentiator.Calculus.Numeric;

namespace Differentiator.Tests.Facade;

/// <summary>The library facade: one obvious entry per job, results that are formulas again.</summary>
public class FormulaFacadeTests
{
    private static readonly Formula Lecture = Formula.Parse("2x + 3xy + y^3");

    [Test]
    public void Differentiate_gives_a_formula_that_prints_evaluates_and_differentiates_again()
    {
        var dfdx = Lecture.Differentiate("x");
        Assert.That(dfdx.ToText(), Is.EqualTo("2 + 3y"));
        Assert.That(dfdx.Variables, Is.EqualTo(new[] { "y" }));
        Assert.That(dfdx.Evaluate(("y", 2.0)), Is.EqualTo(8.0));
        Assert.That(dfdx.Differentiate("y").ToText(), Is.EqualTo("3"));
    }

    [Test]
    public void Gradient_takes_every_variable_in_order()
    {
        var g = Lecture.Gradient();
        Assert.That(g.Select(d => d.ToText()), Is.EqualTo(new[] { "2 + 3y", "3x + 3y^2" }));
    }

    [Test]
    public void Hessian_and_higher_orders()
    {
        var h = Lecture.Hessian();
        Assert.That(h.Select(row => row.Select(e => e.ToText())), Is.EqualTo(new[] { new[] { "0", "3" }, new[] { "3", "6y" } }));
        Assert.That(Formula.Parse("x^3 + sin x").Differentiate("x", order: 2).ToText(), Is.EqualTo("6x - sin(x)"));
        Assert.That(Lecture.Differentiate(["x", "y"]).ToText(), Is.EqualTo("3"));
    }

    [Test]
    public void A_huge_order_of_a_polynomial_is_zero_without_running_out_of_memory()
    {
        Assert.That(Formula.Parse("x^2").Differentiate("x", Formula.MaxOrder).ToText(), Is.EqualTo("0"));
        Assert.Throws<InvalidInputException>(() => Formula.Parse("x").Differentiate("x", int.MaxValue));
        Assert.Throws<InvalidInputException>(() => Formula.Parse("x").Differentiate("x", 0));
    }

    [Test]
    public void Notes_are_carried_on_the_result()
    {
        var d = Formula.Parse("|x|").Differentiate("x");
        Assert.That(d.Notes, Has.Some.Contains("x = 0"));
        Assert.That(Lecture.Notes, Is.Empty);
    }

    [Test]
    public void Steps_show_the_chain_rule_substitution()
    {
        var steps = Formula.Parse("e^(3x^2)").Steps("x");
        Assert.That(steps.ToText(), Does.Contain("with t = 3x^2, f = e^t"));
        Assert.That(steps.Result.ToString(), Is.EqualTo("6x e^(3x^2)"));
        Assert.That(Formula.Parse("x^3").Steps("x", 2).Select(s => s.Result.ToString()), Is.EqualTo(new[] { "3x^2", "6x" }));
    }

    [Test]
    public void Compile_is_bit_identical_to_evaluation()
    {
        var f = Formula.Parse("sin x cos x + sqrt(x^2+1)");
        var fast = f.Compile();
        foreach (var x in new[] { -3.5, 0.1, 1.0, 2.718281828 })
            Assert.That(fast([x]), Is.EqualTo(f.Evaluate(("x", x))));
    }

    [Test]
    public void Numeric_gradient_reproduces_the_lecture_bit_for_bit()
    {
        var r = Lecture.NumericGradient("[1.0, 2.0]");
        Assert.That(r.Gradient.GetDouble(0), Is.EqualTo(8.00000000005241));
        Assert.That(r.Gradient.GetDouble(1), Is.EqualTo(15.000000000142675));
        var pitfall = Formula.Parse("x^2").NumericGradient("[3]");
        Assert.That(pitfall.Gradient.ToString(), Is.EqualTo("[249999]"));
        Assert.That(pitfall.Warnings, Is.Not.Empty);
        var problem4 = Formula.Parse("wx + xyz + 3w + zy^2").NumericGradient("[[1.0, 2.0], [3.0, 4.0]]", layout: "[[w, x], [y, z]]");
        Assert.That(problem4.Gradient.GetDouble(1), Is.EqualTo(12.99999999986312));
    }

    [Test]
    public void Numeric_gradient_refuses_what_it_cannot_read()
    {
        Assert.Throws<InvalidInputException>(() => Lecture.NumericGradient("[1.0]"));
        Assert.Throws<InvalidInputException>(() => Lecture.NumericGradient("[1.0, [2.0]]"));
        var nan = Assert.Throws<InvalidInputException>(() => Formula.Parse("x").NumericGradient("[nan]"));
        Assert.That(nan!.Code, Is.EqualTo(ErrorCodes.NonFiniteValue));
    }

    [Test]
    public void Compare_explains_the_integer_pitfall()
    {
        var c = Formula.Parse("x^2").Compare(Point.Parse("x=3"));
        Assert.That(c.Variables[0].Exact, Is.EqualTo(6.0));
        Assert.That(c.Variables[0].IntegerCentral, Is.EqualTo(249999));
        Assert.That(Formula.Parse("x^2").Compare(("x", 3.0)).Variables[0].Central, Is.EqualTo(6.000000000039306));
    }

    [Test]
    public void Substitute_replaces_all_at_once()
    {
        var swapped = Formula.Parse("x - 2y").Substitute(("x", Formula.Parse("y")), ("y", Formula.Parse("x")));
        Assert.That(swapped.ToText(), Is.EqualTo("y - 2x"));
        Assert.That(Lecture.Substitute(("y", Formula.Parse("2"))).Evaluate(("x", 1.0)), Is.EqualTo(16.0));
    }

    [Test]
    public void User_functions_are_read_as_their_bodies()
    {
        var f = new FunctionDefinition("f", ["x", "y"], Lecture);
        var options = new ParseOptions { Functions = [f] };
        Assert.That(Formula.Parse("f(1, 2)", options).Evaluate(), Is.EqualTo(16.0));
        var g = Formula.Parse("f(x, 2)", options);
        Assert.That(g.Differentiate("x").ToText(), Is.EqualTo("8"));
        var swapped = Formula.Parse("f(y, x)", options);
        Assert.That(swapped.Evaluate(("x", 2.0), ("y", 1.0)), Is.EqualTo(16.0));
        var wrong = Assert.Throws<FormulaSyntaxException>(() => Formula.Parse("f(1)", options));
        Assert.That(wrong!.Diagnostic.Code, Is.EqualTo(Differentiator.Syntax.DiagnosticCodes.WrongArity));
    }

    [Test]
    public void Variables_of_an_expanded_formula_are_those_of_the_tree()
    {
        var options = new ParseOptions { Functions = [new FunctionDefinition("f", ["x"], Formula.Parse("a x"))] };
        Assert.That(Formula.Parse("f(2)", options).Variables, Is.EqualTo(new[] { "a" }));
        Assert.That(Formula.Parse("y + f(y)", options).Variables, Is.EqualTo(new[] { "y", "a" }));
    }

    [Test]
    public void Multi_letter_user_functions_such_as_gates()
    {
        var and = new FunctionDefinition("AND", ["x1", "x2"], Formula.Parse("step(x1 + x2 - 1.5)"));
        var options = new ParseOptions { Functions = [and] };
        Assert.That(Formula.Parse("AND(1, 1)", options).Evaluate(), Is.EqualTo(1.0));
        Assert.That(Formula.Parse("AND(1, 0)", options).Evaluate(), Is.EqualTo(0.0));
    }

    [Test]
    public void Points_keep_integer_and_decimal_apart_and_refuse_non_finite_values()
    {
        var p = Point.Parse("x=3, y=2.0");
        Assert.That(p.Coordinates.Select(c => c.IsInteger), Is.EqualTo(new[] { true, false }));
        Assert.That(p.ToString(), Is.EqualTo("x = 3, y = 2.0"));
        foreach (var bad in new[] { "x=inf", "x=nan", "x=1e400", "x=-inf" })
        {
            var e = Assert.Throws<InvalidInputException>(() => Point.Parse(bad));
            Assert.That(e!.Code, Is.EqualTo(ErrorCodes.NonFiniteValue), bad);
        }
        var malformed = Assert.Throws<InvalidInputException>(() => Point.Parse("x=1.0, y=abc"));
        Assert.That(malformed!.Span, Is.EqualTo(new Differentiator.Syntax.SourceSpan(9, 3)));
        Assert.That(malformed.Render(), Does.EndWith("^^^"));
        Assert.Throws<InvalidInputException>(() => Point.Parse("x=1, x=2"));
    }
}
