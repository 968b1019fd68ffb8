using System.Text;

namespace Differentiator.Grading;

/// <summary>
/// The report a teacher opens in a browser: one self-contained HTML file (no script, no external
/// resource; its content security policy forbids both) with the totals per student and per
/// exercise, then every answer with its verdict, diagnosis and feedback. Formulas are drawn as
/// math; everything that came from the answers file is escaped. The answers are written to
/// <c>scratch</c> as they come and copied in after the totals, so memory does not grow with the rows.
/// </summary>
public sealed class HtmlGradingReport : IGradingReport
{
    private readonly Stream _output;
    private readonly Stream _scratch;
    private readonly StreamWriter _rows;

    /// <summary>A report written to <paramref name="output"/>, using <paramref name="scratch"/> (readable, writable, seekable, empty) for the answers.</summary>
    public HtmlGradingReport(Stream output, Stream scratch)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scratch);
        _output = output;
        _scratch = scratch;
        _rows = new StreamWriter(scratch, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
    }

    /// <inheritdoc/>
    public void Add(GradedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (row, g) = (answer.Row, answer.Grade);
        var verdict = g.Verdict.Name();
        _rows.Write($"<tr class=\"{verdict}\"><td>{row.Line}</td><td>{HtmlText.Short(row.Student)}</td><td>{HtmlText.Short(row.Exercise)}</td>");
        _rows.Write($"<td><code class=\"answer\">{HtmlText.Short(row.Answer)}</code>");
        if (g.Reading.Count > 0) _rows.Write($"<div class=\"reading\">read as {Components(g.Reading.Select(HtmlFormula.Render).ToList(), answer.Exercise.Exercise.IsList)}</div>");
        _rows.Write($"</td><td class=\"verdict\">{verdict}</td><td class=\"score\">{GradingNumbers.Points(g.Score)}/{GradingNumbers.Points(g.MaxScore)}</td>");
        var caret = g.Verdict == AnswerVerdict.Invalid ? " caret" : "";
        _rows.Write($"<td>{g.Diagnosis?.Name()}</td><td><div class=\"feedback{caret}\">{HtmlText.Lines(g.Feedback)}</div></td></tr>\n");
    }

    /// <inheritdoc/>
    public void Finish(GradingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _rows.Flush();
        using (var head = new StreamWriter(_output, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            head.Write(Head(summary.Title));
            head.Write(Students(summary));
            head.Write(Exercises(summary));
            head.Write("<h2 id=\"answers\">Answers</h2>\n<table class=\"answers\"><thead><tr><th>line</th><th>student</th><th>exercise</th><th>answer</th><th>verdict</th><th>score</th><th>diagnosis</th><th>feedback</th></tr></thead><tbody>\n");
        }
        _scratch.Position = 0;
        _scratch.CopyTo(_output);
        var tail = Encoding.UTF8.GetBytes("</tbody></table>\n</body>\n</html>\n");
        _output.Write(tail);
        _output.Flush();
    }

    private static string Head(string title) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>{{HtmlText.Escape(title)}}</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; margin: 1em 0; }
        .wide { overflow-x: auto; } /* one column per exercise: a long set scrolls inside its box, not the page */
        th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; vertical-align: top; text-align: left; }
        th { background: #f3f3f3; }
        .correct .verdict, td.correct { color: #1a7f37; }
        .incorrect .verdict, td.incorrect { color: #b35900; }
        .invalid .verdict, td.invalid { color: #c62828; }
        .feedback { white-space: pre-wrap; max-width: 48em; }
        .feedback.caret { font-family: ui-monospace, monospace; font-size: 0.9em; }
        .reading { color: #555; margin-top: 0.3em; }
        code { font-family: ui-monospace, monospace; }
        math { font-size: 1.2em; math-style: normal; }
        table.students { font-size: 0.9em; }
        section.exercise { border-left: 3px solid #ccc; padding-left: 1em; margin: 1em 0; }
        </style>
        </head>
        <body>
        <h1>{{HtmlText.Escape(title)}}</h1>

        """;

    private static string Students(GradingSummary summary)
    {
        var sb = new StringBuilder();
        sb.Append($"<p>{summary.Answers:N0} answers from {summary.Students.Count:N0} students on {summary.Exercises.Count} exercises. ");
        sb.Append("A student's score counts the last answer to each exercise; a list answer earns the share of its correct components unless the exercise says partial: false.</p>\n");
        sb.Append("<h2 id=\"students\">Students</h2>\n<div class=\"wide\"><table class=\"students\"><thead><tr><th>student</th>");
        foreach (var e in summary.Exercises) sb.Append($"<th>{HtmlText.Escape(e.Exercise.Exercise.Id)}</th>");
        sb.Append("<th>score</th><th>max</th></tr></thead><tbody>\n");
        // ✓ correct, ✗ incorrect, ? invalid, each with the points of the student's last answer.
        foreach (var s in summary.Students)
        {
            sb.Append($"<tr><td>{HtmlText.Short(s.Student)}</td>");
            foreach (var g in s.LastGrades)
                sb.Append(g is null ? "<td title=\"no answer\">–</td>" : $"<td class=\"{g.Verdict.Name()}\" title=\"{g.Verdict.Name()}\">{Mark(g.Verdict)} {GradingNumbers.Points(g.Score)}</td>");
            sb.Append($"<td class=\"score\">{GradingNumbers.Points(s.Score)}</td><td>{GradingNumbers.Points(s.Max)}</td></tr>\n");
        }
        sb.Append("</tbody></table></div>\n");
        return sb.ToString();
    }

    private static string Exercises(GradingSummary summary)
    {
        var sb = new StringBuilder("<h2 id=\"exercises\">Exercises</h2>\n");
        foreach (var total in summary.Exercises)
        {
            var p = total.Exercise;
            var e = p.Exercise;
            var wrt = string.Join(", ", e.Wrt);
            sb.Append($"<section class=\"exercise\"><h3>{HtmlText.Escape(e.Id)}</h3>\n");
            sb.Append($"<p>Differentiate {HtmlFormula.Render(e.Function.Expression)} by {HtmlText.Escape(wrt)}{(e.Order > 1 ? $" ({e.Order} times)" : "")}");
            if (e.At is { } at) sb.Append($", value at {HtmlText.Escape(at.ToString())}");
            sb.Append($"; {GradingNumbers.Points(e.Points)} point{(e.Points == 1 ? "" : "s")}.</p>\n");
            var expected = p.Expected.Select(f => HtmlFormula.Render(f.Expression)).ToList();
            sb.Append($"<p>Expected: {Components(expected, e.IsList)}");
            if (e.IsValueExercise) sb.Append($" = {HtmlText.Escape(string.Join(", ", p.ExpectedValues.Select(GradingNumbers.Format)))}");
            sb.Append("</p>\n");
            sb.Append($"<p><span class=\"correct\">{total.Correct} correct</span>, <span class=\"incorrect\">{total.Incorrect} incorrect</span>, <span class=\"invalid\">{total.Invalid} invalid</span>");
            if (total.Diagnoses.Count > 0)
                sb.Append("; mistakes: " + string.Join(", ", total.Diagnoses.Select(d => $"{d.Key.Name()} {d.Value}")));
            sb.Append(".</p></section>\n");
        }
        return sb.ToString();
    }

    private static string Mark(AnswerVerdict verdict) => verdict switch
    {
        AnswerVerdict.Correct => "✓",
        AnswerVerdict.Incorrect => "✗",
        _ => "?",
    };

    private static string Components(IReadOnlyList<string> rendered, bool list) =>
        list ? "[" + string.Join(", ", rendered) + "]" : string.Join(", ", rendered);
}
