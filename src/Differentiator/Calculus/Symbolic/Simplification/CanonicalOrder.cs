using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// A total order on trees, used by the canonical form: numbers first (by value), then constants,
/// variables (by name), powers, products, sums and calls; same kinds compare child by child.
/// </summary>
internal sealed class CanonicalOrder : IComparer<Expr>
{
    public static readonly CanonicalOrder Instance = new();

    public int Compare(Expr? a, Expr? b)
    {
        StackGuard.Ensure();
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var byKind = Kind(a).CompareTo(Kind(b));
        if (byKind != 0) return byKind;
        return (a, b) switch
        {
            (Rational x, Rational y) => x.CompareTo(y),
            (Real x, Real y) => x.Value.CompareTo(y.Value),
            (Constant x, Constant y) => string.CompareOrdinal(x.Name, y.Name),
            (Symbol x, Symbol y) => string.CompareOrdinal(x.Name, y.Name),
            (Call x, Call y) => CompareCalls(x, y),
            _ => CompareChildren(a.Children, b.Children),
        };
    }

    private int CompareCalls(Call x, Call y)
    {
        var byName = string.CompareOrdinal(x.Function.Name, y.Function.Name);
        return byName != 0 ? byName : CompareChildren(x.Arguments, y.Arguments);
    }

    private int CompareChildren(IReadOnlyList<Expr> a, IReadOnlyList<Expr> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = Compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    }

    private static int Kind(Expr e) => e switch
    {
        Rational => 0,
        Real => 1,
        Constant => 2,
        Symbol => 3,
        Power => 4,
        Product => 5,
        Sum => 6,
        Call => 7,
        _ => 8,
    };
}
