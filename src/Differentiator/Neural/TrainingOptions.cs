namespace Differentiator.Neural;

/// <summary>How <see cref="Trainer.Train"/> trains a gate.</summary>
public sealed record TrainingOptions
{
    /// <summary>Gradient-descent steps over all four rows.</summary>
    public int Epochs { get; init; } = 5000;

    /// <summary>The learning rate.</summary>
    public double Rate { get; init; } = 1.0;

    /// <summary>The seed of the normal distribution the weights start from.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Hidden sigmoid units (0: a single unit; k: a 2-k-1 network).</summary>
    public int Hidden { get; init; }

    /// <summary>The loss.</summary>
    public TrainingLoss Loss { get; init; } = TrainingLoss.CrossEntropy;

    /// <summary>Whether to use the lecture's central-difference gradient instead of the compiled symbolic one.</summary>
    public bool Numeric { get; init; }

    /// <summary>The most epochs one run may take.</summary>
    public const int MaxEpochs = 1_000_000;

    /// <summary>The most hidden units.</summary>
    public const int MaxHidden = 16;

    /// <summary>Throws unless the options make sense.</summary>
    /// <exception cref="InvalidInputException">An option is out of range.</exception>
    public void Validate()
    {
        if (Epochs < 1 || Epochs > MaxEpochs) throw new InvalidInputException($"The number of epochs must be between 1 and {MaxEpochs:N0}, not {Epochs}.");
        if (!double.IsFinite(Rate) || Rate <= 0) throw new InvalidInputException($"The learning rate must be a positive number, not {Rate}.");
        if (Hidden < 0 || Hidden > MaxHidden) throw new InvalidInputException($"The number of hidden units must be between 0 and {MaxHidden}, not {Hidden}.");
    }
}
