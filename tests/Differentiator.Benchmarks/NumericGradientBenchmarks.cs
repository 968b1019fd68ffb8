using BenchmarkDotNet.Attributes;
using Differentiator.Calculus.Numeric;
using Differentiator.Expressions;

namespace Differentiator.Benchmarks;

/// <summary>
/// The gradient of x1^2 + x2^2 + … + x1000^2 at a float vector: the lecture's central difference
/// (NumPy with the lecture's nditer code: 5.8 ms on this machine) through the tree evaluator and
/// through the compiled formula, the one-time compilation, one evaluation and the reverse-mode
/// gradient, each on the tape interpreter (as before code was emitted) and in emitted code.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class NumericGradientBenchmarks
{
    private Expr _formula = null!;
    private NdArray _x = null!;
    private double[] _values = null!;
    private double[] _gradient = null!;
    private CompiledFormula _compiled = null!;
    private TapeFunction _tape = null!;
    private FormulaFunction _tree = null!;

    [Params(1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _formula = Expr.Add(Enumerable.Range(1, N).Select(i => Expr.Pow(Expr.Variable("x" + i), Expr.Number(2))));
        _values = [.. Enumerable.Range(1, N).Select(i => 0.5 + i / 1000.0)];
        _x = NdArray.Vector(_values);
        _gradient = new double[N];
        _compiled = CompiledFormula.Compile(_formula);
        if (!_compiled.CompileNow()) throw new InvalidOperationException(_compiled.InterpretedReason);
        _compiled.Gradient(_values, _gradient);
        _tape = new TapeFunction(_compiled);
        _tree = FormulaFunction.Bind(_formula);
    }

    /// <summary>One-time cost in a warm process: tree to tape to IL, and the JIT's compilation at the first call.</summary>
    [Benchmark]
    public double CompileEmitAndFirstCall()
    {
        var compiled = CompiledFormula.Compile(_formula);
        compiled.CompileNow();
        return compiled.Evaluate(_values);
    }

    /// <summary>The lecture's algorithm on the compiled formula (incremental on the tape at this size), cache reset first so every run pays the full evaluation.</summary>
    [Benchmark]
    public NdArray CentralDifferenceCompiled()
    {
        _compiled.ResetCache();
        return NumericGradient.Compute(_compiled, _x).Gradient;
    }

    /// <summary>The lecture's algorithm on the tree evaluator (2N full evaluations), for scale.</summary>
    [Benchmark]
    public NdArray CentralDifferenceTree() => NumericGradient.Compute(_tree, _x).Gradient;

    /// <summary>One full evaluation in emitted code.</summary>
    [Benchmark]
    public double EvaluateCompiled() => _compiled.Evaluate(_values);

    /// <summary>One full evaluation on the tape interpreter, as before.</summary>
    [Benchmark]
    public double EvaluateTape() => _tape.Evaluate(_values);

    /// <summary>The exact gradient by reverse mode in emitted code.</summary>
    [Benchmark]
    public double[] ReverseModeGradient()
    {
        _compiled.Gradient(_values, _gradient);
        return _gradient;
    }

    /// <summary>The exact gradient by reverse mode on the tape, as before.</summary>
    [Benchmark]
    public double[] ReverseModeGradientTape()
    {
        _tape.Gradient(_values, _gradient);
        return _gradient;
    }
}
