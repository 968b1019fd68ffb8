using System.Diagnostics;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>Where the pipeline's time goes, when asked for (<c>--profile</c>); off otherwise.</summary>
public static class StageTimes
{
    private static readonly Dictionary<string, (long Ticks, int Count)> Totals = [];

    /// <summary>Whether stages are timed.</summary>
    public static bool Enabled { get; set; }

    /// <summary>Runs <paramref name="stage"/>, timing it when enabled.</summary>
    public static T Time<T>(string name, Func<T> stage)
    {
        if (!Enabled) return stage();
        var start = Stopwatch.GetTimestamp();
        try
        {
            return stage();
        }
        finally
        {
            var elapsed = Stopwatch.GetTimestamp() - start;
            Totals[name] = Totals.TryGetValue(name, out var t) ? (t.Ticks + elapsed, t.Count + 1) : (elapsed, 1);
        }
    }

    /// <summary>Runs <paramref name="stage"/>, timing it when enabled.</summary>
    public static void Time(string name, Action stage) => Time(name, () => { stage(); return 0; });

    /// <summary>The totals, largest first.</summary>
    public static IEnumerable<string> Report() => Totals.OrderByDescending(t => t.Value.Ticks).Select(t =>
        $"  {t.Key,-40} {t.Value.Ticks * 1000.0 / Stopwatch.Frequency,10:0} ms in {t.Value.Count,7} calls ({t.Value.Ticks * 1e6 / Stopwatch.Frequency / t.Value.Count,8:0} µs each)");
}
