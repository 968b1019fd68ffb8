using System.Diagnostics;

namespace Differentiator.Fuzz.Findings;

/// <summary>
/// Delta debugging (Zeller's ddmin) on the input's UTF-16 code units: removes ever smaller chunks
/// while the input still fails the same way, then single characters; bounded by a number of tests
/// and a time, since each test may be a fresh process.
/// </summary>
public static class Minimiser
{
    /// <summary>The smallest input found that still satisfies <paramref name="stillFails"/>.</summary>
    public static string Minimise(string input, Func<string, bool> stillFails, int maxTests, TimeSpan maxTime)
    {
        var clock = Stopwatch.StartNew();
        var tests = 0;
        bool Test(string candidate) => tests++ < maxTests && clock.Elapsed < maxTime && stillFails(candidate);
        bool Spent() => tests >= maxTests || clock.Elapsed >= maxTime;

        var current = input;
        var n = 2;
        while (current.Length >= 2 && !Spent())
        {
            var chunk = (int)Math.Ceiling(current.Length / (double)n);
            var reduced = false;
            for (var start = 0; start < current.Length && !Spent(); start += chunk)
            {
                var length = Math.Min(chunk, current.Length - start);
                var subset = current.Substring(start, length);
                if (n > 2 && Test(subset))
                {
                    current = subset;
                    n = 2;
                    reduced = true;
                    break;
                }
                var complement = current.Remove(start, length);
                if (complement.Length > 0 && Test(complement))
                {
                    current = complement;
                    n = Math.Max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (reduced) continue;
            if (n >= current.Length) break;
            n = Math.Min(current.Length, n * 2);
        }
        return current;
    }
}
