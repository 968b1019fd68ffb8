using Differentiator.Expressions;
using Differentiator.Syntax;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// One simplification run: rewrites a tree bottom-up into textbook (or canonical) form. Every
/// node it returns is interned, results are memoised per distinct subtree, and all work is
/// charged to the <see cref="OperationBudget"/> in force. The rules themselves live in <see cref="TermCollector"/>,
/// <see cref="FactorCollector"/>, <see cref="PowerRules"/>, <see cref="FunctionIdentities"/>,
/// <see cref="Expander"/> and <see cref="TrigIdentities"/>.
/// </summary>
internal sealed class Rewriter
{
    // By reference, made on first use: interned nodes need none, and a raw input is simplified node by node once.
    private NodeTable<ByIdentity>? _memo;
    private List<string>? _notes;

    /// <param name="options">What the simplification may do.</param>
    /// <param name="expectedNodes">About how many nodes the run will intern (sizes its table; 0 when unknown).</param>
    public Rewriter(SimplifyOptions options, int expectedNodes = 0)
    {
        Options = options;
        Budget = BudgetMeter.Start("simplifying");
        Interner = new Interner(Budget, expectedNodes);
    }

    public SimplifyOptions Options { get; }

    public Interner Interner { get; }

    /// <summary>Working lists and tables the collectors borrow: the creating thread's (a run stays on its thread).</summary>
    public Scratch Scratch { get; } = Scratch.Shared;

    public BudgetMeter Budget { get; }

    public IReadOnlyList<string> Notes => (IReadOnlyList<string>?)_notes ?? [];

    /// <summary>False once a pass was skipped for its size (an expansion too large to do).</summary>
    public bool Complete { get; private set; } = true;

    /// <summary>Ends the run: its tables go back to the thread's scratch (the trees it made stay valid).</summary>
    public void Release()
    {
        Interner.Release();
        if (_memo is not null) Scratch.Return(_memo);
        _memo = null;
    }

    /// <summary>Records that a pass was skipped, and why.</summary>
    public void Skipped(string note)
    {
        Complete = false;
        Note(note);
    }

    /// <summary>
    /// A formula as a note quotes it: cut at <see cref="MessageText.MaxExcerpt"/> characters, so a rule that
    /// fires on a subtree of a million characters writes a line, not the subtree.
    /// </summary>
    public static string Shown(Expr e) => e.ToString(MessageText.MaxExcerpt);

    /// <summary>Records a note once (domain assumptions, passes that gave up).</summary>
    public void Note(string note)
    {
        _notes ??= [];
        if (!_notes.Contains(note)) _notes.Add(note);
    }

    public Expr Simplify(Expr e)
    {
        StackGuard.Ensure();
        Budget.Spend();
        if (e.Items.Length == 0) return e;
        if (!Options.Expand && ReferenceEquals(e.InternedBy, Interner)) return e; // interned: simplified already
        var remember = e.Depth > Dependence.MemoDepth;
        if (remember && _memo is not null && _memo.TryGetValue(e, out var done)) return done;
        // Every node the rules build is interned and already simplified, so an interned node is its own result
        // (not so for expansion, which runs after the rules).
        if (!Options.Expand && Interner.TryGet(e, out var shared)) return shared;
        var result = e switch
        {
            Sum s => TermCollector.Collect(SimplifyAll(s.Items, shareUnchanged: true), this, s),
            Product p => FactorCollector.Collect(SimplifyAll(p.Items, shareUnchanged: true), this, p),
            Power p => PowerRules.Make(Simplify(p.Base), Simplify(p.Exponent), this, p),
            Call c => FunctionIdentities.Apply(c.Function, SimplifyAll(c.Items), this, c),
            _ => e,
        };
        // The rules intern every node they return, so results are shared already.
        if (Options.Expand) result = Expander.Expand(result, this);
        if (remember) (_memo ??= Scratch.Map()).Set(e, result);
        if (Options.Expand && remember && !ReferenceEquals(result, e)) _memo!.TryAdd(result, result);
        return result;
    }

    /// <summary>
    /// Whether <paramref name="children"/> are exactly <paramref name="original"/>'s children (same objects, same
    /// order): then the already simple node is kept (interned) rather than rebuilt.
    /// </summary>
    public bool TryReuse(Expr? original, ReadOnlySpan<Expr> children, out Expr reused)
    {
        reused = original!;
        if (original is null || original.Items.Length != children.Length) return false;
        for (var i = 0; i < children.Length; i++)
            if (!ReferenceEquals(original.Items[i], children[i])) return false;
        reused = Interner.Intern(original);
        return true;
    }

    /// <summary>
    /// The children simplified, in a new array; with <paramref name="shareUnchanged"/>, the node's own array when
    /// every child is already simple (the collectors only read it), so an input in textbook form costs no copies.
    /// </summary>
    private Expr[] SimplifyAll(Expr[] items, bool shareUnchanged = false)
    {
        var i = 0;
        Expr? changed = null;
        if (shareUnchanged)
        {
            for (; i < items.Length; i++)
            {
                var simple = Simplify(items[i]);
                if (ReferenceEquals(simple, items[i])) continue;
                changed = simple;
                break;
            }
            if (changed is null) return items;
        }
        var result = new Expr[items.Length];
        items.AsSpan(0, i).CopyTo(result);
        if (changed is not null) result[i++] = changed;
        for (; i < result.Length; i++) result[i] = Simplify(items[i]);
        return result;
    }
}
