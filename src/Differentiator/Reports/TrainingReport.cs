using Differentiator.Neural;

namespace Differentiator.Reports;

/// <summary>A training run, and with the numeric gradient the same run with the symbolic one beside it.</summary>
public sealed record TrainingReport(TrainingResult Result, TrainingResult? Symbolic)
{
    /// <summary>Trains <paramref name="gate"/>; with <see cref="TrainingOptions.Numeric"/> also the symbolic run, for comparison.</summary>
    /// <exception cref="InvalidInputException">An option is out of range.</exception>
    public static TrainingReport Run(LogicGate gate, TrainingOptions options, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = Trainer.Train(gate, options, progress);
        var symbolic = options.Numeric ? Trainer.Train(gate, options with { Numeric = false }) : null;
        return new(result, symbolic);
    }

    /// <summary>The largest difference between the numeric run's and the symbolic run's weights (null without both).</summary>
    public double? LargestWeightDifference => Symbolic is null ? null
        : Result.Weights.Zip(Symbolic.Weights).Max(p => Math.Abs(p.First.Value - p.Second.Value));
}
