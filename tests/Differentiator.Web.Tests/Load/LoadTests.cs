using System.Diagnostics;
using System.Net;
using Differentiator.Web.Tests.Support;

namespace Differentiator.Web.Tests.Load;

/// <summary>
/// A short load on the real server (Kestrel on loopback, a free port): 32 clients post the
/// lecture's formulas to <c>/api/diff</c> until 20,000 answers or 5 seconds, whichever comes first.
/// Every answer must be right; the figures are printed, not asserted (speed is measured by the
/// benchmark in docs/notes/web.md, on a Release build).
/// </summary>
[NonParallelizable]
public sealed class LoadTests
{
    public static readonly string[] LectureFormulas =
        ["2x+3xy+y^3", "wx + xyz + 3w + zy^2", "w1x1 + w2x2 + w3x3 - θ", "3x^2 + e^x + 7", "ln x + 1/x", "e^{3x^2}", "1/(1+e^{-z})"];

    private const int Clients = 32;
    private const int MaxRequests = 20_000;
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(5);

    [Test, CancelAfter(60_000)]
    public async Task Thirty_two_clients_get_only_right_answers()
    {
        await using var app = DxServer.Build(new ServerOptions { Port = 0, RequestsPerSecond = 0 });
        await app.StartAsync();
        var address = new Uri(DxServer.Addresses(app)[0]);
        Assert.That(IPAddress.IsLoopback(IPAddress.Parse(address.Host)), Is.True, "load goes to loopback only");

        var expected = LectureFormulas.ToDictionary(f => f, f => Formula.Parse(f).Variables.Count);
        var latencies = new List<double>[Clients];
        var errors = 0;
        var issued = 0;
        var clock = Stopwatch.StartNew();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Clients };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async c =>
        {
            var mine = latencies[c] = [];
            while (clock.Elapsed < MaxTime && Interlocked.Increment(ref issued) <= MaxRequests)
            {
                var formula = LectureFormulas[(c + mine.Count) % LectureFormulas.Length];
                var started = Stopwatch.GetTimestamp();
                var answer = await client.PostJson("/api/diff", Body(formula));
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (answer.Status != 200 || answer.Json["derivatives"]!.AsArray().Count != expected[formula]) Interlocked.Increment(ref errors);
            }
        }));
        var elapsed = clock.Elapsed;
        await app.StopAsync();

        var all = latencies.SelectMany(l => l).Order().ToArray();
        TestContext.Out.WriteLine($"{all.Length} requests in {elapsed.TotalSeconds:0.00} s: {all.Length / elapsed.TotalSeconds:0} requests/s, " +
            $"p50 {Percentile(all, 0.50):0.00} ms, p99 {Percentile(all, 0.99):0.00} ms, {errors} errors (Debug build, in the test process)");
        Assert.That(errors, Is.Zero);
        Assert.That(all, Has.Length.GreaterThanOrEqualTo(Clients));
    }

    private static string Body(string formula) => "{\"formula\": \"" + formula + "\"}";

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
