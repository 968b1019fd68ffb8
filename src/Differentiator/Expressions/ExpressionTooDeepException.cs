namespace Differentiator.Expressions;

/// <summary>
/// Thrown when a tree would be nested deeper than a documented limit. Deep input is refused with
/// this exception instead of overflowing the stack, which .NET cannot catch.
/// </summary>
public sealed class ExpressionTooDeepException : Exception
{
    /// <summary>Creates the exception for the given limit.</summary>
    public ExpressionTooDeepException(int limit)
        : base($"The expression is nested more than {limit} levels deep.") => Limit = limit;

    /// <summary>Creates the exception with a message of its own.</summary>
    public ExpressionTooDeepException(string message) : base(message) { }

    /// <summary>The limit that was passed, when known.</summary>
    public int Limit { get; }
}
