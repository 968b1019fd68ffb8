using System.Globalization;
using System.Text;
using Differentiator.Syntax;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Renders a step list the way the lecture writes a derivation: one line per rule, and for a
/// composite the substitution spelled out (<c>t = 3x^2</c>, <c>df/dt = e^t</c>, <c>dt/dx = 6x</c>,
/// <c>df/dx = df/dt · dt/dx = e^t · 6x = 6x e^(3x^2)</c>). Parts are indented under their step.
/// </summary>
/// <remarks>
/// The lines are planned first, without printing anything; only the lines shown are then written.
/// A long derivation shows its first <see cref="HeadLines"/> and last <see cref="TailLines"/> lines
/// and says how many were left out, every formula is cut at
/// <see cref="StepNotation.FormulaCharacters"/>, and indentation stops at <see cref="MaxIndent"/>
/// levels: the rendering is bounded in time and size whatever the formula, and charged to the
/// <see cref="OperationBudget"/> in force.
/// </remarks>
internal static class StepRenderer
{
    public const int HeadLines = 40;
    public const int TailLines = 20;
    public const int MaxIndent = 20;

    /// <summary>
    /// Renders a deep derivation on one large stack, which every formula's printing (and each step's
    /// simplification, done when first shown) then shares; a shallow one inline.
    /// </summary>
    public static string Render(Derivation derivation, StepNotation n) =>
        LargeStack.Run(derivation.Nesting, (derivation, n), static s => RenderLines(s.derivation, s.n));

    private static string RenderLines(Derivation derivation, StepNotation n)
    {
        var meter = BudgetMeter.Start("rendering the steps");
        var x = derivation.Variable;
        var plan = Plan(derivation.Steps);
        var sb = new StringBuilder();
        sb.Append(n.Operator(x)).Append(' ').Append(n.Factor(derivation.Function)).Append(" = ").Append(n.Print(derivation.Result));
        var shown = plan.Count <= HeadLines + TailLines
            ? Enumerable.Range(0, plan.Count)
            : Enumerable.Range(0, HeadLines).Append(-1).Concat(Enumerable.Range(plan.Count - TailLines, TailLines));
        foreach (var i in shown)
        {
            sb.Append(n.LineBreak);
            if (i < 0)
            {
                var omitted = plan.Count - HeadLines - TailLines;
                sb.Append(n.Words(string.Create(CultureInfo.InvariantCulture,
                    $"… {omitted:N0} of {plan.Count:N0} step lines left out: the first {HeadLines} and the last {TailLines} are shown …")));
            }
            else WriteLine(sb, derivation.Steps, plan[i], x, n);
            meter.Spend();
            meter.CheckPrinted(sb.Length);
        }
        return sb.ToString();
    }

    private enum LineKind { Rule, Chain, OuterDerivative, InnerDerivative, ChainResult }

    private readonly record struct PlannedLine(int Step, LineKind Kind);

    /// <summary>
    /// The lines in order: a rule's line, or for a chain step its substitution, df/dt and dt/dx,
    /// then the lines of its parts (the following steps that are deeper), then df/dx.
    /// </summary>
    private static List<PlannedLine> Plan(IReadOnlyList<DerivationStep> steps)
    {
        var lines = new List<PlannedLine>(steps.Count);
        var openChains = new Stack<int>();
        for (var i = 0; i < steps.Count; i++)
        {
            while (openChains.Count > 0 && steps[openChains.Peek()].Depth >= steps[i].Depth)
                lines.Add(new PlannedLine(openChains.Pop(), LineKind.ChainResult));
            if (steps[i].Substitution is null)
            {
                lines.Add(new PlannedLine(i, LineKind.Rule));
                continue;
            }
            lines.Add(new PlannedLine(i, LineKind.Chain));
            lines.Add(new PlannedLine(i, LineKind.OuterDerivative));
            lines.Add(new PlannedLine(i, LineKind.InnerDerivative));
            openChains.Push(i);
        }
        while (openChains.Count > 0) lines.Add(new PlannedLine(openChains.Pop(), LineKind.ChainResult));
        return lines;
    }

    private static void WriteLine(StringBuilder sb, IReadOnlyList<DerivationStep> steps, PlannedLine line, string x, StepNotation n)
    {
        var s = steps[line.Step];
        var levels = Math.Min(s.Depth, MaxIndent) + (line.Kind is LineKind.Rule or LineKind.Chain ? 0 : 1);
        for (var k = 0; k < levels; k++) sb.Append(n.Indent);
        var c = s.Substitution;
        var t = c?.Variable.Name ?? "";
        switch (line.Kind)
        {
            case LineKind.Rule:
                sb.Append(n.Words(Name(s.Rule) + ": ")).Append(n.Operator(x)).Append(' ').Append(n.Factor(s.Expression))
                  .Append(" = ").Append(n.Print(s.Result));
                break;
            case LineKind.Chain:
                sb.Append(n.Words(Name(s.Rule) + ": ")).Append(n.Operator(x)).Append(' ').Append(n.Factor(s.Expression))
                  .Append(n.Words(", with ")).Append(t).Append(" = ").Append(n.Print(c!.Inner))
                  .Append(n.Words(", ")).Append("f = ").Append(n.Print(c.Outer));
                break;
            case LineKind.OuterDerivative:
                sb.Append(n.Ratio("f", t)).Append(" = ").Append(n.Print(c!.OuterDerivative));
                break;
            case LineKind.InnerDerivative:
                sb.Append(n.Ratio(t, x)).Append(" = ").Append(n.Print(c!.InnerDerivative));
                break;
            case LineKind.ChainResult:
                sb.Append(n.Ratio("f", x)).Append(" = ").Append(n.Ratio("f", t)).Append(n.Times).Append(n.Ratio(t, x)).Append(" = ")
                  .Append(n.Factor(c!.OuterDerivative)).Append(n.Times).Append(n.Factor(c.InnerDerivative))
                  .Append(" = ").Append(n.Print(s.Result));
                break;
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
