namespace Differentiator.Expressions.Printing;

/// <summary>
/// The layout of the two-dimensional forms, LaTeX and MathML: a quotient is a fraction with the
/// numerator above the denominator, so neither side needs brackets of its own, and a power of e
/// or a positive fraction binds like an atom.
/// </summary>
internal abstract class StackedPrinter(PrintContext context) : InfixPrinter(context)
{
    protected override Level LevelOf(Expr e) => e switch
    {
        Call { Function.Notation: Notation.Exponential } => Level.Power,
        Rational { IsInteger: false, IsNegative: false } => Level.Atom,
        _ => base.LevelOf(e),
    };

    /// <summary>What opens a fraction, stands between its sides, and closes it.</summary>
    protected abstract (string Open, string Between, string Close) FractionParts { get; }

    protected override void WriteQuotient(IReadOnlyList<Expr> numerator, IReadOnlyList<Expr> denominator)
    {
        var (open, between, close) = FractionParts;
        Emit(open);
        WriteSide(numerator);
        Emit(between);
        WriteSide(denominator);
        Emit(close);
    }

    /// <summary>Inside a fraction a lone factor needs no brackets of its own.</summary>
    private void WriteSide(IReadOnlyList<Expr> factors)
    {
        if (factors.Count == 1) Write(factors[0], Level.Sum);
        else WriteFactors(factors);
    }
}
