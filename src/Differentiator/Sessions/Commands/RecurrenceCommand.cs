using System.Text.RegularExpressions;
using Differentiator.Reports;
using Differentiator.Sequences;
using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary>
/// <c>a(1) = 1</c>, <c>a(n+1) = a(n) + 2b(n) + 2</c>: a line that gives a sequence's initial value or
/// its rule (an integer index, an index with an offset, or a rule that uses the sequence itself)
/// joins the session's sequences; <c>:seq</c> computes their terms.
/// </summary>
internal sealed partial class RecurrenceCommand : ISessionCommand
{
    [GeneratedRegex(@"^\s*([A-Za-z][A-Za-z0-9]*)\s*\(\s*([^()]*?)\s*\)\s*=(.*)$")]
    private static partial Regex Head();

    [GeneratedRegex(@"^([+-]?\d+|[A-Za-z]\s*[+-]\s*\d+)$")]
    private static partial Regex RecurrenceIndex();

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public IReadOnlyList<HelpEntry> Help { get; } =
    [
        new("name(index) = <formula>", "a(n+1) = a(n) + 2b(n) + 2", "Gives a sequence an initial value (a(1) = 1) or a rule in terms of earlier terms; :seq prints the terms."),
    ];

    public CommandOutcome? TryRun(Session session, string line, SourceSpan content, bool inFile)
    {
        var text = LineSpans.Text(line, content);
        var head = Head().Match(text);
        if (!head.Success) return null;
        var name = head.Groups[1].Value;
        var index = head.Groups[2].Value;
        // A rule that uses its own sequence at another index (a(n) = a(n-1) + 2) is a recurrence;
        // k(t) = k(t) + 1 is a definition in terms of itself, which the definition command refuses.
        var usesItself = Regex.Matches(head.Groups[3].Value, $@"(?<![A-Za-z0-9_]){Regex.Escape(name)}\s*\(([^()]*)\)")
            .Any(m => Squeeze(m.Groups[1].Value) != Squeeze(index));
        if (!RecurrenceIndex().IsMatch(index) && !usesItself) return null;
        var lines = session.Recurrences.Append(text).ToList();
        try
        {
            var system = RecurrenceSystem.Parse(string.Join("\n", lines));
            return new(session.With(recurrences: lines), new RecurrenceResult(text, system.Names));
        }
        catch (InvalidInputException e)
        {
            var offset = lines.Take(lines.Count - 1).Sum(l => l.Length + 1);
            var span = e.Span is { } s && s.Start >= offset ? new SourceSpan(content.Start + s.Start - offset, s.Length) : content;
            throw LineError.At(line, span, e.Code, e.Message);
        }
    }
}

/// <summary><c>:seq [n]</c>: the first n terms (10 by default) of the session's sequences.</summary>
internal sealed class SeqCommand : IColonCommand
{
    public string Name => "seq";

    public HelpEntry Help { get; } = new(":seq [n]", ":seq 5", "Prints the first n terms (default 10) of the sequences defined by lines such as a(1) = 1 and a(n+1) = 2a(n).");

    public CommandOutcome Run(Session session, string line, SourceSpan argument, bool inFile)
    {
        if (session.Recurrences.Count == 0)
            throw LineError.At(line, new SourceSpan(0, line.Length), SessionCodes.BadCommand, "No sequences yet: define one with lines such as a(1) = 1 and a(n+1) = 2a(n).");
        var count = 10;
        if (argument.Length > 0 && !int.TryParse(LineSpans.Text(line, argument), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count))
            throw LineError.At(line, argument, SessionCodes.BadCommand, $":seq takes a number of terms, not '{LineSpans.Text(line, argument)}'.");
        try
        {
            return new(session, new SequenceResult(SequenceReport.Compute(string.Join("\n", session.Recurrences), count)));
        }
        catch (InvalidInputException e)
        {
            throw LineError.At(line, argument.Length > 0 ? argument : new SourceSpan(0, line.Length), e.Code, e.Message);
        }
    }
}
