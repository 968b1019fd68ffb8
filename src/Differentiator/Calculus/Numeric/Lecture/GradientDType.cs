namespace Differentiator.Calculus.Numeric;

/// <summary>How the gradient array is allocated.</summary>
public enum GradientDType
{
    /// <summary><c>np.zeros_like(x)</c>: the input's dtype, so an int64 input gets an int64 gradient (the lecture).</summary>
    LikeInput,
    /// <summary><c>np.zeros_like(x, dtype=np.float64)</c>.</summary>
    Float64,
}
