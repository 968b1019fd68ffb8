using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Differentiator.Fuzz.Findings;

namespace Differentiator.Fuzz.Isolation;

/// <summary>
/// Runs the real <c>dx</c> (built next to the fuzzer) on an input, with one of its commands: a
/// finding is an exit code other than 0 and 2, a stack trace in what it printed, or a run over
/// the deadline (processor time beyond what starting <c>dx</c> costs).
/// </summary>
public sealed partial class DxRunner
{
    private static readonly string At = "x=0.5, y=-1.25, z=2.5, w=0.75, t=1.5, u=-0.5, a=1.25, b=-2.25";

    private static readonly Func<string, (string[] Args, string? Stdin)>[] Commands =
    [
        input => (["diff", "-"], input),
        input => (["diff", input, "--format", "json"], null),
        input => (["eval", input, "--at", At], null),
        input => (["parse", input, "--format", "json"], null),
        input => (["compare", "-", "--at", At, "--format", "json"], input),
        input => (["grad", input, "--at", At], null),
        input => (["diff", input, "--steps"], null),
        input => (["diff", input, "--order", "3", "--at", At], null),
        input => (["table", input, "--derivative", "1"], null),
        input => (["numdiff", input, "--at", "[0.5, 1.5]"], null),
        input => (["seq", input], null),
    ];

    private readonly string _dx = Path.Combine(AppContext.BaseDirectory, "dx.dll");
    private readonly string _folder = Directory.CreateTempSubdirectory("dx-fuzz-dx-").FullName;
    private readonly Deadline _deadline;
    private readonly TimeSpan _startup;

    /// <summary>Measures what starting <c>dx</c> costs, so the deadline counts only the work.</summary>
    public DxRunner(Deadline deadline)
    {
        _deadline = deadline;
        _startup = Enumerable.Range(0, 2).Select(_ => Run(["parse", "x"], null).Cpu).Min();
    }

    /// <summary>The processor time of a trivial <c>dx</c> run.</summary>
    public TimeSpan StartupCpu => _startup;

    /// <summary>Runs one command, chosen by <paramref name="random"/>, on <paramref name="input"/>; the failure if any, with the command line.</summary>
    public Failure? Check(string input, Random random)
    {
        var (args, stdin) = Commands[random.Next(Commands.Length)](input.Replace('\0', ' '));
        var run = Run(args, stdin);
        var command = "dx " + string.Join(' ', args.Select(a => a == input.Replace('\0', ' ') ? "<input>" : a)) + (stdin is null ? "" : " < input");
        if (run.TimedOut)
            return new Failure(FindingKind.Dx, $"{args[0]}: hang", $"{command} ran for {run.Cpu.TotalSeconds:0.0} s of processor time ({run.Wall.TotalSeconds:0.0} s of wall time) and was stopped");
        if (run.ExitCode is not (0 or 2))
            return new Failure(FindingKind.Dx, $"{args[0]}: exit {run.ExitCode}", $"{command} exited {run.ExitCode}: {Excerpt(run.Error + run.Output)}");
        if (StackTrace().IsMatch(run.Output) || StackTrace().IsMatch(run.Error))
            return new Failure(FindingKind.Dx, $"{args[0]}: stack trace", $"{command} printed a stack trace: {Excerpt(run.Error + run.Output)}");
        return null;
    }

    private sealed record DxRun(int ExitCode, string Output, string Error, TimeSpan Cpu, TimeSpan Wall, bool TimedOut);

    private DxRun Run(string[] args, string? stdin)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(_dx);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null) process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
        }
        var wall = Stopwatch.StartNew();
        var cpu = TimeSpan.Zero;
        var limit = (_startup == TimeSpan.Zero ? TimeSpan.FromSeconds(10) : _startup) + _deadline.Cpu;
        while (!process.WaitForExit(100))
        {
            // The process may end between the wait and the read: its times are then gone.
            try { process.Refresh(); cpu = process.TotalProcessorTime; } catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
            if (cpu > limit || wall.Elapsed > _deadline.Wall)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new DxRun(-1, output.Result, error.Result, cpu, wall.Elapsed, true);
            }
        }
        process.WaitForExit();
        return new DxRun(process.ExitCode, output.Result, error.Result, cpu, wall.Elapsed, false);
    }

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" | ");
        return flat.Length <= 600 ? flat : flat[..600] + "…";
    }

    [GeneratedRegex(@"Unhandled exception|^\s+at [\w.`<>|]+[.(]", RegexOptions.Multiline)]
    private static partial Regex StackTrace();
}
