namespace Differentiator.Grading;

/// <summary>
/// A whole grading run, what <c>dx grade</c> does: read and check the exercise set, check the
/// answers file (every row well formed, every exercise known) before anything is written, then grade
/// the rows one at a time into every report asked for, and put the report files in place only when
/// all is done (each atomically). Memory stays flat in the number of rows.
/// </summary>
public sealed class GradingJob
{
    private readonly GradingJobOptions _options;

    private GradingJob(GradingJobOptions options, PreparedSet set, long rows)
    {
        _options = options;
        Set = set;
        Rows = rows;
    }

    /// <summary>The prepared exercise set.</summary>
    public PreparedSet Set { get; }

    /// <summary>The number of answer rows.</summary>
    public long Rows { get; }

    /// <summary>Reads and checks the inputs: the set (every exercise prepared) and the answers file (every row well formed, every exercise known). Nothing is written yet.</summary>
    /// <exception cref="InvalidInputException">A file is missing, the set has a problem, the answers file is malformed or names an unknown exercise, or two outputs are the same file.</exception>
    public static GradingJob Prepare(GradingJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckDistinct(options);
        var set = PreparedSet.Load(GradingFiles.ReadSet(options.ExercisesPath), Path.GetFileName(options.ExercisesPath));
        return new GradingJob(options, set, CheckAnswers(options.AnswersPath, set));
    }

    /// <summary>Grades every row, writing the <see cref="GradingJobOptions.Output"/> report to <paramref name="output"/> and the report files asked for.</summary>
    /// <exception cref="InvalidInputException">A report file cannot be written (the earlier file is then left as it was).</exception>
    public GradingSummary Run(TextWriter output, Action<GradingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (options, set, total) = (_options, Set, Rows);
        var files = new List<AtomicFile>();
        var disposables = new List<IDisposable>();
        try
        {
            var reports = new List<IGradingReport>();
            if (options.Output == GradingOutput.Text) reports.Add(new TextGradingReport(output));
            if (options.Output == GradingOutput.Json) reports.Add(new JsonGradingReport(output, set.Title));
            if (options.JsonPath is { } json)
            {
                var file = Track(AtomicFile.Create(json));
                var writer = new StreamWriter(file.Stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
                disposables.Add(writer);
                reports.Add(new JsonGradingReport(writer, set.Title));
            }
            if (options.CsvPath is { } csv)
            {
                var report = new CsvGradingReport(Track(AtomicFile.Create(csv)).Stream);
                disposables.Add(report);
                reports.Add(report);
            }
            if (options.HtmlPath is { } html)
            {
                var scratch = GradingFiles.Scratch(html);
                disposables.Add(scratch);
                reports.Add(new HtmlGradingReport(Track(AtomicFile.Create(html)).Stream, scratch));
            }

            var session = new GradingSession(set);
            long rows = 0;
            using (var answers = GradingFiles.OpenAnswers(options.AnswersPath))
            {
                foreach (var row in AnswersCsv.Read(answers, Path.GetFileName(options.AnswersPath)))
                {
                    var graded = session.Grade(row);
                    foreach (var report in reports) report.Add(graded);
                    progress?.Invoke(new GradingProgress(++rows, total));
                }
            }
            var summary = session.Summary();
            foreach (var report in reports) report.Finish(summary);
            foreach (var d in disposables) d.Dispose();
            disposables.Clear();
            foreach (var file in files) file.Commit();
            return summary;
        }
        finally
        {
            foreach (var d in disposables) d.Dispose();
            foreach (var file in files) file.Dispose();
        }

        AtomicFile Track(AtomicFile file)
        {
            files.Add(file);
            return file;
        }
    }

    /// <summary>Reads and checks an exercise set file (<c>dx grade --check</c>).</summary>
    /// <exception cref="InvalidInputException">The file is missing or is not YAML or JSON.</exception>
    public static ExerciseSetCheck Check(string exercisesPath)
    {
        ArgumentNullException.ThrowIfNull(exercisesPath);
        return ExerciseSetCheck.Run(GradingFiles.ReadSet(exercisesPath), Path.GetFileName(exercisesPath));
    }

    /// <summary>Reads the whole answers file once: every row well formed, every exercise in the set. Returns the number of rows.</summary>
    private static long CheckAnswers(string path, PreparedSet set)
    {
        using var answers = GradingFiles.OpenAnswers(path);
        long rows = 0;
        foreach (var row in AnswersCsv.Read(answers, Path.GetFileName(path)))
        {
            if (set.IndexOf(row.Exercise) < 0) throw AnswersCsv.UnknownExercise(row, set, Path.GetFileName(path));
            rows++;
        }
        return rows;
    }

    private static void CheckDistinct(GradingJobOptions options)
    {
        var outputs = new[] { options.JsonPath, options.CsvPath, options.HtmlPath }.OfType<string>().Select(Path.GetFullPath).ToList();
        var inputs = new[] { options.ExercisesPath, options.AnswersPath }.Select(Path.GetFullPath).ToList();
        if (outputs.Distinct().Count() != outputs.Count)
            throw new InvalidInputException("Two reports are to be written to the same file; give each its own.", ErrorCodes.InvalidInput);
        if (outputs.FirstOrDefault(inputs.Contains) is { } clash)
            throw new InvalidInputException($"A report would overwrite the input {clash}.", ErrorCodes.InvalidInput);
    }
}
