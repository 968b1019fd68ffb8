using Differentiator.Web.Tests.Support;

namespace Differentiator.Web.Tests.Api;

/// <summary>Work over the request's budget ends with 422 and a message, and the server goes on.</summary>
public sealed class BudgetTests
{
    /// <summary>(x+0)(x+1)…(x+n−1): its derivative is a sum of n products of n−1 factors.</summary>
    private static string Product(int factors) => string.Concat(Enumerable.Range(0, factors).Select(k => $"(x+{k})"));

    [Test]
    public async Task A_formula_over_the_time_budget_is_422_with_a_message()
    {
        using var factory = new DxWebFactory(new ServerOptions { RequestsPerSecond = 0, TimeBudget = TimeSpan.FromMilliseconds(50) });
        using var client = factory.CreateClient();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var answer = await client.PostJson("/api/diff", $$"""{"formula": "{{Product(5000)}}"}""");
        Assert.That(answer.Status, Is.EqualTo(422), answer.Body.Length > 300 ? answer.Body[..300] : answer.Body);
        Assert.That(answer.ErrorCode, Is.EqualTo("DX0401"));
        Assert.That(answer.Json["error"]!["message"]!.GetValue<string>(), Does.Contain("was stopped"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        Assert.That((await client.PostJson("/api/diff", """{"formula": "x^2"}""")).Status, Is.EqualTo(200));
    }

    [Test]
    public async Task The_default_budget_ends_the_hostile_formulas_of_the_reliability_suite()
    {
        using var factory = new DxWebFactory();
        using var client = factory.CreateClient();
        foreach (var formula in new[] { Product(7000), string.Join("^", Enumerable.Repeat("x", 1000)), "sin(sin(sin(x)))y" })
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var answer = await client.PostJson("/api/diff", $$"""{"formula": "{{formula}}", "order": 20, "steps": true}""");
            Assert.That(answer.Status, Is.AnyOf(200, 400, 422), formula[..Math.Min(40, formula.Length)]);
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "ends well within the budget's order of time");
        }
    }
}
