using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// A derivative with its working: the steps in order, outermost first, and renderings of them
/// as text and LaTeX.
/// </summary>
public sealed class Derivation
{
    internal Derivation(Expr function, string variable, Expr result, IReadOnlyList<DerivationStep> steps, IReadOnlyList<string> notes, int nesting)
    {
        Function = function;
        Variable = variable;
        Result = result;
        Steps = steps;
        Notes = notes;
        Nesting = nesting;
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

    /// <summary>
    /// The deepest tree a rendering works on: the formula, or the unsimplified derivative whose parts
    /// the steps' results are simplified from when first shown.
    /// </summary>
    internal int Nesting { get; }

    /// <summary>The longest formula the renderings show; longer ones are cut (text) or named (LaTeX).</summary>
    public const int FormulaCharacters = StepNotation.FormulaCharacters;

    /// <summary>
    /// The steps a listing shows: all of them, or for a long derivation the first
    /// <see cref="StepRenderer.HeadLines"/> and the last <see cref="StepRenderer.TailLines"/>
    /// (<see cref="OmittedSteps"/> says how many are left out).
    /// </summary>
    public IReadOnlyList<DerivationStep> ShownSteps =>
        OmittedSteps == 0 ? Steps : [.. Steps.Take(StepRenderer.HeadLines), .. Steps.TakeLast(StepRenderer.TailLines)];

    /// <summary>How many steps <see cref="ShownSteps"/> leaves out.</summary>
    public int OmittedSteps => Math.Max(0, Steps.Count - StepRenderer.HeadLines - StepRenderer.TailLines);

    /// <summary>
    /// The derivation as indented text lines; a long one shows its first and last lines and says
    /// how many were left out, so the text stays small whatever the formula.
    /// </summary>
    public string ToText() => StepRenderer.Render(this, StepNotation.Text);

    /// <summary>The derivation as LaTeX lines (separated by <c>\\</c>, for an <c>align*</c> or <c>gathered</c> block), bounded as <see cref="ToText"/> is.</summary>
    public string ToLatex() => StepRenderer.Render(this, StepNotation.Latex);

    /// <inheritdoc/>
    public override string ToString() => ToText();
}
