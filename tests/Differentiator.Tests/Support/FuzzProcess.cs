using System.Diagnostics;

namespace Differentiator.Tests.Support;

/// <summary>Runs the fuzzer (<c>tests/Differentiator.Fuzz</c>, built next to the tests) as a separate process.</summary>
public static class FuzzProcess
{
    /// <summary>Runs it with <paramref name="args"/>; fails the test if it has not finished within <paramref name="limit"/>.</summary>
    public static DxResult Run(TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Differentiator.Fuzz.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The fuzzer did not finish within {limit}: {output.Result}");
        }
        return new DxResult(process.ExitCode, output.Result, error.Result);
    }
}
