using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// The substitution of a chain-rule step, as the lecture writes it: for <c>e^(3x^2)</c>,
/// <c>t = 3x^2</c>, <c>f = e^t</c>, <c>df/dt = e^t</c>, <c>dt/dx = 6x</c>.
/// </summary>
public sealed class ChainSubstitution
{
    private readonly Lazy<Expr> _outerDerivative;
    private readonly Lazy<Expr> _innerDerivative;

    /// <summary>The derivatives are worked out when first asked for.</summary>
    internal ChainSubstitution(Symbol variable, Expr inner, Expr outer, Lazy<Expr> outerDerivative, Lazy<Expr> innerDerivative)
    {
        Variable = variable;
        Inner = inner;
        Outer = outer;
        _outerDerivative = outerDerivative;
        _innerDerivative = innerDerivative;
    }

    /// <summary>The new variable, <c>t</c> (another letter when the formula uses t).</summary>
    public Symbol Variable { get; }

    /// <summary>What t stands for, <c>3x^2</c>.</summary>
    public Expr Inner { get; }

    /// <summary>The outer function written in t, <c>e^t</c>.</summary>
    public Expr Outer { get; }

    /// <summary>df/dt, in t: <c>e^t</c>.</summary>
    public Expr OuterDerivative => _outerDerivative.Value;

    /// <summary>dt/dx: <c>6x</c>.</summary>
    public Expr InnerDerivative => _innerDerivative.Value;
}
