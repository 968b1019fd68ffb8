namespace Differentiator.Neural;

/// <summary>The loss a unit is trained on.</summary>
public enum TrainingLoss
{
    /// <summary>The mean cross-entropy −[t ln y + (1 − t) ln(1 − y)], written with softplus so it never takes ln 0.</summary>
    CrossEntropy,
    /// <summary>The mean squared error (y − t)².</summary>
    Squared,
}
