namespace Differentiator.Sessions;

/// <summary>How a session's front end prints formulas (<c>:format text|latex|code</c>).</summary>
public enum DisplayFormat
{
    /// <summary>The readable text form: <c>2 + 3y</c>.</summary>
    Text,
    /// <summary>LaTeX: <c>2 + 3y</c>, <c>\frac{1}{x}</c>.</summary>
    Latex,
    /// <summary>Code with explicit <c>*</c>: <c>2 + 3*y</c>.</summary>
    Code,
}
