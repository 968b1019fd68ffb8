namespace Differentiator.Calculus.Numeric;

/// <summary>
/// A function that can evaluate itself at a point with single elements replaced, several at a
/// time, faster than full evaluations, with results bit-identical to setting the element,
/// evaluating, and restoring it.
/// </summary>
public interface IPerturbableFunction : IArrayFunction
{
    /// <summary>The most elements one call of <see cref="EvaluatePerturbed"/> takes.</summary>
    int MaxBatch { get; }

    /// <summary>
    /// For each i: f at <paramref name="elements"/> with element <paramref name="flats"/>[i] set to
    /// <paramref name="firsts"/>[i] (into <paramref name="resultsFirst"/>[i]) and set to
    /// <paramref name="seconds"/>[i] (into <paramref name="resultsSecond"/>[i]), the other elements unchanged.
    /// </summary>
    void EvaluatePerturbed(ReadOnlySpan<double> elements, ReadOnlySpan<int> flats, ReadOnlySpan<double> firsts, ReadOnlySpan<double> seconds,
        Span<double> resultsFirst, Span<double> resultsSecond);
}
