using System.Diagnostics;

namespace Differentiator.Tests.Support;

/// <summary>Runs a program to its end: feeds it its input, reads its output, and kills it (failing the test) when it outlives its limit.</summary>
public static class ChildProcess
{
    /// <summary>
    /// Runs <paramref name="start"/> (its standard streams are redirected here) with <paramref name="stdin"/>
    /// as its input (none when null); fails the test if it has not finished within <paramref name="limit"/>.
    /// </summary>
    public static DxResult Run(ProcessStartInfo start, string? stdin, TimeSpan limit)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{start.FileName} {(start.ArgumentList.Count > 0 ? string.Join(' ', start.ArgumentList) : start.Arguments)} did not finish within {limit.TotalSeconds} s; its output:{Environment.NewLine}{Tail(output.Result)}");
        }
        return new DxResult(process.ExitCode, output.Result, error.Result);
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
