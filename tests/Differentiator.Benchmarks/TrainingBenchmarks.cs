using BenchmarkDotNet.Attributes;
using Differentiator.Neural;

namespace Differentiator.Benchmarks;

/// <summary>
/// Epochs per second of training the 2-2-1 XOR network: the compiled symbolic gradient of the loss
/// formula against the lecture's central-difference gradient of the same formula, side by side.
/// One operation is one epoch of a 5,000-epoch training run, the set-up (deriving and compiling the
/// gradient) included, as a user of dx train pays it.
/// </summary>
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private const int Epochs = 5000;

    [Params(0, 2)]
    public int Hidden { get; set; }

    [Benchmark(Baseline = true, OperationsPerInvoke = Epochs)]
    public double Symbolic() => Trainer.Train(LogicGate.Xor, new TrainingOptions { Hidden = Hidden, Epochs = Epochs }).Loss;

    [Benchmark(OperationsPerInvoke = Epochs)]
    public double Numeric() => Trainer.Train(LogicGate.Xor, new TrainingOptions { Hidden = Hidden, Epochs = Epochs, Numeric = true }).Loss;
}
