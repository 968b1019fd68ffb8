using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>
/// The parts of a formula whose zeros are where it breaks: denominators (poles), the arguments of
/// ln, √ and non-integer powers (domain boundaries), of |·|, sign, step, relu, max and min (kinks),
/// 1 ∓ u for asin and acos, cos u for tan and sec, sin u for cot and csc. Sample points keep away from them.
/// </summary>
internal static class CriticalParts
{
    public static IReadOnlyList<Expr> Of(Expr root)
    {
        var parts = new List<Expr>();
        var seen = new HashSet<Expr>();
        var stack = new Stack<Expr>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node)) continue;
            parts.AddRange(PartsAt(node));
            foreach (var child in node.Children) stack.Push(child);
        }
        return [.. parts.Where(p => p is not (Rational or Real or Constant)).Distinct()];
    }

    private static IEnumerable<Expr> PartsAt(Expr node)
    {
        switch (node)
        {
            case Power p when p.Exponent is not Rational { IsInteger: true, IsNegative: false }:
                yield return p.Base;
                break;
            case Call c:
                var f = c.Function;
                var a = c.Arguments[0];
                if (f == MathFunctions.Ln || f == MathFunctions.Log2 || f == MathFunctions.Log10 || f == MathFunctions.Sqrt || f == MathFunctions.Cbrt
                    || f == MathFunctions.Abs || f == MathFunctions.Sign || f == MathFunctions.Step || f == MathFunctions.Relu)
                    foreach (var arg in c.Arguments) yield return arg;
                if (f == MathFunctions.Ln && c.Arguments.Count == 2) yield return Expr.Subtract(c.Arguments[1], Rational.One);
                if (f == MathFunctions.Max || f == MathFunctions.Min) yield return Expr.Subtract(a, c.Arguments[1]);
                if (f == MathFunctions.Asin || f == MathFunctions.Acos)
                {
                    yield return Expr.Subtract(Rational.One, a);
                    yield return Expr.Add(Rational.One, a);
                }
                if (f == MathFunctions.Tan || f == MathFunctions.Sec) yield return Expr.Apply(MathFunctions.Cos, a);
                if (f == MathFunctions.Cot || f == MathFunctions.Csc) yield return Expr.Apply(MathFunctions.Sin, a);
                break;
        }
    }
}
