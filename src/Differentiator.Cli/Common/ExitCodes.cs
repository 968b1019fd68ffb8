namespace Differentiator.Cli;

/// <summary>The exit codes of <c>dx</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>A bug or an unexpected failure.</summary>
    public const int Internal = 1;
    /// <summary>Bad input: a formula that does not parse, a bad option value, an undefined value at the point.</summary>
    public const int BadInput = 2;
}
