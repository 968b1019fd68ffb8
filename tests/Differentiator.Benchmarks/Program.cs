using BenchmarkDotNet.Running;
using Differentiator.Benchmarks;

#if BASELINE
if (args.Length > 0 && args[0] == "paired")
{
    Differentiator.Benchmarks.SideBySide.PairedRunner.Run(args);
    return;
}
#endif
if (args is ["one-shot", var formula, ..] && args.Length <= 3) OneShot.Run(formula, emitNow: args is [_, _, "--emit"]);
else BenchmarkSwitcher.FromAssembly(typeof(BenchmarkFormulas).Assembly).Run(args);
