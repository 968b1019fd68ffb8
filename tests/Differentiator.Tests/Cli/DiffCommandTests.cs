using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary><c>dx diff</c> through the real process.</summary>
public class DiffCommandTests
{
    [Test]
    public void Shared_output_keeps_the_second_derivative_of_nested_sines_within_ten_times_the_first()
    {
        var nested = Nesting.Nested("sin", 50);
        var first = DxProcess.Run("diff", nested, "--shared");
        var second = DxProcess.Run("diff", nested, "--order", "2", "--shared");
        var plainSecond = DxProcess.Run("diff", nested, "--order", "2");
        Assert.That((first.ExitCode, second.ExitCode, plainSecond.ExitCode), Is.EqualTo((0, 0, 0)));
        Assert.That(second.Out, Does.StartWith("d^2/dx^2: a1 = sin(x)\n"));
        Assert.That(second.Out.Length, Is.LessThan(10 * first.Out.Length));
        Assert.That(plainSecond.Out.Length, Is.GreaterThan(20 * second.Out.Length), "the plain print repeats what the shared one names once");
    }

    [Test]
    public void All_partials_in_variable_order_without_wrt()
    {
        var (exit, output, _) = DxProcess.Run("diff", "2x + 3xy + y^3");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Is.EqualTo("d/dx: 2 + 3y\nd/dy: 3x + 3y^2\n"));
    }

    [Test]
    public void Wrt_and_at_give_the_value()
    {
        var (exit, output, _) = DxProcess.Run("diff", "wx + xyz + 3w + zy^2", "--wrt", "y,z", "--at", "w=1.0,x=2.0,y=3.0,z=4.0");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Is.EqualTo("d/dy: xz + 2yz = 32\nd/dz: xy + y^2 = 15\n"));
    }

    [Test]
    public void Order_gives_higher_derivatives()
    {
        var (_, output, _) = DxProcess.Run("diff", "x^3 + sin x", "--order", "2");
        Assert.That(output, Is.EqualTo("d^2/dx^2: 6x - sin(x)\n"));
    }

    [Test]
    public void Code_and_latex_formats()
    {
        Assert.That(DxProcess.Run("diff", "e^(3x^2)", "--format", "code").Out, Is.EqualTo("d/dx: 6*x*exp(3*x^2)\n"));
        Assert.That(DxProcess.Run("diff", "e^(3x^2)", "--format", "latex").Out, Is.EqualTo("\\frac{d}{dx} = 6x e^{3x^{2}}\n"));
    }

    [Test]
    public void Steps_show_the_substitution()
    {
        var (_, output, _) = DxProcess.Run("diff", "e^(3x^2)", "--steps");
        Assert.That(output, Does.Contain("with t = 3x^2, f = e^t"));
        Assert.That(output, Does.Contain("df/dx = df/dt · dt/dx = e^t · 6x = 6x e^(3x^2)"));
        Assert.That(output, Does.EndWith("d/dx: 6x e^(3x^2)\n"));
    }

    [Test]
    public void Json_has_the_documented_fields()
    {
        var (exit, output, _) = DxProcess.Run("diff", "1/(1 + e^(-z))", "--at", "z=0.5", "--format", "json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("input").GetString(), Is.EqualTo("1/(1 + e^(-z))"));
        Assert.That(root.GetProperty("reading").GetString(), Is.Not.Empty);
        Assert.That(root.GetProperty("variables").EnumerateArray().Select(v => v.GetString()), Is.EqualTo(new[] { "z" }));
        var d = root.GetProperty("derivatives")[0];
        Assert.That(d.GetProperty("wrt").GetString(), Is.EqualTo("z"));
        Assert.That(d.GetProperty("result").GetString(), Is.EqualTo("e^(-z)/(1 + e^(-z))^2"));
        Assert.That(d.GetProperty("code").GetString(), Is.EqualTo("exp(-z)/(1 + exp(-z))^2"));
        Assert.That(d.GetProperty("latex").GetString(), Does.Contain("\\frac"));
        Assert.That(d.GetProperty("value").GetDouble(), Is.EqualTo(0.2350037122015945).Within(1e-15));
        Assert.That(root.GetProperty("warnings").GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public void Notes_of_non_smooth_functions_are_warnings()
    {
        var (_, output, error) = DxProcess.Run("diff", "|x|");
        Assert.That(output, Is.EqualTo("d/dx: sign(x)\n"));
        Assert.That(error, Does.Contain("undefined at x = 0"));
        using var doc = JsonDocument.Parse(DxProcess.Run("diff", "|x|", "--format", "json").Out);
        Assert.That(doc.RootElement.GetProperty("warnings")[0].GetProperty("message").GetString(), Does.Contain("sign(x)"));
    }

    [Test]
    public void A_point_outside_the_formulas_domain_is_noted()
    {
        var (exit, output, error) = DxProcess.Run("diff", "ln x", "--at", "x=-1.0");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Is.EqualTo("d/dx: 1/x = -1\n"));
        Assert.That(error, Does.Contain("The formula itself is undefined at x = -1.0"));
    }

    [TestCase("diff", "2x+", TestName = "A bad formula")]
    [TestCase("diff", "x^2", "--at", "y=1", TestName = "A point without the formula's variable")]
    [TestCase("diff", "x^2", "--order", "0", TestName = "Order zero")]
    [TestCase("diff", "sqrt x", "--at", "x=0.0", TestName = "A derivative undefined at the point")]
    public void Bad_input_exits_with_2(params string[] args)
    {
        var (exit, _, error) = DxProcess.Run(args);
        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Is.Not.Empty);
    }
}
