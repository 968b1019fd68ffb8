using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>The deliberate mistakes a <see cref="FaultyDerivative"/> can make.</summary>
internal enum FaultKind
{
    /// <summary>The outer derivative at the inner function, without the inner derivative.</summary>
    MissingChain,
    /// <summary>A product differentiated as the product of the derivatives, u'v'.</summary>
    ProductOfDerivatives,
    /// <summary>A product differentiated as one term of the product rule only (<see cref="Fault.Term"/>).</summary>
    ProductOneTerm,
    /// <summary>(u v' − u' v)/v²: the numerator's terms swapped.</summary>
    QuotientSwapped,
    /// <summary>(u' v − u v')/v: the denominator not squared.</summary>
    QuotientNotSquared,
    /// <summary>u'/v'.</summary>
    QuotientOfDerivatives,
    /// <summary>n u^n u': the exponent not lowered.</summary>
    PowerNotLowered,
    /// <summary>u^(n−1) u': the exponent not brought down as a coefficient.</summary>
    PowerNoCoefficient,
    /// <summary>A term constant in the variable differentiated as itself instead of 0.</summary>
    ConstantKept,
    /// <summary>A trigonometric function's derivative with the wrong sign (cos' = sin).</summary>
    SignAtCall,
    /// <summary>Another variable treated as depending on the variable (its derivative taken as 1).</summary>
    OtherVariableDepends,
}

/// <summary>
/// One deliberate mistake: what, and where (<see cref="Site"/>, compared structurally; null for
/// everywhere it can happen). <see cref="Term"/> picks the product-rule term kept;
/// <see cref="Variable"/> the other variable treated as dependent (null for all of them).
/// </summary>
internal sealed record Fault(FaultKind Kind, Expr? Site = null, int Term = -1, string? Variable = null)
{
    /// <summary>Whether this fault is made at <paramref name="node"/>.</summary>
    public bool At(FaultKind kind, Expr node) => Kind == kind && (Site is null || Site.Equals(node));
}
