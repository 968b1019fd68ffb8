using Differentiator.Calculus.Numeric;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Differentiator.Grading;
using Differentiator.Sessions;
using Differentiator.Syntax;

namespace Differentiator.Tests.Robustness;

/// <summary>
/// Findings of the fuzzer (issue 13: no public method throws anything but the documented
/// exceptions on any string input), each kept as a regression test.
/// </summary>
public class StringInputRegressionTests
{
    [TestCase("p*(E**x")]
    [TestCase("-2/}x0.0 + ex) + 7")]
    [TestCase("[1.0, [2.0]]")]
    [TestCase("[[1.0, 2.0], [3.0]]")]
    [TestCase("[99999999999999999999]")]
    public void An_array_that_cannot_be_read_is_invalid_input(string text)
    {
        Assert.That(() => ArrayLiteral.Parse(text) is not null && NdArray.Parse(text) is not null, Throws.InstanceOf<InvalidInputException>());
    }

    [TestCase("[x, x]")]
    [TestCase("[x, 1]")]
    [TestCase("\\sigma∞")]
    public void A_layout_that_cannot_be_read_is_invalid_input(string text)
    {
        Assert.That(() => NameArray.Parse(text), Throws.InstanceOf<InvalidInputException>());
    }

    [Test]
    public void An_unknown_difference_scheme_is_invalid_input()
    {
        Assert.That(() => DifferenceSchemes.Parse("sideways"), Throws.InstanceOf<InvalidInputException>().With.Message.Contains("central"));
    }

    [Test]
    public void A_span_past_the_end_of_a_text_covers_what_is_there()
    {
        Assert.That(new SourceSpan(2, 5).Of("4"), Is.EqualTo(""));
        Assert.That(new SourceSpan(1, 5).Of("x+1"), Is.EqualTo("+1"));
        Assert.That(new SourceSpan(0, 3).Of("x+1"), Is.EqualTo("x+1"));
    }

    [Test]
    public void A_declared_or_defined_function_without_a_name_is_invalid_input()
    {
        Assert.That(() => new FunctionDeclaration(""), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => new FunctionDeclaration("a", 0), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => new FunctionDefinition("", ["x"], Expr.Variable("x")), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => new FunctionDefinition("f", [""], Expr.Variable("x")), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => new FunctionDefinition("f", ["x", "x"], Expr.Variable("x")), Throws.InstanceOf<InvalidInputException>());
    }

    [Test]
    public void A_variable_or_definition_without_a_name_is_invalid_input()
    {
        var f = Formula.Parse("x*y + sin(x)").Expression;
        Assert.That(() => Expr.Variable(""), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => Symbol.Of(""), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => Derivative.Of(f, ""), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => Derivative.Of(f, "", 2), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => Derivative.Gradient(f, [""]), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => Derivative.Steps(f, ""), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => new Definition("", [], "x"), Throws.InstanceOf<InvalidInputException>());
    }

    [TestCase("\0")]
    [TestCase("a\0b.yaml")]
    public void An_exercise_set_path_the_file_system_cannot_name_is_invalid_input(string path)
    {
        Assert.That(() => GradingJob.Check(path), Throws.InstanceOf<InvalidInputException>());
    }
}
