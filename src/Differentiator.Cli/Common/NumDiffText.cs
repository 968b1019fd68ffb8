using Differentiator.Calculus.Numeric;
using Differentiator.Reports;

namespace Differentiator.Cli;

/// <summary>The text form of a numeric gradient report, shared by <c>dx numdiff</c> and the REPL.</summary>
public static class NumDiffText
{
    /// <summary>The trace (when asked for), the gradient as NumPy prints it, its exact values, and how it was computed.</summary>
    public static IEnumerable<string> Lines(NumDiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = report.Result;
        foreach (var line in r.Trace) yield return line;
        yield return $"grad = {r.Gradient}";
        yield return $"values: {string.Join(", ", Enumerable.Range(0, r.Gradient.Count).Select(r.Gradient.ElementText))}";
        yield return $"dtype {r.Input.DType.Name()}, grad dtype {r.Gradient.DType.Name()}, {r.Options.Scheme.Name()} difference {r.Options.Scheme.Formula()}, h = {NumPyFloatText.Repr(r.Options.Delta)}";
    }
}
