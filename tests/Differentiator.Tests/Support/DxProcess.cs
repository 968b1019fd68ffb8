using System.Diagnostics;

namespace Differentiator.Tests.Support;

/// <summary>The outcome of one run of the real <c>dx</c> process.</summary>
public sealed record DxResult(int ExitCode, string Out, string Error);

/// <summary>
/// Runs the built <c>dx</c> tool (copied next to the tests) as a separate process. <c>DX_UNDER_TEST</c>
/// names another build to run instead: a <c>dx.dll</c> (to check that a test fails on an older
/// build) or a native executable (the Native AOT tool, to check that it behaves the same).
/// </summary>
public static class DxProcess
{
    public static DxResult RunWithInput(string? stdin, params string[] args) => Start(null, stdin, null, args);

    public static DxResult Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs <c>dx</c> in <paramref name="workingDirectory"/> (the test's own when null).</summary>
    public static DxResult RunIn(string? workingDirectory, string? stdin, params string[] args) => Start(workingDirectory, stdin, null, args);

    /// <summary>Runs dx with its standard output sent to <paramref name="path"/> (such as <c>/dev/full</c>) by a shell.</summary>
    public static DxResult RunWithOutputTo(string path, params string[] args) => Start(null, null, path, args);

    private static DxResult Start(string? workingDirectory, string? stdin, string? outputPath, string[] args)
    {
        var dx = Environment.GetEnvironmentVariable("DX_UNDER_TEST") is { Length: > 0 } other ? other : Path.Combine(AppContext.BaseDirectory, "dx.dll");
        var native = !dx.EndsWith(".dll", StringComparison.Ordinal);
        var start = outputPath is not null ? new ProcessStartInfo("/bin/sh") : native ? new ProcessStartInfo(dx) : new ProcessStartInfo("dotnet");
        if (outputPath is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add((native ? "exec \"$0\" \"$@\" > " : "exec dotnet \"$0\" \"$@\" > ") + outputPath);
        }
        start.WorkingDirectory = workingDirectory ?? "";
        if (!native || outputPath is not null) start.ArgumentList.Add(dx);
        foreach (var a in args) start.ArgumentList.Add(a);
        return ChildProcess.Run(start, stdin, TimeSpan.FromMinutes(1));
    }
}
