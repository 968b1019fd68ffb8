using Differentiator.Expressions;
using Differentiator.Syntax;

namespace Differentiator.Sequences;

/// <summary>
/// One line of a system: an initial value (<c>a(1) = 1</c>) or a rule for the term at index
/// variable plus an offset (<c>a(n+1) = a(n) + 2</c>, or a general term <c>a(n) = 2n - 1</c>).
/// </summary>
public sealed record SequenceDefinition(string Name, int? Index, int Offset, Expr Value, string Text, SourceSpan Span)
{
    /// <summary>Whether this gives a single term's value.</summary>
    public bool IsInitialValue => Index is not null;
}
