namespace Differentiator.Reports;

/// <summary>
/// Derivatives of a formula (<c>dx diff</c>, <c>dx grad</c>, <c>/api/diff</c>): each partial with
/// its value at the point when one was given, and every warning and note once.
/// </summary>
public sealed record DiffReport(Formula Formula, IReadOnlyList<PartialReport> Partials, Point? At, IReadOnlyList<ReportMessage> Messages)
{
    /// <summary>Whether a point was given and no derivative has a value there (a front end treats this as an error).</summary>
    public bool NoneDefined => At is not null && Partials.Count > 0 && Partials.All(p => p.Value is null);

    /// <summary>The error a front end reports when <see cref="NoneDefined"/>: the first derivative and why it has no value at the point (undefined there, or too large for a double).</summary>
    public ErrorReport NoneDefinedError()
    {
        var first = Partials[0];
        return new ErrorReport(ErrorCodes.PartialUndefined,
            $"No derivative has a value at {At}: {first.Label} = {Syntax.MessageText.Excerpt(first.Derivative.ToString())} has none there ({first.ValueError}).");
    }

    /// <summary>The values at the point, in order (null where a partial is undefined).</summary>
    public IReadOnlyList<double?> Values => [.. Partials.Select(p => p.Value)];
}
