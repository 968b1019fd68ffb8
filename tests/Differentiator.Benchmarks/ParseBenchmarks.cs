using BenchmarkDotNet.Attributes;

namespace Differentiator.Benchmarks;

/// <summary>Parsing speed on the twenty lecture/reference formulas.</summary>
[MemoryDiagnoser]
public class ParseFormulaBenchmarks
{
    /// <summary>Parses all twenty formulas; the reported time is per formula.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public int TwentyFormulas()
    {
        var total = 0;
        foreach (var text in BenchmarkFormulas.LectureAndReference) total += Formula.Parse(text).Variables.Count;
        return total;
    }
}

/// <summary>Parsing Σ k·x^k of growing length: the time must grow linearly with the terms.</summary>
[MemoryDiagnoser]
public class ParsePolynomialBenchmarks
{
    private string _polynomial = "";

    /// <summary>Terms of Σ k·x^k.</summary>
    [Params(10, 100, 1_000, 10_000)]
    public int Terms { get; set; }

    /// <summary>Builds the polynomial text once.</summary>
    [GlobalSetup]
    public void Setup() => _polynomial = BenchmarkFormulas.Polynomial(Terms);

    /// <summary>Parses the polynomial.</summary>
    [Benchmark]
    public int Polynomial() => Formula.Parse(_polynomial).Expression.Children.Count;
}
