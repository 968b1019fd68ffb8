namespace Differentiator.Neural;

/// <summary>One row of a trained unit's truth table: the inputs, the unit's output σ(z), its 0/1 reading (≥ 0.5 → 1) and the gate's.</summary>
public sealed record TruthRow(int X1, int X2, double Activation, int Output, int Target);

/// <summary>The outcome of training a gate.</summary>
public sealed record TrainingResult
{
    /// <summary>The gate trained.</summary>
    public required LogicGate Gate { get; init; }

    /// <summary>The settings used.</summary>
    public required TrainingOptions Options { get; init; }

    /// <summary>The loss as a formula in the parameters.</summary>
    public required Formula LossFormula { get; init; }

    /// <summary>The final loss.</summary>
    public required double Loss { get; init; }

    /// <summary>The loss after each epoch (index 0: before training).</summary>
    public required IReadOnlyList<double> LossHistory { get; init; }

    /// <summary>The learned parameters, by name, in the network's order.</summary>
    public required IReadOnlyList<KeyValuePair<string, double>> Weights { get; init; }

    /// <summary>The truth table the trained network computes.</summary>
    public required IReadOnlyList<TruthRow> Rows { get; init; }

    /// <summary>Whether every row's output is the gate's.</summary>
    public bool Learned => Rows.All(r => r.Output == r.Target);

    /// <summary>"symbolic" (the compiled symbolic gradient) or "numeric" (the lecture's central difference).</summary>
    public required string Gradient { get; init; }

    /// <summary>Seconds spent in the epochs.</summary>
    public required double Seconds { get; init; }

    /// <summary>Why the network did not learn the gate, when it did not; null when it did.</summary>
    public string? Explanation => Learned ? null
        : Options.Hidden == 0 && !LogicGates.IsLinearlySeparable(Gate)
            ? "XOR is not linearly separable: no line w1 x1 + w2 x2 + b = 0 has (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other, so a single unit cannot compute it, however long it trains. A hidden layer can: try --hidden 2."
            : $"After {Options.Epochs} epochs the network does not yet compute {Gate.ToString().ToUpperInvariant()}: it may need more epochs, another learning rate or another seed (gradient descent can settle in a poor local minimum).";
}
