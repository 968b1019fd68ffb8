using System.Globalization;
using System.Text;
using Differentiator.Grading;

namespace Differentiator.Benchmarks;

/// <summary>
/// A class's answers the way they come in: every student answers every exercise of the lecture's
/// example set, each answer drawn from the example answers (right, wrong and invalid ones) and often
/// spaced differently (<c>6x+e^x</c>, <c>6x + e^x</c>), so that many are repeats and some are new.
/// </summary>
public static class TypicalAnswers
{
    public static string ExercisesPath => Find("exercises.yaml");

    public static string AnswersPath => Find("answers.csv");

    /// <summary>
    /// Writes <paramref name="rows"/> rows to <paramref name="path"/> (seeded: the same file every time):
    /// each student answers every exercise in turn, <paramref name="students"/> students in all (by
    /// default as many as the rows need, so none answers twice; fewer, and they answer again).
    /// </summary>
    public static void Write(string path, int rows, int? students = null)
    {
        var pool = Pool();
        var exercises = pool.Keys.ToList();
        var random = new Random(20251201);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("student,exercise,answer\r\n");
        for (var i = 0; i < rows; i++)
        {
            var exercise = exercises[i % exercises.Count];
            var answers = pool[exercise];
            var answer = Vary(answers[random.Next(answers.Count)], random);
            var student = i / exercises.Count % (students ?? int.MaxValue);
            writer.Write($"s{student.ToString("D6", CultureInfo.InvariantCulture)},{exercise},{Quote(answer)}\r\n");
        }
    }

    /// <summary>The rows of a generated class, in memory.</summary>
    public static List<AnswerRow> Rows(int rows)
    {
        var path = Path.GetTempFileName();
        try
        {
            Write(path, rows);
            using var stream = File.OpenRead(path);
            return [.. AnswersCsv.Read(stream, "typical.csv")];
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Dictionary<string, List<string>> Pool()
    {
        using var stream = File.OpenRead(AnswersPath);
        var pool = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in AnswersCsv.Read(stream, "answers.csv"))
        {
            if (!pool.TryGetValue(row.Exercise, out var list)) pool[row.Exercise] = list = [];
            list.Add(row.Answer);
        }
        return pool;
    }

    /// <summary>Half the answers as written, the rest without spaces, or with a space before or after.</summary>
    private static string Vary(string answer, Random random) => random.Next(8) switch
    {
        0 => answer.Replace(" ", "", StringComparison.Ordinal),
        1 => " " + answer,
        2 => answer + " ",
        3 => answer.Replace("+", " + ", StringComparison.Ordinal),
        _ => answer,
    };

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Find(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "examples", "grading", file);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"examples/grading/{file} not found above " + AppContext.BaseDirectory);
    }
}
