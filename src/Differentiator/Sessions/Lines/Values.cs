using Differentiator.Expressions.Evaluation;

namespace Differentiator.Sessions.Lines;

/// <summary>A formula's value where it has one.</summary>
internal static class Values
{
    /// <summary>The value at <paramref name="at"/> (or, without a point, of a formula with no variables), or why there is none; (null, null) when variables have no values.</summary>
    public static (double? Value, string? Error) Of(Formula formula, Point? at)
    {
        if (at is null && formula.Variables.Count > 0) return (null, null);
        try
        {
            return (at is null ? formula.Evaluate(new Dictionary<string, double>()) : formula.Evaluate(at), null);
        }
        catch (EvaluationException e)
        {
            return (null, e.Message);
        }
    }
}
