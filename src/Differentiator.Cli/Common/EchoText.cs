namespace Differentiator.Cli;

/// <summary>Input echoed back in a message or heading, capped so that a huge input cannot flood the terminal.</summary>
public static class EchoText
{
    /// <summary>How many characters of echoed input are shown.</summary>
    public const int Cap = 60;

    /// <summary>How many characters of a message that may echo input are shown.</summary>
    public const int MessageCap = 300;

    /// <summary>The text, or its first <paramref name="cap"/> characters and how many more there are.</summary>
    public static string Short(string text, int cap = Cap)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= cap) return text;
        var shown = char.IsHighSurrogate(text[cap - 1]) ? cap - 1 : cap;
        return $"{text[..shown]}… ({text.Length - shown:N0} more characters)";
    }
}
