using Differentiator.Syntax;

namespace Differentiator.Cli;

/// <summary>The message of a bug: short, with the stack trace only when asked for.</summary>
public static class InternalError
{
    /// <summary>The environment variable that turns on stack traces of internal errors.</summary>
    public const string DebugVariable = "DX_DEBUG";

    /// <summary>Whether <see cref="DebugVariable"/> asks for stack traces (<c>1</c> or <c>true</c>).</summary>
    public static bool DebugRequested(string? value) => value is "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>internal error (InvalidOperationException): …</c>, and the stack trace when <paramref name="debug"/>.</summary>
    public static string Message(Exception exception, bool debug)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var first = exception.Message.ReplaceLineEndings(" ");
        var message = $"internal error ({exception.GetType().Name}): {MessageText.Excerpt(first, CliMessages.MessageCap)} This is a bug in dx, not in your input; please report it with the command line.";
        return debug ? $"{message}\n{exception}" : $"{message} Set {DebugVariable}=1 to see the stack trace.";
    }
}
