using System.CommandLine;
using Differentiator.Grading;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx grade exercises.yaml answers.csv [--format text|json] [--out report.json] [--csv grades.csv] [--html report.html]</c>:
/// grades a class's answers; <c>dx grade --check exercises.yaml</c> checks a set.
/// </summary>
public static class GradeCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "grade",
        "Grade answers to derivative exercises: the verdict, the mistake named, a report.",
        [
            new("dx grade exercises.yaml answers.csv", "each answer's verdict, the mistake named, the class's summary"),
            new("dx grade exercises.yaml answers.csv --html report.html", "also a report a teacher opens in a browser"),
            new("dx grade --check exercises.yaml", "checks the set: functions parse, ids unique, derivatives exist"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
    {
        var exercises = new Argument<string>("exercises") { Description = "The exercise set, YAML (or JSON)." };
        var answers = new Argument<string?>("answers") { Description = "The answers, CSV with the header student,exercise,answer.", Arity = ArgumentArity.ZeroOrOne };
        var check = new Option<bool>("--check") { Description = "Only check the exercise set: every function parses, ids are unique, every derivative exists, no domain is empty." };
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var json = new Option<string?>("--out") { Description = "Also write the JSON report to this file." };
        var csv = new Option<string?>("--csv") { Description = "Also write the grades, one row per answer, to this CSV file." };
        var html = new Option<string?>("--html") { Description = "Also write the HTML report to this file." };
        var command = new Command(spec.Name, spec.Description)
        {
            exercises, answers, check, format, json, csv, html,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var setPath = result.GetValue(exercises)!;
                if (result.GetValue(check)) return Check(context, setPath, fmt);
                var answersPath = result.GetValue(answers)
                    ?? throw new InvalidInputException("Give the answers file after the exercise set (dx grade exercises.yaml answers.csv), or --check to check the set only.");
                var job = GradingJob.Prepare(new GradingJobOptions
                {
                    ExercisesPath = setPath,
                    AnswersPath = answersPath,
                    Output = fmt == OutputFormat.Json ? GradingOutput.Json : GradingOutput.Text,
                    JsonPath = result.GetValue(json),
                    CsvPath = result.GetValue(csv),
                    HtmlPath = result.GetValue(html),
                });
                GradeProgress.Run(context, job);
                return ExitCodes.Ok;
            }, OperationBudget.Unlimited); // each exercise and each answer has its own budget
        });
        return command;
    }

    private static int Check(CliContext context, string path, OutputFormat format)
    {
        var result = GradingJob.Check(path);
        if (format == OutputFormat.Json) DxApp.WriteJson(context, GradingJson.Check(result));
        else if (result.IsValid) context.Out.WriteLine($"{path}: {ExerciseSetText.Count(result.Prepared.Count)}, no problems.");
        else ExerciseSetText.ReportProblems(context, result);
        return result.IsValid ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
