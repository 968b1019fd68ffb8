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
/// <c>counterexample</c> is <c>{"point": {"x": 0.7}, "expected": …, "answer": …}</c> (answer null
/// where the answer is undefined), or null; numbers that are not finite are null.
/// </summary>
public static class GradingJson
{
    /// <summary>The whole document for answers held in memory (the streaming <see cref="JsonGradingReport"/> writes the same text).</summary>
    public static JsonObject Document(IEnumerable<GradedAnswer> answers, GradingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(summary);
        return new JsonObject
        {
            ["title"] = summary.Title,
            ["answers"] = new JsonArray([.. answers.Select(a => (JsonNode)Answer(a))]),
            ["students"] = Students(summary),
            ["exercises"] = Exercises(summary),
        };
    }

    /// <summary>One element of <c>answers</c>.</summary>
    public static JsonObject Answer(GradedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var g = answer.Grade;
        return new JsonObject
        {
            ["student"] = answer.Row.Student,
            ["exercise"] = answer.Row.Exercise,
            ["answer"] = answer.Row.Answer,
            ["verdict"] = g.Verdict.Name(),
            ["score"] = g.Score,
            ["diagnosis"] = g.Diagnosis?.Name(),
            ["feedback"] = g.Feedback,
            ["counterexample"] = g.Counterexample is { } c ? Counterexample(c) : null,
        };
    }

    /// <summary>The <c>students</c> array.</summary>
    public static JsonArray Students(GradingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new([.. summary.Students.Select(s => (JsonNode)new JsonObject { ["student"] = s.Student, ["score"] = s.Score, ["max"] = s.Max })]);
    }

    /// <summary>The <c>exercises</c> array.</summary>
    public static JsonArray Exercises(GradingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new([.. summary.Exercises.Select(e => (JsonNode)new JsonObject
        {
            ["exercise"] = e.Exercise.Exercise.Id,
            ["correct"] = e.Correct,
            ["incorrect"] = e.Incorrect,
            ["invalid"] = e.Invalid,
            ["diagnoses"] = new JsonObject(e.Diagnoses.Select(d => KeyValuePair.Create(d.Key.Name(), (JsonNode?)d.Value))),
        })]);
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

    private static JsonObject Counterexample(Counterexample c) => new()
    {
        ["point"] = new JsonObject(c.Point.Select(p => KeyValuePair.Create(p.Key, JsonNumbers.Of(p.Value)))),
        ["expected"] = JsonNumbers.Of(c.Expected),
        ["answer"] = JsonNumbers.Of(c.Answer),
    };
}
