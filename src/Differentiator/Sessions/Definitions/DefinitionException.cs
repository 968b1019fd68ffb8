using Differentiator.Syntax;

namespace Differentiator.Sessions.Definitions;

/// <summary>A definition that cannot be made or removed; <see cref="BodySpan"/> is relative to the new definition's body when the problem is there.</summary>
internal sealed class DefinitionException(string code, string message, SourceSpan? bodySpan = null) : Exception(message)
{
    public string Code { get; } = code;

    public SourceSpan? BodySpan { get; } = bodySpan;
}
