using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// A derivative with its working: the steps in order, outermost first, and renderings of them
/// as text and LaTeX.
/// </summary>
public sealed class Derivation
{
    internal Derivation(Expr function, string variable, Expr result, IReadOnlyList<DerivationStep> steps, IReadOnlyList<string> notes)
    {
        Function = function;
        Variable = variable;
        Result = result;
        Steps = steps;
        Notes = notes;
    }

    /// <summary>The formula differentiated.</summary>
    public Expr Function { get; }

    /// <summary>The variable differentiated by.</summary>
    public string Variable { get; }

    /// <summary>The derivative, simplified.</summary>
    public Expr Result { get; }

    /// <summary>The steps, outermost first.</summary>
    public IReadOnlyList<DerivationStep> Steps { get; }

    /// <summary>Notes: non-smooth points, domain assumptions of the simplification.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The derivation as indented text lines.</summary>
    public string ToText() => StepRenderer.Render(this, StepNotation.Text);

    /// <summary>The derivation as LaTeX lines (separated by <c>\\</c>, for an <c>align*</c> or <c>gathered</c> block).</summary>
    public string ToLatex() => StepRenderer.Render(this, StepNotation.Latex);

    /// <inheritdoc/>
    public override string ToString() => ToText();
}
