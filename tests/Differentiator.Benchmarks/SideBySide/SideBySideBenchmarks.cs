#if BASELINE
extern alias baseline;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Old = baseline::Differentiator;
using OldSymbolic = baseline::Differentiator.Calculus.Symbolic;
using OldExpressions = baseline::Differentiator.Expressions;

namespace Differentiator.Benchmarks.SideBySide;

/// <summary>
/// The targets of issue 11, each measured for this build and, as the baseline, for the library of
/// the starting commit (282242c) loaded beside it as Differentiator.Baseline: the ratio column is
/// the side-by-side speed-up. One operation is one formula (the pipeline) or one call.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PipelineSideBySide
{
    private string[] _formulas = [];

    [GlobalSetup]
    public void Setup() => _formulas = ReferenceFormulas.Load();

    [Benchmark(Baseline = true, OperationsPerInvoke = ReferenceFormulas.Count), BenchmarkCategory("pipeline")]
    public int Baseline() => ReferenceFormulas.BaselinePipeline(_formulas);

    [Benchmark(OperationsPerInvoke = ReferenceFormulas.Count), BenchmarkCategory("pipeline")]
    public int Current() => ReferenceFormulas.Pipeline(_formulas);
}

/// <summary>Σ k·x^k parsed and differentiated, up to 60,000 terms (the most the parser's 1,000,000 characters hold).</summary>
[MemoryDiagnoser]
[CategoriesColumn]
public class PolynomialParseSideBySide
{
    private string _text = "";

    [Params(1_000, 10_000, 60_000)]
    public int Terms { get; set; }

    [GlobalSetup]
    public void Setup() => _text = BenchmarkFormulas.Polynomial(Terms);

    [Benchmark(Baseline = true)]
    public object Baseline() => OldSymbolic.Derivative.Of(Old.Formula.Parse(_text).Expression, "x");

    [Benchmark]
    public object Current() => Derivative.Of(Formula.Parse(_text).Expression, "x");
}

/// <summary>Σ k·x^k, built with the factories (the parser's tree), differentiated, up to 100,000 terms.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
public class PolynomialDiffSideBySide
{
    private Expr _current = Rational.Zero;
    private OldExpressions.Expr _old = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Terms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _current = Polynomials.Build(Terms);
        var x = OldExpressions.Expr.Variable("x");
        _old = OldExpressions.Expr.Add(Enumerable.Range(1, Terms).Select(k =>
            OldExpressions.Expr.Multiply(OldExpressions.Expr.Number(k), OldExpressions.Expr.Pow(x, OldExpressions.Expr.Number(k)))));
    }

    [Benchmark(Baseline = true)]
    public object Baseline() => OldSymbolic.Derivative.Of(_old, "x");

    [Benchmark]
    public object Current() => Derivative.Of(_current, "x");
}

/// <summary>The first and second derivative of sin(sin(…sin(x)…)) nested 50 deep.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NestedSinSideBySide
{
    private Expr _current = Rational.Zero;
    private OldExpressions.Expr _old = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = BenchmarkFormulas.NestedSin(50);
        _current = Formula.Parse(text).Expression;
        _old = Old.Formula.Parse(text).Expression;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("first")]
    public object BaselineFirst() => OldSymbolic.Derivative.Of(_old, "x");

    [Benchmark, BenchmarkCategory("first")]
    public object CurrentFirst() => Derivative.Of(_current, "x");

    [Benchmark(Baseline = true), BenchmarkCategory("second")]
    public object BaselineSecond() => OldSymbolic.Derivative.Of(_old, "x", 2);

    [Benchmark, BenchmarkCategory("second")]
    public object CurrentSecond() => Derivative.Of(_current, "x", 2);
}
#endif
