using BenchmarkDotNet.Running;

#if BASELINE
if (args.Length > 0 && args[0] == "paired")
{
    Differentiator.Benchmarks.SideBySide.PairedRunner.Run(args);
    return;
}
#endif
BenchmarkSwitcher.FromAssembly(typeof(Differentiator.Benchmarks.BenchmarkFormulas).Assembly).Run(args);
