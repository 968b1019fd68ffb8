using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Differentiator.Reports;

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
        writer.WriteStartObject();
        writer.WriteString("student", answer.Row.Student);
        WriteGrade(writer, answer.Exercise, answer.Row.Answer, answer.Grade);
        writer.WriteEndObject();
    }

    /// <summary>
    /// One answer graded on its own (the web's practice mode, <c>POST /api/grade</c>): the fields of an
    /// element of <c>answers</c> but <c>student</c>, then <c>max</c> (the exercise's points) and <c>error</c>
    /// (<c>{"code", "message", "start", "length"}</c>, offsets 0-based into the answer) for an invalid answer, else null.
    /// </summary>
    public static JsonObject Verdict(PreparedExercise exercise, string answer, AnswerGrade grade)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(grade);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            WriteGrade(writer, exercise, answer, grade);
            writer.WriteNumber("max", grade.MaxScore);
            writer.WriteEndObject();
        }
        var json = JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
        json["error"] = grade.Error is { } error ? ReportJson.Error(error) : null;
        return json;
    }

    /// <summary>
    /// The exercises of a set as a student sees them (<c>GET /api/exercises</c>): <c>{"title", "exercises": [{"id",
    /// "function", "mathml", "variables", "wrt", "labels", "list", "order", "at", "points", "answer"}]}</c>; <c>at</c> is the
    /// point of a value exercise (numbers as written) or null, <c>answer</c> is <c>"formula"</c> or <c>"number"</c>.
    /// The expected derivatives are not in it.
    /// </summary>
    public static JsonObject Exercises(PreparedSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new JsonObject
        {
            ["title"] = set.Title,
            ["exercises"] = new JsonArray([.. set.Exercises.Select(e => (JsonNode)Exercise(e))]),
        };
    }

    private static JsonObject Exercise(PreparedExercise prepared)
    {
        var e = prepared.Exercise;
        return new JsonObject
        {
            ["id"] = e.Id,
            ["function"] = e.Function.Source,
            ["mathml"] = e.Function.ToMathMl(),
            ["variables"] = ReportJson.Strings(e.Function.Variables),
            ["wrt"] = ReportJson.Strings(e.Wrt),
            ["labels"] = ReportJson.Strings(prepared.Components.Select(c => c.Label)),
            ["list"] = e.IsList,
            ["order"] = e.Order,
            ["at"] = e.At is { } at ? new JsonObject(at.Coordinates.Select(c => KeyValuePair.Create(c.Name, JsonNumbers.AsWritten(c)))) : null,
            ["points"] = e.Points,
            ["answer"] = e.IsValueExercise ? "number" : "formula",
        };
    }


    /// <summary>The fields of a graded answer every grading document shares.</summary>
    private static void WriteGrade(Utf8JsonWriter writer, PreparedExercise exercise, string answer, AnswerGrade g)
    {
        writer.WriteString("exercise", exercise.Exercise.Id);
        writer.WriteString("answer", answer);
        writer.WriteString("verdict", g.Verdict.Name());
        writer.WriteNumber("score", g.Score);
        if (g.Diagnosis is { } d) writer.WriteString("diagnosis", d.Name());
        else writer.WriteNull("diagnosis");
        writer.WriteString("feedback", g.Feedback);
        writer.WritePropertyName("counterexample");
        if (g.Counterexample is { } c) WriteCounterexample(writer, c);
        else writer.WriteNullValue();
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

    /// <summary>Where the problem is, then the fields of its error as <see cref="ReportJson.Of(ErrorReport)"/> writes them.</summary>
    private static JsonObject Problem(SetProblem p)
    {
        var json = new JsonObject
        {
            ["file"] = p.Location.File,
            ["line"] = p.Location.Line,
            ["column"] = p.Location.Column,
            ["exercise"] = p.ExerciseId,
        };
        foreach (var (key, value) in ReportJson.Error(p.Error)) json[key] = value?.DeepClone();
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
