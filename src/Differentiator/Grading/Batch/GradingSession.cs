namespace Differentiator.Grading;

/// <summary>
/// Grades the answers of a batch, one row at a time, against a prepared set, and keeps the totals.
/// Grades are a function of the exercise and the answer's text only, so repeated answers (most of a
/// class writes the same few) are served from a bounded cache.
/// </summary>
public sealed class GradingSession
{
    /// <summary>The most cached grades (memory stays flat however many rows there are); past it the cache starts again.</summary>
    public const int MaxCachedGrades = 50_000;

    private readonly PreparedSet _set;
    private readonly Dictionary<string, AnswerGrade>[] _cache;
    private readonly GradingTally _tally;
    private int _cached;

    /// <summary>A session over <paramref name="set"/>.</summary>
    public GradingSession(PreparedSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        _set = set;
        _cache = [.. set.Exercises.Select(_ => new Dictionary<string, AnswerGrade>(StringComparer.Ordinal))];
        _tally = new GradingTally(set);
    }

    /// <summary>Grades <paramref name="row"/> and counts it in the totals.</summary>
    /// <exception cref="InvalidInputException">The row names an exercise the set does not have.</exception>
    public GradedAnswer Grade(AnswerRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var index = _set.IndexOf(row.Exercise);
        if (index < 0) throw AnswersCsv.UnknownExercise(row, _set);
        var exercise = _set.Exercises[index];
        var cache = _cache[index];
        if (!cache.TryGetValue(row.Answer, out var grade))
        {
            grade = AnswerGrader.Grade(exercise, row.Answer);
            if (_cached >= MaxCachedGrades)
            {
                foreach (var c in _cache) c.Clear();
                _cached = 0;
            }
            if (row.Answer.Length <= AnswerReader.MaxLength)
            {
                cache[row.Answer] = grade;
                _cached++;
            }
        }
        _tally.Add(index, row.Student, grade);
        return new GradedAnswer(row, exercise, grade);
    }

    /// <summary>The totals so far.</summary>
    public GradingSummary Summary() => _tally.Summary();
}
