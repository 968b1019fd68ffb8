using Differentiator.Sessions;

namespace Differentiator.Cli.Repl;

/// <summary>The front end wrote a file for the line (<c>:save</c>, <c>plot</c>).</summary>
public sealed record FileWrittenResult(string Path, string What) : SessionResult;

/// <summary>The front end could not do what the line asked, for a reason that is not the user's (plotting not built in).</summary>
public sealed record NoticeResult(string Text) : SessionResult;
