using System.Xml.Linq;

namespace Differentiator.Tests.Support;

/// <summary>
/// Reads presentation MathML of our printer back into our text language, bracketing every
/// fraction, power and root, so that "the MathML reads back to the same value" can be checked by
/// parsing the text. Test-only: it knows the shapes our printer writes, not all of MathML.
/// </summary>
public static class MathMlReader
{
    private static readonly XNamespace M = "http://www.w3.org/1998/Math/MathML";

    public static string ToText(string mathMl)
    {
        var root = XDocument.Parse(mathMl).Root!;
        if (root.Name != M + "math") throw new AssertionException($"the root is <{root.Name}>, not <math> in the MathML namespace");
        return Row(root.Elements().ToList());
    }

    private static string Row(IReadOnlyList<XElement> children)
    {
        // |…| is an absolute value; a bar inside the text language could pair with the wrong one.
        if (children.Count >= 2 && IsOperator(children[0], "|") && IsOperator(children[^1], "|"))
            return "abs(" + Row([.. children.Skip(1).Take(children.Count - 2)]) + ")";
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < children.Count; i++)
        {
            var c = children[i];
            if (c.Name == M + "msub" && c.Elements().First() is { } head && head.Name == M + "mi" && head.Value == "log")
            {
                // log_b ⁡ (x): the text language writes log(x, b).
                var @base = Node(c.Elements().ElementAt(1));
                var arguments = children[i + 2];
                text.Append("log(").Append(Inside(arguments)).Append(", ").Append(@base).Append(')');
                i += 2;
                continue;
            }
            text.Append(Node(c));
        }
        return text.ToString();
    }

    /// <summary>The text between the brackets of <c>&lt;mrow&gt;&lt;mo&gt;(&lt;/mo&gt;…&lt;mo&gt;)&lt;/mo&gt;&lt;/mrow&gt;</c>.</summary>
    private static string Inside(XElement bracketed)
    {
        var parts = bracketed.Elements().ToList();
        return Row([.. parts.Skip(1).Take(parts.Count - 2)]);
    }

    private static bool IsOperator(XElement e, string text) => e.Name == M + "mo" && e.Value == text;

    private static string Node(XElement e)
    {
        var parts = e.Elements().ToList();
        return e.Name.LocalName switch
        {
            "mrow" => Row(parts),
            "mi" => e.Value,
            "mn" => e.Value,
            "mo" => e.Value switch
            {
                "\u2062" or "\u00B7" or "\u00D7" => "*",
                "\u2061" => "",
                "\u2212" => "-",
                var op => op,
            },
            "mfrac" => $"(({Node(parts[0])})/({Node(parts[1])}))",
            "msup" => $"(({Node(parts[0])})^({Node(parts[1])}))",
            "msub" => $"{Node(parts[0])}_{{{Node(parts[1])}}}",
            "msqrt" => $"sqrt({Row(parts)})",
            "mroot" => Node(parts[1]) == "3" ? $"cbrt({Node(parts[0])})" : $"(({Node(parts[0])})^(1/({Node(parts[1])})))",
            var other => throw new AssertionException($"<{other}> is not written by our MathML printer"),
        };
    }
}
