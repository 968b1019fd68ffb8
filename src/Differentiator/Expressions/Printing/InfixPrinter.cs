using System.Globalization;
using System.Numerics;
using System.Text;
using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// The layout every printer shares: sums with their signs, products split into numerator and
/// denominator by <see cref="Quotients"/>, powers and calls, with parentheses wherever the
/// binding of the context demands. Subclasses choose the spelling (text, code, LaTeX, MathML).
/// </summary>
/// <remarks>
/// One instance prints one tree, in one walk into one <see cref="StringBuilder"/>: the cost is
/// linear in the output. What goes between two factors depends on how the right one begins, so
/// the joiner is decided when that factor writes its first piece (see <see cref="Emit(string)"/>).
/// Recursion follows the tree's depth, on a large stack when the tree is deep.
/// </remarks>
internal abstract class InfixPrinter(PrintContext context)
{
    /// <summary>How tightly a piece binds; a piece is parenthesized in a context that binds tighter.</summary>
    protected enum Level { Sum, Product, Unary, Power, Atom, AlwaysGrouped }

    // Every leaf prints at least one character, most trees about three per leaf.
    private readonly StringBuilder _out = new((int)Math.Clamp(context.Leaves * 3, 16, 4096));
    // The spelling of each name, checked when the print must read back.
    private Dictionary<string, string>? _symbolTexts;
    private Expr? _joinLeft;
    private Expr? _joinRight;

    protected PrintContext Context { get; } = context;

    /// <summary>Whether the output must read back through the parser, so that its limits apply (not for a display, nor MathML).</summary>
    protected virtual bool ReadsBack => Context.Strict;

    public string Print(Expr e)
    {
        if (_out.Length > 0) throw new InvalidOperationException("A printer prints one tree.");
        // Every leaf prints at least one character: a tree with too many is refused before a character is written.
        if (Context.Strict && Context.Leaves > Context.MaxCharacters) throw ReadBack.TooLong(Context.MaxCharacters);
        try
        {
            LargeStack.Run(e.Depth, (Printer: this, Tree: e), static s =>
            {
                s.Printer.WriteWhole(s.Tree);
                return 0;
            });
        }
        catch (CutShort)
        {
            return CutShortText(_out.ToString(0, Context.MaxCharacters));
        }
        var text = _out.ToString();
        if (ReadsBack) ReadBack.CheckNesting(text, e.Depth, Context.Vocabulary);
        return text;
    }

    /// <summary>What a display shows when it reaches its length: the beginning and "…".</summary>
    protected virtual string CutShortText(string beginning) => beginning + "…";

    /// <summary>Writes the whole tree; a printer that wraps its output (MathML's &lt;math&gt;) overrides it.</summary>
    protected virtual void WriteWhole(Expr e) => Write(e, Level.Sum);

    /// <summary>The output so far.</summary>
    protected StringBuilder Output => _out;

    /// <summary>Appends a piece of output, first deciding the joiner a factor is waiting for.</summary>
    protected void Emit(string text)
    {
        if (_joinRight is { } right)
        {
            _joinRight = null;
            Append(Joiner(_joinLeft!, right, text));
        }
        Append(text);
    }

    /// <inheritdoc cref="Emit(string)"/>
    protected void Emit(char c)
    {
        if (_joinRight is not null) Emit(c.ToString());
        else
        {
            _out.Append(c);
            if (_out.Length > Context.MaxCharacters) StopAtLimit();
        }
    }

    private void Append(string text)
    {
        _out.Append(text);
        if (_out.Length > Context.MaxCharacters) StopAtLimit();
    }

    private void StopAtLimit()
    {
        if (Context.Strict) throw ReadBack.TooLong(Context.MaxCharacters);
        throw new CutShort();
    }

    /// <summary>A display reached its length: <see cref="Print"/> ends it there.</summary>
    private sealed class CutShort : Exception;

    protected void Write(Expr e, Level context)
    {
        StackGuard.Ensure();
        if (LevelOf(e) < context)
        {
            Emit(OpenParen);
            WriteBare(e);
            Emit(CloseParen);
        }
        else WriteBare(e);
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

    private void WriteBare(Expr e)
    {
        switch (e)
        {
            case Rational r: WriteRational(r); break;
            case Real d: WriteReal(d.Value); break;
            case Symbol s: WriteSymbol(s.Name); break;
            case Constant c: Emit(ConstantText(c)); break;
            case Sum s: WriteSum(s); break;
            case Product p: WriteProduct(p); break;
            case Power p when Quotients.IsDenominatorFactor(p): WriteQuotient([Rational.One], [Expr.Reciprocal(p)]); break;
            case Power p: WritePower(p.Base, p.Exponent); break;
            case Call c: WriteCall(c); break;
            default: throw new InvalidOperationException($"Unknown node {e.GetType().Name}.");
        }
    }

    protected virtual void WriteRational(Rational r)
    {
        if (r.IsNegative) Emit('-');
        Emit(IntegerText(r.Numerator));
        if (r.IsInteger) return;
        Emit('/');
        Emit(IntegerText(r.Denominator));
    }

    /// <summary>The digits of an integer's magnitude; refused when a literal could not hold them.</summary>
    protected string IntegerText(BigInteger value)
    {
        var magnitude = BigInteger.Abs(value);
        // A long formats without BigInteger's general path (and small ones come from the runtime's cache).
        var text = magnitude <= long.MaxValue ? ((long)magnitude).ToString(CultureInfo.InvariantCulture) : magnitude.ToString(CultureInfo.InvariantCulture);
        if (ReadsBack && text.Length > Limits.MaxIntegerDigits)
            throw new NotPrintableException(string.Create(CultureInfo.InvariantCulture,
                $"An integer of {text.Length:N0} digits cannot be printed: a literal may have at most {Limits.MaxIntegerDigits:N0}."));
        return text;
    }

    /// <summary>A decimal's text (<see cref="Real.ToInvariantString"/>); infinities and NaN have none that reads back.</summary>
    protected string DecimalText(double value)
    {
        if (ReadsBack && !double.IsFinite(value))
            throw new NotPrintableException($"The decimal {Real.Format(value)} cannot be printed: no formula text reads as an infinity or NaN.");
        return Real.Format(value);
    }

    protected virtual void WriteReal(double value) => Emit(DecimalText(value));

    private void WriteSymbol(string name)
    {
        if (!ReadsBack && SpellsNamesAsWritten)
        {
            Emit(name);
            return;
        }
        _symbolTexts ??= new(StringComparer.Ordinal);
        if (!_symbolTexts.TryGetValue(name, out var text))
        {
            text = SymbolText(name);
            if (ReadsBack && !ReadBack.ReadsAsVariable(text, name, Context.Vocabulary))
                throw new NotPrintableException($"The variable '{name}' cannot be printed: its name reads back as something else.");
            _symbolTexts.Add(name, text);
        }
        Emit(text);
    }

    protected virtual string SymbolText(string name) => name;

    /// <summary>Whether <see cref="SymbolText"/> is the name itself, so that a display need not remember spellings.</summary>
    protected virtual bool SpellsNamesAsWritten => true;

    protected abstract string ConstantText(Constant c);

    /// <summary>What goes between terms: " + " and " - ".</summary>
    protected virtual string PlusText => " + ";

    /// <inheritdoc cref="PlusText"/>
    protected virtual string MinusText => " - ";

    private void WriteSum(Sum s)
    {
        var terms = s.Items;
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (i == 0) Write(term, Level.Sum);
            else if (Quotients.IsNegative(term))
            {
                Emit(MinusText);
                WriteNegated(term);
            }
            else
            {
                Emit(PlusText);
                Write(term, Level.Product);
            }
        }
    }

    /// <summary>
    /// Writes −<paramref name="term"/> of a negative term exactly as <c>Write(Expr.Negate(term), Level.Product)</c>
    /// would, without building the negation (a sum of n negative terms would build n trees per print).
    /// </summary>
    private void WriteNegated(Expr term)
    {
        switch (term)
        {
            case Rational r:
                // Every positive number binds at least as a product: no brackets.
                WriteRational(r.IsInteger ? Rational.Of(-r.Numerator) : -r);
                break;
            case Real d:
                WriteReal(-d.Value);
                break;
            case Product p when Expr.IsMultiplyShape(p.Items):
                // In the factories' shape the negation is the same factors with the sign dropped from the
                // leading number; a lone factor left (−1·u is u) prints the same inside the product's layout.
                StackGuard.Ensure();
                WriteProduct(p, negated: true);
                break;
            default:
                Write(Expr.Negate(term), Level.Product);
                break;
        }
    }

    /// <summary>The sign before a negative product: <c>-</c>.</summary>
    protected virtual string NegativeSign => "-";

    /// <summary>Writes a product; <paramref name="negated"/> writes its negation (a product in the factories' shape with a negative leading number).</summary>
    private void WriteProduct(Product p, bool negated = false)
    {
        var items = p.Items;
        var coefficient = items[0] as Rational;
        var start = coefficient is null ? 0 : 1;
        // A leading negative decimal is the product's sign: -3.25x.
        var leadingDecimal = items[0] is Real { Value: var leading } && double.IsNegative(leading) ? Real.Of(-leading) : null;
        if (leadingDecimal is not null && !negated) Emit(NegativeSign);
        var negative = coefficient is { IsNegative: true };
        if (negative && !negated) Emit(NegativeSign);
        var magnitudeNumerator = coefficient is null ? BigInteger.One : BigInteger.Abs(coefficient.Numerator);
        var magnitudeDenominator = coefficient is null ? BigInteger.One : coefficient.Denominator;
        var firstBelow = start;
        while (firstBelow < items.Length && !Quotients.IsDenominatorFactor(items[firstBelow])) firstBelow++;
        var numeratorCount = firstBelow - start;
        for (var i = firstBelow; i < items.Length; i++)
            if (!Quotients.IsDenominatorFactor(items[i])) numeratorCount++;
        var firstNumerator = numeratorCount == 0 ? null : leadingDecimal ?? (firstBelow > start ? items[start] : FirstAbove(items, firstBelow));
        // "-1e+300/6" would read back with the sign inside the decimal; an explicit 1 keeps it on the coefficient.
        var signBeforeDecimal = negative && !negated && firstNumerator is Real;
        var leadNumber = !magnitudeNumerator.IsOne || numeratorCount == 0 || signBeforeDecimal ? Rational.Of(magnitudeNumerator) : null;
        if (firstBelow == items.Length && magnitudeDenominator.IsOne)
        {
            // No fraction bar (most products): the factors as they stand, without lists.
            WriteFactors(leadNumber, leadingDecimal, items, leadingDecimal is null ? start : start + 1);
            return;
        }
        var numerator = new List<Expr>(numeratorCount + 1);
        List<Expr>? denominator = magnitudeDenominator.IsOne ? null : [Rational.Of(magnitudeDenominator)];
        if (leadNumber is not null) numerator.Add(leadNumber);
        for (var i = start; i < items.Length; i++)
        {
            var f = items[i];
            if (Quotients.IsDenominatorFactor(f)) (denominator ??= []).Add(Expr.Reciprocal(f));
            else numerator.Add(i == 0 && leadingDecimal is not null ? leadingDecimal : f);
        }
        if (denominator is null) WriteFactors(numerator);
        else WriteQuotient(numerator, denominator);
    }

    private static Expr? FirstAbove(Expr[] items, int from)
    {
        for (var i = from; i < items.Length; i++)
            if (!Quotients.IsDenominatorFactor(items[i])) return items[i];
        return null;
    }

    /// <summary>Writes factors, each joined to the one before by <see cref="Joiner"/>.</summary>
    protected void WriteFactors(IReadOnlyList<Expr> factors)
    {
        Expr? previous = null;
        for (var i = 0; i < factors.Count; i++) WriteFactor(ref previous, factors[i]);
    }

    /// <summary>Writes <paramref name="first"/> and <paramref name="second"/> (each when given), then <paramref name="items"/> from <paramref name="from"/> on, as factors.</summary>
    private void WriteFactors(Expr? first, Expr? second, Expr[] items, int from)
    {
        Expr? previous = null;
        if (first is not null) WriteFactor(ref previous, first);
        if (second is not null) WriteFactor(ref previous, second);
        for (var i = from; i < items.Length; i++) WriteFactor(ref previous, items[i]);
    }

    private void WriteFactor(ref Expr? previous, Expr factor)
    {
        if (previous is not null)
        {
            _joinLeft = previous;
            _joinRight = factor;
        }
        Write(factor, Level.Power);
        previous = factor;
    }

    /// <summary>
    /// What goes between two factors: nothing, a space, or an explicit operator, knowing the piece
    /// the right factor begins with (<paramref name="rightStart"/>) and the output so far.
    /// </summary>
    protected abstract string Joiner(Expr left, Expr right, string rightStart);

    protected virtual void WriteQuotient(IReadOnlyList<Expr> numerator, IReadOnlyList<Expr> denominator)
    {
        WriteFactors(numerator);
        Emit('/');
        var grouped = denominator.Count > 1;
        if (grouped) Emit(OpenParen);
        WriteFactors(denominator);
        if (grouped) Emit(CloseParen);
    }

    protected abstract void WritePower(Expr @base, Expr exponent);

    protected abstract void WriteCall(Call call);

    /// <summary>Writes <paramref name="open"/>, the expression as a whole, and <paramref name="close"/>: a brace, a bracket, an element.</summary>
    protected void WriteEnclosed(string open, Expr e, string close)
    {
        Emit(open);
        Write(e, Level.Sum);
        Emit(close);
    }

    protected void WriteArguments(IReadOnlyList<Expr> args, string open, string close)
    {
        Emit(open);
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0) Emit(", ");
            Write(args[i], Level.Sum);
        }
        Emit(close);
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
