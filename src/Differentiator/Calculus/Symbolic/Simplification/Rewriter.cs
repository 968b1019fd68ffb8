using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// One simplification run: rewrites a tree bottom-up into textbook (or canonical) form. Every
/// node it returns is interned, results are memoised per distinct subtree, and all work is
/// charged to a <see cref="Budget"/>. The rules themselves live in <see cref="TermCollector"/>,
/// <see cref="FactorCollector"/>, <see cref="PowerRules"/>, <see cref="FunctionIdentities"/>,
/// <see cref="Expander"/> and <see cref="TrigIdentities"/>.
/// </summary>
internal sealed class Rewriter
{
    private readonly Dictionary<Expr, Expr> _memo = [];
    private readonly List<string> _notes = [];

    public Rewriter(SimplifyOptions options, Interner? interner = null)
    {
        Options = options;
        Interner = interner ?? new Interner();
        Budget = new Budget(options.MaxSteps, options.TimeLimit);
    }

    public SimplifyOptions Options { get; }

    public Interner Interner { get; }

    public Budget Budget { get; }

    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Records a note once (domain assumptions, passes that gave up).</summary>
    public void Note(string note)
    {
        if (!_notes.Contains(note)) _notes.Add(note);
    }

    public Expr Simplify(Expr e)
    {
        StackGuard.Ensure();
        Budget.Spend();
        if (_memo.TryGetValue(e, out var done)) return done;
        var result = e switch
        {
            Sum s => TermCollector.Collect(s.Terms.Select(Simplify).ToList(), this),
            Product p => FactorCollector.Collect(p.Factors.Select(Simplify).ToList(), this),
            Power p => PowerRules.Make(Simplify(p.Base), Simplify(p.Exponent), this),
            Call c => FunctionIdentities.Apply(c.Function, c.Arguments.Select(Simplify).ToArray(), this),
            _ => e,
        };
        if (Options.Expand) result = Expander.Expand(result, this);
        result = Interner.Intern(result);
        _memo[e] = result;
        _memo.TryAdd(result, result);
        return result;
    }

    /// <summary>Orders the terms of a sum or the factors of a product: canonical sorting, or the given textbook order.</summary>
    public IEnumerable<Expr> Order(IEnumerable<Expr> items, Func<IEnumerable<Expr>, IEnumerable<Expr>> textbook) =>
        Options.Canonical ? items.OrderBy(x => x, CanonicalOrder.Instance) : textbook(items);
}
