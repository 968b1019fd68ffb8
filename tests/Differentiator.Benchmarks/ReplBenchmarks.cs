using BenchmarkDotNet.Attributes;
using Differentiator.Sessions;

namespace Differentiator.Benchmarks;

/// <summary>
/// How long the REPL takes to answer a typical line after the first (the session already holds
/// f(x, y) = 2x + 3xy + y^3, g(x) = x^2 and a = 3). The target is under 5 ms a line.
/// </summary>
[MemoryDiagnoser]
public class ReplLineBenchmarks
{
    private Session _session = Session.Empty;

    /// <summary>The line typed.</summary>
    [Params("f(1, 2)", "d/dx f", "grad f at (1, 2)", "g'(3)", "hessian f", "steps d/dx e^(3x^2)", "compare x^2 at x=3", "numdiff f at [1.0, 2.0]", "h(x) = f(x, a)", "x^2 sin x")]
    public string Line { get; set; } = "";

    /// <summary>Defines the functions the lines use.</summary>
    [GlobalSetup]
    public void Define()
    {
        foreach (var line in new[] { "f(x, y) = 2x + 3xy + y^3", "g(x) = x^2", "a = 3" }) _session = _session.Run(line).Session;
    }

    /// <summary>Runs the line.</summary>
    [Benchmark]
    public SessionResult Run() => _session.Run(Line).Result;
}
