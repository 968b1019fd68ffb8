using System.Xml.Linq;
using Differentiator.Fuzz.Findings;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>
/// Prints a formula in every form and reads each back, as the printers promise: the text, code
/// and LaTeX forms parse to the same tree, the Python form to the same value at the point wherever
/// both are defined; MathML is well-formed XML. A printer may refuse with a documented exception
/// (no text within the parser's limits says this tree), never print text the parser refuses.
/// </summary>
public static class ReadBackCheck
{
    /// <summary>Checks every form of <paramref name="formula"/> (<paramref name="what"/> names it in messages: <c>f</c>, <c>d/dx</c>).</summary>
    public static void Run(string what, Formula formula, IReadOnlyDictionary<string, double> point)
    {
        var value = Evaluate(formula, point);
        foreach (var form in PrintedForms.All)
        {
            var (printed, text) = Guard.Try($"{what}.{form.Name}", () => form.Print(formula.Expression));
            if (!printed || text is null) continue;
            if (form.IsXml) CheckXml(what, form, text);
            if (!form.ReadsBack) continue;
            var (back, error) = Parse($"{what}.{form.Name} read back", text);
            if (back is null)
                throw Fail(what, form, "does not parse", $"{form.Name} printed {Excerpt(text)}, which does not parse: {error?.Code} {error?.Message}");
            if (form.SameTree)
            {
                if (!back.Expression.Equals(formula.Expression))
                    throw Fail(what, form, "another tree", $"{form.Name} printed {Excerpt(text)}, which reads back as {Show(back)}, not {Show(formula)}");
                continue;
            }
            var valueBack = Evaluate(back, point);
            if (double.IsNaN(value) || double.IsNaN(valueBack)) continue;
            if (!Values.Same(value, valueBack, Values.ReadBackTolerance) && !Conditioning.IsIll(formula, point, value) && !Conditioning.HasHugePart(formula.Expression, point, Conditioning.HugeForSpellings)
                && !Conditioning.HasSubnormalPart(formula.Expression, point))
                throw Fail(what, form, "another value",
                    $"{form.Name} printed {Excerpt(text)}, which reads back as {Show(back)} = {Values.Show(valueBack)} instead of {Values.Show(value)} (the tree {Show(formula)})");
        }
    }

    /// <summary>Parses <paramref name="text"/>: the formula, or the diagnostic (null for a refusal by a documented exception).</summary>
    public static (Formula? Formula, Syntax.Diagnostic? Error) Parse(string step, string text)
    {
        Syntax.Diagnostic? error = null;
        var (_, formula) = Guard.Try(step, () => Formula.TryParse(text, out var f, out error) ? f : null);
        return (formula, error);
    }

    /// <summary>The code form for a message, or the type of the printer's refusal.</summary>
    public static string Show(Formula formula)
    {
        try
        {
            return Excerpt(formula.Expression.ToCode());
        }
        catch (Exception e)
        {
            return $"(not printable: {e.GetType().Name})";
        }
    }

    /// <summary>The value at the point; NaN where undefined (an evaluation error, or a variable without a value).</summary>
    public static double Evaluate(Formula formula, IReadOnlyDictionary<string, double> point) =>
        Guard.Try("Evaluate", () => formula.Evaluate(point)) is (true, var v) ? v : double.NaN;

    private static void CheckXml(string what, PrintedForm form, string text)
    {
        try
        {
            XDocument.Parse(text);
        }
        catch (System.Xml.XmlException e)
        {
            throw Fail(what, form, "not XML", $"{form.Name} printed {Excerpt(text)}, which is not well-formed XML: {e.Message}");
        }
    }

    private static FailureException Fail(string what, PrintedForm form, string how, string message) =>
        new(new Failure(FindingKind.ReadBack, $"{form.Name} of {(what == "f" ? "f" : "f'")}: {how}", $"{what}: {message}"));

    /// <summary>At most 300 characters of a printed text.</summary>
    public static string Excerpt(string text) => text.Length <= 300 ? text : $"{text[..300]}… ({text.Length:N0} characters)";
}
