namespace Differentiator.Calculus.Numeric;

/// <summary>A real function of the elements of an array, taken in C order.</summary>
public interface IArrayFunction
{
    /// <summary>The number of elements the function reads.</summary>
    int Count { get; }

    /// <summary>The value at <paramref name="elements"/> (C order).</summary>
    double Evaluate(ReadOnlySpan<double> elements);
}
