namespace Differentiator.Grading;

/// <summary>
/// A report written while a batch is graded: the answers one at a time as they are graded (so
/// nothing grows with the number of rows), then the totals.
/// </summary>
public interface IGradingReport
{
    /// <summary>Writes one graded answer, in input order.</summary>
    void Add(GradedAnswer answer);

    /// <summary>Writes the totals and finishes the report.</summary>
    void Finish(GradingSummary summary);
}
