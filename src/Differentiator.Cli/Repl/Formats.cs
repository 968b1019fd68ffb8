using Differentiator.Sessions;

namespace Differentiator.Cli.Repl;

/// <summary>The CLI's output format for a session's display format.</summary>
internal static class Formats
{
    public static OutputFormat Of(DisplayFormat format) => format switch
    {
        DisplayFormat.Latex => OutputFormat.Latex,
        DisplayFormat.Code => OutputFormat.Code,
        _ => OutputFormat.Text,
    };
}
