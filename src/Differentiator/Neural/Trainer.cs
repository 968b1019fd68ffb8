using System.Diagnostics;
using Differentiator.Calculus.Numeric;

namespace Differentiator.Neural;

/// <summary>
/// Trains a sigmoid unit (or a 2-k-1 network) to compute a logic gate by gradient descent on a
/// loss that is a formula: the weights start from the normal distribution, and each epoch steps
/// against the gradient, either the differentiator's symbolic gradient, compiled, or the
/// lecture's central-difference gradient of the same formula.
/// </summary>
public static class Trainer
{
    /// <summary>Trains <paramref name="gate"/>; <paramref name="progress"/> hears the epoch count now and then.</summary>
    /// <exception cref="InvalidInputException">An option is out of range.</exception>
    public static TrainingResult Train(LogicGate gate, TrainingOptions? options = null, IProgress<int>? progress = null)
    {
        options ??= new TrainingOptions();
        options.Validate();
        var network = GateNetwork.Create(options.Hidden);
        var loss = network.Loss(gate, options.Loss);
        var names = NameArray.Vector([.. network.Parameters]);
        var lossFunction = CompiledFormula.Compile(loss.Expression, names);
        var step = options.Numeric ? NumericStep(lossFunction, names.Names.Count) : SymbolicStep(loss, network.Parameters, names);

        var sampler = new NormalSampler(options.Seed);
        var weights = network.Parameters.Select(_ => sampler.Next()).ToArray();
        var history = new double[options.Epochs + 1];
        history[0] = lossFunction.Evaluate(weights);
        var gradient = new double[weights.Length];
        var clock = Stopwatch.StartNew();
        var report = Math.Max(1, options.Epochs / 100);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            step(weights, gradient);
            for (var i = 0; i < weights.Length; i++) weights[i] -= options.Rate * gradient[i];
            history[epoch] = lossFunction.Evaluate(weights);
            if (epoch % report == 0) progress?.Report(epoch);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new TrainingResult
        {
            Gate = gate,
            Options = options,
            LossFormula = loss,
            Loss = history[^1],
            LossHistory = history,
            Weights = [.. network.Parameters.Select((p, i) => KeyValuePair.Create(p, weights[i]))],
            Rows = TruthTable(network, weights, gate),
            Gradient = options.Numeric ? "numeric" : "symbolic",
            Seconds = seconds,
        };
    }

    /// <summary>The rows the network computes with <paramref name="weights"/>.</summary>
    private static IReadOnlyList<TruthRow> TruthTable(GateNetwork network, double[] weights, LogicGate gate)
    {
        var output = network.Output;
        var values = network.Parameters.Select((p, i) => (p, weights[i])).ToDictionary(v => v.p, v => v.Item2);
        return [.. LogicGates.Inputs.Select(row =>
        {
            values["x1"] = row.X1;
            values["x2"] = row.X2;
            var y = output.Evaluate(values);
            return new TruthRow(row.X1, row.X2, y, y >= 0.5 ? 1 : 0, LogicGates.Output(gate, row.X1, row.X2));
        })];
    }

    /// <summary>The symbolic gradient: one partial derivative per parameter, each compiled once.</summary>
    private static Action<double[], double[]> SymbolicStep(Formula loss, IReadOnlyList<string> parameters, NameArray names)
    {
        var partials = loss.Gradient(parameters).Select(p => CompiledFormula.Compile(p.Expression, names)).ToArray();
        return (weights, gradient) =>
        {
            for (var i = 0; i < partials.Length; i++) gradient[i] = partials[i].Evaluate(weights);
        };
    }

    /// <summary>The lecture's central difference (h = 1e-5) of the compiled loss.</summary>
    private static Action<double[], double[]> NumericStep(CompiledFormula loss, int count)
    {
        var options = new NumericGradientOptions();
        return (weights, gradient) =>
        {
            var result = NumericGradient.Compute(loss, NdArray.Vector(weights), options);
            for (var i = 0; i < count; i++) gradient[i] = result.Gradient.GetDouble(i);
        };
    }
}
