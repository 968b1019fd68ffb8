using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// The one rule that orders the factors of a textbook product: by the kind of each factor's
/// base — numbers, constants (π), variables (alphabetically), powers of numbers (<c>2^x</c>),
/// function calls, sums — and otherwise in the order they first appeared (the sort is stable).
/// So <c>z·2y</c> reads <c>2yz</c>, <c>e^(3x^2)·6x</c> reads <c>6x e^(3x^2)</c> and
/// <c>(ln x + 1)·x^x</c> reads <c>x^x (ln(x) + 1)</c>. The factory <see cref="Expr.Multiply(Expr[])"/>
/// then moves factors below the fraction bar last, keeping this order among them.
/// </summary>
internal static class FactorOrder
{
    /// <summary>Sorts in place from <paramref name="from"/> on, stably (an insertion sort: products are short and mostly in order).</summary>
    public static void Sort(Span<Expr> factors, int from = 0)
    {
        for (var i = from + 1; i < factors.Length; i++)
        {
            var item = factors[i];
            var j = i - 1;
            while (j >= from && Compare(factors[j], item) > 0)
            {
                factors[j + 1] = factors[j];
                j--;
            }
            factors[j + 1] = item;
        }
    }

    /// <summary>The order of two factors: below zero when <paramref name="a"/> goes first (equal ranks keep their order).</summary>
    public static int Compare(Expr a, Expr b)
    {
        var byRank = Rank(a).CompareTo(Rank(b));
        return byRank != 0 ? byRank : string.CompareOrdinal(SymbolName(a), SymbolName(b));
    }

    private static int Rank(Expr factor)
    {
        var @base = factor is Power p ? p.Base : factor;
        return @base switch
        {
            Rational or Real => factor is Power ? 3 : 0,
            Constant => 1,
            Symbol => 2,
            Call => 4,
            Sum => 5,
            _ => 6,
        };
    }

    private static string SymbolName(Expr factor) =>
        (factor is Power p ? p.Base : factor) is Symbol s ? s.Name : "";
}
