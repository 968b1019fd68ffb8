using BenchmarkDotNet.Attributes;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;

namespace Differentiator.Benchmarks;

/// <summary>The pipeline's stages separately, per reference formula (all of its partials), to see where the time goes.</summary>
[MemoryDiagnoser]
public class SymbolicStageBenchmarks
{
    private string[] _texts = [];
    private (Expr F, string V)[] _partials = [];
    private Expr[] _derivatives = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = ReferenceFormulas.Load();
        _partials = _texts.Select(t => Formula.Parse(t)).SelectMany(f => f.Variables.Select(v => (f.Expression, v))).ToArray();
        _derivatives = _partials.Select(p => Derivative.Of(p.F, p.V)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = ReferenceFormulas.Count)]
    public int Parse() => _texts.Sum(t => Formula.Parse(t).Variables.Count);

    [Benchmark(OperationsPerInvoke = ReferenceFormulas.Count)]
    public int DifferentiateAndSimplify() => _partials.Sum(p => Derivative.Of(p.F, p.V).Depth);

    [Benchmark(OperationsPerInvoke = ReferenceFormulas.Count)]
    public int Print() => _derivatives.Sum(d => d.ToString().Length);
}
