using BenchmarkDotNet.Running;
using Differentiator.Benchmarks;

// dotnet run -c Release -- generate-answers FILE ROWS [STUDENTS]: a class's typical answers for an end-to-end run of dx grade.
if (args is ["generate-answers", var path, var rows, ..] && args.Length <= 4)
{
    static int Count(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    TypicalAnswers.Write(path, Count(rows), args.Length == 4 ? Count(args[3]) : null);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkFormulas).Assembly).Run(args);
