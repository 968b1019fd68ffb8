using Differentiator.Sequences;

namespace Differentiator.Reports;

/// <summary>The first terms of a system of sequences.</summary>
public sealed record SequenceReport(RecurrenceSystem System, IReadOnlyList<SequenceTerm> Terms)
{
    /// <summary>Reads <paramref name="definitions"/> and computes <paramref name="count"/> terms.</summary>
    /// <exception cref="InvalidInputException">A definition cannot be read, or a term cannot be computed.</exception>
    public static SequenceReport Compute(string definitions, int count)
    {
        var system = RecurrenceSystem.Parse(definitions);
        return new(system, system.Terms(count));
    }
}
