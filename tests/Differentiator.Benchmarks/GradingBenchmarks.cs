using BenchmarkDotNet.Attributes;
using Differentiator.Grading;

namespace Differentiator.Benchmarks;

/// <summary>
/// Grading the lecture's example set: preparing it, grading answers never seen before (no cache),
/// and a class's typical rows as <c>dx grade</c> does (cache, totals and the JSON report).
/// </summary>
[MemoryDiagnoser]
public class GradingBenchmarks
{
    private const int ClassRows = 20_000;
    private string _setText = "";
    private PreparedSet _set = null!;
    private List<(PreparedExercise Exercise, string Answer)> _distinct = [];
    private List<AnswerRow> _rows = [];

    [GlobalSetup]
    public void Setup()
    {
        _setText = File.ReadAllText(TypicalAnswers.ExercisesPath);
        _set = PreparedSet.Load(_setText, "exercises.yaml");
        using (var stream = File.OpenRead(TypicalAnswers.AnswersPath))
            _distinct = [.. AnswersCsv.Read(stream, "answers.csv").Select(r => (_set.Exercises[_set.IndexOf(r.Exercise)], r.Answer))];
        _rows = TypicalAnswers.Rows(ClassRows);
    }

    /// <summary>Reading the 17 exercises and preparing each (derivatives, sample points, mal-rule variants).</summary>
    [Benchmark]
    public int PrepareExampleSet() => PreparedSet.Load(_setText, "exercises.yaml").Exercises.Count;

    /// <summary>One answer graded from scratch (the 70 example answers: right, wrong and invalid ones).</summary>
    [Benchmark(OperationsPerInvoke = 70)]
    public int GradeAnswerUncached()
    {
        var correct = 0;
        foreach (var (exercise, answer) in _distinct)
            if (AnswerGrader.Grade(exercise, answer).Verdict == AnswerVerdict.Correct) correct++;
        return correct;
    }

    /// <summary>
    /// Baseline: the proof layer alone, the canonical form of answer − expected (what a CAS answer
    /// test does, like SymPy's simplify(a − b) == 0), for the same 70 answers; invalid ones fail to parse.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 70)]
    public int CanonicalDifferenceOnly()
    {
        var equal = 0;
        foreach (var (exercise, answer) in _distinct)
            if (Formula.TryParse(answer, out var f, out _) && Calculus.Symbolic.Simplifier.AreEquivalent(exercise.Expected[0].Expression, f.Expression)) equal++;
        return equal;
    }

    /// <summary>One row of a class's typical answers: graded (repeats from the cache), counted and written to the JSON report.</summary>
    [Benchmark(OperationsPerInvoke = ClassRows)]
    public long GradeClassRowWithJsonReport()
    {
        var session = new GradingSession(_set);
        var report = new JsonGradingReport(TextWriter.Null, _set.Title);
        foreach (var row in _rows) report.Add(session.Grade(row));
        var summary = session.Summary();
        report.Finish(summary);
        return summary.Answers;
    }
}
