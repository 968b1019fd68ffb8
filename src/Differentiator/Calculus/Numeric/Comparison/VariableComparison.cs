namespace Differentiator.Calculus.Numeric;

/// <summary>Symbolic versus numeric for one variable of a <see cref="DerivativeComparison"/>.</summary>
public sealed class VariableComparison
{
    internal VariableComparison() { }

    /// <summary>The variable.</summary>
    public required string Variable { get; init; }

    /// <summary>The symbolic partial derivative as text (null when no symbolic differentiator was given).</summary>
    public string? Symbolic { get; init; }

    /// <summary>The exact value: the symbolic derivative evaluated, or the dual-number value without one (NaN where undefined).</summary>
    public required double Exact { get; init; }

    /// <summary>Where <see cref="Exact"/> comes from: <c>symbolic</c> or <c>dual</c>.</summary>
    public required string ExactSource { get; init; }

    /// <summary>The lecture's central difference with the input as float64 (NaN where f is undefined at x ± h).</summary>
    public required double Central { get; init; }

    /// <summary>|central − exact|.</summary>
    public double AbsoluteError => Math.Abs(Central - Exact);

    /// <summary>|central − exact| / |exact| (the absolute error when exact is 0).</summary>
    public double RelativeError => Exact == 0 ? AbsoluteError : AbsoluteError / Math.Abs(Exact);

    /// <summary>The central difference with the input as int64 and an int64 gradient (zeros_like), when the input is integer.</summary>
    public long? IntegerCentral { get; init; }

    /// <summary>The same with a float64 gradient, when the input is integer.</summary>
    public double? IntegerCentralFloatGradient { get; init; }

    /// <summary>The complex-step derivative.</summary>
    public required double ComplexStep { get; init; }

    /// <summary>The dual-number (forward-mode) derivative.</summary>
    public required double Dual { get; init; }

    /// <summary>The numeric columns that must not be read as derivatives here, and why (empty when all can be trusted).</summary>
    public IReadOnlyList<ColumnDoubt> Doubts { get; init; } = [];

    /// <summary>Whether <paramref name="column"/> can be read as a derivative.</summary>
    public bool IsTrusted(NumericColumn column) => Doubts.All(d => d.Column != column);

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The error of the central difference over h from 1e-1 to 1e-15, when asked for.</summary>
    public StepSweep? Sweep { get; init; }
}
