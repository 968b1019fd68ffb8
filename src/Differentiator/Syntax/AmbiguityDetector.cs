namespace Differentiator.Syntax;

/// <summary>
/// Finds readings a person might not mean and reports them as warnings: <c>1/2x</c> is (1/2)·x,
/// <c>sin 2x</c> is sin(2x), <c>e^3x</c> is e^3·x. The parse itself is never changed.
/// </summary>
internal static class AmbiguityDetector
{
    public static IReadOnlyList<Diagnostic> Find(SyntaxNode root, string source)
    {
        var found = new List<Diagnostic>();
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case ProductSyntax p:
                    CheckProduct(p, source, found);
                    foreach (var f in p.Factors) pending.Push(f);
                    break;
                case CallSyntax c:
                    if (!c.Parenthesized && c.Arguments is [ProductSyntax arg] && c.Function is not ("sqrt" or "cbrt"))
                        found.Add(Warn(DiagnosticCodes.FunctionWithoutParentheses, c.Span,
                            $"'{c.Span.Of(source)}' is read as {c.Function}({arg.Span.Of(source)}); write {c.Function}({arg.Factors[0].Span.Of(source)}){Rest(arg, source)} if the function applies to the first factor only."));
                    foreach (var a in c.Arguments) pending.Push(a);
                    break;
                case SumSyntax s:
                    foreach (var t in s.Terms) pending.Push(t);
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
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static void CheckProduct(ProductSyntax p, string source, List<Diagnostic> found)
    {
        for (var i = 1; i + 1 < p.Factors.Count; i++)
        {
            if (p.Joins[i] == FactorJoin.Divide && p.Joins[i + 1] == FactorJoin.Implicit)
            {
                var left = p.Factors[i - 1];
                var span = SourceSpan.Cover(left.Span, p.Factors[i + 1].Span);
                found.Add(Warn(DiagnosticCodes.DivisionThenImplicit, span,
                    $"'{span.Of(source)}' is read as ({left.Span.Of(source)}/{p.Factors[i].Span.Of(source)})·{p.Factors[i + 1].Span.Of(source)}; write {left.Span.Of(source)}/({p.Factors[i].Span.Of(source)}{p.Factors[i + 1].Span.Of(source)}) if the product is the denominator."));
            }
        }
        for (var i = 0; i + 1 < p.Factors.Count; i++)
        {
            if (p.Factors[i] is PowerSyntax { Exponent: not GroupSyntax } power
                && p.Joins[i + 1] == FactorJoin.Implicit
                && p.Factors[i + 1].Span.Start == power.Span.End
                && source[power.Exponent.Span.Start - 1] == '^')
            {
                var next = p.Factors[i + 1];
                var span = SourceSpan.Cover(power.Span, next.Span);
                found.Add(Warn(DiagnosticCodes.PowerThenImplicit, span,
                    $"'{span.Of(source)}' is read as {power.Span.Of(source)}·{next.Span.Of(source)}; write {power.Base.Span.Of(source)}^({power.Exponent.Span.Of(source)}{next.Span.Of(source)}) if the product is the exponent."));
            }
        }
    }

    private static string Rest(ProductSyntax arg, string source) =>
        arg.Factors.Count > 1 ? " " + SourceSpan.Cover(arg.Factors[1].Span, arg.Factors[^1].Span).Of(source) : "";

    private static Diagnostic Warn(string code, SourceSpan span, string message) =>
        new(DiagnosticSeverity.Warning, code, message, span);
}
