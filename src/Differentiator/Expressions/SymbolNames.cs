using System.Collections.Frozen;

namespace Differentiator.Expressions;

/// <summary>
/// One pass over a tree's shared nodes: its distinct variable names, the functions it calls that
/// are only declared (<c>a(n)</c>), and how many leaves it has
/// written out as a tree (a shared subtree counts each time it is used; an exponent −1 does not),
/// which is a lower bound of the length of any printed form of it.
/// </summary>
internal static class SymbolNames
{
    /// <summary>
    /// Tables of this size or less are kept for the thread's next survey (every print makes one);
    /// small, because clearing a table costs its capacity however few entries the next tree has.
    /// </summary>
    private const int KeepAtMost = 256;

    /// <summary>Trees at most this deep, of at most <see cref="SmallVisits"/> inner nodes written out, are counted by plain recursion.</summary>
    private const int SmallDepth = 32;

    private const int SmallVisits = 256;

    [ThreadStatic] private static Dictionary<Expr, long>? t_leaves;
    [ThreadStatic] private static Stack<(Expr Node, bool ChildrenDone)>? t_pending;

    public static IReadOnlySet<string> Of(Expr root) => Survey(root).Names;

    public static (IReadOnlySet<string> Names, IReadOnlySet<MathFunction> Declared, long Leaves) Survey(Expr root)
    {
        var names = new AllNames(new HashSet<string>(StringComparer.Ordinal));
        var (declared, leaves) = Survey(root, ref names);
        return (names.Set, declared, leaves);
    }

    /// <summary>
    /// What a print needs of the survey: the names of more than one character, each once in the order
    /// met (null when there is none, as in most formulas), the declared functions and the leaf count.
    /// A one-letter name needs no declaring, so most surveys build no table at all.
    /// </summary>
    public static (List<string>? LongNames, IReadOnlySet<MathFunction> Declared, long Leaves) SurveyForPrinting(Expr root)
    {
        var names = new LongNames();
        var (declared, leaves) = Survey(root, ref names);
        return (names.List, declared, leaves);
    }

    private static (IReadOnlySet<MathFunction> Declared, long Leaves) Survey<TNames>(Expr root, ref TNames names) where TNames : struct, INameSink
    {
        if (root.Items.Length == 0)
        {
            if (root is Symbol s) names.Add(s.Name);
            return (FrozenSet<MathFunction>.Empty, 1);
        }
        HashSet<MathFunction>? found = null;
        if (root.Depth <= SmallDepth)
        {
            var visits = 0;
            var count = CountSmall(root, ref names, ref found, ref visits);
            if (visits <= SmallVisits) return ((IReadOnlySet<MathFunction>?)found ?? FrozenSet<MathFunction>.Empty, count);
            names.Clear();
        }
        // Leaves of each inner node written out, saturating far above any text length.
        var leaves = t_leaves ?? new Dictionary<Expr, long>(ReferenceEqualityComparer.Instance);
        var pending = t_pending ?? new Stack<(Expr Node, bool ChildrenDone)>();
        (t_leaves, t_pending) = (null, null); // lent out until this survey ends
        try
        {
            var total = Walk(root, ref names, leaves, pending, out var declared);
            return ((IReadOnlySet<MathFunction>?)declared ?? FrozenSet<MathFunction>.Empty, total);
        }
        finally
        {
            if (leaves.Count <= KeepAtMost)
            {
                leaves.Clear();
                pending.Clear();
                (t_leaves, t_pending) = (leaves, pending);
            }
        }
    }

    /// <summary>Where a survey puts the names it meets (a struct, so the walk is specialised for each).</summary>
    private interface INameSink
    {
        void Add(string name);

        void Clear();
    }

    /// <summary>Every distinct name.</summary>
    private readonly struct AllNames(HashSet<string> set) : INameSink
    {
        public HashSet<string> Set { get; } = set;

        public void Add(string name) => Set.Add(name);

        public void Clear() => Set.Clear();
    }

    /// <summary>The distinct names of more than one character, in the order met; a formula has few, so a list.</summary>
    private struct LongNames : INameSink
    {
        public List<string>? List { get; private set; }

        public void Add(string name)
        {
            if (name.Length < 2) return;
            List ??= [];
            foreach (var known in List)
                if (string.Equals(known, name, StringComparison.Ordinal)) return;
            List.Add(name);
        }

        public void Clear() => List?.Clear();
    }

    /// <summary>
    /// A small tree (every print surveys one) is walked without tables: each shared subtree once per
    /// use, which is what the count means anyway, given up after <see cref="SmallVisits"/> nodes.
    /// </summary>
    private static long CountSmall<TNames>(Expr node, ref TNames names, ref HashSet<MathFunction>? declared, ref int visits) where TNames : struct, INameSink
    {
        if (++visits > SmallVisits) return 0;
        if (node is Call { Function.IsDeclared: true } call) (declared ??= []).Add(call.Function);
        var children = node.Items;
        long sum = 0;
        for (var i = 0; i < children.Length; i++)
        {
            var c = children[i];
            if (c.Items.Length > 0) sum += CountSmall(c, ref names, ref declared, ref visits);
            else
            {
                if (c is Symbol s) names.Add(s.Name);
                if (!IsWrittenAsDivision(node, i)) sum++;
            }
        }
        return sum;
    }

    private static long Walk<TNames>(Expr root, ref TNames names, Dictionary<Expr, long> leaves,
        Stack<(Expr Node, bool ChildrenDone)> pending, out HashSet<MathFunction>? declared) where TNames : struct, INameSink
    {
        declared = null;
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, childrenDone) = pending.Pop();
            var children = node.Children;
            if (!childrenDone)
            {
                if (leaves.ContainsKey(node)) continue;
                if (node is Call { Function.IsDeclared: true } call) (declared ??= []).Add(call.Function);
                pending.Push((node, true));
                for (var i = 0; i < children.Count; i++)
                {
                    var c = children[i];
                    if (c.Children.Count > 0) pending.Push((c, false));
                    else if (c is Symbol s) names.Add(s.Name);
                }
                continue;
            }
            if (leaves.ContainsKey(node)) continue;
            long sum = 0;
            for (var i = 0; i < children.Count; i++)
                sum = Math.Min(sum + (children[i].Children.Count > 0 ? leaves[children[i]] : IsWrittenAsDivision(node, i) ? 0 : 1), long.MaxValue / 4);
            leaves[node] = sum;
        }
        return leaves[root];
    }

    /// <summary>The exponent −1 of a factor below a fraction bar is written as (a share of) the bar, perhaps not at all.</summary>
    private static bool IsWrittenAsDivision(Expr node, int child) =>
        node is Power && child == 1 && node.Children[1] is Rational { IsInteger: true } r && r.Numerator == -1;
}
