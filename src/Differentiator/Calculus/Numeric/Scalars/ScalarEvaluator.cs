using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// One evaluator for every number type: walks the tree in the order of
/// <see cref="Evaluator"/> (sums and products fold from the left, a factor below the fraction bar
/// divides) with the arithmetic of <typeparamref name="TArithmetic"/>.
/// </summary>
internal static class ScalarEvaluator<T, TArithmetic> where TArithmetic : IScalarArithmetic<T>
{
    public static T Evaluate(Expr e, IReadOnlyDictionary<string, T> values)
    {
        StackGuard.Ensure();
        switch (e)
        {
            case Rational r: return TArithmetic.FromDouble(r.ToDouble());
            case Real d: return TArithmetic.FromDouble(d.Value);
            case Constant c: return TArithmetic.FromDouble(c.Value);
            case Symbol s:
                return values.TryGetValue(s.Name, out var v)
                    ? v
                    : throw new ArgumentException($"The variable '{s.Name}' has no value.", nameof(values));
            case Sum sum:
                var total = Evaluate(sum.Terms[0], values);
                for (var i = 1; i < sum.Terms.Count; i++) total = TArithmetic.Add(total, Evaluate(sum.Terms[i], values));
                return total;
            case Product p:
                return EvaluateProduct(p, values);
            case Power p:
                return TArithmetic.Pow(Evaluate(p.Base, values), Evaluate(p.Exponent, values));
            case Call c:
                var args = new T[c.Arguments.Count];
                for (var i = 0; i < args.Length; i++) args[i] = Evaluate(c.Arguments[i], values);
                return TArithmetic.Call(c.Function, args);
            default:
                throw new InvalidOperationException($"Unknown node {e.GetType().Name}.");
        }
    }

    private static T EvaluateProduct(Product p, IReadOnlyDictionary<string, T> values)
    {
        var acc = TArithmetic.FromDouble(1);
        var first = true;
        foreach (var factor in p.Factors)
        {
            if (Quotients.IsDenominatorFactor(factor))
            {
                var power = (Power)factor;
                var divisor = TArithmetic.Pow(Evaluate(power.Base, values), TArithmetic.Negate(Evaluate(power.Exponent, values)));
                acc = TArithmetic.Divide(first ? TArithmetic.FromDouble(1) : acc, divisor);
            }
            else
            {
                var value = Evaluate(factor, values);
                acc = first ? value : TArithmetic.Multiply(acc, value);
            }
            first = false;
        }
        return acc;
    }
}
