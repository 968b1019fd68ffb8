using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Differentiator.Web.Tests.Support;

/// <summary>
/// The real <c>dx serve</c>, a separate process on a free loopback port (<c>--port 0</c>), stopped
/// as a person stops it: with Ctrl-C (SIGINT).
/// </summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The address the server printed, such as <c>http://127.0.0.1:40123</c>.</summary>
    public Uri Address { get; }

    /// <summary>Everything the server wrote to standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output) return string.Join('\n', _output);
        }
    }

    public static async Task<ServeProcess> StartAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dx.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        foreach (var a in args) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        var lines = new List<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null) return;
            lock (lines) lines.Add(line);
            if (ListeningLine().Match(line) is { Success: true } m) listening.TrySetResult(new Uri(m.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != listening.Task)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            lock (lines) Assert.Fail($"dx serve did not start: {string.Join('\n', lines)}");
        }
        var server = new ServeProcess(process, await listening.Task);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (server._output) server._output.Add(e.Data); };
        lock (lines) server._output.AddRange(lines);
        return server;
    }

    /// <summary>Sends Ctrl-C (SIGINT) and waits for the process to end; returns its exit code.</summary>
    public async Task<int> InterruptAsync(TimeSpan wait)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"dx serve did not stop within {wait.TotalSeconds} s of Ctrl-C.");
        }
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await InterruptAsync(TimeSpan.FromSeconds(10));
            }
            catch (AssertionException)
            {
                // Killed; a test that cares asserts the stop itself.
            }
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (http://\S+)")]
    private static partial Regex ListeningLine();
}
