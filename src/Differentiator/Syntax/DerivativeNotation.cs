using System.Diagnostics.CodeAnalysis;

namespace Differentiator.Syntax;

/// <summary>
/// Derivative notation typed as input: <c>d/dx x^2</c>, <c>d^2/dx^2 f</c>, <c>d²/dx² f</c>,
/// <c>∂/∂y f</c>, <c>\frac{d}{dx} f</c>, <c>\frac{\partial}{\partial x} f</c>,
/// <c>\frac{d^2}{dx^2} f</c>, <c>d(x^2)/dx</c>. It is not part of the formula language (a formula
/// that starts with it is error DX0011); front ends that differentiate recognise it here and
/// differentiate the <see cref="Formula"/> text by <see cref="Variable"/> instead of refusing.
/// </summary>
/// <example>
/// <code>
/// if (DerivativeNotation.TryParse("d/dx x^2", out var variable, out var order, out var formula))
///     Console.WriteLine($"{formula} by {variable}, order {order}"); // x^2 by x, order 1
/// </code>
/// </example>
public sealed record DerivativeNotation
{
    internal DerivativeNotation(string variable, int order, bool isPartial, string formula, int formulaStart, SourceSpan operatorSpan)
    {
        Variable = variable;
        Order = order;
        IsPartial = isPartial;
        Formula = formula;
        FormulaStart = formulaStart;
        OperatorSpan = operatorSpan;
    }

    /// <summary>The variable to differentiate by, as the formula names it (<c>x</c>, <c>θ</c> for <c>\theta</c>, <c>x1</c> for <c>x_1</c>).</summary>
    public string Variable { get; }

    /// <summary>How many times: 2 for <c>d^2/dx^2</c>.</summary>
    public int Order { get; }

    /// <summary>Written with ∂ (<c>∂/∂x</c>, <c>\partial</c>); the derivative is the same.</summary>
    public bool IsPartial { get; }

    /// <summary>The text of the formula to differentiate, e.g. <c>x^2</c> or <c>(x^2)</c>.</summary>
    public string Formula { get; }

    /// <summary>Where <see cref="Formula"/> starts in the input, to shift the spans of its diagnostics back onto the input.</summary>
    public int FormulaStart { get; }

    /// <summary>The span of the notation itself (<c>d/dx</c>, <c>\frac{d}{dx}</c>) in the input.</summary>
    public SourceSpan OperatorSpan { get; }

    /// <summary>
    /// Recognises derivative notation followed by (or, in <c>d(x^2)/dx</c>, holding) a formula.
    /// Returns false for any other text, and for notation without a formula (<c>dy/dx</c>);
    /// <see cref="Differentiator.Formula.Parse"/> explains those with error DX0011.
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out DerivativeNotation? notation)
    {
        ArgumentNullException.ThrowIfNull(text);
        notation = DerivativeNotationReader.Read(text).Notation;
        return notation is not null;
    }

    /// <summary>
    /// Recognises derivative notation with a formula: <c>d/dx x^2</c> gives <c>x</c>, 1 and <c>x^2</c>.
    /// Returns false for any other text and for notation without a formula (<c>dy/dx</c>).
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out string? variable, out int order, [NotNullWhen(true)] out string? formulaText)
    {
        var found = TryParse(text, out DerivativeNotation? notation);
        variable = notation?.Variable;
        order = notation?.Order ?? 0;
        formulaText = notation?.Formula;
        return found;
    }

    /// <summary>The command that differentiates instead: <c>dx diff "x^2" --wrt x</c>.</summary>
    internal static string DiffCommand(string formula, string variable, int order) =>
        $"dx diff \"{MessageText.Excerpt(formula)}\" --wrt {MessageText.Excerpt(variable)}" + (order > 1 ? $" --order {order}" : "");
}
