using System.Text.Json.Nodes;
using Differentiator.Reports;

namespace Differentiator.Grading;

/// <summary>Streams the <see cref="GradingJson"/> document: each answer is written as it is graded, the totals at the end.</summary>
public sealed class JsonGradingReport : IGradingReport
{
    private readonly BufferedText _out;
    private bool _first = true;

    /// <summary>A report on <paramref name="output"/> for the set titled <paramref name="title"/>.</summary>
    public JsonGradingReport(TextWriter output, string title)
    {
        ArgumentNullException.ThrowIfNull(output);
        _out = new BufferedText(output);
        _out.Line("{").Line($"  \"title\": {ReportJson.Write(JsonValue.Create(title))},").Append("  \"answers\": [");
    }

    /// <inheritdoc/>
    public void Add(GradedAnswer answer)
    {
        _out.Append(_first ? "\n" : ",\n").Append("    ").Append(Shifted(GradingJson.Answer(answer), "    "));
        _first = false;
    }

    /// <inheritdoc/>
    public void Finish(GradingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _out.Line(_first ? "]," : "\n  ],");
        _out.Line($"  \"students\": {Shifted(GradingJson.Students(summary), "  ")},");
        _out.Line($"  \"exercises\": {Shifted(GradingJson.Exercises(summary), "  ")}");
        _out.Line("}");
        _out.Flush();
    }

    /// <summary>A node as indented JSON with every line after the first shifted right; raw line breaks only separate structure (those in strings are escaped).</summary>
    private static string Shifted(JsonNode node, string by) => ReportJson.Write(node).Replace("\n", "\n" + by);
}
