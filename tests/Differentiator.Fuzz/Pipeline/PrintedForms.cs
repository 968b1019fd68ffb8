using System.Reflection;
using Differentiator.Expressions;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>One way of printing an expression: a public <c>To…</c> method of <see cref="Expr"/> with its arguments.</summary>
/// <param name="Name">The method and its arguments, for messages: <c>ToCode(Python)</c>.</param>
/// <param name="ReadsBack">Whether the form is promised to parse back (every form but MathML and a display-only ToString).</param>
/// <param name="SameTree">Whether it parses back to the same tree (text, code, LaTeX), or only to the same value where both are defined (Python, which spells some functions otherwise).</param>
/// <param name="IsXml">Whether it is XML (MathML), checked for being well-formed.</param>
/// <param name="Print">The printer.</param>
public sealed record PrintedForm(string Name, bool ReadsBack, bool SameTree, bool IsXml, Func<Expr, string> Print);

/// <summary>
/// Every printer of <see cref="Expr"/>, found by reflection so that a new one (MathML, say) is
/// fuzzed as soon as it exists: each public instance method named <c>To…</c> that returns a string
/// and takes nothing or one enum (each of whose values is a form of its own).
/// </summary>
public static class PrintedForms
{
    /// <summary>All the forms.</summary>
    public static IReadOnlyList<PrintedForm> All { get; } = Find();

    private static List<PrintedForm> Find()
    {
        var methods = typeof(Expr).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.StartsWith("To", StringComparison.Ordinal) && m.ReturnType == typeof(string) && !m.IsGenericMethod)
            .ToList();
        var hasText = methods.Any(m => m.Name == "ToText");
        var forms = new List<PrintedForm>();
        foreach (var m in methods)
        {
            var parameters = m.GetParameters();
            var xml = m.Name.Contains("MathMl", StringComparison.OrdinalIgnoreCase);
            // Where a strict ToText exists, ToString is a display that may show what no text can say.
            var readsBack = !xml && !(hasText && m.Name == "ToString");
            if (parameters.Length == 0)
                forms.Add(new(m.Name, readsBack, true, xml, e => (string)m.Invoke(e, null)!));
            else if (parameters.Length == 1 && parameters[0].ParameterType.IsEnum)
                foreach (var value in Enum.GetValues(parameters[0].ParameterType))
                    forms.Add(new($"{m.Name}({value})", readsBack, value.ToString() != "Python", xml, e => (string)m.Invoke(e, [value])!));
        }
        return forms;
    }
}
