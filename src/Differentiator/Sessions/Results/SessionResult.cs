using Differentiator.Reports;

namespace Differentiator.Sessions;

/// <summary>
/// What one line of a session produced: a value a front end prints (in the session's
/// <see cref="DisplayFormat"/>), never an exception. Warnings and notes are in
/// <see cref="Messages"/>, their spans relative to the line typed.
/// </summary>
public abstract record SessionResult
{
    /// <summary>Warnings and notes about the line, with spans relative to the line typed.</summary>
    public IReadOnlyList<ReportMessage> Messages { get; init; } = [];

    /// <summary>Whether the line failed (see <see cref="ErrorResult"/>).</summary>
    public virtual bool IsError => false;
}

/// <summary>An empty line or a comment: nothing to show.</summary>
public sealed record NothingResult : SessionResult;

/// <summary>
/// A formula as read, or as computed (<c>d/dx f</c>, <c>f'(x)</c>), with its value when it has no
/// variables left: <c>f(1, 2)</c> is 16. <see cref="ValueError"/> says why a formula without
/// variables has no value (<c>ln(-1)</c>).
/// </summary>
public sealed record FormulaResult(Formula Formula, double? Value, string? ValueError) : SessionResult;

/// <summary>An error, with a caret span relative to the line typed where there is a position.</summary>
public sealed record ErrorResult(ErrorReport Error) : SessionResult
{
    /// <inheritdoc/>
    public override bool IsError => true;

    /// <summary>Whether this reports a bug in the library rather than a mistake in the line.</summary>
    public bool IsBug => Error.Code == SessionCodes.Internal;
}
