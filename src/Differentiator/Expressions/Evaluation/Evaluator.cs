using Differentiator.Syntax;

namespace Differentiator.Expressions.Evaluation;

/// <summary>
/// Evaluates a tree in double precision, left to right as written (sums and products fold from the
/// left, a factor below the fraction bar divides), so results match what Python and NumPy compute
/// for the same formula. Domain problems are reported as <see cref="EvaluationException"/>, never
/// returned as a silent NaN.
/// </summary>
public static class Evaluator
{
    /// <summary>Evaluates <paramref name="expression"/> with the given variable values.</summary>
    /// <exception cref="EvaluationException">A variable is unbound or a value is undefined.</exception>
    public static double Evaluate(Expr expression, IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(values);
        return LargeStack.Run(expression.Depth, () => Eval(expression, values));
    }

    private static double Eval(Expr e, IReadOnlyDictionary<string, double> values)
    {
        StackGuard.Ensure();
        return e switch
        {
            Rational r => r.ToDouble(),
            Real d => d.Value,
            Constant c => c.Value,
            Symbol s => values.TryGetValue(s.Name, out var v) ? v : throw EvaluationErrors.Unbound(s),
            Sum sum => EvalSum(sum, values),
            Product p => EvalProduct(p, values),
            Power p => EvalPower(p, Eval(p.Base, values), Eval(p.Exponent, values)),
            Call c => EvalCall(c, values),
            _ => throw new InvalidOperationException($"Unknown node {e.GetType().Name}."),
        };
    }

    private static double EvalSum(Sum sum, IReadOnlyDictionary<string, double> values)
    {
        var acc = Eval(sum.Terms[0], values);
        for (var i = 1; i < sum.Terms.Count; i++) acc += Eval(sum.Terms[i], values);
        return CheckFinite(acc, sum);
    }

    private static double EvalProduct(Product p, IReadOnlyDictionary<string, double> values)
    {
        double acc = 1;
        var first = true;
        foreach (var factor in p.Factors)
        {
            if (Quotients.IsDenominatorFactor(factor))
            {
                var power = (Power)factor;
                var @base = Eval(power.Base, values);
                var exponent = Eval(power.Exponent, values);
                var divisor = EvalPower(power, @base, -exponent);
                if (divisor == 0) throw EvaluationErrors.DivisionByZero(power, @base, exponent);
                acc = first ? 1 / divisor : acc / divisor;
            }
            else
            {
                var value = Eval(factor, values);
                acc = first ? value : acc * value;
            }
            first = false;
        }
        return CheckFinite(acc, p);
    }

    private static double EvalPower(Power p, double b, double x)
    {
        if (b == 0 && x < 0) throw EvaluationErrors.DivisionByZero(p, b, x);
        var result = Math.Pow(b, x);
        if (double.IsNaN(result) && !double.IsNaN(b) && !double.IsNaN(x)) throw EvaluationErrors.NegativeBase(p, b, x);
        return CheckFinite(result, p);
    }

    private static double EvalCall(Call c, IReadOnlyDictionary<string, double> values)
    {
        var args = new double[c.Arguments.Count];
        for (var i = 0; i < args.Length; i++) args[i] = Eval(c.Arguments[i], values);
        var result = c.Function.EvaluateCore(args);
        if (double.IsFinite(result) || args.Any(double.IsNaN) || args.Any(double.IsInfinity)) return result;
        throw EvaluationErrors.UndefinedCall(c, args, result);
    }

    private static double CheckFinite(double value, Expr at) =>
        double.IsInfinity(value) ? throw EvaluationErrors.Overflow(at)
        : double.IsNaN(value) ? throw EvaluationErrors.NotANumber(at)
        : value;
}
