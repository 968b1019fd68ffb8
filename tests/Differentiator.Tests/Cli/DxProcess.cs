using System.Diagnostics;

namespace Differentiator.Tests.Cli;

/// <summary>Runs the real <c>dx</c> executable (built beside the tests) as a separate process.</summary>
internal static class DxProcess
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "dx.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dx did not finish within a minute.");
        }
        return new Outcome(process.ExitCode, output.Result.Replace("\r\n", "\n", StringComparison.Ordinal), error.Result.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
