using Differentiator.Expressions;

namespace Differentiator.Tests.Support;

/// <summary>The structure of a tree, for failure messages: <c>Prod[2, x, Pow(y, -1)]</c>.</summary>
public static class TreeDump
{
    public static string Of(Expr e) => e switch
    {
        Rational r => r.ToInvariantString(),
        Real d => d.ToInvariantString() + "r",
        Symbol s => s.Name,
        Constant c => c.Name,
        Sum s => "Sum[" + string.Join(", ", s.Terms.Select(Of)) + "]",
        Product p => "Prod[" + string.Join(", ", p.Factors.Select(Of)) + "]",
        Power p => "Pow(" + Of(p.Base) + ", " + Of(p.Exponent) + ")",
        Call c => c.Function.Name + "(" + string.Join(", ", c.Arguments.Select(Of)) + ")",
        _ => e.GetType().Name,
    };
}
