using System.Text.Json;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

public class NumDiffCommandTests
{
    [Test]
    public void Trace_of_Problem_2_is_printed_as_the_lecture_prints_it()
    {
        var r = DxProcess.Run("numdiff", "x^2", "--at", "[3.0]", "--trace");
        Assert.That(r.ExitCode, Is.Zero, r.Error);
        Assert.That(r.Out, Does.StartWith(
            "debug 1. initial input variable = [3.]\ndebug 2. initial grad = [0.]\ndebug 3. idx = (0,), x[idx] = 3.0\n" +
            "debug 4. grad[idx] = 6.000000000039306\ndebug 5. grad = [6.]\ngrad = [6.]\nvalues: 6.000000000039306\n"));
        Assert.That(r.Error, Is.Empty);
    }

    [Test]
    public void Integer_input_prints_249999_and_warns_on_stderr()
    {
        var r = DxProcess.Run("numdiff", "x^2", "--at", "[3]");
        Assert.That(r.ExitCode, Is.Zero);
        Assert.That(r.Out, Does.StartWith("grad = [249999]\n"));
        Assert.That(r.Out, Does.Contain("dtype int64, grad dtype int64"));
        Assert.That(r.Error, Does.Contain("warning: x[(0,)] is an int64 element: 3 + 1e-05 was stored as 3 and 3 - 1e-05 as 2"));
    }

    [Test]
    public void Float_gradient_of_an_integer_input_prints_250000()
    {
        var r = DxProcess.Run("numdiff", "x^2", "--at", "[3]", "--grad-dtype", "float64", "--format", "json");
        Assert.That(r.ExitCode, Is.Zero);
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        Assert.That(root.GetProperty("grad")[0].GetDouble(), Is.EqualTo(249999.99999999997));
        Assert.That(root.GetProperty("numpy_print").GetString(), Is.EqualTo("[250000.]"));
        Assert.That(root.GetProperty("dtype").GetString(), Is.EqualTo("int64"));
        Assert.That(root.GetProperty("grad_dtype").GetString(), Is.EqualTo("float64"));
        Assert.That(root.GetProperty("warnings").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void Matrix_input_of_Problem_4_gives_the_lecture_gradient_in_its_shape()
    {
        var r = DxProcess.Run("numdiff", "wx + xyz + 3w + zy^2", "--at", "[[1.0,2.0],[3.0,4.0]]", "--vars", "[[w,x],[y,z]]", "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Error);
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        var grad = root.GetProperty("grad");
        Assert.That(grad[0][0].GetDouble(), Is.EqualTo(5.000000000165983));
        Assert.That(grad[0][1].GetDouble(), Is.EqualTo(12.99999999986312));
        Assert.That(grad[1][0].GetDouble(), Is.EqualTo(32.00000000020964));
        Assert.That(grad[1][1].GetDouble(), Is.EqualTo(14.999999999787404));
        Assert.That(root.GetProperty("numpy_print").GetString(), Is.EqualTo("[[ 5. 13.]\n [32. 15.]]"));
        Assert.That(root.GetProperty("scheme").GetString(), Is.EqualTo("central"));
        Assert.That(root.GetProperty("delta").GetDouble(), Is.EqualTo(1e-5));
    }

    [Test]
    public void Forward_scheme_and_a_step_are_honoured()
    {
        var r = DxProcess.Run("numdiff", "2x + 3xy + y^3", "--at", "[1.0, 2.0]", "--delta", "1e-4", "--scheme", "forward");
        Assert.That(r.ExitCode, Is.Zero, r.Error);
        Assert.That(r.Out, Does.Contain("forward difference (f(x+h) - f(x))/h, h = 0.0001"));
    }

    [TestCase("[3", "missing ']'")]
    [TestCase("[[1.0], [2.0, 3.0]]", "ragged")]
    public void Bad_arrays_exit_with_2(string at, string message)
    {
        var r = DxProcess.Run("numdiff", "x^2", "--at", at);
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.Contain(message));
    }

    [Test]
    public void Too_few_elements_for_the_variables_is_explained()
    {
        var r = DxProcess.Run("numdiff", "x + y", "--at", "[1.0]");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.Contain("say which element is which"));
    }

    [Test]
    public void Unknown_scheme_is_refused()
    {
        var r = DxProcess.Run("numdiff", "x^2", "--at", "[3.0]", "--scheme", "sideways");
        Assert.That(r.ExitCode, Is.EqualTo(2));
    }
}
