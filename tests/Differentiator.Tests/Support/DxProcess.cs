using System.Diagnostics;

namespace Differentiator.Tests.Support;

/// <summary>The outcome of one run of the real <c>dx</c> process.</summary>
public sealed record DxResult(int ExitCode, string Out, string Error);

/// <summary>Runs the built <c>dx</c> tool (copied next to the tests) as a separate process.</summary>
public static class DxProcess
{
    public static DxResult RunWithInput(string? stdin, params string[] args) => RunIn(null, stdin, args);

    /// <summary>Runs <c>dx</c> in <paramref name="workingDirectory"/> (the test's own when null).</summary>
    public static DxResult RunIn(string? workingDirectory, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dx.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dx {string.Join(' ', args)} did not finish within a minute.");
        }
        return new DxResult(process.ExitCode, output.Result, error.Result);
    }

    public static DxResult Run(params string[] args) => RunWithInput(null, args);
}
