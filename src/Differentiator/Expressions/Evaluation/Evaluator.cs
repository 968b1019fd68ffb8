using System.Globalization;
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
            Rational r => CheckFinite(r.ToDouble(), r), // an exact integer beyond doubles is an overflow, not ∞
            Real d => d.Value,
            Constant c => c.Value,
            Symbol s => values.TryGetValue(s.Name, out var v)
                ? v
                : throw new EvaluationException(EvaluationErrorKind.UnboundVariable, s, $"The variable '{s.Name}' has no value."),
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
                var divisor = EvalPower(power, Eval(power.Base, values), -Eval(power.Exponent, values));
                if (divisor == 0)
                    throw new EvaluationException(EvaluationErrorKind.DivisionByZero, factor, $"Division by zero in {p}.");
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
        if (b == 0 && x < 0)
            throw new EvaluationException(EvaluationErrorKind.DivisionByZero, p, $"Division by zero: {p} at a zero base.");
        var result = Math.Pow(b, x);
        if (double.IsNaN(result) && !double.IsNaN(b) && !double.IsNaN(x))
            throw new EvaluationException(EvaluationErrorKind.Domain, p,
                $"{p} is not a real number at base {Format(b)} and exponent {Format(x)}: a negative base needs an integer exponent.");
        return CheckFinite(result, p);
    }

    private static double EvalCall(Call c, IReadOnlyDictionary<string, double> values)
    {
        var args = new double[c.Arguments.Count];
        for (var i = 0; i < args.Length; i++) args[i] = Eval(c.Arguments[i], values);
        var result = c.Function.EvaluateCore(args);
        if (double.IsFinite(result) || args.Any(double.IsNaN) || args.Any(double.IsInfinity)) return result;
        var at = string.Join(", ", args.Select(Format));
        var domain = c.Function.Domain.Length > 0 ? $" ({c.Function.Name} is defined for {c.Function.Domain})" : "";
        var kind = double.IsNaN(result) || c.Function.Domain.Length > 0 ? EvaluationErrorKind.Domain : EvaluationErrorKind.DivisionByZero;
        if (double.IsInfinity(result) && (c.Function == MathFunctions.Exp || c.Function == MathFunctions.Sinh || c.Function == MathFunctions.Cosh))
            kind = EvaluationErrorKind.Overflow;
        var what = kind == EvaluationErrorKind.Overflow ? "overflows a double" : "is undefined";
        throw new EvaluationException(kind, c, $"{c} {what} at {at}{domain}.");
    }

    private static double CheckFinite(double value, Expr at) =>
        double.IsInfinity(value) ? throw new EvaluationException(EvaluationErrorKind.Overflow, at, $"{at} overflows a double.")
        : double.IsNaN(value) ? throw new EvaluationException(EvaluationErrorKind.Domain, at, $"{at} is undefined here (an infinity minus an infinity, or zero times an infinity).")
        : value;

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
