using System.Text;

namespace Differentiator.Calculus.Numeric;

/// <summary>The text report of a <see cref="DerivativeComparison"/>.</summary>
internal static class ComparisonText
{
    public static string Render(DerivativeComparison c)
    {
        var sb = new StringBuilder();
        var at = string.Join(", ", c.Point.Select(p => $"{p.Name} = {p.ValueText}"));
        var dtype = c.IsIntegerInput ? "int64 input, as np.array of integers holds it" : "float64 input";
        sb.Append("f = ").Append(c.Formula).Append(" at ").Append(at).Append(" (").Append(dtype).AppendLine(")");
        sb.Append("f = ").AppendLine(ComparisonAnalysis.R(c.Value));
        var h = ComparisonAnalysis.R(c.Options.Delta);
        foreach (var v in c.Variables)
        {
            sb.AppendLine();
            sb.Append("∂f/∂").AppendLine(v.Variable);
            if (v.Symbolic is not null) Row(sb, "symbolic", v.Symbolic);
            Row(sb, $"exact ({v.ExactSource})", ComparisonAnalysis.R(v.Exact));
            Row(sb, $"central h={h}", Doubted(v, NumericColumn.Central) ?? $"{ComparisonAnalysis.R(v.Central)}{(c.IsIntegerInput ? " (input as float64)" : "")}, " +
                $"abs error {ComparisonAnalysis.E(v.AbsoluteError)}, rel error {ComparisonAnalysis.E(v.RelativeError)}{(v.Exact == 0 ? " (absolute: the exact value is 0)" : "")}");
            if (v.IntegerCentral is { } integer)
                Row(sb, "int64 input", $"{integer} with an int64 gradient (zeros_like), " +
                    $"{ComparisonAnalysis.R(v.IntegerCentralFloatGradient ?? double.NaN)} with a float64 gradient " +
                    $"(NumPy prints {NdArray.Vector(v.IntegerCentralFloatGradient ?? double.NaN)})");
            Row(sb, "complex step", Doubted(v, NumericColumn.ComplexStep) ?? ComparisonAnalysis.R(v.ComplexStep));
            Row(sb, "dual", Doubted(v, NumericColumn.Dual) ?? ComparisonAnalysis.R(v.Dual));
            Row(sb, "verdict", v.Verdict.Summary);
            sb.Append("  ").AppendLine(v.Verdict.Explanation);
            if (v.Sweep is not null) sb.AppendLine(v.Sweep.ToTable());
        }
        return sb.ToString().TrimEnd('\n');
    }

    /// <summary><c>not trustworthy (computed 8589934592.0)</c> for a column that must not be read as a derivative; null for one that may.</summary>
    private static string? Doubted(VariableComparison v, NumericColumn column) =>
        v.Doubts.FirstOrDefault(d => d.Column == column) is { } doubt ? $"not trustworthy (computed {ComparisonAnalysis.R(doubt.Value)})" : null;

    private static void Row(StringBuilder sb, string label, string value) =>
        sb.Append("  ").Append(label.PadRight(18)).AppendLine(value);
}
