using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;

namespace Differentiator.Benchmarks;

/// <summary>
/// The symbolic pipeline over the reference formulas: parse → every partial derivative →
/// simplify → print. One operation is one formula, all of its partials.
/// </summary>
[MemoryDiagnoser]
public class SymbolicPipelineBenchmarks
{
    private string[] _formulas = [];

    [GlobalSetup]
    public void Setup() => _formulas = ReferenceFormulas.Load();

    [Benchmark(OperationsPerInvoke = ReferenceFormulas.Count)]
    public int ParseDifferentiateSimplifyPrint() => ReferenceFormulas.Pipeline(_formulas);
}

/// <summary>Σ k·x^k with 10 to 10,000 terms: parse and differentiate (growth must be linear).</summary>
[MemoryDiagnoser]
public class PolynomialDerivativeBenchmarks
{
    private string _text = "";
    private Expr _parsed = Rational.Zero;

    [Params(10, 100, 1_000, 10_000)]
    public int Terms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkFormulas.Polynomial(Terms);
        _parsed = Formula.Parse(_text).Expression;
    }

    [Benchmark]
    public object ParseAndDifferentiate() => Derivative.Of(Formula.Parse(_text).Expression, "x");

    [Benchmark]
    public object DifferentiateParsed() => Derivative.Of(_parsed, "x");
}

/// <summary>The f_caret formulas of derivatives.json, found beside the benchmark or in the test project.</summary>
internal static partial class ReferenceFormulas
{
    public const int Count = 39;

    /// <summary>The pipeline of this build: parse, every partial derivative simplified, printed; the characters printed.</summary>
    public static int Pipeline(string[] formulas)
    {
        var chars = 0;
        foreach (var text in formulas)
        {
            var f = Formula.Parse(text);
            foreach (var d in Derivative.Gradient(f.Expression, f.Variables)) chars += d.ToString().Length;
        }
        return chars;
    }

    public static string[] Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Find()));
        var formulas = doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("f_caret").GetString()!).ToArray();
        if (formulas.Length != Count) throw new InvalidOperationException($"Expected {Count} reference formulas, found {formulas.Length}.");
        return formulas;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "Reference", "derivatives.json"),
                         Path.Combine(dir.FullName, "tests", "Differentiator.Tests", "Reference", "derivatives.json") })
                if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("derivatives.json not found above " + AppContext.BaseDirectory);
    }
}
