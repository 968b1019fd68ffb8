using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// One step of a derivation: the rule applied to a subexpression and the (simplified) derivative
/// it gives. Steps are listed outermost first; <see cref="Depth"/> tells which steps belong to
/// which (the steps after a step with a greater depth work out its parts).
/// </summary>
public sealed class DerivationStep
{
    private readonly Lazy<Expr> _result;

    /// <param name="rule">The rule applied.</param>
    /// <param name="expression">The subexpression differentiated.</param>
    /// <param name="result">Its simplified derivative, worked out when first asked for: a long derivation shows few of its steps.</param>
    /// <param name="depth">The nesting level.</param>
    /// <param name="substitution">The chain rule's substitution, if any.</param>
    internal DerivationStep(DerivativeRule rule, Expr expression, Lazy<Expr> result, int depth, ChainSubstitution? substitution)
    {
        Rule = rule;
        Expression = expression;
        _result = result;
        Depth = depth;
        Substitution = substitution;
    }

    /// <summary>The rule applied.</summary>
    public DerivativeRule Rule { get; }

    /// <summary>The subexpression differentiated.</summary>
    public Expr Expression { get; }

    /// <summary>Its derivative, simplified.</summary>
    public Expr Result => _result.Value;

    /// <summary>0 for the whole formula, one more for each level of parts.</summary>
    public int Depth { get; }

    /// <summary>For <see cref="DerivativeRule.Chain"/> with one inner expression: the substitution t = inner.</summary>
    public ChainSubstitution? Substitution { get; }
}
