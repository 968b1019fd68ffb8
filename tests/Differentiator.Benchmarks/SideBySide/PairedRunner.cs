#if BASELINE
extern alias baseline;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Old = baseline::Differentiator;
using OldSymbolic = baseline::Differentiator.Calculus.Symbolic;
using OldExpressions = baseline::Differentiator.Expressions;

namespace Differentiator.Benchmarks.SideBySide;

/// <summary>
/// A side-by-side measure that a loaded machine cannot skew: the starting commit's library and this
/// one run alternately in batches of about 30 ms, each batch timed by the thread's own CPU clock
/// (time the scheduler gives other processes does not count), and the speed-up is the median of the
/// paired ratios. <c>dotnet run -c Release --project tests/Differentiator.Benchmarks -- paired all</c>;
/// run it with <c>DOTNET_TieredCompilation=0</c> so both are fully optimised from the first batch.
/// </summary>
internal static class PairedRunner
{
    public static void Run(string[] args)
    {
        var what = args.Length > 1 ? args[1] : "all";
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
        foreach (var name in what == "all" ? ["pipeline", "parse", "diff", "print", "sin1", "sin2", "parse1000", "parse10000", "parse60000", "poly1000", "poly10000", "poly100000"] : what.Split(','))
        {
            var (baselineWork, currentWork, perOperation) = Workload(name);
            Measure(name, baselineWork, currentWork, perOperation, rounds);
        }
    }

    private static (Func<int> Baseline, Func<int> Current, int PerOperation) Workload(string name)
    {
        var texts = ReferenceFormulas.Load();
        switch (name)
        {
            case "pipeline":
                return (() => ReferenceFormulas.BaselinePipeline(texts),
                        () => ReferenceFormulas.Pipeline(texts),
                        texts.Length);
            case "parse":
                return (() => texts.Sum(t => Old.Formula.Parse(t).Variables.Count), () => texts.Sum(t => Formula.Parse(t).Variables.Count), texts.Length);
            case "diff":
            {
                var old = texts.Select(t => Old.Formula.Parse(t)).ToArray();
                var current = texts.Select(t => Formula.Parse(t)).ToArray();
                return (() => old.Sum(f => OldSymbolic.Derivative.Gradient(f.Expression, f.Variables).Count),
                        () => current.Sum(f => Derivative.Gradient(f.Expression, f.Variables).Count), texts.Length);
            }
            case "print":
            {
                var old = texts.Select(t => Old.Formula.Parse(t)).SelectMany(f => OldSymbolic.Derivative.Gradient(f.Expression, f.Variables)).ToArray();
                var current = texts.Select(t => Formula.Parse(t)).SelectMany(f => Derivative.Gradient(f.Expression, f.Variables)).ToArray();
                return (() => old.Sum(d => d.ToString().Length), () => current.Sum(d => d.ToString().Length), texts.Length);
            }
            case "sin1" or "sin2":
            {
                var order = name == "sin1" ? 1 : 2;
                var old = Old.Formula.Parse(BenchmarkFormulas.NestedSin(50)).Expression;
                var current = Formula.Parse(BenchmarkFormulas.NestedSin(50)).Expression;
                return (() => OldSymbolic.Derivative.Of(old, "x", order).Depth, () => Derivative.Of(current, "x", order).Depth, 1);
            }
            case var _ when name.StartsWith("parse", StringComparison.Ordinal):
            {
                // Σ k·x^k as text: 60,000 terms is about the most the parser's 1,000,000 characters hold.
                var terms = int.Parse(name["parse".Length..], CultureInfo.InvariantCulture);
                var text = BenchmarkFormulas.Polynomial(terms);
                return (() => Old.Formula.Parse(text).Expression.Depth, () => Unbudgeted(() => Formula.Parse(text).Expression.Depth), terms);
            }
            default:
            {
                var terms = int.Parse(name["poly".Length..], CultureInfo.InvariantCulture);
                var x = OldExpressions.Expr.Variable("x");
                var old = OldExpressions.Expr.Add(Enumerable.Range(1, terms).Select(k =>
                    OldExpressions.Expr.Multiply(OldExpressions.Expr.Number(k), OldExpressions.Expr.Pow(x, OldExpressions.Expr.Number(k)))));
                var current = Polynomials.Build(terms);
                return (() => OldSymbolic.Derivative.Of(old, "x").Depth, () => Unbudgeted(() => Derivative.Of(current, "x").Depth), terms);
            }
        }
    }

    /// <summary>
    /// The large workloads run without the default 3 s wall-clock budget, which 282242c did not have:
    /// on a loaded machine a 100,000-term derivative (0.5 s of CPU) can take longer than that in wall time.
    /// </summary>
    private static int Unbudgeted(Func<int> work)
    {
        using var scope = OperationBudget.Unlimited.Enter();
        return work();
    }

    private static void Measure(string name, Func<int> baselineWork, Func<int> currentWork, int perOperation, int rounds)
    {
        var repetitions = 1;
        baselineWork(); // compile both before sizing the batches, so the JIT does not count
        currentWork();
        while (Batch(baselineWork, repetitions, perOperation).Micros * repetitions * perOperation < 30_000 && repetitions < 1 << 20) repetitions *= 2;
        for (var i = 0; i < 3; i++)
        {
            Batch(baselineWork, repetitions, perOperation);
            Batch(currentWork, repetitions, perOperation);
        }
        var (baseline, current, ratios) = (new List<double>(), new List<double>(), new List<double>());
        long baselineBytes = 0, currentBytes = 0, baselineGen2 = 0, currentGen2 = 0;
        for (var r = 0; r < rounds; r++)
        {
            var b = Batch(baselineWork, repetitions, perOperation);
            var c = Batch(currentWork, repetitions, perOperation);
            (baselineBytes, currentBytes) = (b.Bytes, c.Bytes);
            (baselineGen2, currentGen2) = (baselineGen2 + b.Gen2, currentGen2 + c.Gen2);
            baseline.Add(b.Micros);
            current.Add(c.Micros);
            ratios.Add(b.Micros / c.Micros);
        }
        var unit = name is "pipeline" or "parse" or "diff" or "print" ? "formula" : perOperation == 1 ? "op" : "term";
        var calls = (double)rounds * repetitions;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-11} baseline {Median(baseline),9:F2} µs/{unit}  current {Median(current),9:F2} µs/{unit}  speed-up {Median(ratios),5:F2}x  " +
            $"allocated {baselineBytes,8} B vs {currentBytes,8} B /{unit}  gen-2 per call {baselineGen2 / calls:F2} vs {currentGen2 / calls:F2}  " +
            $"({rounds}×{repetitions} calls, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})"));
    }

    /// <summary>One batch: CPU µs and bytes per unit (formula, term or call) and the gen-2 collections it saw.</summary>
    private static (double Micros, long Bytes, int Gen2) Batch(Func<int> work, int repetitions, int perOperation)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var gen2 = GC.CollectionCount(2);
        var start = ThreadCpuMicros();
        for (var i = 0; i < repetitions; i++) work();
        var micros = (ThreadCpuMicros() - start) / (repetitions * (double)perOperation);
        return (micros, (GC.GetAllocatedBytesForCurrentThread() - bytes) / (repetitions * perOperation), GC.CollectionCount(2) - gen2);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private const int ClockThreadCpuTime = 3; // Linux CLOCK_THREAD_CPUTIME_ID

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static double ThreadCpuMicros()
    {
        if (!OperatingSystem.IsLinux()) return Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
        ClockGetTime(ClockThreadCpuTime, out var t);
        return t.Seconds * 1e6 + t.Nanoseconds / 1e3;
    }
}
#endif
