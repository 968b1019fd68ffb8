using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Renders a step list the way the lecture writes a derivation: one line per rule, and for a
/// composite the substitution spelled out (<c>t = 3x^2</c>, <c>df/dt = e^t</c>, <c>dt/dx = 6x</c>,
/// <c>df/dx = df/dt · dt/dx = e^t · 6x = 6x e^(3x^2)</c>). Parts are indented under their step.
/// </summary>
internal static class StepRenderer
{
    public static string Render(Derivation derivation, StepNotation n)
    {
        var lines = new List<string>
        {
            $"{n.Operator(derivation.Variable)} {n.Factor(derivation.Function)} = {n.Print(derivation.Result)}",
        };
        RenderRange(derivation.Steps, 0, derivation.Steps.Count, derivation.Variable, n, lines);
        return string.Join(n.LineBreak, lines);
    }

    private static void RenderRange(IReadOnlyList<DerivationStep> steps, int from, int to, string x, StepNotation n, List<string> lines)
    {
        StackGuard.Ensure();
        for (var i = from; i < to; i++)
        {
            var s = steps[i];
            var pad = string.Concat(Enumerable.Repeat(n.Indent, s.Depth));
            if (s.Substitution is not { } c)
            {
                lines.Add($"{pad}{n.Words(Name(s.Rule) + ": ")}{n.Operator(x)} {n.Factor(s.Expression)} = {n.Print(s.Result)}");
                continue;
            }
            var t = c.Variable.Name;
            lines.Add($"{pad}{n.Words(Name(s.Rule) + ": ")}{n.Operator(x)} {n.Factor(s.Expression)}{n.Words(", with ")}{t} = {n.Print(c.Inner)}{n.Words(", ")}f = {n.Print(c.Outer)}");
            lines.Add($"{pad}{n.Indent}{n.Ratio("f", t)} = {n.Print(c.OuterDerivative)}");
            lines.Add($"{pad}{n.Indent}{n.Ratio(t, x)} = {n.Print(c.InnerDerivative)}");
            var end = i + 1;
            while (end < steps.Count && steps[end].Depth > s.Depth) end++;
            RenderRange(steps, i + 1, end, x, n, lines);
            lines.Add($"{pad}{n.Indent}{n.Ratio("f", x)} = {n.Ratio("f", t)}{n.Times}{n.Ratio(t, x)} = "
                      + $"{n.Factor(c.OuterDerivative)}{n.Times}{n.Factor(c.InnerDerivative)} = {n.Print(s.Result)}");
            i = end - 1;
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
