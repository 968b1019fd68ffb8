using System.Diagnostics.CodeAnalysis;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;
using Differentiator.Expressions.Printing;
using Differentiator.Syntax;

namespace Differentiator;

/// <summary>
/// A parsed formula: its expression tree, its variables in order of appearance, how it was read
/// (explicit <c>*</c> and parentheses), and warnings about readings a person might not mean.
/// </summary>
/// <example>
/// <code>
/// var f = Formula.Parse("2x + 3xy + y^3");
/// Console.WriteLine(f.Reading);                          // 2*x + 3*x*y + y^3
/// Console.WriteLine(f.Evaluate(("x", 1.0), ("y", 2.0))); // 16
/// </code>
/// </example>
public sealed class Formula
{
    private readonly Lazy<IReadOnlyDictionary<Expr, SourceSpan>> _spans;

    private Formula(string source, Expr expression, IReadOnlyList<string> variables, IReadOnlyList<Diagnostic> warnings, SyntaxNode tree, int nesting)
    {
        Source = source;
        Expression = expression;
        Variables = variables;
        Warnings = warnings;
        // Spans are wanted only for an error message: bind the tree again then, recording them.
        _spans = new(() => LargeStack.Run(nesting, () => Binder.Spans(tree)));
    }

    /// <summary>The text that was parsed.</summary>
    public string Source { get; }

    /// <summary>The expression tree.</summary>
    public Expr Expression { get; }

    /// <summary>The variables, in the order they first appear in the text.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Warnings about ambiguous readings (<c>1/2x</c>, <c>sin 2x</c>, <c>e^3x</c>, split names, σ as a variable).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>The formula as it was read, with explicit <c>*</c> and parentheses: <c>1/2x</c> reads <c>x/2</c>.</summary>
    public string Reading => Expression.ToCode();

    /// <summary>Parses a formula.</summary>
    /// <exception cref="FormulaSyntaxException">The formula cannot be read; the exception carries the diagnostic.</exception>
    public static Formula Parse(string text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var formula, out var error, options) ? formula : throw new FormulaSyntaxException(error, text);
    }

    /// <summary>Parses a formula, returning false with a diagnostic instead of throwing.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out Formula? formula, [NotNullWhen(false)] out Diagnostic? error, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vocabulary = options is null || options.Variables.Count == 0
            ? StandardVocabulary.Instance
            : StandardVocabulary.Instance.WithVariables(options.Variables);
        var syntax = SyntaxParser.Parse(text, vocabulary);
        formula = null;
        error = null;
        if (syntax.Tree is null)
        {
            error = syntax.Error!;
            return false;
        }

        var (expression, bindError) = LargeStack.Run(syntax.Nesting, () => Binder.Bind(syntax.Tree));
        if (expression is null)
        {
            error = bindError!;
            return false;
        }
        formula = new Formula(text, expression, syntax.Variables, syntax.Warnings, syntax.Tree, syntax.Nesting);
        return true;
    }

    /// <summary>Evaluates the formula in double precision.</summary>
    /// <exception cref="EvaluationException">A variable has no value, or the formula is undefined there (e.g. ln of a negative).</exception>
    public double Evaluate(IReadOnlyDictionary<string, double> values) => Evaluator.Evaluate(Expression, values);

    /// <summary>Evaluates the formula with the given variable values: <c>f.Evaluate(("x", 1.0), ("y", 2.0))</c>.</summary>
    /// <exception cref="EvaluationException">A variable has no value, or the formula is undefined there.</exception>
    public double Evaluate(params (string Name, double Value)[] values) =>
        Evaluate(values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>
    /// The span of the text that <paramref name="node"/> was read from: <c>x - 1</c> in
    /// <c>1/(x - 1)</c> for the node <c>(x - 1)^-1</c>. A node the parser made (the factors of
    /// <c>1/(yz)</c>) has the span of the text it was made for, a node that occurs more than once
    /// its first occurrence's, and a node below none of those the span of the nearest one above
    /// it. Null when <paramref name="node"/> is not part of this formula (a derivative's node).
    /// </summary>
    public SourceSpan? SpanOf(Expr node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var spans = _spans.Value;
        if (spans.TryGetValue(node, out var span)) return span;
        return ExpressionPaths.NearestAbove(Expression, node, spans);
    }

    /// <summary>
    /// An evaluation error of this formula as a diagnostic with a caret under the part that failed:
    /// <c>1/0</c> gives DX0203 "Division by zero." under the <c>0</c>, <c>ln(x)</c> at x = -1 gives
    /// DX0202 "ln is defined for x > 0, and x = -1 here." under <c>ln(x)</c>. An error of some other
    /// tree (a derivative's) spans the whole formula.
    /// </summary>
    public Diagnostic Diagnose(EvaluationException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var span = SpanOf(error.Subexpression) ?? new SourceSpan(0, Math.Max(1, Source.Length));
        return new Diagnostic(DiagnosticSeverity.Error, error.Code, error.Message, span, MessageText.Excerpt(Source, span));
    }

    /// <summary>The readable text form (<c>6x e^(3x^2)</c>); it parses back to the same tree.</summary>
    public string ToText() => Expression.ToString();

    /// <summary>The code form (<c>6*x*exp(3*x^2)</c>, or <c>6*x*exp(3*x**2)</c> for Python).</summary>
    public string ToCode(CodeFlavor flavor = CodeFlavor.Plain) => Expression.ToCode(flavor);

    /// <summary>The LaTeX form (<c>6x e^{3x^{2}}</c>).</summary>
    public string ToLatex() => Expression.ToLatex();

    /// <inheritdoc/>
    public override string ToString() => ToText();
}
