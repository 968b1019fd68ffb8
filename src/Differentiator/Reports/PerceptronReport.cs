using Differentiator.Expressions;
using Differentiator.Neural;

namespace Differentiator.Reports;

/// <summary>A perceptron's unit as a formula and its outputs for some inputs (the lecture's worked example by default).</summary>
public sealed record PerceptronReport(Formula Unit, IReadOnlyList<PerceptronOutput> Outputs)
{
    /// <summary>Evaluates <c>activation(w·x + b)</c> at each input.</summary>
    /// <exception cref="InvalidInputException">The activation is not a one-argument function of the table, or an input does not fit the weights.</exception>
    public static PerceptronReport Compute(IReadOnlyList<double> weights, double bias, IReadOnlyList<IReadOnlyList<double>> inputs, string activation = "sigmoid")
    {
        var function = MathFunctions.Find(activation) is { MinArity: 1 } f ? f
            : throw new InvalidInputException($"'{activation}' is not a function of one argument; try sigmoid, step, relu, tanh or softplus.");
        return new(Perceptron.Unit(weights, bias, function), Perceptron.Evaluate(weights, bias, inputs, function));
    }
}
