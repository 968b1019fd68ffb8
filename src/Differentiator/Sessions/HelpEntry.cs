namespace Differentiator.Sessions;

/// <summary>One command of the session for <c>:help</c>: how it is written, an example, and what it does.</summary>
public sealed record HelpEntry(string Usage, string Example, string Description);
