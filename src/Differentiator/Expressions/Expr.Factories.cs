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
    public static Expr Add(params Expr[] terms) => Add((IEnumerable<Expr>)terms);

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
    public static Expr Multiply(params Expr[] factors) => Multiply((IEnumerable<Expr>)factors);

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
        if (rest.Exists(Quotients.IsDenominatorFactor))
            rest = [.. rest.Where(f => !Quotients.IsDenominatorFactor(f)), .. rest.Where(Quotients.IsDenominatorFactor)];
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
        if (!function.Accepts(arguments.Length))
            throw new ArgumentException($"{function.Name} takes {function.ArityText}, not {arguments.Length}.", nameof(arguments));
        return new Call(function, [.. arguments]);
    }
}
