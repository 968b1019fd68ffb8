namespace Differentiator.Syntax;

/// <summary>
/// Finds readings a person might not mean and reports them as warnings, each with the reading and
/// a rewrite: <c>1/2x</c> is (1/2)·x, <c>sin 2x</c> is sin(2x), <c>e^3x</c> is e^3·x,
/// <c>sin^-1 x</c> is 1/sin(x), <c>3 4</c> is 3·4, <c>f(x)</c> is f·x. The parse itself is never
/// changed. The rules live in <see cref="ProductRules"/> and <see cref="FunctionRules"/>; this
/// class walks the tree (without recursion, so any depth is fine) and hands each node to them.
/// </summary>
internal static class AmbiguityDetector
{
    /// <summary>The walk's stack, kept per thread (empty between walks): a parse allocates none.</summary>
    [ThreadStatic] private static Stack<SyntaxNode>? _pending;

    public static IReadOnlyList<Diagnostic> Find(SyntaxNode root, string source)
    {
        var found = new List<Diagnostic>(0);
        var pending = _pending ?? new Stack<SyntaxNode>();
        _pending = null; // a rule that parsed again on this thread would find no stack and make its own
        try
        {
            Walk(root, source, pending, found);
        }
        finally
        {
            pending.Clear();
            if (pending.EnsureCapacity(0) <= MaxKeptStack) _pending = pending; // a huge one goes to the collector
        }
        if (found.Count == 0) return [];
        if (found.Count > 1) found.Sort(ByStart);
        return found;
    }

    private const int MaxKeptStack = 1 << 16;

    private static readonly Comparison<Diagnostic> ByStart = (a, b) => a.Span.Start.CompareTo(b.Span.Start);

    private static void Walk(SyntaxNode root, string source, Stack<SyntaxNode> pending, List<Diagnostic> found)
    {
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case ProductSyntax p:
                    ProductRules.Check(p, source, found);
                    PushAll(p.Factors, pending);
                    break;
                case PowerSyntax { Base: CallSyntax call } pw when SyntaxEdges.IsPowerOnName(pw) || !call.Parenthesized:
                    // sin^2 2x, and sin x y² with a superscript after the bare argument: the power is part of the reading.
                    if (SyntaxEdges.IsPowerOnName(pw)) FunctionRules.CheckPowerOnName(pw, call, source, found);
                    FunctionRules.CheckBareArgument(call, pw, source, found);
                    PushAll(call.Arguments, pending);
                    pending.Push(pw.Exponent);
                    break;
                case CallSyntax c:
                    FunctionRules.CheckBareArgument(c, null, source, found);
                    PushAll(c.Arguments, pending);
                    break;
                case SumSyntax s:
                    PushAll(s.Terms, pending);
                    break;
                case PowerSyntax pw:
                    pending.Push(pw.Base);
                    pending.Push(pw.Exponent);
                    break;
                case SignSyntax sg:
                    pending.Push(sg.Operand);
                    break;
                case GroupSyntax g:
                    pending.Push(g.Inner);
                    break;
                case RootSyntax r:
                    pending.Push(r.Radicand);
                    if (r.Index is not null) pending.Push(r.Index);
                    break;
            }
        }
    }

    // By index: a foreach over the interface would box an enumerator per node.
    private static void PushAll(IReadOnlyList<SyntaxNode> nodes, Stack<SyntaxNode> pending)
    {
        for (var i = 0; i < nodes.Count; i++) pending.Push(nodes[i]);
    }

    /// <summary>A warning with the rewrite its message suggests.</summary>
    internal static Diagnostic Warn(string code, SourceSpan span, string message, string? suggestion) =>
        new(DiagnosticSeverity.Warning, code, message, span) { Suggestion = suggestion };
}
