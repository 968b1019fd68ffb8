using BenchmarkDotNet.Running;
using Differentiator.Benchmarks;

// dotnet run -c Release -- generate-answers FILE ROWS: a class's typical answers for an end-to-end run of dx grade.
if (args is ["generate-answers", var path, var rows])
{
    TypicalAnswers.Write(path, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkFormulas).Assembly).Run(args);
