using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Differentiator.Reports;
using Differentiator.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Differentiator.Web.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter, one token bucket per client address: on average
/// <see cref="ServerOptions.RequestsPerSecond"/> requests a second, bursts of twice that; past it,
/// 429 with the error document and <c>Retry-After</c>. The address is the connection's (a
/// forwarded-for header is not trusted: anyone can write one).
/// </summary>
internal static class ClientRateLimit
{
    public static void Add(IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            limiter.OnRejected = Reject;
        });
    }

    // Partitions are keyed by text: an address, or the one key of requests that are not limited.
    private const string Unlimited = "unlimited";

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var rate = context.RequestServices.GetRequiredService<ServerOptions>().RequestsPerSecond;
        if (rate <= 0 || context.Request.Path == "/health") return RateLimitPartition.GetNoLimiter(Unlimited);
        var address = (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();
        return RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 2 * rate,
            TokensPerPeriod = rate,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask Reject(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var response = rejected.HttpContext.Response;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var error = new ErrorReport(ErrorCodes.TooManyRequests, "Too many requests from this address; wait a moment and try again.");
        await ApiResponse.Error(error, StatusCodes.Status429TooManyRequests).ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
    }
}
