using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Grading;

/// <summary>
/// A derivative taken by the textbook rules with one deliberate mistake (a mal-rule), so that an
/// incorrect answer can be recognised as the result of that mistake. Without a fault it is a plain
/// unsimplified derivative. Recursion is bounded by the stack guard; the functions it differentiates
/// are an exercise set's, parsed within the language's nesting limit.
/// </summary>
internal sealed class FaultyDerivative
{
    private static readonly HashSet<MathFunction> SignedFunctions =
    [
        MathFunctions.Sin, MathFunctions.Cos, MathFunctions.Tan, MathFunctions.Cot, MathFunctions.Sec,
        MathFunctions.Csc, MathFunctions.Asin, MathFunctions.Acos,
    ];

    private readonly string _variable;
    private readonly Fault? _fault;
    private readonly Dictionary<Expr, Expr> _memo = [];

    private FaultyDerivative(string variable, Fault? fault)
    {
        _variable = variable;
        _fault = fault;
    }

    /// <summary>d<paramref name="e"/>/d<paramref name="variable"/> with <paramref name="fault"/> made (none when null), unsimplified.</summary>
    public static Expr Of(Expr e, string variable, Fault? fault) => new FaultyDerivative(variable, fault).D(e);

    /// <summary>Whether <paramref name="e"/> depends on <paramref name="variable"/>.</summary>
    public static bool DependsOn(Expr e, string variable) => VariableNames.Contain(e, variable);

    /// <summary>Whether a trigonometric function's derivative carries a sign a student may flip.</summary>
    public static bool HasSignedDerivative(MathFunction f) => SignedFunctions.Contains(f);

    /// <summary>
    /// Whether <paramref name="e"/> is a quotient u/v with both u and v depending on the variable,
    /// where the quotient rule is the way to it (1/v and c/v are powers: the power and chain rules).
    /// </summary>
    public static bool IsQuotient(Expr e, Func<Expr, bool> depends) =>
        e is Product p && p.Factors.Any(f => Quotients.IsDenominatorFactor(f) && depends(f))
        && p.Factors.Any(f => !Quotients.IsDenominatorFactor(f) && depends(f));

    /// <summary>The numerator u and the denominator v of a quotient.</summary>
    public static (Expr U, Expr V) SplitQuotient(Expr e)
    {
        var factors = ((Product)e).Factors;
        return (Multiply(factors.Where(f => !Quotients.IsDenominatorFactor(f))), Multiply(factors.Where(Quotients.IsDenominatorFactor).Select(Reciprocal)));
    }

    /// <summary>
    /// Whether <paramref name="e"/> depends on the variable, or, under the fault that treats other
    /// variables as functions of it, on that other variable (on any variable when none is named).
    /// </summary>
    private bool Depends(Expr e)
    {
        if (VariableNames.Contain(e, _variable)) return true;
        if (_fault?.Kind != FaultKind.OtherVariableDepends) return false;
        return _fault.Variable is null ? VariableNames.Of(e).Length > 0 : VariableNames.Contain(e, _fault.Variable);
    }

    private bool At(FaultKind kind, Expr node) => _fault is not null && _fault.At(kind, node);

    private Expr D(Expr e)
    {
        if (!Depends(e)) return Rational.Zero;
        if (_memo.TryGetValue(e, out var done)) return done;
        StackGuard.Ensure();
        var result = e switch
        {
            Symbol => Rational.One,
            Sum s => Add(s.Terms.Select(t => Depends(t) ? D(t) : At(FaultKind.ConstantKept, s) ? t : Rational.Zero)),
            _ when IsQuotient(e, Depends) && QuotientFault(e) is { } faulty => faulty,
            Product p => ProductDerivative(p),
            Power p => PowerDerivative(p),
            Call c => CallDerivative(c),
            _ => Rational.Zero,
        };
        _memo[e] = result;
        return result;
    }

    private Expr? QuotientFault(Expr e)
    {
        if (_fault is null || _fault.Kind is not (FaultKind.QuotientSwapped or FaultKind.QuotientNotSquared or FaultKind.QuotientOfDerivatives) || !_fault.At(_fault.Kind, e))
            return null;
        var (u, v) = SplitQuotient(e);
        var du = D(u);
        var dv = D(v);
        return _fault.Kind switch
        {
            FaultKind.QuotientSwapped => Divide(Subtract(Multiply(u, dv), Multiply(du, v)), Pow(v, Rational.Two)),
            FaultKind.QuotientNotSquared => Divide(Subtract(Multiply(du, v), Multiply(u, dv)), v),
            _ => Divide(du, dv),
        };
    }

    private Expr ProductDerivative(Product p)
    {
        var dependent = Enumerable.Range(0, p.Factors.Count).Where(i => Depends(p.Factors[i])).ToList();
        var constant = Multiply(p.Factors.Where((_, i) => !dependent.Contains(i)));
        if (dependent.Count >= 2 && At(FaultKind.ProductOfDerivatives, p))
            return Multiply([constant, .. dependent.Select(i => D(p.Factors[i]))]);
        var terms = dependent.Select(i => Multiply([constant, .. dependent.Select(j => j == i ? D(p.Factors[j]) : p.Factors[j])])).ToList();
        if (dependent.Count >= 2 && At(FaultKind.ProductOneTerm, p) && _fault!.Term >= 0 && _fault.Term < terms.Count)
            return terms[_fault.Term];
        return Add(terms);
    }

    private Expr PowerDerivative(Power p)
    {
        var (b, n) = (p.Base, p.Exponent);
        if (!Depends(n))
        {
            var db = D(b);
            if (At(FaultKind.PowerNotLowered, p)) return Multiply(n, p, db);
            var lowered = Pow(b, Lower(n));
            if (At(FaultKind.PowerNoCoefficient, p)) return Multiply(lowered, db);
            var outer = Multiply(n, lowered);
            return At(FaultKind.MissingChain, p) ? outer : Multiply(outer, db);
        }
        if (!Depends(b))
        {
            var outer = Multiply(p, Apply(MathFunctions.Ln, b));
            return At(FaultKind.MissingChain, p) ? outer : Multiply(outer, D(n));
        }
        // b^n with both parts varying: b^n (n' ln b + n b'/b).
        return Multiply(p, Add(Multiply(D(n), Apply(MathFunctions.Ln, b)), Divide(Multiply(n, D(b)), b)));
    }

    private Expr CallDerivative(Call c)
    {
        var args = c.Arguments;
        if (args.Count == 1 && c.Function == MathFunctions.Sqrt)
        {
            // √u is u^(1/2): the power-rule mistakes apply to it too.
            if (At(FaultKind.PowerNotLowered, c)) return Multiply(Rational.Half, c, D(args[0]));
            if (At(FaultKind.PowerNoCoefficient, c)) return Divide(D(args[0]), c);
        }
        var terms = new List<Expr>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!Depends(args[i])) continue;
            var outer = c.Function.PartialDerivative(args, i);
            if (At(FaultKind.SignAtCall, c)) outer = Negate(outer);
            terms.Add(At(FaultKind.MissingChain, c) ? outer : Multiply(outer, D(args[i])));
        }
        return Add(terms);
    }

    private static Expr Lower(Expr n) => n is Rational r ? r - Rational.One : Subtract(n, Rational.One);
}
