using System.Globalization;
using System.Text;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Renders a step list the way the lecture writes a derivation: one line per rule, and for a
/// composite the substitution spelled out (<c>t = 3x^2</c>, <c>df/dt = e^t</c>, <c>dt/dx = 6x</c>,
/// <c>df/dx = df/dt · dt/dx = e^t · 6x = 6x e^(3x^2)</c>). Parts are indented under their step.
/// </summary>
/// <remarks>
/// Rendering is bounded whatever the formula: above <see cref="MaxLines"/> lines only the first and
/// last lines are written, with a line saying how many were left out (the others are never
/// printed), and a formula larger than <see cref="MaxShownNodes"/> nodes written out is shown by its
/// size. The work is charged to the <see cref="OperationBudget"/> in force.
/// </remarks>
internal static class StepRenderer
{
    /// <summary>The most lines one rendering writes; beyond it the first and last halves are kept.</summary>
    public const int MaxLines = 120;

    /// <summary>The largest formula (nodes written out) a line shows in full.</summary>
    public const long MaxShownNodes = 400;

    public static string Render(Derivation derivation, StepNotation n)
    {
        var meter = BudgetMeter.Start("rendering the steps");
        var sizes = new Dictionary<Expr, long>(ReferenceEqualityComparer.Instance);
        var lines = Lines(derivation, n, Shown).ToList();
        var total = lines.Count;
        var text = new StringBuilder();
        for (var i = 0; i < total; i++)
        {
            if (total > MaxLines && i == MaxLines / 2)
            {
                var left = total - MaxLines;
                text.Append(n.Words($"… {left.ToString("N0", CultureInfo.InvariantCulture)} lines of steps left out …")).Append(n.LineBreak);
                i = total - MaxLines / 2;
            }
            meter.Spend();
            text.Append(lines[i]()).Append(i < total - 1 ? n.LineBreak : "");
            meter.CheckPrinted(text.Length);
        }
        return text.ToString();

        string Shown(Expr e)
        {
            var size = DagMetrics.TreeNodes(e, sizes);
            meter.Spend(1 + sizes.Count / 64);
            return size <= MaxShownNodes ? n.Print(e) : n.Words($"[a formula of {size.ToString("N0", CultureInfo.InvariantCulture)} nodes]");
        }
    }

    /// <summary>The lines in order, each rendered only when asked for.</summary>
    private static IEnumerable<Func<string>> Lines(Derivation derivation, StepNotation n, Func<Expr, string> show)
    {
        var x = derivation.Variable;
        yield return () => $"{n.Operator(x)} {Factor(derivation.Function)} = {show(derivation.Result)}";
        // The closing line of each open chain step, written when its parts are done (no recursion: steps nest 1000 deep).
        var closing = new Stack<(int Depth, Func<string> Line)>();
        foreach (var s in derivation.Steps)
        {
            while (closing.Count > 0 && closing.Peek().Depth >= s.Depth) yield return closing.Pop().Line;
            var pad = Pad(s.Depth);
            if (s.Substitution is not { } c)
            {
                yield return () => $"{pad}{n.Words(Name(s.Rule) + ": ")}{n.Operator(x)} {Factor(s.Expression)} = {show(s.Result)}";
                continue;
            }
            var t = c.Variable.Name;
            yield return () => $"{pad}{n.Words(Name(s.Rule) + ": ")}{n.Operator(x)} {Factor(s.Expression)}{n.Words(", with ")}{t} = {show(c.Inner)}{n.Words(", ")}f = {show(c.Outer)}";
            yield return () => $"{pad}{n.Indent}{n.Ratio("f", t)} = {show(c.OuterDerivative)}";
            yield return () => $"{pad}{n.Indent}{n.Ratio(t, x)} = {show(c.InnerDerivative)}";
            closing.Push((s.Depth, () => $"{pad}{n.Indent}{n.Ratio("f", x)} = {n.Ratio("f", t)}{n.Times}{n.Ratio(t, x)} = "
                                          + $"{Factor(c.OuterDerivative)}{n.Times}{Factor(c.InnerDerivative)} = {show(s.Result)}"));
        }
        while (closing.Count > 0) yield return closing.Pop().Line;

        string Pad(int depth) => depth <= 40 ? string.Concat(Enumerable.Repeat(n.Indent, depth)) : $"{n.Indent}[{depth}] ";

        // An operand of a product: parenthesised when it is a sum or starts with a minus sign.
        string Factor(Expr e)
        {
            var text = show(e);
            return e is Sum || text.StartsWith('-') ? n.Group(text) : text;
        }
    }

    public static string Name(DerivativeRule rule) => rule switch
    {
        DerivativeRule.Constant => "constant rule",
        DerivativeRule.Variable => "variable",
        DerivativeRule.Sum => "sum rule",
        DerivativeRule.ConstantMultiple => "constant multiple rule",
        DerivativeRule.Product => "product rule",
        DerivativeRule.Quotient => "quotient rule",
        DerivativeRule.Power => "power rule",
        DerivativeRule.Exponential => "exponential rule",
        DerivativeRule.GeneralPower => "general power rule (u^v = e^(v ln u))",
        DerivativeRule.Function => "derivative from the function table",
        DerivativeRule.Chain => "chain rule",
        DerivativeRule.Repeated => "as above",
        _ => rule.ToString(),
    };
}
