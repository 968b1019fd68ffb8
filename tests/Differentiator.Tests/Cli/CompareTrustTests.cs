using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary>
/// compare outside the domain exits 2; at a boundary, and where a numeric method breaks down, it
/// marks the columns it cannot trust instead of showing them as results.
/// </summary>
public class CompareTrustTests
{
    [Test]
    public void Outside_the_domain_compare_says_so_and_exits_2()
    {
        var r = DxProcess.Run("compare", "ln(x)", "--at", "x=-1.0");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(r.Out, Is.Empty);
        Assert.That(r.Error, Does.StartWith("error DX0302").And.Contain("ln").And.Contain("-1"));
    }

    [Test]
    public void At_the_edge_of_the_domain_no_numeric_column_is_shown_as_a_result()
    {
        var r = DxProcess.Run("compare", "sqrt(x)", "--at", "x=0.0");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        Assert.That(r.Out, Does.Contain("complex step      not trustworthy (computed 8589934592.0)"));
        Assert.That(r.Out, Does.Contain("central h=1e-05   not trustworthy"));
        Assert.That(r.Out, Does.Contain("dual              not trustworthy"));
        Assert.That(r.Out, Does.Contain("verdict           disagree: boundary"));
        Assert.That(r.Out, Does.Contain("f is defined at x = 0.0 but its derivative is not"));
    }

    [Test]
    public void At_the_edge_of_the_domain_json_has_null_columns_and_says_why()
    {
        var r = DxProcess.Run("compare", "sqrt(x)", "--at", "x=0.0", "--format", "json");
        var x = JsonDocument.Parse(r.Out).RootElement.GetProperty("comparisons")[0];
        Assert.That(x.GetProperty("complex_step").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var untrusted = x.GetProperty("untrusted");
        Assert.That(untrusted.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "central", "complex_step", "dual" }));
        Assert.That(untrusted.GetProperty("complex_step").GetProperty("computed").GetDouble(), Is.EqualTo(8589934592.0));
        Assert.That(untrusted.GetProperty("complex_step").GetProperty("reason").GetString(), Does.Contain("its derivative is not"));
    }

    [Test]
    public void Within_h_of_the_edge_only_the_central_difference_is_untrusted()
    {
        var r = DxProcess.Run("compare", "ln(x)", "--at", "x=0.000001");
        Assert.That(r.Out, Does.Contain("central h=1e-05   not trustworthy"));
        Assert.That(r.Out, Does.Contain("complex step      1000000.0").And.Contain("dual              1000000.0"));
        Assert.That(r.Out, Does.Contain("f is undefined at x - h = -9e-06"));
    }

    [Test]
    public void A_complex_step_that_overflows_is_marked_unreliable()
    {
        var r = DxProcess.Run("compare", "softplus(x)", "--at", "x=1e10");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        Assert.That(r.Out, Does.Contain("complex step      not trustworthy (computed 1.1590431132923396e+20)"));
        Assert.That(r.Out, Does.Contain("dual              1.0"));
        Assert.That(r.Out, Does.Contain("a numeric method broke down"));
    }

    [Test]
    public void Where_everything_is_fine_every_column_is_a_result()
    {
        var r = DxProcess.Run("compare", "sin(x)", "--at", "x=1.0", "--format", "json");
        var x = JsonDocument.Parse(r.Out).RootElement.GetProperty("comparisons")[0];
        Assert.That(x.GetProperty("untrusted").EnumerateObject(), Is.Empty);
        Assert.That(x.GetProperty("complex_step").GetDouble(), Is.EqualTo(Math.Cos(1.0)).Within(1e-15));
    }
}
