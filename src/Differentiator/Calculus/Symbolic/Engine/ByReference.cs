using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Nodes as keys by identity, hashed by their cached structural hash (the object header's hash costs
/// more the first time, and interned nodes have the structural one already).
/// </summary>
internal sealed class ByReference : IEqualityComparer<Expr>
{
    public static readonly ByReference Instance = new();

    public bool Equals(Expr? x, Expr? y) => ReferenceEquals(x, y);

    public int GetHashCode(Expr obj) => obj.GetHashCode();
}
