using Differentiator.Syntax;

namespace Differentiator;

/// <summary>Thrown by <see cref="Formula.Parse"/> for a formula that cannot be read.</summary>
public sealed class FormulaSyntaxException : Exception
{
    /// <summary>Creates the exception for a diagnostic about <paramref name="source"/>.</summary>
    public FormulaSyntaxException(Diagnostic diagnostic, string source) : base(diagnostic?.Message)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Diagnostic = diagnostic;
        Source = source;
    }

    /// <summary>What is wrong, and where.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>The formula's text.</summary>
    public new string Source { get; }

    /// <summary>The message with the formula and a caret line under the error.</summary>
    public string Render() => Diagnostic.Render(Source);
}
