using System.Text;

namespace Differentiator.Tests.Support;

/// <summary>
/// Splits a command line into arguments as a POSIX shell does for the quoting a README uses:
/// blanks separate words, <c>'…'</c> is literal, <c>"…"</c> is literal except for <c>\"</c>,
/// <c>\\</c>, <c>\$</c> and <c>\`</c>, and a backslash outside quotes escapes the next character.
/// What a shell would expand or redirect (<c>$</c>, globs, pipes, <c>~</c>, …) is refused rather
/// than passed on, so that a command that passes here is the command a shell runs.
/// </summary>
public static class ShellWords
{
    private const string Special = "|&;<>()$`*?[]{}";

    public static IReadOnlyList<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case ' ' or '\t':
                    if (inWord) words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                    continue;
                case '\'':
                    var close = line.IndexOf('\'', i + 1);
                    if (close < 0) throw Refused(line, "an unclosed '");
                    word.Append(line, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    i = DoubleQuoted(line, i + 1, word);
                    break;
                case '\\':
                    if (i + 1 == line.Length) throw Refused(line, "a trailing backslash");
                    word.Append(line[++i]);
                    break;
                default:
                    if (Special.Contains(c) || (!inWord && c is '~' or '#')) throw Refused(line, $"'{c}' outside quotes, which a shell would interpret");
                    word.Append(c);
                    break;
            }
            inWord = true;
        }
        if (inWord) words.Add(word.ToString());
        return words;
    }

    /// <summary>Appends the double-quoted text that starts at <paramref name="start"/>; the index of the closing quote.</summary>
    private static int DoubleQuoted(string line, int start, StringBuilder word)
    {
        for (var i = start; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"') return i;
            if (c is '$' or '`') throw Refused(line, $"'{c}' inside double quotes, which a shell would expand");
            if (c == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$' or '`') c = line[++i];
            word.Append(c);
        }
        throw Refused(line, "an unclosed \"");
    }

    private static ArgumentException Refused(string line, string why) => new($"The command line has {why}: {line}");
}
