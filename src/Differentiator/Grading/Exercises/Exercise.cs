namespace Differentiator.Grading;

/// <summary>
/// One exercise of a set: differentiate <see cref="Function"/> by <see cref="Wrt"/> (the answer is a
/// formula, or a list of formulas when <see cref="IsList"/>), or give the derivative's value at
/// <see cref="At"/> (the answer is a number, or a list of numbers).
/// </summary>
public sealed record Exercise
{
    /// <summary>The id the answers file refers to.</summary>
    public required string Id { get; init; }

    /// <summary>The function to differentiate.</summary>
    public required Formula Function { get; init; }

    /// <summary>The variables to differentiate by, one answer component each.</summary>
    public required IReadOnlyList<string> Wrt { get; init; }

    /// <summary>Whether the answer is a list (<c>wrt: [x, y]</c>), even of one component.</summary>
    public bool IsList { get; init; }

    /// <summary>The points a correct answer earns (default 1).</summary>
    public double Points { get; init; } = 1;

    /// <summary>The order of the derivative (default 1).</summary>
    public int Order { get; init; } = 1;

    /// <summary>For a value exercise, the point at which the answer is the derivative's value.</summary>
    public Point? At { get; init; }

    /// <summary>The relative tolerance of a comparison of values (default 1e-9).</summary>
    public double Tolerance { get; init; } = DefaultTolerance;

    /// <summary>Where each variable is sampled; variables not named here are sampled where the formulas are defined.</summary>
    public IReadOnlyDictionary<string, DomainInterval> Domain { get; init; } = new Dictionary<string, DomainInterval>();

    /// <summary>Whether a list answer earns the share of its correct components (default true).</summary>
    public bool PartialCredit { get; init; } = true;

    /// <summary>Where the exercise is written in its file.</summary>
    public SetLocation Location { get; init; } = new("", 0, 0);

    /// <summary>The default <see cref="Tolerance"/>.</summary>
    public const double DefaultTolerance = 1e-9;

    /// <summary>Whether the answer is a value (number) rather than a formula.</summary>
    public bool IsValueExercise => At is not null;
}
