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
    /// <summary>
    /// Each string entry point is called on one input in this many (entry point k on the inputs
    /// whose index is k modulo it), which spreads their cost: every one still sees a large share.
    /// </summary>
    public const int EntryPointShare = 4;

    /// <summary>The reports and the steps (which compute the derivatives and the comparison again) are made for one formula in this many.</summary>
    public const int ReportShare = 16;

    /// <summary>
    /// How many of a formula's partial derivatives are printed and read back (from a variable chosen
    /// at random); every partial is still evaluated and compared with the central difference.
    /// </summary>
    public const int DerivativesReadBack = 2;

    /// <summary>Runs the checks: every entry point's failure, then the formula's first (which ends its checks).</summary>
    /// <param name="input">The text.</param>
    /// <param name="index">The input's index, which chooses the entry points called.</param>
    /// <param name="random">The source of the point (the same for the same input index).</param>
    public static IReadOnlyList<Failure> Run(string input, long index, Random random)
    {
        var failures = new List<Failure>();
        try
        {
            Guard.Run("self test", () => Isolation.SelfTest.ActOut(input));
            var (parsed, _) = StageTimes.Time("parse", () => ReadBackCheck.Parse("Formula.TryParse", input));
            StageTimes.Time("string entry points", () => CallEntryPoints(input, index, parsed, failures));
            if (parsed is not null) Check(parsed, random);
        }
        catch (FailureException e)
        {
            failures.Add(e.Failure);
        }
        catch (Exception e)
        {
            failures.Add(Guard.Crash("fuzzer", e));
        }
        return failures;
    }

    private static void Check(Formula parsed, Random random)
    {
        var names = parsed.Variables.Count > 0 ? parsed.Variables : ["x"];
        var (_, point) = Guard.Try("Point.Of", () => Point.Of([.. names.Select(n => (n, Coordinate(random)))]));
        if (point is null) return;
        var values = point.Values;
        StageTimes.Time("read back f", () => ReadBackCheck.Run("f", parsed, values));

        var facade = new Dictionary<string, Formula>(StringComparer.Ordinal);
        var first = random.Next(names.Count);
        for (var k = 0; k < names.Count; k++)
        {
            var v = names[(first + k) % names.Count];
            var (ok, derivative) = StageTimes.Time("differentiate", () => Guard.Try($"Formula.Differentiate", () => parsed.Differentiate(v)));
            if (!ok || derivative is null) continue;
            if (k < DerivativesReadBack) StageTimes.Time("read back f'", () => ReadBackCheck.Run($"d/d{v}", derivative, values));
            facade[v] = derivative;
        }
        StageTimes.Time("compare", () => DerivativeCheck.Run(parsed, point, facade));
        if (random.Next(ReportShare) == 0) StageTimes.Time("reports", () => Reports(parsed, point, names));
    }

    private static void CallEntryPoints(string input, long index, Formula? parsed, List<Failure> failures)
    {
        var formula = parsed ?? StringEntryPoints.SampleFormula;
        var entries = StringEntryPoints.All;
        for (var k = (int)((index % EntryPointShare + EntryPointShare) % EntryPointShare); k < entries.Count; k += EntryPointShare)
        {
            var entry = entries[k];
            try
            {
                Step(entry.Name, () => entry.Call(input, formula));
            }
            catch (FailureException e)
            {
                failures.Add(e.Failure);
            }
        }
    }

    /// <summary>The front ends' facade, serialized as the front ends serialize it (JSON must hold only finite numbers).</summary>
    private static void Reports(Formula formula, Point point, IReadOnlyList<string> names)
    {
        Step("FormulaReports.Parse", () => ReportJson.Write(ReportJson.Of(FormulaReports.Parse(formula))));
        Step("FormulaReports.Evaluate", () => ReportJson.Write(ReportJson.Of(FormulaReports.Evaluate(formula, point))));
        Step("FormulaReports.Differentiate", () => ReportJson.Write(ReportJson.Of(FormulaReports.Differentiate(formula, new DiffOptions { At = point }))));
        Step("FormulaReports.Gradient", () => ReportJson.Write(ReportJson.Of(FormulaReports.Gradient(formula, point), gradient: true)));
        Step("FormulaReports.Compare", () => ReportJson.Write(ReportJson.Of(FormulaReports.Compare(formula, point))));
        var input = "[" + string.Join(", ", names.Select(n => point.Values[n].ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";
        Step("FormulaReports.NumericGradient", () => ReportJson.Write(ReportJson.Of(FormulaReports.NumericGradient(formula, input))));
        Step("Formula.Steps", () => formula.Steps(names[0]).ToText());
    }

    private static void Step(string name, Action action) => StageTimes.Time(name, () => Guard.Run(name, action));

    /// <summary>A coordinate in [-3, 3] that is not a whole number (so no integer-input diagnosis).</summary>
    private static double Coordinate(Random random)
    {
        var value = Math.Round(random.NextDouble() * 6 - 3, 4);
        return value == Math.Round(value) ? value + 0.25 : value;
    }
}
