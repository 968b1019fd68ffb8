namespace Differentiator.Grading;

/// <summary>The points at which answers are compared with the derivative: one coordinate per name in each row.</summary>
internal sealed class SamplePoints(IReadOnlyList<string> names, IReadOnlyList<double[]> rows)
{
    public IReadOnlyList<string> Names { get; } = names;

    public IReadOnlyList<double[]> Rows { get; } = rows;

    public int Count => Rows.Count;

    /// <summary>The coordinates of point <paramref name="index"/>, in name order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> At(int index) =>
        [.. Names.Select((n, i) => KeyValuePair.Create(n, Rows[index][i]))];
}
