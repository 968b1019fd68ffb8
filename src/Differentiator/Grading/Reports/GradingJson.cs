using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Differentiator.Grading;

/// <summary>
/// The one JSON form of grading results, shared by <c>dx grade --format json</c>, <c>--out</c> and
/// the web API:
/// <code>
/// {"title": "...",
///  "answers": [{"student", "exercise", "answer", "verdict", "score", "diagnosis", "feedback", "counterexample"}],
///  "students": [{"student", "score", "max"}],
///  "exercises": [{"exercise", "correct", "incorrect", "invalid", "diagnoses": {"sign-error": 2}}]}
/// </code>
/// <c>answers</c> are in input order; <c>counterexample</c> is <c>{"point": {"x": 0.7}, "expected": …, "answer": …}</c>
/// (answer null where the answer is undefined), or null. Written indented, like every <c>dx</c> document.
/// </summary>
public static class GradingJson
{
    /// <summary>The writer options of every grading document (indented, non-ASCII text kept as it is).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The whole document for answers held in memory, as text (the streaming <see cref="JsonGradingReport"/> writes the same).</summary>
    public static string Write(IEnumerable<GradedAnswer> answers, GradingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(summary);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteStart(writer, summary.Title);
            foreach (var answer in answers) WriteAnswer(writer, answer);
            WriteEnd(writer, summary);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The whole document as a tree.</summary>
    public static JsonNode Document(IEnumerable<GradedAnswer> answers, GradingSummary summary) => JsonNode.Parse(Write(answers, summary))!;

    /// <summary>Opens the document: <c>{"title": …, "answers": [</c>.</summary>
    public static void WriteStart(Utf8JsonWriter writer, string title)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("title", title);
        writer.WriteStartArray("answers");
    }

    /// <summary>One element of <c>answers</c>.</summary>
    public static void WriteAnswer(Utf8JsonWriter writer, GradedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(answer);
        var g = answer.Grade;
        writer.WriteStartObject();
        writer.WriteString("student", answer.Row.Student);
        writer.WriteString("exercise", answer.Row.Exercise);
        writer.WriteString("answer", answer.Row.Answer);
        writer.WriteString("verdict", g.Verdict.Name());
        writer.WriteNumber("score", g.Score);
        if (g.Diagnosis is { } d) writer.WriteString("diagnosis", d.Name());
        else writer.WriteNull("diagnosis");
        writer.WriteString("feedback", g.Feedback);
        writer.WritePropertyName("counterexample");
        if (g.Counterexample is { } c) WriteCounterexample(writer, c);
        else writer.WriteNullValue();
        writer.WriteEndObject();
    }

    /// <summary>Closes <c>answers</c> and writes <c>students</c> and <c>exercises</c>.</summary>
    public static void WriteEnd(Utf8JsonWriter writer, GradingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteEndArray();
        writer.WriteStartArray("students");
        foreach (var s in summary.Students)
        {
            writer.WriteStartObject();
            writer.WriteString("student", s.Student);
            writer.WriteNumber("score", s.Score);
            writer.WriteNumber("max", s.Max);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("exercises");
        foreach (var e in summary.Exercises)
        {
            writer.WriteStartObject();
            writer.WriteString("exercise", e.Exercise.Exercise.Id);
            writer.WriteNumber("correct", e.Correct);
            writer.WriteNumber("incorrect", e.Incorrect);
            writer.WriteNumber("invalid", e.Invalid);
            writer.WriteStartObject("diagnoses");
            foreach (var (code, count) in e.Diagnoses) writer.WriteNumber(code.Name(), count);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// The check of a set (<c>dx grade --check --format json</c>): <c>{"valid": true, "title", "exercises": [ids]}</c>,
    /// or <c>{"valid": false, "error": {…the first…}, "errors": [{"file", "line", "column", "exercise", "code", "message", "start", "length"}]}</c>.
    /// </summary>
    public static JsonObject Check(ExerciseSetCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.IsValid)
            return new JsonObject
            {
                ["valid"] = true,
                ["title"] = check.Set.Title,
                ["exercises"] = new JsonArray([.. check.Prepared.Select(p => (JsonNode)JsonValue.Create(p.Exercise.Id))]),
            };
        var errors = check.Problems.Select(Problem).ToList();
        return new JsonObject
        {
            ["valid"] = false,
            ["error"] = errors[0].DeepClone(),
            ["errors"] = new JsonArray([.. errors]),
        };
    }

    private static JsonObject Problem(SetProblem p)
    {
        var json = new JsonObject
        {
            ["file"] = p.Location.File,
            ["line"] = p.Location.Line,
            ["column"] = p.Location.Column,
            ["exercise"] = p.ExerciseId,
            ["code"] = p.Error.Code,
            ["message"] = p.Error.Message,
        };
        if (p.Error.Span is { } span)
        {
            json["start"] = span.Start;
            json["length"] = span.Length;
        }
        return json;
    }

    private static void WriteCounterexample(Utf8JsonWriter writer, Counterexample c)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("point");
        foreach (var (name, value) in c.Point) Number(writer, name, value);
        writer.WriteEndObject();
        Number(writer, "expected", c.Expected);
        Number(writer, "answer", c.Answer);
        writer.WriteEndObject();
    }

    /// <summary>A number, or null where it is not finite (JSON has no NaN or infinity).</summary>
    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }
}
