using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary>User errors as messages (JSON documents under --format json), and partial derivatives that are defined where others are not.</summary>
public class ErrorsAndPartialValuesTests
{
    [TestCase("parse", "2x + foo(x)")]
    [TestCase("eval", "x + y", "--at", "x=1.0")]
    [TestCase("diff", "x^2", "--at", "x=abc")]
    [TestCase("grad", "sqrt(x)", "--at", "x=0.0")]
    [TestCase("numdiff", "x^2", "--at", "[nan]")]
    [TestCase("compare", "ln(x)", "--at", "x=-1.0")]
    public void Json_errors_are_a_document_on_standard_output_with_exit_2(params string[] args)
    {
        var r = DxProcess.Run([.. args, "--format", "json"]);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput), r.Error);
        using var json = JsonDocument.Parse(r.Out);
        var error = json.RootElement.GetProperty("error");
        Assert.That(error.GetProperty("code").GetString(), Does.StartWith("DX"));
        Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty);
    }

    [Test]
    public void The_json_error_of_a_formula_has_zero_based_offsets()
    {
        var r = DxProcess.Run("parse", "2x + foo(x)", "--format", "json");
        using var json = JsonDocument.Parse(r.Out);
        var error = json.RootElement.GetProperty("error");
        Assert.That((error.GetProperty("start").GetInt32(), error.GetProperty("length").GetInt32()), Is.EqualTo((5, 3)));
    }

    [Test]
    public void A_defined_partial_is_printed_when_another_is_undefined()
    {
        var r = DxProcess.Run("diff", "x^y", "--at", "x=-2,y=2");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        Assert.That(r.Out, Does.StartWith("d/dx: x^(y - 1) y = -4\n").Or.StartWith("d/dx: y x^(y - 1) = -4\n"));
        Assert.That(r.Out, Does.Contain("d/dy:").And.Contain("= undefined"));
        Assert.That(r.Error, Does.Contain("is undefined at x = -2, y = 2"));
    }

    [Test]
    public void Non_finite_results_are_null_in_json_not_a_crash()
    {
        foreach (var args in new[] { new[] { "diff", "2*1e308*x", "--at", "x=1.0" }, ["grad", "2^1024 x", "--at", "x=1.0"] })
        {
            var r = DxProcess.Run([.. args, "--format", "json"]);
            Assert.That(r.ExitCode, Is.Not.EqualTo(ExitCodes.Internal), r.Error);
            Assert.That(() => JsonDocument.Parse(r.Out), Throws.Nothing, r.Out);
        }
    }

    [Test]
    public void A_constant_prints_its_zero_derivative()
    {
        var r = DxProcess.Run("diff", "5");
        Assert.That(r.Out, Is.EqualTo("d/dx: 0\n"));
        Assert.That(r.Error, Does.Contain("has no variables"));
    }
}
