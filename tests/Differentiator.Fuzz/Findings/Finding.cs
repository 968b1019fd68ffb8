namespace Differentiator.Fuzz.Findings;

/// <summary>A failure seen in a run: the first input that showed it, how often it was seen, and its minimised input.</summary>
public sealed class Finding(Failure failure, long index, string input)
{
    /// <summary>The failure of the first input.</summary>
    public Failure Failure { get; } = failure;

    /// <summary>The index of the first input in the seeded sequence (negative for an input given by hand).</summary>
    public long Index { get; } = index;

    /// <summary>The first input.</summary>
    public string Input { get; } = input;

    /// <summary>How many inputs failed with this signature.</summary>
    public int Count { get; set; } = 1;

    /// <summary>The minimised input, once minimised.</summary>
    public string? Minimised { get; set; }

    /// <summary>The failure of the minimised input.</summary>
    public Failure? MinimisedFailure { get; set; }

    /// <summary>The folder of the reproducer, once written.</summary>
    public string? Folder { get; set; }
}
