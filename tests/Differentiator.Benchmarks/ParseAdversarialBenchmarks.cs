using BenchmarkDotNet.Attributes;

namespace Differentiator.Benchmarks;

/// <summary>
/// How long the parser takes to refuse (or accept) hostile input: each call must stay fast, the
/// deep ones ending in a diagnostic rather than a stack overflow.
/// </summary>
[MemoryDiagnoser]
public class ParseAdversarialBenchmarks
{
    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["100k brackets"] = new string('(', 100_000) + "x" + new string(')', 100_000),
        ["100k power tower"] = string.Concat(Enumerable.Repeat("x^", 100_000)) + "x",
        ["100k minus signs"] = new string('-', 100_000) + "x",
        ["1000 brackets (the limit)"] = new string('(', 1_000) + "x" + new string(')', 1_000),
        ["10,000-digit integer"] = "1" + new string('0', 9_999),
        ["1e999999"] = "1e999999",
        ["100k random letters"] = new string([.. Enumerable.Range(0, 100_000).Select(i => (char)('a' + (i * 7919 % 26)))]),
    };

    /// <summary>The input's name.</summary>
    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = "";

    /// <summary>All input names.</summary>
    public static IEnumerable<string> Names => Inputs.Keys;

    /// <summary>Parses, returning whether it succeeded.</summary>
    [Benchmark]
    public bool TryParse() => Formula.TryParse(Inputs[Input], out _, out _);
}
