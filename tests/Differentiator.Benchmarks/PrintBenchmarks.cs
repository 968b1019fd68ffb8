using BenchmarkDotNet.Attributes;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;

namespace Differentiator.Benchmarks;

/// <summary>
/// Printing large and deep formulas (issue 13's rows): the time must grow with the output, not
/// faster. Parsing is done once in the setup; one operation is one print.
/// </summary>
[MemoryDiagnoser]
public class PrintBenchmarks
{
    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["1 MB of letters"] = new string([.. Enumerable.Range(0, 1_000_000).Select(i => "xyzwuvab"[i * 7 % 8])]),
        ["1/x/x/… 100,000"] = "1" + string.Concat(Enumerable.Repeat("/x", 100_000)),
        ["60,000-term sum"] = string.Join(" + ", Enumerable.Range(1, 60_000).Select(i => $"{i}w{i}")),
        ["sin nested 999"] = BenchmarkFormulas.NestedSin(999),
        ["x^x^… 999 high"] = BenchmarkFormulas.Tower(999),
    };

    private Formula _formula = null!;

    /// <summary>The input's name.</summary>
    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = "";

    /// <summary>All input names.</summary>
    public static IEnumerable<string> Names => Inputs.Keys;

    [GlobalSetup]
    public void Setup() => _formula = Formula.Parse(Inputs[Input]);

    [Benchmark]
    public string Text() => _formula.ToText();

    [Benchmark]
    public string Latex() => _formula.ToLatex();

    [Benchmark]
    public string MathMl() => _formula.ToMathMl();
}

/// <summary>Rendering the steps of formulas as deep as the parser reads (first and last lines only).</summary>
[MemoryDiagnoser]
public class StepRenderBenchmarks
{
    private Expr _formula = Rational.Zero;

    [Params("sin nested 1000", "x^x^… 1000 high")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _formula = Formula.Parse(Input.StartsWith("sin", StringComparison.Ordinal)
        ? BenchmarkFormulas.NestedSin(1000)
        : BenchmarkFormulas.Tower(1000)).Expression;

    /// <summary>The derivation and its text: the steps are built, and only the shown ones simplified and printed.</summary>
    [Benchmark]
    public string StepsText() => Derivative.Steps(_formula, "x").ToText();
}
