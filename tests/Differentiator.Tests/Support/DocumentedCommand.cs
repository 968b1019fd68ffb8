namespace Differentiator.Tests.Support;

/// <summary>
/// A <c>$ dx …</c> line in a fenced block of a Markdown file, with the output shown under it (the
/// lines up to the next <c>$ </c> line or the closing fence). A line that is only <c>…</c> stands
/// for any number of lines, so that output which varies (a path) or is long can be left out.
/// </summary>
public sealed record DocumentedCommand(int Line, string CommandLine, IReadOnlyList<string> Shown)
{
    private const string Prompt = "$ dx ";

    /// <summary>The arguments after <c>dx</c>, split as a shell splits them.</summary>
    public IReadOnlyList<string> Arguments => ShellWords.Split(CommandLine[Prompt.Length..]);

    /// <summary>Every <c>$ dx</c> line of <paramref name="markdown"/>'s fenced blocks, with its line number.</summary>
    public static IReadOnlyList<DocumentedCommand> Extract(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var commands = new List<DocumentedCommand>();
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            else if (inFence && lines[i].StartsWith(Prompt, StringComparison.Ordinal))
            {
                var end = i + 1;
                while (!lines[end].StartsWith("```", StringComparison.Ordinal) && !lines[end].StartsWith("$ ", StringComparison.Ordinal)) end++;
                commands.Add(new DocumentedCommand(i + 1, lines[i], lines[(i + 1)..end]));
                i = end - 1;
            }
        }
        return commands;
    }

    /// <summary>Whether <paramref name="output"/> is what the block shows, with <c>…</c> lines matching any lines.</summary>
    public bool IsShownBy(string output)
    {
        var printed = output.Length == 0 ? [] : output.TrimEnd('\n').Split('\n');
        // matches[i, j]: the first i shown lines match the first j printed lines.
        var matches = new bool[Shown.Count + 1, printed.Length + 1];
        matches[0, 0] = true;
        for (var i = 1; i <= Shown.Count; i++)
        {
            var anyLines = Shown[i - 1].Trim() == "…";
            for (var j = 0; j <= printed.Length; j++)
                matches[i, j] = anyLines
                    ? matches[i - 1, j] || (j > 0 && matches[i, j - 1])
                    : j > 0 && matches[i - 1, j - 1] && Shown[i - 1] == printed[j - 1];
        }
        return matches[Shown.Count, printed.Length];
    }

    public override string ToString() => CommandLine[2..];
}
