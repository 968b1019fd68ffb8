using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Differentiator.Benchmarks.BenchmarkFormulas).Assembly).Run(args);
