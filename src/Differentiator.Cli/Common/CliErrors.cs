using Differentiator.Reports;

namespace Differentiator.Cli;

/// <summary>Which failures are the user's (a message, exit 2) and which are bugs (exit 1).</summary>
public static class CliErrors
{
    /// <summary>
    /// The report of a user error: whatever the library reports as one, and every file-system
    /// problem (a missing folder, a folder given as a file, no permission, a full device).
    /// Null for a bug.
    /// </summary>
    public static ErrorReport? From(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => new ErrorReport(ErrorCodes.FileError, exception.Message),
        _ => ErrorReport.From(exception),
    };
}
