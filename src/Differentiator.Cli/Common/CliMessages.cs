namespace Differentiator.Cli;

/// <summary>How much of echoed input dx's own messages show (the text itself is cut by <see cref="Syntax.MessageText.Excerpt(string, int)"/>).</summary>
public static class CliMessages
{
    /// <summary>The most characters of a formula in the heading of its result block (<c># line 3: …</c>).</summary>
    public const int HeadingCap = 60;

    /// <summary>The most characters of a message that may quote the command line (the parser's, an internal error's).</summary>
    public const int MessageCap = 300;
}
