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
public sealed partial class Formula
{
    private string? _source;

    // The names declared through ParseOptions: the printers must know them to write text that reads back the same.
    private readonly IReadOnlyCollection<string> _declared;

    /// <summary>Where each node was read from; null for a computed formula, which has no text of its own.</summary>
    private readonly SpanSource? _spans;

    private Formula(string? source, Expr expression, IReadOnlyList<string> variables, IReadOnlyList<Diagnostic> warnings, IReadOnlyList<string>? notes = null,
        SpanSource? spans = null, IReadOnlyCollection<string>? declared = null)
    {
        _source = source;
        _declared = declared ?? [];
        Expression = expression;
        Variables = variables;
        Warnings = warnings;
        Notes = notes ?? [];
        _spans = spans;
    }

    /// <summary>
    /// The spans of a parsed formula's nodes, wanted only for an error message: the parse tree is
    /// bound again, recording them, the first time they are asked for.
    /// </summary>
    private sealed class SpanSource(SyntaxResult syntax, ParseOptions? options)
    {
        private IReadOnlyDictionary<Expr, SourceSpan>? _value;

        // Two threads may both bind; they make equal tables and either is kept.
        public IReadOnlyDictionary<Expr, SourceSpan> Value => _value ??= LargeStack.Run(syntax.Nesting, (syntax.Tree!, options),
            static s => Binder.Spans(s.Item1, s.options?.Functions, s.options?.Declarations));
    }

    /// <summary>The text that was parsed; for a computed formula (a derivative), its text form.</summary>
    public string Source => _source ??= Expression.ToString();

    /// <summary>The expression tree.</summary>
    public Expr Expression { get; }

    /// <summary>The variables, in the order they first appear in the text.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Warnings about ambiguous readings (<c>1/2x</c>, <c>sin 2x</c>, <c>e^3x</c>, split names, σ as a variable).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>
    /// Notes carried by a computed formula: points where a derivative does not exist
    /// (<c>d/dx |x| = sign(x); undefined at x = 0</c>), assumptions a simplification made
    /// (<c>e^(ln u) = u assumes u &gt; 0</c>), limits reached. Empty for a parsed formula.
    /// </summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The formula as it was read, with explicit <c>*</c> and parentheses: <c>1/2x</c> reads <c>x/2</c>.</summary>
    public string Reading => ToCode();

    /// <summary>A formula for an expression tree built in code; its text is the tree's text form.</summary>
    public static Formula FromExpression(Expr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new Formula(null, expression, ExprWalk.VariablesInOrder(expression), []);
    }

    /// <summary>
    /// A formula computed from this one (a derivative, a substitution): its variables keep this
    /// formula's order, then any new ones; the notes are carried.
    /// </summary>
    private Formula Derive(Expr expression, IReadOnlyList<string> notes)
    {
        var present = ExprWalk.VariablesInOrder(expression);
        var presentSet = present.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<string> ordered = [.. Variables.Where(presentSet.Contains), .. present.Where(v => !Variables.Contains(v))];
        return new Formula(null, expression, ordered, [], notes, declared: _declared);
    }

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
        var vocabulary = options is null || options.IsDefault
            ? StandardVocabulary.Instance
            : StandardVocabulary.Instance.WithVariables(options.Variables).WithFunctions(options.Functions.Select(f => (f.Name, f.Parameters.Count)).Concat(options.Declarations.Select(d => (d.Name, d.Arity))));
        var syntax = SyntaxParser.Parse(text, vocabulary);
        formula = null;
        error = null;
        if (syntax.Tree is null)
        {
            error = syntax.Error!;
            return false;
        }

        var (expression, bindError) = LargeStack.Run(syntax.Nesting, (syntax.Tree, options), static s => Binder.Bind(s.Tree, s.options?.Functions, s.options?.Declarations));
        if (expression is null)
        {
            error = bindError!;
            return false;
        }
        var variables = options is null || options.Functions.Count == 0 ? syntax.Variables : VariablesAfterExpansion(syntax.Variables, expression);
        formula = new Formula(text, expression, variables, syntax.Warnings, spans: new SpanSource(syntax, options), declared: options?.Variables);
        return true;
    }

    /// <summary>
    /// The variables of a formula whose user functions were expanded: those of the text that are
    /// still there (a parameter's name is not), then those the bodies brought in (<c>a</c> of
    /// <c>f(x) = a x</c>), in order.
    /// </summary>
    private static IReadOnlyList<string> VariablesAfterExpansion(IReadOnlyList<string> written, Expr expression)
    {
        var present = ExprWalk.VariablesInOrder(expression);
        var presentSet = present.ToHashSet(StringComparer.Ordinal);
        return [.. written.Where(presentSet.Contains), .. present.Where(v => !written.Contains(v))];
    }

    /// <summary>Evaluates the formula in double precision.</summary>
    /// <exception cref="EvaluationException">A variable has no value, or the formula is undefined there (e.g. ln of a negative).</exception>
    public double Evaluate(IReadOnlyDictionary<string, double> values)
    {
        try
        {
            return Evaluator.Evaluate(Expression, values);
        }
        catch (EvaluationException e) when (_spans is not null && e.Location is null)
        {
            throw e.Located(Source, Diagnose(e));
        }
    }

    /// <summary>Evaluates the formula with the given variable values: <c>f.Evaluate(("x", 1.0), ("y", 2.0))</c>.</summary>
    /// <exception cref="EvaluationException">A variable has no value, or the formula is undefined there.</exception>
    public double Evaluate(params (string Name, double Value)[] values) =>
        Evaluate(values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>Evaluates the formula at <paramref name="point"/>.</summary>
    /// <exception cref="InvalidInputException">The point gives no value for a variable of the formula.</exception>
    /// <exception cref="EvaluationException">The formula is undefined there.</exception>
    public double Evaluate(Point point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Evaluate(point.ValuesFor(Variables));
    }

    /// <summary>
    /// The span of the text that <paramref name="node"/> was read from: <c>x - 1</c> in
    /// <c>1/(x - 1)</c> for the node <c>(x - 1)^-1</c>. A node the parser made (the factors of
    /// <c>1/(yz)</c>) has the span of the text it was made for, a node that occurs more than once
    /// its first occurrence's, and a node below none of those the span of the nearest one above
    /// it. Null when <paramref name="node"/> is not part of this formula's text (a node of a
    /// derivative, or any node of a computed formula).
    /// </summary>
    public SourceSpan? SpanOf(Expr node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (_spans is null) return null;
        var spans = _spans.Value;
        return spans.TryGetValue(node, out var span) ? span : ExpressionPaths.NearestAbove(Expression, node, spans);
    }

    /// <summary>
    /// An evaluation error of this formula as a diagnostic with a caret under the part that failed:
    /// <c>1/0</c> gives DX0303 "Division by zero." under the <c>0</c>; <c>ln(x)</c> at x = -1 gives
    /// DX0302 "ln is defined for x > 0, and x = -1 here." under <c>ln(x)</c>. An error of another
    /// tree (a derivative's) spans the whole formula.
    /// </summary>
    public Diagnostic Diagnose(EvaluationException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var span = SpanOf(error.Subexpression) ?? new SourceSpan(0, Math.Max(1, Source.Length));
        return new Diagnostic(DiagnosticSeverity.Error, ErrorCodes.Of(error.Kind), error.Message, span, MessageText.Excerpt(Source, span));
    }

    /// <summary>The readable text form (<c>6x e^(3x^2)</c>); it parses back to the same tree, with the same options.</summary>
    /// <exception cref="NotPrintableException">No text within the parser's limits reads back as this formula.</exception>
    public string ToText() => TextPrinter.Format(Expression, _declared);

    /// <summary>The code form (<c>6*x*exp(3*x^2)</c>, or <c>6*x*exp(3*x**2)</c> for Python).</summary>
    /// <exception cref="NotPrintableException">No text within the parser's limits reads back as this formula.</exception>
    public string ToCode(CodeFlavor flavor = CodeFlavor.Plain) => CodePrinter.Format(Expression, flavor, _declared);

    /// <summary>The LaTeX form (<c>6x e^{3x^{2}}</c>); the parser reads it back as LaTeX input to the same tree.</summary>
    /// <exception cref="NotPrintableException">No text within the parser's limits reads back as this formula.</exception>
    public string ToLatex() => LatexPrinter.Format(Expression, _declared);

    /// <summary>The presentation MathML form (<c>&lt;math xmlns="http://www.w3.org/1998/Math/MathML"&gt;…&lt;/math&gt;</c>).</summary>
    /// <exception cref="NotPrintableException">The MathML would be longer than ten times the parser's length limit.</exception>
    public string ToMathMl() => Expression.ToMathMl();

    /// <inheritdoc/>
    public override string ToString() => TextPrinter.Display(Expression, _declared);
}
