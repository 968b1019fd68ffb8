using System.Diagnostics;

namespace Differentiator.Tests.Support;

/// <summary>Runs the fuzzer (<c>tests/Differentiator.Fuzz</c>, built next to the tests) as a separate process.</summary>
public static class FuzzProcess
{
    /// <summary>Runs it with <paramref name="args"/>; fails the test if it has not finished within <paramref name="limit"/>.</summary>
    public static DxResult Run(TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Differentiator.Fuzz.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        return ChildProcess.Run(start, null, limit);
    }
}
