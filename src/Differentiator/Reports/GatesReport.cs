using Differentiator.Sessions;

namespace Differentiator.Reports;

/// <summary>The gates a <c>.dx</c> file defines and their truth tables, each checked against the gate its name promises.</summary>
public sealed record GatesReport(string Source, IReadOnlyList<TruthTable> Tables)
{
    /// <summary>Whether every table is the one its name promises.</summary>
    public bool AllCorrect => Tables.All(t => t.IsCorrect);

    /// <summary>Runs the lines of a <c>.dx</c> file (its text; <paramref name="source"/> names it in messages) and tabulates its gates.</summary>
    /// <exception cref="InvalidInputException">A line of the file is wrong; the message names the line.</exception>
    public static GatesReport Load(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        var step = Session.Empty.Load(source, text);
        if (step.Result is LoadResult { IsError: true } load)
        {
            var bad = load.Lines.First(l => l.Result is ErrorResult);
            var error = ((ErrorResult)bad.Result).Error;
            throw new InvalidInputException($"{source} line {bad.Number}: {error.Message}", error.Code, bad.Text, error.Span);
        }
        return new(source, step.Session.TruthTables());
    }
}
