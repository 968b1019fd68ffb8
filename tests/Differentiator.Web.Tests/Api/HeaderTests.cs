using Differentiator.Web.Tests.Support;

namespace Differentiator.Web.Tests.Api;

/// <summary>Security headers on every kind of answer: the page, its files, a document, an error.</summary>
public sealed class HeaderTests : ApiFixture
{
    private static IEnumerable<TestCaseData> Answers()
    {
        yield return new TestCaseData("GET", "/", null).SetName("the page");
        yield return new TestCaseData("GET", "/app.js", null).SetName("the script");
        yield return new TestCaseData("GET", "/health", null).SetName("health");
        yield return new TestCaseData("POST", "/api/diff", """{"formula": "x^2"}""").SetName("a document");
        yield return new TestCaseData("POST", "/api/diff", """{"formula": "<img src=x onerror=alert(1)>"}""").SetName("an error");
        yield return new TestCaseData("GET", "/nothing-here", null).SetName("not found");
    }

    [TestCaseSource(nameof(Answers))]
    public async Task Every_answer_carries_the_security_headers(string method, string path, string? body)
    {
        var answer = method == "GET" ? await Client.Get(path) : await Client.PostJson(path, body!);
        var headers = answer.Response.Headers;
        Assert.That(headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'self'"));
        Assert.That(headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
        Assert.That(headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
        Assert.That(headers.Contains("Server"), Is.False);
    }

    [Test]
    public async Task The_policy_allows_no_inline_script_and_no_other_origin()
    {
        var policy = (await Client.Get("/")).Response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(policy, Does.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval").And.Not.Contain("*").And.Not.Contain("http"));
    }

    [Test]
    public async Task Api_answers_are_not_cached()
    {
        var answer = await Client.PostJson("/api/parse", """{"formula": "x"}""");
        Assert.That(answer.Response.Headers.CacheControl!.NoStore, Is.True);
    }
}
