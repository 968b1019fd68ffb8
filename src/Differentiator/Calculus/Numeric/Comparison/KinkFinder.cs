using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Calculus.Numeric;

/// <summary>Finds calls of non-smooth functions (abs, relu, step, sign, max, min) whose kink lies at the point or within h of it.</summary>
internal static class KinkFinder
{
    /// <summary>A description of the first kink found along <paramref name="variable"/>, or null.</summary>
    public static string? Find(Expr f, IReadOnlyDictionary<string, double> point, string variable, double h)
    {
        var at = new Dictionary<string, double>(point, StringComparer.Ordinal);
        string? found = null;
        Walk(f);
        return found;

        void Walk(Expr e)
        {
            StackGuard.Ensure();
            if (found is not null) return;
            foreach (var child in e.Children) Walk(child);
            if (found is not null || e is not Call call) return;
            var here = Arguments(call, point[variable]);
            if (here is null) return;
            if (call.Function.IsNonSmoothAt(here))
            {
                found = $"{call} is not differentiable here: {Note(call)}";
                return;
            }
            if (!HasKinkAtZero(call)) return;
            var before = Arguments(call, point[variable] - h);
            var after = Arguments(call, point[variable] + h);
            if (before is not null && after is not null && Side(call, before) != Side(call, after))
                found = $"{call} has its kink between x - h and x + h: {Note(call)}";
        }

        double[]? Arguments(Call call, double value)
        {
            at[variable] = value;
            try
            {
                return [.. call.Arguments.Select(a => Evaluator.Evaluate(a, at))];
            }
            catch (EvaluationException)
            {
                return null;
            }
        }
    }

    /// <summary>Whether the function's kink sits where its argument is 0 (or its two arguments are equal): abs, sign, step, relu, max, min.</summary>
    private static bool HasKinkAtZero(Call call) => call.Function.IsNonSmoothAt(new double[call.Arguments.Count]);

    /// <summary>Which side of the kink the arguments are on: the sign of x, or of a − b for max and min.</summary>
    private static int Side(Call call, double[] args) => Math.Sign(args.Length == 2 ? args[0] - args[1] : args[0]);

    private static string Note(Call call) =>
        call.Function.DerivativeNote.Length > 0 ? call.Function.DerivativeNote : "a kink or jump";
}
