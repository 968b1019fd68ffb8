using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Collects the steps of one derivation while the <see cref="DifferentiationEngine"/> works:
/// a step is opened when the engine enters a subexpression and completed when it leaves, so the
/// list is outermost first. Results are simplified when the list is built.
/// </summary>
internal sealed class StepRecorder
{
    private static readonly string[] SubstitutionNames = ["t", "u", "v", "w", "s", "r", "q", "p"];

    private readonly List<Pending> _steps = [];
    private readonly Stack<int> _open = new();
    private readonly HashSet<string> _taken;

    public StepRecorder(IEnumerable<string> namesInUse) => _taken = [.. namesInUse];

    public void Leaf(DerivativeRule rule, Expr e, Expr result) =>
        _steps.Add(new Pending { Rule = rule, Expression = e, Result = result, Depth = _open.Count });

    public int Enter(Expr e)
    {
        _steps.Add(new Pending { Expression = e, Depth = _open.Count });
        _open.Push(_steps.Count - 1);
        return _steps.Count - 1;
    }

    public void Exit(int index, DerivativeRule rule, Expr result)
    {
        _open.Pop();
        var step = _steps[index];
        step.Rule = rule;
        step.Result = result;
    }

    /// <summary>Makes the open step a substitution: <paramref name="node"/> = f(t) with t = <paramref name="inner"/>.</summary>
    public void Chain(Expr node, Expr inner, Expr innerDerivative) =>
        _steps[_open.Peek()].Chain = (node, inner, innerDerivative);

    /// <summary>
    /// The finished steps; each substitution gets the next free letter for its nesting level (t, then
    /// u, …). Results are simplified when first asked for, one at a time (the simplification run is
    /// shared), so a long derivation costs only the steps that are shown.
    /// </summary>
    public IReadOnlyList<DerivationStep> Build(Func<Expr, Expr> simplify)
    {
        var gate = new object();
        Lazy<Expr> Later(Func<Expr> work) => new(() =>
        {
            lock (gate) return simplify(work());
        });

        var ancestors = new Stack<(int Depth, bool IsChain)>();
        var chainsOpen = 0;
        var steps = new List<DerivationStep>(_steps.Count);
        foreach (var s in _steps)
        {
            while (ancestors.Count > 0 && ancestors.Peek().Depth >= s.Depth)
                if (ancestors.Pop().IsChain) chainsOpen--;
            var level = chainsOpen;
            ancestors.Push((s.Depth, s.Chain is not null));
            if (s.Chain is not null) chainsOpen++;
            var result = s.Result!;
            steps.Add(new DerivationStep(s.Rule, s.Expression, Later(() => result), s.Depth, Substitution(s, level, Later)));
        }
        return steps;
    }

    private ChainSubstitution? Substitution(Pending s, int level, Func<Func<Expr>, Lazy<Expr>> later)
    {
        if (s.Chain is not var (node, inner, dInner)) return null;
        var t = Expr.Variable(FreshName(level));
        var outer = Replace(node, inner, t);
        return new ChainSubstitution(t, inner, outer, later(() => new DifferentiationEngine(t).Differentiate(outer)), later(() => dInner));
    }

    private string FreshName(int level)
    {
        var free = SubstitutionNames.Where(n => !_taken.Contains(n)).ToList();
        return level < free.Count ? free[level] : "t" + (level + 1);
    }

    private static Expr Replace(Expr node, Expr inner, Symbol t) => node switch
    {
        Call c => Expr.Apply(c.Function, [.. c.Arguments.Select(a => a.Equals(inner) ? t : a)]),
        Power p when p.Base.Equals(inner) => Expr.Pow(t, p.Exponent),
        Power p => Expr.Pow(p.Base, t),
        _ => node,
    };

    private sealed class Pending
    {
        public DerivativeRule Rule { get; set; }
        public required Expr Expression { get; init; }
        public Expr? Result { get; set; }
        public int Depth { get; init; }
        public (Expr Node, Expr Inner, Expr InnerDerivative)? Chain { get; set; }
    }
}
