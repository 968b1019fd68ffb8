namespace Differentiator.Cli;

/// <summary>
/// The streams a command reads and writes, so commands can run in-process in tests, and where the
/// formula being worked on came from: its line of standard input when <c>-</c> read several.
/// </summary>
public sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Whether an internal error prints its stack trace (<c>DX_DEBUG=1</c>).</summary>
    public bool Debug { get; init; }

    /// <summary>The line of standard input the formula was read from, when <c>-</c> read it; null for a formula given as an argument.</summary>
    public int? Line { get; init; }

    /// <summary>Whether messages name their line: standard input held more than one formula.</summary>
    public bool NamesLines { get; init; }

    /// <summary>The context for the formula on <paramref name="line"/> of standard input.</summary>
    public CliContext ForLine(int line, bool namesLines) => this with { Line = line, NamesLines = namesLines };

    /// <summary>A message with <c>line 3: </c> in front when the input held several formulas.</summary>
    public string Locate(string message) => NamesLines && Line is { } line ? $"line {line}: {message}" : message;
}
