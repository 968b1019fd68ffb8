
namespace Differentiator.Grading;

/// <summary>
/// The plain-text report for a terminal: a line per answer (with the answer and the feedback under
/// any that is not correct), then the totals per student and per exercise. Control characters that
/// came from the answers file are shown as U+FFFD, so a cell cannot drive the terminal.
/// </summary>
public sealed class TextGradingReport(TextWriter output) : IGradingReport
{
    private readonly BufferedText _out = new(output ?? throw new ArgumentNullException(nameof(output)));

    /// <inheritdoc/>
    public void Add(GradedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (row, g) = (answer.Row, answer.Grade);
        var diagnosis = g.Diagnosis is { } d ? $"  {d.Name()}" : "";
        _out.Line($"{Clean(row.Student)}  {Clean(row.Exercise)}  {g.Verdict.Name()}  {GradingNumbers.Points(g.Score)}/{GradingNumbers.Points(g.MaxScore)}{diagnosis}");
        if (g.Verdict == AnswerVerdict.Correct) return;
        _out.Line($"    answer: {Clean(row.Answer)}");
        _out.Line("    " + g.Feedback.Replace("\n", "\n    "));
    }

    /// <inheritdoc/>
    public void Finish(GradingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _out.Line().Line($"{summary.Title}: {summary.Answers} answer{(summary.Answers == 1 ? "" : "s")} from {summary.Students.Count} student{(summary.Students.Count == 1 ? "" : "s")}");
        _out.Line("Students (points of the last answer to each exercise):");
        foreach (var s in summary.Students) _out.Line($"  {Clean(s.Student)}  {GradingNumbers.Points(s.Score)} of {GradingNumbers.Points(s.Max)}");
        _out.Line("Exercises:");
        foreach (var e in summary.Exercises)
        {
            var diagnoses = e.Diagnoses.Count == 0 ? "" : "  (" + string.Join(", ", e.Diagnoses.Select(d => $"{d.Key.Name()} {d.Value}")) + ")";
            _out.Line($"  {e.Exercise.Exercise.Id}  {e.Correct} correct, {e.Incorrect} incorrect, {e.Invalid} invalid{diagnoses}");
        }
        _out.Flush();
    }


    private static string Clean(string text) => AnswerReader.Printable(text);
}
