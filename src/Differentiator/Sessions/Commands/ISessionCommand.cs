using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary>
/// One kind of line. The session offers each line to its commands in order
/// (<see cref="CommandTable"/>) and the first that recognises it runs it; adding a kind of line is
/// adding one command there.
/// </summary>
internal interface ISessionCommand
{
    /// <summary>The <c>:help</c> entries of the command.</summary>
    IReadOnlyList<HelpEntry> Help { get; }

    /// <summary>
    /// Runs the line if it is this command's (<paramref name="content"/> is the line without its
    /// comment and surrounding space); null when it is not.
    /// </summary>
    /// <exception cref="Lines.LineError">The line is this command's but wrong.</exception>
    CommandOutcome? TryRun(Session session, string line, SourceSpan content, bool inFile);
}

/// <summary>The session after a line, and what the line produced.</summary>
internal readonly record struct CommandOutcome(Session Session, SessionResult Result);
