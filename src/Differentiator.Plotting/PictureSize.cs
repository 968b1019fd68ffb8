namespace Differentiator.Plotting;

/// <summary>The size of a picture in pixels.</summary>
/// <param name="Width">The width.</param>
/// <param name="Height">The height.</param>
public readonly record struct PictureSize(int Width, int Height)
{
    /// <summary>800 × 500, the size <c>dx</c> writes.</summary>
    public static PictureSize Default { get; } = new(800, 500);
}
