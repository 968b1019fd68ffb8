using Differentiator.Web.Tests.Support;

namespace Differentiator.Web.Tests.Api;

/// <summary><c>GET /api/plot</c>: SVG of f and f′, errors as documents.</summary>
public sealed class PlotTests : ApiFixture
{
    [Test]
    public async Task The_plot_of_f_and_its_derivative_is_svg()
    {
        var answer = await Client.Get("/api/plot?formula=" + Uri.EscapeDataString("x^3 - 3x") + "&from=-3&to=3&derivative=1");
        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.ContentType, Does.StartWith("image/svg+xml"));
        Assert.That(answer.Body, Does.StartWith("<svg").Or.StartWith("<?xml"));
        Assert.That(answer.Body, Does.Contain("</svg>"));
        Assert.That(answer.Response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'"));
        Assert.That(answer.Response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    [TestCase("formula=x%2By", "DX0201")]
    [TestCase("formula=foo(x)", "DX0005")]
    [TestCase("from=1", "DX0701")]
    [TestCase("formula=x&from=abc", "DX0701")]
    [TestCase("formula=x&from=inf", "DX0701")]
    [TestCase("formula=x&from=3&to=1", "DX0201")]
    [TestCase("formula=x&derivative=1.5", "DX0701")]
    [TestCase("formula=x&derivative=9", "DX0201")]
    [TestCase("formula=x&colour=red", "DX0701")]
    [TestCase("formula=x&formula=y", "DX0701")]
    public async Task A_plot_that_cannot_be_drawn_is_400_with_the_error_document(string query, string code)
    {
        var answer = await Client.Get("/api/plot?" + query);
        Assert.That(answer.Status, Is.EqualTo(400), answer.Body);
        Assert.That(answer.ErrorCode, Is.EqualTo(code));
    }

    [Test]
    public async Task A_long_unknown_parameter_is_echoed_as_an_excerpt_that_keeps_surrogate_pairs_whole()
    {
        // 30 emoji (60 UTF-16 units): a cut after 40 units would fall between the halves of a pair.
        var key = string.Concat(Enumerable.Repeat("😀", 30));
        var answer = await Client.Get("/api/plot?formula=x&" + Uri.EscapeDataString(key) + "=1");
        Assert.That(answer.Status, Is.EqualTo(400), answer.Body);
        var message = answer.Json["error"]!["message"]!.GetValue<string>();
        Assert.That(message, Does.Contain("…").And.Not.Contain(key));
        Assert.That(message.Length, Is.LessThan(200));
        Assert.That(message.Where(char.IsSurrogate).Count() % 2, Is.Zero);
        Assert.That(message.Where((c, i) => char.IsHighSurrogate(c) && (i + 1 == message.Length || !char.IsLowSurrogate(message[i + 1]))), Is.Empty);
    }
}
