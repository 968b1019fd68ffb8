using System.Collections.Concurrent;
using Differentiator.Grading;

namespace Differentiator.Tests.Grading;

/// <summary>Exercises built from one line of YAML each, prepared once per test run.</summary>
public static class GradingFixtures
{
    private static readonly ConcurrentDictionary<string, PreparedExercise> Prepared = new();

    /// <summary>The exercise <c>function</c> by <c>wrt</c> (a name, or a list <c>[x, y]</c>), with more YAML fields in <paramref name="extra"/> (<c>order: 2</c>, <c>at: {x: 1.0}</c>).</summary>
    public static PreparedExercise Exercise(string function, string? wrt = null, string extra = "") =>
        Prepared.GetOrAdd($"{function}|{wrt}|{extra}", _ =>
        {
            var yaml = $"title: t\nexercises:\n  - id: e\n    function: \"{function}\"\n" + (wrt is null ? "" : $"    wrt: {wrt}\n")
                + string.Concat(extra.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(f => $"    {f.Trim()}\n"));
            return PreparedSet.Load(yaml, "test.yaml").Exercises[0];
        });

    public static AnswerGrade Grade(string function, string answer, string? wrt = null, string extra = "") =>
        AnswerGrader.Grade(Exercise(function, wrt, extra), answer);

    /// <summary>A readable line for assertion messages.</summary>
    public static string Describe(AnswerGrade g) => $"{g.Verdict} {g.Diagnosis}: {g.Feedback}";
}
