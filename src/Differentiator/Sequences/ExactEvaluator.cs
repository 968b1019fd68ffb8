using System.Numerics;
using Differentiator.Expressions;

namespace Differentiator.Sequences;

/// <summary>
/// Evaluates a tree exactly where it can: sums, products, quotients and integer powers of exact
/// fractions stay exact; a decimal, a constant or a function makes the result a double. Calls of
/// declared names (sequences) are answered by <c>lookup</c>. Walks iteratively, each shared
/// subtree once.
/// </summary>
internal static class ExactEvaluator
{
    /// <summary>The largest exponent an exact power may have (beyond it the result would not fit the size limit anyway).</summary>
    private const int MaxExactExponent = 1_000_000;

    /// <summary>About <see cref="RecurrenceSystem.MaxDigits"/> decimal digits, in bits: a power beyond it is refused before it is computed.</summary>
    private const long MaxPowerBits = (long)(RecurrenceSystem.MaxDigits * 3.33) + 64;

    public static ExactNumber Evaluate(Expr root, IReadOnlyDictionary<string, ExactNumber> variables, Func<Call, ExactNumber[], ExactNumber> lookup)
    {
        var done = new Dictionary<Expr, ExactNumber>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(Expr Node, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (done.ContainsKey(node)) continue;
            var children = node.Children;
            if (!childrenDone && children.Count > 0)
            {
                stack.Push((node, true));
                foreach (var child in children) if (!done.ContainsKey(child)) stack.Push((child, false));
                continue;
            }
            var values = new ExactNumber[children.Count];
            for (var i = 0; i < values.Length; i++) values[i] = done[children[i]];
            done[node] = node switch
            {
                Rational r => ExactNumber.Of(r),
                Real d => ExactNumber.Of(d.Value),
                Constant c => ExactNumber.Of(c.Value),
                Symbol s => variables.TryGetValue(s.Name, out var v) ? v
                    : throw new InvalidInputException($"{s.Name} has no value here; a sequence's rule may use only its index and other sequences."),
                Sum => values.Aggregate(Add),
                Product => values.Aggregate(Multiply),
                Power => Raise(values[0], values[1]),
                Call call when call.Function.IsDeclared => lookup(call, values),
                Call call => ExactNumber.Of(call.Function.Evaluate([.. values.Select(v => v.ToDouble())])),
                _ => throw new InvalidOperationException($"Unknown node {node.GetType().Name}."),
            };
        }
        return done[root];
    }

    private static ExactNumber Add(ExactNumber a, ExactNumber b) =>
        a.Exact is { } x && b.Exact is { } y ? ExactNumber.Of(x + y) : ExactNumber.Of(a.ToDouble() + b.ToDouble());

    private static ExactNumber Multiply(ExactNumber a, ExactNumber b) =>
        a.Exact is { } x && b.Exact is { } y ? ExactNumber.Of(x * y) : ExactNumber.Of(a.ToDouble() * b.ToDouble());

    private static ExactNumber Raise(ExactNumber b, ExactNumber e)
    {
        if (b.Exact is { } x && e.TryGetInteger(out var n) && BigInteger.Abs(n) <= MaxExactExponent)
        {
            if (x.IsZero && n.Sign < 0) throw new InvalidInputException("A sequence's rule divides by zero.");
            var k = (int)BigInteger.Abs(n);
            if ((x.Numerator.GetBitLength() + x.Denominator.GetBitLength()) * k > MaxPowerBits)
                throw new InvalidInputException($"A power in a sequence's rule would have more than {RecurrenceSystem.MaxDigits:N0} digits; stopping there.");
            var p = Rational.Of(BigInteger.Pow(x.Numerator, k), BigInteger.Pow(x.Denominator, k));
            return ExactNumber.Of(n.Sign < 0 ? p.Reciprocal() : p);
        }
        return ExactNumber.Of(Math.Pow(b.ToDouble(), e.ToDouble()));
    }
}
