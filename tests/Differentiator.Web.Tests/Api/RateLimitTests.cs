using Differentiator.Web.Tests.Support;

namespace Differentiator.Web.Tests.Api;

/// <summary>The rate limiter per client address: past the burst, 429 with the error document and Retry-After.</summary>
public sealed class RateLimitTests
{
    [Test]
    public async Task A_client_past_its_rate_gets_429_and_health_is_never_limited()
    {
        using var factory = new DxWebFactory(new ServerOptions { RequestsPerSecond = 2 });
        using var client = factory.CreateClient();
        var statuses = new List<int>();
        ApiAnswer? refused = null;
        for (var i = 0; i < 12; i++)
        {
            var answer = await client.PostJson("/api/parse", """{"formula": "x"}""");
            statuses.Add(answer.Status);
            if (answer.Status == 429) refused ??= answer;
        }
        Assert.That(statuses.Count(s => s == 200), Is.InRange(4, 8), string.Join(", ", statuses));
        Assert.That(refused, Is.Not.Null);
        Assert.That(refused!.ErrorCode, Is.EqualTo("DX0703"));
        Assert.That(refused.Response.Headers.RetryAfter, Is.Not.Null);
        Assert.That(refused.Response.Headers.Contains("Content-Security-Policy"), Is.True);
        for (var i = 0; i < 5; i++) Assert.That((await client.Get("/health")).Status, Is.EqualTo(200));
    }
}
