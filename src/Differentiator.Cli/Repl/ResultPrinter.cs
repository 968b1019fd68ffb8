using Differentiator.Reports;
using Differentiator.Sessions;

namespace Differentiator.Cli.Repl;

/// <summary>
/// Turns a session's results into lines of text in the session's format, with the CLI's own
/// renderings (<see cref="DiffText"/>, <see cref="NumDiffText"/>, <see cref="FormulaView"/>).
/// </summary>
public static class ResultPrinter
{
    /// <summary>
    /// The lines for one step. With <paramref name="caretColumn"/> (a terminal, where the line was
    /// just typed after a prompt of that width) an error's caret goes right under the typed line
    /// instead of under a copy of it.
    /// </summary>
    public static IEnumerable<OutputLine> Lines(SessionStep step, int? caretColumn = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        var format = Formats.Of(step.Session.Format);
        return Lines(step.Result, step.Line, format, caretColumn);
    }

    private static IEnumerable<OutputLine> Lines(SessionResult result, string line, OutputFormat format, int? caretColumn)
    {
        if (result is ErrorResult error)
        {
            foreach (var l in ErrorLines(error.Error, line, caretColumn)) yield return l;
        }
        else if (result is LoadResult load)
        {
            foreach (var l in LoadLines(load, format)) yield return l;
        }
        else
        {
            foreach (var text in ResultText.Lines(result, format)) yield return new OutputLine(text, OutputKind.Result);
            if (result is FormulaResult { ValueError: { } why }) yield return new OutputLine($"note: {why}", OutputKind.Message);
        }
        foreach (var m in result.Messages) yield return Message(m, line);
    }

    private static IEnumerable<OutputLine> ErrorLines(ErrorReport error, string line, int? caretColumn)
    {
        if (caretColumn is { } column && error.Span is { } span && error.Input == line && !line.Contains('\n'))
        {
            yield return new OutputLine(new string(' ', column + span.Start) + new string('^', Math.Max(1, Math.Min(span.Length, line.Length - span.Start))), OutputKind.Error);
            yield return new OutputLine($"error {error.Code} at {span.Start + 1}: {error.Message}", OutputKind.Error);
            yield break;
        }
        yield return new OutputLine(error.Render(), OutputKind.Error);
    }

    private static OutputLine Message(ReportMessage m, string line) =>
        new(m.Render(line), m.Severity == MessageSeverity.Error ? OutputKind.Error : OutputKind.Message);

    private static IEnumerable<OutputLine> LoadLines(LoadResult load, OutputFormat format)
    {
        foreach (var loaded in load.Lines)
        {
            // Definitions are summed up below; their warnings, every other result and every error are shown.
            var place = $"{load.Path}:{loaded.Number}: ";
            foreach (var l in Lines(loaded.Result, loaded.Text, format, null))
                if (!(loaded.Result is DefinitionResult && l.Kind == OutputKind.Result))
                    yield return l with { Text = l.Kind == OutputKind.Result ? l.Text : place + l.Text };
        }
        var errors = load.Lines.Count(l => l.Result.IsError);
        var defined = load.Defined.Count == 0 ? "no definitions" : $"{load.Defined.Count} definition(s): {string.Join(", ", load.Defined)}";
        yield return new OutputLine($"loaded {load.Path}: {defined}" + (errors == 0 ? "" : $"; {errors} line(s) with errors"), OutputKind.Result);
    }
}
