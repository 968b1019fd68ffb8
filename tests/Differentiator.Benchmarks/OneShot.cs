using System.Diagnostics;
using System.Globalization;
using Differentiator.Calculus.Numeric;

namespace Differentiator.Benchmarks;

/// <summary>
/// The one-shot cost in a fresh process, which BenchmarkDotNet (warmed up, many calls) cannot show:
/// parse a formula, compile it, evaluate it once and twice, and take the lecture's numeric gradient,
/// each step timed once, in wall-clock and in CPU time of the whole process (less disturbed by
/// other load on the machine). Run it as its own process (<c>one-shot "formula"</c>), several times.
/// </summary>
public static class OneShot
{
    /// <summary>Times each step once, in this (fresh) process, and prints the times in milliseconds; <paramref name="emitNow"/> skips the interpreted tier.</summary>
    public static void Run(string text, bool emitNow = false)
    {
        var process = Process.GetCurrentProcess();
        var laps = new List<(string Step, double Wall, double Cpu)>();
        var wall = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        void Lap(string step)
        {
            process.Refresh();
            var now = process.TotalProcessorTime;
            laps.Add((step, wall.Elapsed.TotalMilliseconds, (now - cpu).TotalMilliseconds));
            cpu = now;
            wall.Restart();
        }

        var formula = Formula.Parse(text);
        Lap("parse");
        var compiled = CompiledFormula.Compile(formula.Expression);
        if (emitNow) compiled.CompileNow();
        Lap(emitNow ? "compile-and-emit" : "compile");
        var point = Enumerable.Range(0, compiled.Count).Select(i => 0.5 + 0.25 * i).ToArray();
        var first = compiled.Evaluate(point);
        Lap("first-evaluate");
        compiled.Evaluate(point);
        Lap("second-evaluate");
        var gradient = NumericGradient.Compute(compiled, NdArray.Vector(point)).Gradient;
        Lap("numeric-gradient");
        var line = string.Join("  ", laps.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Step} {l.Wall:F2}/{l.Cpu:F0}")));
        Console.WriteLine($"{line}  ms wall/cpu  (f = {first.ToString("R", CultureInfo.InvariantCulture)}, gradient {gradient})");
    }
}
