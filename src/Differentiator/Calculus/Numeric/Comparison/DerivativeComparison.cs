using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>Settings of <see cref="DerivativeComparison.Compare"/>.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The step of the central difference (the lecture's 1e-5 by default).</summary>
    public double Delta { get; init; } = NumericGradientOptions.DefaultDelta;

    /// <summary>Whether to sweep h from 1e-1 to 1e-15 for each variable.</summary>
    public bool Sweep { get; init; }

    /// <summary>
    /// The symbolic differentiator: ∂f/∂variable as a tree. Without one the exact values come from
    /// dual numbers (exact to rounding) and no derivative text is shown.
    /// </summary>
    public Func<Expr, string, Expr>? Symbolic { get; init; }
}

/// <summary>
/// The heart of the tool: for a formula and a point, each variable's symbolic derivative and its
/// exact value beside the lecture's central difference, the complex-step and dual-number values,
/// the errors, and a verdict saying whether they agree and, if not, why (integer input, a kink, a
/// pole, cancellation, h too small or too large).
/// </summary>
public sealed class DerivativeComparison
{
    private DerivativeComparison(Expr formula, IReadOnlyList<PointCoordinate> point, ComparisonOptions options, IReadOnlyList<VariableComparison> variables, double value)
    {
        Formula = formula;
        Point = point;
        Options = options;
        Variables = variables;
        Value = value;
    }

    /// <summary>The formula.</summary>
    public Expr Formula { get; }

    /// <summary>The point, as given.</summary>
    public IReadOnlyList<PointCoordinate> Point { get; }

    /// <summary>The settings used.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>f at the point (NaN where undefined).</summary>
    public double Value { get; }

    /// <summary>Whether every coordinate was written as an integer, so NumPy would make the input an int64 array.</summary>
    public bool IsIntegerInput => Point.All(c => c.IsInteger);

    /// <summary>One comparison per coordinate, in the order of the point.</summary>
    public IReadOnlyList<VariableComparison> Variables { get; }

    /// <summary>Compares at <paramref name="point"/>; every variable of the formula needs a coordinate.</summary>
    /// <exception cref="ArgumentException">A variable of the formula has no coordinate.</exception>
    public static DerivativeComparison Compare(Expr formula, IReadOnlyList<PointCoordinate> point, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(point);
        options ??= new ComparisonOptions();
        var missing = ExprVariables.InOrder(formula).Where(v => point.All(c => c.Name != v)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"The point gives no value for {Syntax.MessageText.FirstFew(missing)}.", nameof(point));
        var analysis = new ComparisonAnalysis(formula, point, options);
        return new(formula, point, options, [.. point.Select(c => analysis.For(c.Name))], analysis.Value);
    }

    /// <summary>The comparison as a text report.</summary>
    public string ToText() => ComparisonText.Render(this);
}
