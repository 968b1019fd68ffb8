using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// d/dx of any tree. Sum, product (quotients are products with negative powers) and power rules
/// are here; every function's own derivative comes from its row of the function table
/// (<see cref="MathFunction.PartialDerivative"/>), and the chain rule is applied once, here, for
/// all of them. Results are memoised per distinct subtree, so shared subexpressions are
/// differentiated once and their derivatives are shared. With a <see cref="Rewriter"/> the
/// derivative is built in simplified form as it goes (each sum and product through the same
/// collectors a simplification uses); without one it is the raw tree of the rules.
/// </summary>
internal sealed class DifferentiationEngine
{
    private readonly Dependence _depends;
    private NodeTable<ByIdentity>? _memo;
    private readonly Scratch _scratch = Scratch.Shared;
    private readonly StepRecorder? _recorder;
    private readonly Rewriter? _rw;
    private readonly BudgetMeter? _budget;
    private List<string>? _notes;

    /// <param name="variable">The variable differentiated by.</param>
    /// <param name="recorder">Records the steps, when wanted.</param>
    /// <param name="simplifier">Builds the result simplified; null for the raw tree.</param>
    /// <param name="budget">Charged for the raw tree's work and nodes when there is no <paramref name="simplifier"/> (whose budget is used otherwise).</param>
    public DifferentiationEngine(Symbol variable, StepRecorder? recorder = null, Rewriter? simplifier = null, BudgetMeter? budget = null)
    {
        _depends = new Dependence(variable);
        _recorder = recorder;
        _rw = simplifier;
        _budget = simplifier?.Budget ?? budget;
    }

    public Symbol Variable => _depends.Variable;

    /// <summary>Notes from the function table on non-smooth functions met (<c>d/dx |x| = sign(x); undefined at x = 0</c>).</summary>
    public IReadOnlyList<string> Notes => (IReadOnlyList<string>?)_notes ?? [];

    /// <summary>Ends the engine's work: its memo goes back to the thread's scratch.</summary>
    public void Release()
    {
        if (_memo is not null && _recorder is null) _scratch.Return(_memo);
        _memo = null;
    }

    public Expr Differentiate(Expr e)
    {
        StackGuard.Ensure();
        if (!_depends.On(e))
        {
            _recorder?.Leaf(DerivativeRule.Constant, e, Rational.Zero);
            return Rational.Zero;
        }
        if (e is Symbol)
        {
            _recorder?.Leaf(DerivativeRule.Variable, e, Rational.One);
            return Rational.One;
        }
        var remember = e.Depth > Dependence.MemoDepth;
        if (remember && _memo is not null && _memo.TryGetValue(e, out var known))
        {
            _recorder?.Leaf(DerivativeRule.Repeated, e, known);
            return known;
        }
        var step = _recorder?.Enter(e);
        var (result, rule) = e switch
        {
            Sum s => (SumRule(s), DerivativeRule.Sum),
            Product p => ProductRule(p),
            Power p => PowerRule(p),
            Call c => ChainRule(c),
            _ => throw new InvalidOperationException($"Unknown node {e.GetType().Name}."),
        };
        _recorder?.Exit(step!.Value, rule, result);
        if (remember) (_memo ??= _recorder is null ? _scratch.Map() : new NodeTable<ByIdentity>()).Set(e, result);
        return result;
    }

    private Expr SumRule(Sum s)
    {
        var terms = Rent();
        foreach (var t in s.Items)
            if (_depends.On(t)) terms.Add(Differentiate(t));
        return PlusAndReturn(terms);
    }

    /// <summary>(f1 f2 … fn)' = Σ over dependent factors k of f1 … fk' … fn; one dependent factor is the constant-multiple rule.</summary>
    private (Expr, DerivativeRule) ProductRule(Product p)
    {
        var factors = p.Items;
        var dependent = 0;
        foreach (var f in factors)
            if (_depends.On(f)) dependent++;
        // n dependent factors give n terms of n factors each: refuse at once what cannot fit (a product of 50,000 distinct sums).
        _budget?.Reserve((long)factors.Length * dependent);
        // The raw tree keeps all those factors (x·x·…·x with 3,846 factors, 14.8 million): refuse what would not fit in memory either.
        if (_rw is null) _budget?.ReserveNodes((factors.Length + 1L) * dependent + 1);
        var terms = Rent();
        var term = Rent();
        var quotient = false;
        for (var k = 0; k < factors.Length; k++)
        {
            if (!_depends.On(factors[k])) continue;
            quotient |= Quotients.IsDenominatorFactor(factors[k]);
            if (_rw is null) _budget?.Spend(factors.Length); // the raw tree's terms are charged here; a rewriter charges its own
            term.Clear();
            for (var j = 0; j < factors.Length; j++) term.Add(j == k ? Differentiate(factors[j]) : Part(factors[j]));
            terms.Add(Times(term));
        }
        Return(term);
        var rule = terms.Count == 1 ? DerivativeRule.ConstantMultiple : quotient ? DerivativeRule.Quotient : DerivativeRule.Product;
        return (PlusAndReturn(terms), rule);
    }

    private (Expr, DerivativeRule) PowerRule(Power p)
    {
        var (b, y) = (p.Base, p.Exponent);
        // Dependence is judged on the simplified parts: x^((0.5 + x)/(x + 0.5)) is x^1, not a general power.
        var baseDepends = _depends.On(b) && _depends.On(Part(b));
        var exponentDepends = _depends.On(y) && _depends.On(Part(y));
        if (baseDepends && exponentDepends)
        {
            // u^v = e^(v ln u): (u^v)' = u^v (v' ln u + v u'/u)
            var parts = Rent();
            parts.Add(Times(Differentiate(y), LnOf(b)));
            parts.Add(Times(Part(y), Differentiate(b), PowerOf(b, Rational.MinusOne)));
            return (Times(Part(p), PlusAndReturn(parts)), DerivativeRule.GeneralPower);
        }
        if (!baseDepends && Numbers.IsZero(Part(b)))
            return (Rational.Zero, DerivativeRule.Exponential); // 0^v is 0 wherever it is defined (v > 0)
        var inside = baseDepends ? b : y;
        var dInside = Inner(inside);
        var rule = inside.Equals(Variable) ? (baseDepends ? DerivativeRule.Power : DerivativeRule.Exponential) : DerivativeRule.Chain;
        if (rule == DerivativeRule.Chain) _recorder?.Chain(p, inside, dInside);
        // (u^n)' = n·u^(n−1)·u'; (b^v)' = b^v·ln b·v'
        var result = baseDepends
            ? Times(Part(y), PowerOf(b, Lowered(y)), dInside)
            : Times(Part(p), LnOf(b), dInside);
        return (result, rule);
    }

    /// <summary>n − 1.</summary>
    private static Expr Lowered(Expr n) => Numbers.IsNumber(n) && Numbers.TryAdd(n, Rational.MinusOne, out var lower) ? lower : Add(n, Rational.MinusOne);

    /// <summary>f(u1, …, un)' = Σ ∂f/∂ui · ui', with ∂f/∂ui from the function table.</summary>
    private (Expr, DerivativeRule) ChainRule(Call c)
    {
        if (c.Function.DerivativeNote.Length > 0 && !(_notes ??= []).Contains(c.Function.DerivativeNote))
            _notes.Add(c.Function.DerivativeNote);
        var args = c.Arguments;
        var terms = Rent();
        Expr? single = null, singleDerivative = null;
        var dependentCount = 0;
        for (var i = 0; i < args.Count; i++)
        {
            if (!_depends.On(args[i])) continue;
            var inner = Inner(args[i]);
            terms.Add(Times(Part(c.Function.PartialDerivative(args, i)), inner));
            (single, singleDerivative) = (args[i], inner);
            dependentCount++;
        }
        if (dependentCount != 1) single = null;
        var rule = single is not null && single.Equals(Variable) ? DerivativeRule.Function : DerivativeRule.Chain;
        if (single is not null && rule == DerivativeRule.Chain) _recorder?.Chain(c, single, singleDerivative!);
        return (PlusAndReturn(terms), rule);
    }

    /// <summary>The derivative of an inner expression; 1 without a step when it is the variable itself.</summary>
    private Expr Inner(Expr u) => u.Equals(Variable) ? Rational.One : Differentiate(u);

    /// <summary>A piece of the input or of a rule, simplified when building simplified.</summary>
    private Expr Part(Expr e) => _rw is null ? e : _rw.Simplify(e);

    /// <summary>ln(b), simplified when building simplified.</summary>
    private Expr LnOf(Expr b) => _rw is null ? Apply(MathFunctions.Ln, b) : FunctionIdentities.Apply(MathFunctions.Ln, [Part(b)], _rw);

    /// <summary>b^n, simplified when building simplified.</summary>
    private Expr PowerOf(Expr b, Expr n) =>
        _rw is null ? (n is Rational { Numerator.IsZero: false } r && r == Rational.MinusOne ? Reciprocal(b) : Pow(b, n)) : PowerRules.Make(Part(b), Part(n), _rw);

    private Expr Times(Expr a, Expr b)
    {
        var factors = Rent();
        factors.Add(a);
        factors.Add(b);
        return TimesAndReturn(factors);
    }

    private Expr Times(Expr a, Expr b, Expr c)
    {
        var factors = Rent();
        factors.Add(a);
        factors.Add(b);
        factors.Add(c);
        return TimesAndReturn(factors);
    }

    private Expr TimesAndReturn(NodeList factors)
    {
        var product = Times(factors);
        Return(factors);
        return product;
    }

    /// <summary>The product of <paramref name="factors"/> (which it may rearrange; the caller still returns the list).</summary>
    private Expr Times(NodeList factors)
    {
        if (_rw is null) return Built(Multiply(factors.ToArray()), factors.Count);
        var kept = 0;
        for (var i = 0; i < factors.Count; i++)
        {
            var f = factors[i];
            if (f is Rational { IsZero: true }) return Rational.Zero;
            if (!Numbers.IsOne(f)) factors[kept++] = f;
        }
        factors.Truncate(kept);
        return kept switch
        {
            0 => Rational.One,
            1 => factors[0],
            _ => FactorCollector.Collect(factors.AsSpan(), _rw),
        };
    }

    private Expr PlusAndReturn(NodeList terms)
    {
        var sum = _rw is null ? Built(Add(terms.ToArray()), terms.Count) : TermCollector.Collect(terms.AsSpan(), _rw);
        Return(terms);
        return sum;
    }

    /// <summary>Charges a raw node of <paramref name="parts"/> parts to the budget (a rewriter charges the nodes it interns itself).</summary>
    private Expr Built(Expr node, int parts)
    {
        _budget?.AddNodes(parts + 1L);
        return node;
    }

    private NodeList Rent() => _scratch.List();

    private void Return(NodeList list) => _scratch.Return(list);
}
