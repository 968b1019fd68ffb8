using BenchmarkDotNet.Running;
using Differentiator.Benchmarks;

if (args is ["one-shot", var formula]) OneShot.Run(formula);
else BenchmarkSwitcher.FromAssembly(typeof(BenchmarkFormulas).Assembly).Run(args);
