namespace Differentiator.Plotting;

/// <summary>What happens to a curve at a point that the function table predicts (a non-smooth call switching).</summary>
internal enum SpecialKind
{
    /// <summary>Continuous with a corner: the samples must include the point.</summary>
    Kink,
    /// <summary>A jump between finite values: the curve breaks.</summary>
    Jump,
    /// <summary>Defined around but not at the point (a derivative at its function's kink): the curve breaks.</summary>
    Undefined,
}

/// <summary>A point the sampler must honour.</summary>
internal readonly record struct SpecialPoint(double X, SpecialKind Kind)
{
    public bool Breaks => Kind != SpecialKind.Kink;
}
