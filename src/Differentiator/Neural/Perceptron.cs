using Differentiator.Expressions;

namespace Differentiator.Neural;

/// <summary>One input of a perceptron: z = w·x + b, y = activation(z), and for the sigmoid the lecture's value with e rounded to 2.7.</summary>
public sealed record PerceptronOutput(IReadOnlyList<double> Inputs, double Z, double Y, double? LectureY)
{
    /// <summary>Whether the exact value and the lecture's differ in the first three decimals.</summary>
    public bool DiffersFromLecture => LectureY is { } l && Math.Round(l, 3) != Math.Round(Y, 3);
}

/// <summary>
/// The lecture's perceptron as a formula: <c>y = σ(w1 x1 + w2 x2 + b)</c>. Its worked example
/// (weights 2 and 3, bias −1) gives z = −0.3, y ≈ 0.43 at (0.2, 0.1) and z = 1.7, y ≈ 0.84 at
/// (0.6, 0.5) with e rounded to 2.7; with the exact e the second is 0.8455, not 0.8441.
/// </summary>
public static class Perceptron
{
    /// <summary>The lecture's weights.</summary>
    public static IReadOnlyList<double> LectureWeights { get; } = [2, 3];

    /// <summary>The lecture's bias.</summary>
    public const double LectureBias = -1;

    /// <summary>The lecture's inputs.</summary>
    public static IReadOnlyList<IReadOnlyList<double>> LectureInputs { get; } = [[0.2, 0.1], [0.6, 0.5]];

    /// <summary>The unit's weighted input <c>w1 x1 + … + b</c> as a formula.</summary>
    public static Formula WeightedInput(IReadOnlyList<double> weights, double bias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0) throw new InvalidInputException("A perceptron needs at least one weight.");
        foreach (var w in weights) FiniteValues.Require("a weight", w);
        FiniteValues.Require("the bias", bias);
        var terms = weights.Select((w, i) => Expr.Multiply(Number(w), Symbol.Of($"x{i + 1}"))).Append(Number(bias));
        return Formula.FromExpression(Expr.Add(terms));
    }

    /// <summary>The unit <c>activation(w1 x1 + … + b)</c> as a formula.</summary>
    public static Formula Unit(IReadOnlyList<double> weights, double bias, MathFunction activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        return Formula.FromExpression(Expr.Apply(activation, WeightedInput(weights, bias).Expression));
    }

    /// <summary>z and y for each input; for the sigmoid also the lecture's y with e ≈ 2.7.</summary>
    /// <exception cref="InvalidInputException">An input has a different number of values than there are weights.</exception>
    public static IReadOnlyList<PerceptronOutput> Evaluate(IReadOnlyList<double> weights, double bias, IReadOnlyList<IReadOnlyList<double>> inputs, MathFunction activation)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var z = WeightedInput(weights, bias);
        var y = Unit(weights, bias, activation);
        return [.. inputs.Select(x =>
        {
            if (x.Count != weights.Count)
                throw new InvalidInputException($"An input has {x.Count} value(s), but the perceptron has {weights.Count} weight(s).");
            var values = x.Select((v, i) => (Name: $"x{i + 1}", Value: v)).ToDictionary(p => p.Name, p => p.Value);
            var zValue = z.Evaluate(values);
            double? lecture = ReferenceEquals(activation, MathFunctions.Sigmoid) ? 1 / (1 + Math.Pow(2.7, -zValue)) : null;
            return new PerceptronOutput(x, zValue, y.Evaluate(values), lecture);
        })];
    }

    private static Expr Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? Rational.Of((long)value) : Real.Of(value);

}
