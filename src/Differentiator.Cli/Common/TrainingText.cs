using System.Globalization;
using Differentiator.Reports;

namespace Differentiator.Cli;

/// <summary>The text form of a training run.</summary>
public static class TrainingText
{
    /// <summary>The gate, the network, the final loss, the learned weights and the truth table the network now computes.</summary>
    public static IEnumerable<string> Lines(TrainingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = report.Result;
        var gate = r.Gate.ToString().ToUpperInvariant();
        yield return $"{Title(report)}, {r.Options.Epochs} epochs at rate {Number(r.Options.Rate)}, seed {r.Options.Seed}, {r.Gradient} gradient";
        yield return $"loss: {Number(r.LossHistory[0])} -> {Number(r.Loss)}";
        yield return "weights: " + string.Join(", ", r.Weights.Select(w => $"{w.Key} = {Number(w.Value)}"));
        yield return "x1 x2 | y      | out | want";
        foreach (var row in r.Rows)
            yield return $"{row.X1}  {row.X2}  | {row.Activation.ToString("0.0000", CultureInfo.InvariantCulture)} | {row.Output}   | {row.Target}";
        yield return r.Learned ? $"learned: yes, the network computes {gate}" : $"learned: no. {r.Explanation}";
        if (report.Symbolic is { } s)
            yield return $"numeric gradient {Seconds(r.Seconds)} vs symbolic {Seconds(s.Seconds)} ({(r.Seconds / Math.Max(s.Seconds, 1e-9)).ToString("0.0", CultureInfo.InvariantCulture)}x); final loss {Number(r.Loss)} vs {Number(s.Loss)}; largest weight difference {report.LargestWeightDifference!.Value.ToString("0.##e+0", CultureInfo.InvariantCulture)}";
    }

    /// <summary><c>XOR with a 2-2-1 network of sigmoid units</c>.</summary>
    public static string Title(TrainingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = report.Result;
        var network = r.Options.Hidden == 0 ? "one sigmoid unit" : $"a 2-{r.Options.Hidden}-1 network of sigmoid units";
        return $"{r.Gate.ToString().ToUpperInvariant()} with {network}";
    }

    private static string Number(double v) => Math.Abs(v) < 5e-7 ? "0" : v.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Seconds(double s) => s < 1 ? $"{(s * 1000).ToString("0.#", CultureInfo.InvariantCulture)} ms" : $"{s.ToString("0.##", CultureInfo.InvariantCulture)} s";
}
