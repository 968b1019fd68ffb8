using System.Text;
using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// The layout every printer shares: sums with their signs, products split into numerator and
/// denominator by <see cref="Quotients"/>, powers and calls, with parentheses wherever the
/// binding of the context demands. Subclasses choose the spelling (text, code, LaTeX).
/// </summary>
internal abstract class InfixPrinter
{
    /// <summary>How tightly a piece binds; a piece is parenthesized in a context that binds tighter.</summary>
    protected enum Level { Sum, Product, Unary, Power, Atom, AlwaysGrouped }

    public string Print(Expr e) => LargeStack.Run(e.Depth, () =>
    {
        var sb = new StringBuilder();
        Write(sb, e, Level.Sum);
        return sb.ToString();
    });

    protected string Render(Expr e, Level context)
    {
        var sb = new StringBuilder();
        Write(sb, e, context);
        return sb.ToString();
    }

    protected void Write(StringBuilder sb, Expr e, Level context)
    {
        StackGuard.Ensure();
        if (LevelOf(e) < context)
        {
            sb.Append(OpenParen);
            WriteBare(sb, e);
            sb.Append(CloseParen);
        }
        else WriteBare(sb, e);
    }

    protected virtual string OpenParen => "(";
    protected virtual string CloseParen => ")";

    protected virtual Level LevelOf(Expr e) => e switch
    {
        Rational r => r.IsNegative ? Level.Unary : r.IsInteger ? Level.Atom : Level.Product,
        Real d => Quotients.IsNegative(d) ? Level.Unary : Level.Atom,
        Sum => Level.Sum,
        Product p => Quotients.IsNegative(p) ? Level.Unary : Level.Product,
        Power p when Quotients.IsDenominatorFactor(p) => Level.Product,
        Power => Level.Power,
        _ => Level.Atom,
    };

    private void WriteBare(StringBuilder sb, Expr e)
    {
        switch (e)
        {
            case Rational r: WriteRational(sb, r); break;
            case Real d: sb.Append(d.ToInvariantString()); break;
            case Symbol s: sb.Append(SymbolText(s.Name)); break;
            case Constant c: sb.Append(ConstantText(c)); break;
            case Sum s: WriteSum(sb, s); break;
            case Product p: WriteProduct(sb, p); break;
            case Power p when Quotients.IsDenominatorFactor(p): WriteQuotient(sb, [Rational.One], [Expr.Reciprocal(p)]); break;
            case Power p: WritePower(sb, p.Base, p.Exponent); break;
            case Call c: WriteCall(sb, c); break;
            default: throw new InvalidOperationException($"Unknown node {e.GetType().Name}.");
        }
    }

    protected virtual void WriteRational(StringBuilder sb, Rational r) => sb.Append(r.ToInvariantString());

    protected virtual string SymbolText(string name) => name;

    protected abstract string ConstantText(Constant c);

    private void WriteSum(StringBuilder sb, Sum s)
    {
        for (var i = 0; i < s.Terms.Count; i++)
        {
            var term = s.Terms[i];
            if (i == 0) Write(sb, term, Level.Sum);
            else if (IsSubtracted(term))
            {
                sb.Append(" - ");
                Write(sb, Expr.Negate(term), Level.Product);
            }
            else
            {
                sb.Append(" + ");
                Write(sb, term, Level.Product);
            }
        }
    }

    /// <summary>A term printed after " - ".</summary>
    private static bool IsSubtracted(Expr term) => Quotients.IsNegative(term);

    private void WriteProduct(StringBuilder sb, Product p)
    {
        var coefficient = p.Coefficient;
        var factors = p.Factors[0] is Rational ? p.Factors.Skip(1) : p.Factors;
        var numerator = new List<Expr>();
        var denominator = new List<Expr>();
        foreach (var f in factors)
        {
            if (Quotients.IsDenominatorFactor(f)) denominator.Add(Expr.Reciprocal(f));
            else numerator.Add(f);
        }
        if (p.Factors[0] is Real { Value: var leading } && double.IsNegative(leading))
        {
            // A leading negative decimal is the product's sign: -3.25x.
            sb.Append('-');
            numerator[0] = Real.Of(-leading);
        }
        if (coefficient.IsNegative) sb.Append('-');
        var magnitude = coefficient.Abs();
        // "-1e+300/6" would read back with the sign inside the decimal; an explicit 1 keeps it on the coefficient.
        var signBeforeDecimal = coefficient.IsNegative && numerator.Count > 0 && numerator[0] is Real;
        if (!magnitude.Numerator.IsOne || numerator.Count == 0 || signBeforeDecimal)
            numerator.Insert(0, Rational.Of(magnitude.Numerator));
        if (!magnitude.Denominator.IsOne)
            denominator.Insert(0, Rational.Of(magnitude.Denominator));

        if (denominator.Count == 0) WriteFactors(sb, numerator);
        else WriteQuotient(sb, numerator, denominator);
    }

    /// <summary>Writes factors joined by <see cref="Joiner"/>.</summary>
    protected void WriteFactors(StringBuilder sb, IReadOnlyList<Expr> factors)
    {
        for (var i = 0; i < factors.Count; i++)
        {
            var text = Render(factors[i], Level.Power);
            if (i > 0) sb.Append(Joiner(sb, factors[i - 1], factors[i], text));
            sb.Append(text);
        }
    }

    /// <summary>What goes between two factors: nothing, a space, or an explicit operator.</summary>
    protected abstract string Joiner(StringBuilder soFar, Expr left, Expr right, string rightText);

    protected virtual void WriteQuotient(StringBuilder sb, IReadOnlyList<Expr> numerator, IReadOnlyList<Expr> denominator)
    {
        WriteFactors(sb, numerator);
        sb.Append('/');
        var grouped = denominator.Count > 1;
        if (grouped) sb.Append(OpenParen);
        WriteFactors(sb, denominator);
        if (grouped) sb.Append(CloseParen);
    }

    protected abstract void WritePower(StringBuilder sb, Expr @base, Expr exponent);

    protected abstract void WriteCall(StringBuilder sb, Call call);

    protected void WriteArguments(StringBuilder sb, IReadOnlyList<Expr> args, string open, string close)
    {
        sb.Append(open);
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, args[i], Level.Sum);
        }
        sb.Append(close);
    }

    /// <summary>Whether an exponent may be written without brackets: a name, a constant or a non-negative number.</summary>
    protected static bool IsBareExponent(Expr exponent) => exponent switch
    {
        Symbol or Constant => true,
        Rational r => r.IsInteger && !r.IsNegative,
        Real d => !Quotients.IsNegative(d),
        _ => false,
    };
}
