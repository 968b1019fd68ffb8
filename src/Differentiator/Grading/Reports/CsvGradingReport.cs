using CsvHelper;

namespace Differentiator.Grading;

/// <summary>
/// The grades as CSV, one row per answer (<c>student,exercise,answer,verdict,score,max,diagnosis,feedback</c>),
/// for a spreadsheet. A cell that starts like a formula (<c>= + - @</c>, tab, CR) is written with a
/// leading <c>'</c>, so a spreadsheet shows it as text instead of running it (CSV injection).
/// </summary>
public sealed class CsvGradingReport : IGradingReport, IDisposable
{
    private readonly CsvWriter _writer;

    /// <summary>A report written to <paramref name="output"/> (UTF-8, CRLF, RFC 4180 quoting).</summary>
    public CsvGradingReport(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _writer = CsvWriter.Create(output, CsvWriterOptions.Default with { Injection = CsvInjection.Escape }, leaveOpen: true);
        _writer.WriteHeader(["student", "exercise", "answer", "verdict", "score", "max", "diagnosis", "feedback"]);
    }

    /// <inheritdoc/>
    public void Add(GradedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (row, g) = (answer.Row, answer.Grade);
        _writer.WriteRecord([row.Student, row.Exercise, row.Answer, g.Verdict.Name(), GradingNumbers.Format(g.Score), GradingNumbers.Format(g.MaxScore), g.Diagnosis?.Name() ?? "", g.Feedback]);
    }

    /// <inheritdoc/>
    public void Finish(GradingSummary summary) => _writer.Flush();

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();

}
