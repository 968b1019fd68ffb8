namespace Differentiator.Calculus.Numeric;

/// <summary>The outcome of <see cref="NumericGradient.Compute(IArrayFunction, NdArray, NumericGradientOptions?)"/>.</summary>
public sealed class NumericGradientResult
{
    internal NumericGradientResult(NdArray input, NdArray gradient, NumericGradientOptions options, IReadOnlyList<NumericWarning> warnings, IReadOnlyList<string> trace)
    {
        Input = input;
        Gradient = gradient;
        Options = options;
        Warnings = warnings;
        Trace = trace;
    }

    /// <summary>The point, as given.</summary>
    public NdArray Input { get; }

    /// <summary>The gradient: same shape as the input, dtype as the options say.</summary>
    public NdArray Gradient { get; }

    /// <summary>The settings used.</summary>
    public NumericGradientOptions Options { get; }

    /// <summary>Why the result may be meaningless, and how to fix it; empty when all is well.</summary>
    public IReadOnlyList<NumericWarning> Warnings { get; }

    /// <summary>The lecture's debug lines (<c>debug 1. initial input variable = [3.]</c> …), when asked for.</summary>
    public IReadOnlyList<string> Trace { get; }
}
