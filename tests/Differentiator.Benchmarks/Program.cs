using BenchmarkDotNet.Running;
using Differentiator.Benchmarks;

#if BASELINE
if (args.Length > 0 && args[0] == "paired")
{
    Differentiator.Benchmarks.SideBySide.PairedRunner.Run(args);
    return;
}
#endif
if (args is ["one-shot", var formula, ..] && args.Length <= 3)
{
    OneShot.Run(formula, emitNow: args is [_, _, "--emit"]);
    return;
}
// dotnet run -c Release -- generate-answers FILE ROWS [STUDENTS]: a class's typical answers for an end-to-end run of dx grade.
if (args is ["generate-answers", var path, var rows, ..] && args.Length <= 4)
{
    static int Count(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    TypicalAnswers.Write(path, Count(rows), args.Length == 4 ? Count(args[3]) : null);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkFormulas).Assembly).Run(args);
