namespace Differentiator.Expressions;

public abstract partial class Expr
{
    /// <summary>An exact integer.</summary>
    public static Rational Number(long value) => Rational.Of(value);

    /// <summary>A decimal (double) literal.</summary>
    public static Real Decimal(double value) => Real.Of(value);

    /// <summary>A variable.</summary>
    public static Symbol Variable(string name) => Symbol.Of(name);

    /// <summary>A sum; nested sums are flattened, a single term is returned as it is.</summary>
    public static Expr Add(params Expr[] terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var count = 0;
        foreach (var term in terms) count += term is Sum s ? s.Items.Length : 1;
        if (count == terms.Length)
        {
            // Nothing nested: the sum of these terms, copied once (the caller keeps its array).
            return count switch
            {
                0 => Rational.Zero,
                1 => terms[0],
                _ => new Sum((Expr[])terms.Clone()),
            };
        }
        var flat = new Expr[count];
        var at = 0;
        foreach (var term in terms)
        {
            if (term is Sum s)
            {
                s.Items.CopyTo(flat, at);
                at += s.Items.Length;
            }
            else flat[at++] = term;
        }
        return new Sum(flat);
    }

    /// <summary><see cref="Add(Expr[])"/> taking ownership of <paramref name="terms"/> (no copy): the caller never writes it again.</summary>
    internal static Expr AddOwned(Expr[] terms)
    {
        foreach (var term in terms)
            if (term is Sum) return Add(terms);
        return terms.Length switch
        {
            0 => Rational.Zero,
            1 => terms[0],
            _ => new Sum(terms),
        };
    }

    /// <summary>A sum; nested sums are flattened, a single term is returned as it is, no term gives 0.</summary>
    public static Expr Add(IEnumerable<Expr> terms)
    {
        var flat = new List<Expr>();
        foreach (var term in terms)
        {
            if (term is Sum s) flat.AddRange(s.Terms);
            else flat.Add(term);
        }
        return flat.Count switch
        {
            0 => Rational.Zero,
            1 => flat[0],
            _ => new Sum([.. flat]),
        };
    }

    /// <summary>
    /// A product; nested products are flattened, exact numeric factors are multiplied into one
    /// leading coefficient (dropped when it is one), and factors with a negative exponent follow
    /// the others. A single factor is returned as it is.
    /// </summary>
    public static Expr Multiply(params Expr[] factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        // The common shape: no nested product, at most a leading exact coefficient, denominators last.
        if (IsMultiplyShape(factors)) return new Product((Expr[])factors.Clone());
        return Multiply((IEnumerable<Expr>)factors);
    }

    /// <summary><see cref="Multiply(Expr[])"/> taking ownership of <paramref name="factors"/> (no copy): the caller never writes it again.</summary>
    internal static Expr MultiplyOwned(Expr[] factors) =>
        IsMultiplyShape(factors) ? new Product(factors) : Multiply((IEnumerable<Expr>)factors);

    /// <summary>
    /// Whether <see cref="Multiply(IEnumerable{Expr})"/> would keep these factors exactly as they are: at least two,
    /// none a product, an exact coefficient (not one) only first, denominators last, no −1 before a decimal.
    /// </summary>
    internal static bool IsMultiplyShape(ReadOnlySpan<Expr> factors)
    {
        if (factors.Length < 2) return false;
        if (factors[0] is Rational { IsOne: true } || (factors[0] is Rational { IsNegative: true } && factors[1] is Real)) return false;
        var below = false;
        for (var i = 0; i < factors.Length; i++)
        {
            var f = factors[i];
            if (f is Product || (i > 0 && f is Rational)) return false;
            var denominator = Quotients.IsDenominatorFactor(f);
            if (below && !denominator) return false;
            below |= denominator;
        }
        return true;
    }

    /// <inheritdoc cref="Multiply(Expr[])"/>
    public static Expr Multiply(IEnumerable<Expr> factors)
    {
        var coefficient = Rational.One;
        var rest = new List<Expr>();
        foreach (var factor in factors)
        {
            if (factor is Product p)
            {
                foreach (var inner in p.Factors) Collect(inner);
            }
            else Collect(factor);
        }
        if (rest.Count == 0) return coefficient;
        // Factors below the fraction bar go last (stable), so printing a quotient and parsing it back is the identity.
        MoveDenominatorsLast(rest);
        if (coefficient == Rational.MinusOne && rest[0] is Real leading)
        {
            // −1·3.25·x and (−3.25)·x are one product, written -3.25x: the sign goes into the decimal (exactly).
            rest[0] = Real.Of(-leading.Value);
            coefficient = Rational.One;
        }
        if (!coefficient.IsOne) rest.Insert(0, coefficient);
        return rest.Count == 1 ? rest[0] : new Product([.. rest]);

        void Collect(Expr factor)
        {
            if (factor is Rational r) coefficient *= r;
            else rest.Add(factor);
        }
    }

    /// <summary>The factories' rule, in place: factors from <paramref name="from"/> on that are below the fraction bar go after the others, each part in its order.</summary>
    internal static void MoveDenominatorsLast(List<Expr> factors, int from = 0) =>
        MoveDenominatorsLast(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(factors), from);

    /// <inheritdoc cref="MoveDenominatorsLast(List{Expr}, int)"/>
    internal static void MoveDenominatorsLast(Span<Expr> factors, int from = 0)
    {
        var firstBelow = -1;
        for (var i = from; i < factors.Length && firstBelow < 0; i++)
            if (Quotients.IsDenominatorFactor(factors[i])) firstBelow = i;
        if (firstBelow < 0) return;
        var below = 0;
        for (var i = firstBelow; i < factors.Length; i++)
            if (Quotients.IsDenominatorFactor(factors[i])) below++;
        if (below == factors.Length - firstBelow) return; // already last
        var moved = new Expr[below];
        var (kept, taken) = (firstBelow, 0);
        for (var i = firstBelow; i < factors.Length; i++)
        {
            if (Quotients.IsDenominatorFactor(factors[i])) moved[taken++] = factors[i];
            else factors[kept++] = factors[i];
        }
        foreach (var f in moved) factors[kept++] = f;
    }

    /// <summary>The negation: a negated number is a negative number, otherwise a factor −1.</summary>
    public static Expr Negate(Expr value) => value switch
    {
        Rational r => -r,
        Real d => Real.Of(-d.Value),
        _ => Multiply(Rational.MinusOne, value),
    };

    /// <summary><paramref name="left"/> − <paramref name="right"/>, as a sum with a negated term.</summary>
    public static Expr Subtract(Expr left, Expr right) => Add(left, Negate(right));

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, as a product with a reciprocal.</summary>
    public static Expr Divide(Expr numerator, Expr denominator) => Multiply(numerator, Reciprocal(denominator));

    /// <summary>
    /// 1/<paramref name="value"/>: an exact number is inverted (except zero), a power gets its
    /// exponent negated, a product is inverted factor by factor, anything else is raised to −1.
    /// </summary>
    public static Expr Reciprocal(Expr value) => value switch
    {
        Rational { IsZero: false } r => r.Reciprocal(),
        Power p => Negate(p.Exponent) is var e && e is Rational { IsOne: true } ? p.Base : Pow(p.Base, e),
        Product p => Multiply(p.Factors.Select(Reciprocal)),
        _ => new Power(value, Rational.MinusOne),
    };

    /// <summary>
    /// <paramref name="base"/>^<paramref name="exponent"/>; a power of e is a call of exp, and a power −1
    /// of a product, a power or a number is its <see cref="Reciprocal"/>, the one shape a quotient has.
    /// </summary>
    public static Expr Pow(Expr @base, Expr exponent) => (@base, exponent) switch
    {
        (Constant c, _) when ReferenceEquals(c, Constant.E) => Apply(MathFunctions.Exp, exponent),
        (Product or Power or Rational { IsZero: false }, Rational r) when r == Rational.MinusOne => Reciprocal(@base),
        _ => new Power(@base, exponent),
    };

    /// <summary>A call of <paramref name="function"/>.</summary>
    /// <exception cref="ArgumentException">The number of arguments does not fit the function.</exception>
    public static Call Apply(MathFunction function, params Expr[] arguments)
    {
        ArgumentNullException.ThrowIfNull(function);
        return ApplyOwned(function, [.. arguments]);
    }

    /// <summary><see cref="Apply"/> taking ownership of <paramref name="arguments"/> (no copy): the caller never writes it again.</summary>
    internal static Call ApplyOwned(MathFunction function, Expr[] arguments)
    {
        if (!function.Accepts(arguments.Length))
            throw new ArgumentException($"{function.Name} takes {function.ArityText}, not {arguments.Length}.", nameof(arguments));
        return new Call(function, arguments);
    }
}
