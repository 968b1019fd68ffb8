using Differentiator.Reports;
using Differentiator.Fuzz.Findings;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>
/// The whole pipeline on one input: every public string entry point of the library, then
/// parse → print every form → read back → evaluate → differentiate every variable through the
/// facade (<c>Formula.Differentiate</c> and <c>FormulaReports</c>, with the reports serialized to
/// JSON) → print the derivatives → read back → evaluate → compare with the central difference.
/// </summary>
public static class FormulaPipeline
{
    /// <summary>Runs the checks; the first failure ends them.</summary>
    /// <param name="input">The text.</param>
    /// <param name="random">The source of the point (the same for the same input index).</param>
    public static Failure? Run(string input, Random random)
    {
        try
        {
            Check(input, random);
            return null;
        }
        catch (FailureException e)
        {
            return e.Failure;
        }
        catch (Exception e)
        {
            return Guard.Crash("fuzzer", e);
        }
    }

    private static void Check(string input, Random random)
    {
        var (parsed, _) = ReadBackCheck.Parse("Formula.TryParse", input);
        CallEntryPoints(input, parsed);
        if (parsed is null) return;

        var names = parsed.Variables.Count > 0 ? parsed.Variables : ["x"];
        var (_, point) = Guard.Try("Point.Of", () => Point.Of([.. names.Select(n => (n, Coordinate(random)))]));
        if (point is null) return;
        var values = point.Values;
        ReadBackCheck.Run("f", parsed, values);

        var facade = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in names)
        {
            var (ok, derivative) = Guard.Try($"Formula.Differentiate", () => parsed.Differentiate(v));
            if (!ok || derivative is null) continue;
            ReadBackCheck.Run($"d/d{v}", derivative, values);
            facade[v] = ReadBackCheck.Evaluate(derivative, values);
        }
        DerivativeCheck.Run(parsed, point, facade);
        Reports(parsed, point, names);
    }

    private static void CallEntryPoints(string input, Formula? parsed)
    {
        var formula = parsed ?? StringEntryPoints.SampleFormula;
        foreach (var entry in StringEntryPoints.All)
            Guard.Run(entry.Name, () => entry.Call(input, formula));
    }

    /// <summary>The front ends' facade, serialized as the front ends serialize it (JSON must hold only finite numbers).</summary>
    private static void Reports(Formula formula, Point point, IReadOnlyList<string> names)
    {
        Guard.Run("FormulaReports.Parse", () => ReportJson.Write(ReportJson.Of(FormulaReports.Parse(formula))));
        Guard.Run("FormulaReports.Evaluate", () => ReportJson.Write(ReportJson.Of(FormulaReports.Evaluate(formula, point))));
        Guard.Run("FormulaReports.Differentiate", () => ReportJson.Write(ReportJson.Of(FormulaReports.Differentiate(formula, new DiffOptions { At = point }))));
        Guard.Run("FormulaReports.Gradient", () => ReportJson.Write(ReportJson.Of(FormulaReports.Gradient(formula, point), gradient: true)));
        Guard.Run("FormulaReports.Compare", () => ReportJson.Write(ReportJson.Of(FormulaReports.Compare(formula, point))));
        var input = "[" + string.Join(", ", names.Select(n => point.Values[n].ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";
        Guard.Run("FormulaReports.NumericGradient", () => ReportJson.Write(ReportJson.Of(FormulaReports.NumericGradient(formula, input))));
        Guard.Run("Formula.Steps", () => formula.Steps(names[0]).ToText());
    }

    /// <summary>A coordinate in [-3, 3] that is not a whole number (so no integer-input diagnosis).</summary>
    private static double Coordinate(Random random)
    {
        var value = Math.Round(random.NextDouble() * 6 - 3, 4);
        return value == Math.Round(value) ? value + 0.25 : value;
    }
}
