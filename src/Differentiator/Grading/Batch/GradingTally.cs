namespace Differentiator.Grading;

/// <summary>
/// Running totals of a batch, in memory proportional to students × exercises, never to answers:
/// each student's last grade per exercise (a later answer replaces an earlier one), and per
/// exercise the counts of verdicts and diagnoses.
/// </summary>
internal sealed class GradingTally(PreparedSet set)
{
    private readonly Dictionary<string, AnswerGrade?[]> _students = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly int[,] _verdicts = new int[set.Exercises.Count, 3];
    private readonly int[,] _diagnoses = new int[set.Exercises.Count, DiagnosisCodes.All.Count];
    private long _answers;

    public void Add(int exercise, string student, AnswerGrade grade)
    {
        if (!_students.TryGetValue(student, out var last))
        {
            _students[student] = last = new AnswerGrade?[set.Exercises.Count];
            _order.Add(student);
        }
        last[exercise] = grade;
        _verdicts[exercise, (int)grade.Verdict]++;
        if (grade.Diagnosis is { } d) _diagnoses[exercise, (int)d]++;
        _answers++;
    }

    public GradingSummary Summary()
    {
        var max = set.Exercises.Sum(e => e.Exercise.Points);
        var students = _order.Select(s => new StudentTotal(s, _students[s].Sum(g => g?.Score ?? 0), max, [.. _students[s]])).ToList();
        var exercises = set.Exercises.Select((e, i) => new ExerciseTotal(e,
            _verdicts[i, (int)AnswerVerdict.Correct], _verdicts[i, (int)AnswerVerdict.Incorrect], _verdicts[i, (int)AnswerVerdict.Invalid],
            [.. DiagnosisCodes.All.Where(c => _diagnoses[i, (int)c] > 0).Select(c => KeyValuePair.Create(c, _diagnoses[i, (int)c]))])).ToList();
        return new GradingSummary(set.Title, _answers, students, exercises);
    }
}
