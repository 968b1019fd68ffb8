using BenchmarkDotNet.Attributes;
using Differentiator.Calculus.Numeric;

namespace Differentiator.Benchmarks;

/// <summary>
/// The lecture's numeric gradient (perturb, evaluate, restore for every element) and the
/// reverse-mode gradient of the five formulas and the lecture's two, on the tape
/// interpreter as before and on the emitted code now.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class CompiledGradientBenchmarks
{
    private double[] _x = [];
    private double[] _gradient = [];
    private NdArray _point = null!;
    private CompiledFormula _compiled = null!;
    private TapeFunction _tape = null!;

    /// <summary>The formula's text.</summary>
    [ParamsSource(nameof(Formulas))]
    public string Formula { get; set; } = "";

    /// <summary>The five formulas the issue names, and the lecture's Problems 3 and 4.</summary>
    public static IEnumerable<string> Formulas => [.. HandWrittenLambdas.Extra, "2*x + 3*x*y + y^3", "w*x + x*y*z + 3*w + z*y^2"];

    /// <summary>Compiles, emits evaluation and reverse mode, and checks both paths agree bit for bit.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var entry = HandWrittenLambdas.All[Formula];
        _x = entry.Point;
        _point = NdArray.Vector(_x);
        _gradient = new double[_x.Length];
        _compiled = CompiledFormula.Compile(Differentiator.Formula.Parse(Formula).Expression, NameArray.Vector(entry.Variables));
        if (!_compiled.CompileNow()) throw new InvalidOperationException($"{Formula} was not emitted: {_compiled.InterpretedReason}");
        _tape = new TapeFunction(_compiled);
        var reverse = _compiled.Gradient(_x);
        _tape.Gradient(_x, _gradient);
        var central = NumericGradient.Compute(_compiled, _point).Gradient.ToDoubleArray();
        var centralTape = NumericGradient.Compute(_tape, _point).Gradient.ToDoubleArray();
        if (!reverse.SequenceEqual(_gradient) || !central.SequenceEqual(centralTape))
            throw new InvalidOperationException($"{Formula}: the tape and the emitted code disagree.");
    }

    /// <summary>Reverse mode on the tape, as before.</summary>
    [Benchmark(Baseline = true)]
    public double[] ReverseTape()
    {
        _tape.Gradient(_x, _gradient);
        return _gradient;
    }

    /// <summary>Reverse mode in emitted code.</summary>
    [Benchmark]
    public double[] ReverseEmitted()
    {
        _compiled.Gradient(_x, _gradient);
        return _gradient;
    }

    /// <summary>The lecture's central difference on the tape (incremental perturbation), as before.</summary>
    [Benchmark]
    public NdArray CentralDifferenceTape()
    {
        _tape.ResetCache();
        return NumericGradient.Compute(_tape, _point).Gradient;
    }

    /// <summary>The lecture's central difference with every perturbed point in emitted code.</summary>
    [Benchmark]
    public NdArray CentralDifferenceEmitted() => NumericGradient.Compute(_compiled, _point).Gradient;
}
