using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Simplification to the form a textbook prints (<c>6x e^(3x^2)</c>, <c>2 + 3y</c>), and a
/// canonical form for deciding whether two expressions are the same.
/// </summary>
/// <remarks>
/// Textbook form folds exact numbers, collects like terms and like factors, applies the 0/1
/// identities and the inverse pairs <c>ln(e^u) = u</c>, <c>e^(ln u) = u</c> (noting u &gt; 0); terms keep
/// the order in which they first appear, factors follow one fixed order (number, constants,
/// variables alphabetically, powers of numbers, calls, sums). Results share equal subtrees.
/// </remarks>
public static class Simplifier
{
    /// <summary>The textbook form of <paramref name="expression"/>.</summary>
    public static Expr Simplify(Expr expression) => Simplify(expression, SimplifyOptions.Default).Expression;

    /// <summary>Simplifies with the given options, reporting assumptions made and passes skipped.</summary>
    /// <exception cref="BudgetExceededException">The <see cref="OperationBudget"/> in force ran out.</exception>
    public static SimplificationResult Simplify(Expr expression, SimplifyOptions options)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(options);
        return RunAlone(expression, options);
    }

    /// <summary>
    /// The canonical form: simplified, with terms and factors sorted by one total order, so that
    /// equal expressions give structurally equal trees. <paramref name="options"/> may turn on
    /// <see cref="SimplifyOptions.Expand"/> and <see cref="SimplifyOptions.Trig"/>.
    /// </summary>
    public static SimplificationResult Canonical(Expr expression, SimplifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return RunAlone(expression, (options ?? SimplifyOptions.Default) with { Canonical = true });
    }

    /// <summary>
    /// Whether <paramref name="left"/> and <paramref name="right"/> are the same expression: their
    /// difference has the canonical form 0. False also means "could not tell" (see the options).
    /// </summary>
    public static bool AreEquivalent(Expr left, Expr right, SimplifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left == right) return true;
        var difference = Canonical(Expr.Subtract(left, right), options).Expression;
        return difference is Rational { IsZero: true };
    }

    /// <summary>Simplifies with an existing run, whose memo, interning table, budget and notes carry over.</summary>
    /// <exception cref="BudgetExceededException">The operation budget in force ran out.</exception>
    internal static SimplificationResult Run(Expr expression, Rewriter rewriter) =>
        new(rewriter.Simplify(expression), rewriter.Notes, rewriter.Complete);

    /// <summary>A whole simplification in a run of its own, whose tables are given back at the end.</summary>
    private static SimplificationResult RunAlone(Expr expression, SimplifyOptions options)
    {
        var rewriter = new Rewriter(options);
        var result = Run(expression, rewriter);
        rewriter.Release();
        return result;
    }
}
