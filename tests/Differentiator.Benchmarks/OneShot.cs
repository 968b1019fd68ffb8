using System.Diagnostics;
using System.Globalization;
using Differentiator.Calculus.Numeric;

namespace Differentiator.Benchmarks;

/// <summary>
/// The one-shot cost in a fresh process, which BenchmarkDotNet (warmed up, many calls) cannot show:
/// parse a formula, compile it, evaluate it once and twice, and take the lecture's numeric gradient,
/// each timed with a stopwatch. Run it as its own process (<c>one-shot "formula"</c>), several times.
/// </summary>
public static class OneShot
{
    /// <summary>Times each step once, in this (fresh) process, and prints the times in milliseconds.</summary>
    public static void Run(string text)
    {
        var total = Stopwatch.StartNew();
        var step = Stopwatch.StartNew();
        var formula = Formula.Parse(text);
        var parse = Lap(step);
        var compiled = CompiledFormula.Compile(formula.Expression);
        var compile = Lap(step);
        var point = Enumerable.Range(0, compiled.Count).Select(i => 0.5 + 0.25 * i).ToArray();
        var first = compiled.Evaluate(point);
        var firstEvaluate = Lap(step);
        compiled.Evaluate(point);
        var secondEvaluate = Lap(step);
        var gradient = NumericGradient.Compute(compiled, NdArray.Vector(point)).Gradient;
        var numericGradient = Lap(step);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse {parse:F3} compile {compile:F3} first-evaluate {firstEvaluate:F3} second-evaluate {secondEvaluate:F3} numeric-gradient {numericGradient:F3} total {total.Elapsed.TotalMilliseconds:F3} ms  (f = {first}, gradient {gradient})"));
    }

    private static double Lap(Stopwatch step)
    {
        var ms = step.Elapsed.TotalMilliseconds;
        step.Restart();
        return ms;
    }
}
