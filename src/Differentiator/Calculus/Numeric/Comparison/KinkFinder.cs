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
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance); // the tree may share subtrees
        string? found = null;
        Walk(f);
        return found;

        void Walk(Expr e)
        {
            StackGuard.Ensure();
            if (found is not null || !seen.Add(e)) return;
            foreach (var child in e.Children) Walk(child);
            // Only a function with a kink is worth evaluating its arguments for: a chain of 1,000
            // smooth calls would otherwise cost a million node evaluations.
            if (found is not null || e is not Call { Function.CanBeNonSmooth: true } call) return;
            var here = Arguments(call, point[variable]);
            if (here is null) return;
            if (call.Function.IsNonSmoothAt(here))
            {
                found = $"{call} is not differentiable here: {Note(call)}";
                return;
            }
            if (!KinkSwitch.HasKinkAtZero(call)) return;
            var before = Arguments(call, point[variable] - h);
            var after = Arguments(call, point[variable] + h);
            if (before is not null && after is not null && Math.Sign(KinkSwitch.Value(before)) != Math.Sign(KinkSwitch.Value(after)))
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

    private static string Note(Call call) =>
        call.Function.DerivativeNote.Length > 0 ? call.Function.DerivativeNote : "a kink or jump";
}
