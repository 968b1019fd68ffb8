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
        // The values of the non-smooth calls already looked at, at x, x - h and x + h: an argument that
        // is one of them is not evaluated again (|||…|x|…||| 1,000 deep would cost half a million evaluations).
        var known = new Dictionary<Expr, double[]>(ReferenceEqualityComparer.Instance);
        double[] offsets = [0, -h, h];
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
            var here = Arguments(call, 0);
            if (here is null) return;
            if (call.Function.IsNonSmoothAt(here))
            {
                found = $"{call} is not differentiable here: {Note(call)}";
                return;
            }
            var before = Arguments(call, 1);
            var after = Arguments(call, 2);
            Remember(call, here, before, after);
            if (!KinkSwitch.HasKinkAtZero(call)) return;
            if (before is not null && after is not null && Math.Sign(KinkSwitch.Value(before)) != Math.Sign(KinkSwitch.Value(after)))
                found = $"{call} has its kink between x - h and x + h: {Note(call)}";
        }

        void Remember(Call call, double[] here, double[]? before, double[]? after)
        {
            if (before is null || after is null) return;
            double[] values = [call.Function.EvaluateCore(here), call.Function.EvaluateCore(before), call.Function.EvaluateCore(after)];
            if (Array.TrueForAll(values, double.IsFinite)) known[call] = values;
        }

        double[]? Arguments(Call call, int offset)
        {
            at[variable] = point[variable] + offsets[offset];
            try
            {
                var values = new double[call.Arguments.Count];
                for (var i = 0; i < values.Length; i++)
                    values[i] = known.TryGetValue(call.Arguments[i], out var v) ? v[offset] : Evaluator.Evaluate(call.Arguments[i], at);
                return values;
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
