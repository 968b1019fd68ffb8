namespace Differentiator.Plotting;

/// <summary>Why a curve is broken between two segments (or at an end of the range).</summary>
public enum GapKind
{
    /// <summary>The function has no value there (<c>sqrt</c> of a negative, <c>ln</c> of 0, <c>1/0</c> at one point, a derivative at a kink).</summary>
    Undefined,
    /// <summary>The function grows without bound on at least one side (<c>1/x</c> at 0, <c>tan x</c> at π/2).</summary>
    Pole,
    /// <summary>The function jumps between two finite values (<c>step(x)</c> at 0, <c>sign(x)</c> at 0).</summary>
    Jump,
}
