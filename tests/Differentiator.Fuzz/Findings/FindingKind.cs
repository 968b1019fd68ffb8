namespace Differentiator.Fuzz.Findings;

/// <summary>What went wrong.</summary>
public enum FindingKind
{
    /// <summary>An exception other than the documented ones, or the process died (a stack overflow, an abort).</summary>
    Crash,
    /// <summary>One input took more than the deadline.</summary>
    Hang,
    /// <summary>The symbolic derivative disagrees with the numeric ones beyond what the comparison's verdict explains.</summary>
    WrongDerivative,
    /// <summary>A printed form does not read back, or reads back to another value.</summary>
    ReadBack,
    /// <summary>The real <c>dx</c> process exited 1, printed a stack trace, or hung.</summary>
    Dx,
}
