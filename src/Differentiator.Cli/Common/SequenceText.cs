using Differentiator.Reports;

namespace Differentiator.Cli;

/// <summary>The text form of sequence terms, shared by <c>dx seq</c> and the REPL.</summary>
public static class SequenceText
{
    /// <summary>
    /// A heading and the terms on one line: <c>(a, b) for n = 1..3:</c> then
    /// <c>(1, 1), (5, 6), (19, 29)</c>; a single sequence without brackets.
    /// </summary>
    public static IEnumerable<string> Lines(SequenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var names = report.System.Names;
        var single = names.Count == 1;
        var first = report.Terms[0].N;
        var last = report.Terms[^1].N;
        var range = first == last ? $"n = {first}" : $"n = {first}..{last}";
        yield return single ? $"{names[0]}({report.System.IndexVariable}) for {range}:" : $"({string.Join(", ", names)}) for {range}:";
        yield return string.Join(", ", report.Terms.Select(t => single
            ? t.Values[names[0]].ToString()
            : "(" + string.Join(", ", names.Select(n => t.Values[n].ToString())) + ")"));
    }
}
