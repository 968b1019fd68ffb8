using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;
using Differentiator.Reports;

namespace Differentiator.Grading;

/// <summary>
/// An exercise made ready to grade many answers: the expected derivative of each component, its
/// canonical form, the sample points and its values there (or its value at the exercise's point),
/// and the values of every mal-rule variant, all computed once.
/// </summary>
public sealed class PreparedExercise
{
    private PreparedExercise(Exercise exercise, IReadOnlyList<ExpectedComponent> components, SamplePoints points, double[] functionValues)
    {
        Exercise = exercise;
        Components = components;
        Points = points;
        FunctionValues = functionValues;
    }

    /// <summary>The exercise.</summary>
    public Exercise Exercise { get; }

    /// <summary>The expected answer: one derivative per component.</summary>
    public IReadOnlyList<Formula> Expected => [.. Components.Select(c => c.Derivative)];

    /// <summary>The expected values of a value exercise, one per component; empty for a formula exercise.</summary>
    public IReadOnlyList<double> ExpectedValues => Exercise.IsValueExercise ? [.. Components.Select(c => c.Values[0])] : [];

    /// <summary>How many points answers are compared at.</summary>
    public int SamplePointCount => Points.Count;

    internal IReadOnlyList<ExpectedComponent> Components { get; }

    internal SamplePoints Points { get; }

    /// <summary>The function's values at the sample points (for the antiderivative check).</summary>
    internal double[] FunctionValues { get; }

    /// <summary>Prepares <paramref name="exercise"/>, or says why it cannot be graded.</summary>
    public static (PreparedExercise? Exercise, SetProblem? Problem) TryPrepare(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        try
        {
            // Each exercise has the default budget of its own, however many the set has.
            using var budget = OperationBudget.Default.Enter();
            return Prepare(exercise);
        }
        catch (Exception e) when (ErrorReport.From(e) is { } error)
        {
            return (null, Problem(exercise, $"The derivative cannot be prepared for grading: {error.Message}"));
        }
    }

    private static (PreparedExercise?, SetProblem?) Prepare(Exercise exercise)
    {
        var f = exercise.Function;
        var derivatives = exercise.Wrt.Select(v => f.Differentiate(v, exercise.Order)).ToList();
        var mustBeDefined = derivatives.Select(d => d.Expression).Prepend(f.Expression).ToList();
        var names = f.Variables;
        SamplePoints points;
        if (exercise.At is { } at)
        {
            points = new SamplePoints(names, [[.. names.Select(n => at.Values[n])]]);
            for (var i = 0; i < derivatives.Count; i++)
                if (PointValues.WhyUndefined(derivatives[i].Expression, points, 0) is { } why)
                    return (null, Problem(exercise, $"{Label(exercise, exercise.Wrt[i])} = {derivatives[i]} has no value at {GradingNumbers.Point(points.At(0))}: {why}"));
        }
        else
        {
            points = DomainSampler.Sample(names, exercise.Domain, mustBeDefined, SplitMix64.SeedOf($"{exercise.Id}\n{f.Source}\n{string.Join(",", exercise.Wrt)}"));
            if (points.Count < DomainSampler.MinimumPoints)
                return (null, Problem(exercise, EmptyDomain(exercise, derivatives)));
        }

        var functionValues = PointValues.Of(f.Expression, points);
        var components = exercise.Wrt.Select((v, i) => Component(exercise, v, derivatives[i], points)).ToList();
        return (new PreparedExercise(exercise, components, points, functionValues), null);
    }

    private static ExpectedComponent Component(Exercise exercise, string variable, Formula derivative, SamplePoints points)
    {
        var values = PointValues.Of(derivative.Expression, points);
        var agreement = Agreement.For(exercise.Tolerance, values);
        var canonical = Simplifier.Canonical(derivative.Expression).Expression;
        var variants = new List<EvaluatedVariant>();
        foreach (var variant in MalRules.For(exercise.Function.Expression, variable, exercise.Order, exercise.Function.Variables, derivative.Expression))
        {
            var variantValues = PointValues.Of(variant.Expression, points);
            if (Matching.SameValues(variantValues, values, agreement)) continue; // not a mistake here
            if (variants.Any(v => Matching.SameValues(variantValues, v.Values, agreement))) continue; // an earlier code explains the same answers
            variants.Add(new EvaluatedVariant(variant, variantValues));
        }
        return new ExpectedComponent(variable, Label(exercise, variable), derivative, canonical, values, agreement, variants);
    }

    internal static string Label(Exercise exercise, string variable) => DerivativeLabel.Text(variable, exercise.Order);

    private static string EmptyDomain(Exercise exercise, List<Formula> derivatives)
    {
        var where = exercise.Domain.Count == 0 ? "" : $" inside the domain {string.Join(", ", exercise.Domain.Select(d => $"{d.Key} in {d.Value}"))}";
        return $"No point was found{where} where {exercise.Function.Source} and its derivative {string.Join(", ", derivatives.Select(d => d.ToText()))} are both defined; "
            + "give a domain where they are (domain: {x: [1, 2]}).";
    }

    private static SetProblem Problem(Exercise exercise, string message) =>
        new(exercise.Location, exercise.Id, new ErrorReport(ErrorCodes.ExerciseSet, message));
}
