namespace Differentiator.Sessions;

/// <summary>
/// The stable codes of a session's own errors (a line that is not a command, a definition that
/// cannot be made). Errors about a formula keep the parser's codes (<see cref="Syntax.DiagnosticCodes"/>)
/// and those of the library (<see cref="ErrorCodes"/>).
/// </summary>
public static class SessionCodes
{
    /// <summary>A <c>:command</c> the session does not know.</summary>
    public const string UnknownCommand = "DX0601";
    /// <summary>A command without what it needs (<c>grad</c> without a formula, <c>:format</c> with an unknown format).</summary>
    public const string BadCommand = "DX0602";
    /// <summary>A definition whose left side is not <c>name = …</c> or <c>name(x, y) = …</c>.</summary>
    public const string BadDefinition = "DX0603";
    /// <summary>A name that cannot be defined: a built-in function, a constant, <c>ans</c>, a command word.</summary>
    public const string ReservedName = "DX0604";
    /// <summary>A call of a function that is not defined.</summary>
    public const string NotDefined = "DX0605";
    /// <summary>A definition that would make a name depend on itself.</summary>
    public const string Cycle = "DX0606";
    /// <summary>A change that would break another definition (an undefined name it uses, a wrong number of arguments).</summary>
    public const string BreaksDefinition = "DX0607";
    /// <summary><c>ans</c> before any result.</summary>
    public const string NoAnswer = "DX0608";
    /// <summary>A line that only works at the prompt (<c>:load</c>, <c>:save</c>, <c>:quit</c> inside a loaded file).</summary>
    public const string NotInFile = "DX0609";
    /// <summary>An internal error: a bug, reported as a result so that the session goes on.</summary>
    public const string Internal = "DX0699";
}
