namespace Differentiator.Cli.Repl;

/// <summary>What a line of output is: a result (standard output), or a warning, note or error (standard error when redirected).</summary>
public enum OutputKind
{
    /// <summary>A result.</summary>
    Result,
    /// <summary>A warning or a note.</summary>
    Message,
    /// <summary>An error.</summary>
    Error,
}

/// <summary>One line the REPL prints.</summary>
public readonly record struct OutputLine(string Text, OutputKind Kind);
