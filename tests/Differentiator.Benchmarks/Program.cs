using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Differentiator.Benchmarks.NumericGradientBenchmarks).Assembly).Run(args);
