using BenchmarkDotNet.Attributes;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;

namespace Differentiator.Benchmarks;

/// <summary>The pipeline's stages separately, per reference formula (all of its partials), to see where the time goes.</summary>
[MemoryDiagnoser]
public class SymbolicStageBenchmarks
{
    private string[] _texts = [];
    private Formula[] _formulas = [];
    private Expr[] _derivatives = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = ReferenceFormulas.Load();
        _formulas = _texts.Select(t => Formula.Parse(t)).ToArray();
        _derivatives = _formulas.SelectMany(f => Derivative.Gradient(f.Expression, f.Variables)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = ReferenceFormulas.Count)]
    public int Parse() => _texts.Sum(t => Formula.Parse(t).Variables.Count);

    [Benchmark(OperationsPerInvoke = ReferenceFormulas.Count)]
    public int DifferentiateAndSimplify() => _formulas.Sum(f => Derivative.Gradient(f.Expression, f.Variables).Count);

    [Benchmark(OperationsPerInvoke = ReferenceFormulas.Count)]
    public int Print() => _derivatives.Sum(d => d.ToString().Length);
}
