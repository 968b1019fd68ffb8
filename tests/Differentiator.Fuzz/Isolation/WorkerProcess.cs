using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Differentiator.Fuzz.Findings;

namespace Differentiator.Fuzz.Isolation;

/// <summary>
/// The supervisor's side of a worker: starts this program again with <c>--worker</c>, sends it
/// requests, and watches each input against the deadline. A worker that dies (a stack overflow
/// aborts the process) or overruns is a finding on the input it had started; the next request
/// goes to a fresh worker.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    /// <summary>The worker's heap limit: an input that needs more is an out-of-memory finding, not a swapping machine.</summary>
    private const string HeapLimit = "0x80000000";

    private readonly Process _process;
    private readonly BlockingCollection<string?> _lines = [];
    private readonly StringBuilder _errors = new();
    private readonly Deadline _deadline;
    private readonly string _folder;

    private WorkerProcess(Process process, Deadline deadline, string folder)
    {
        _process = process;
        _deadline = deadline;
        _folder = folder;
    }

    /// <summary>Starts a worker and waits until it is warmed up.</summary>
    public static WorkerProcess Start(Deadline deadline)
    {
        var folder = Directory.CreateTempSubdirectory("dx-fuzz-worker-").FullName;
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            start.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        start.ArgumentList.Add("--worker");
        start.ArgumentList.Add(deadline.Cpu.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit;
        var worker = new WorkerProcess(Process.Start(start)!, deadline, folder);
        worker.Listen();
        var first = worker.NextLine(TimeSpan.FromMinutes(5));
        if (first != "ready")
            throw new InvalidOperationException($"The worker did not start: {first ?? "no answer"}; {worker.ErrorTail()}");
        return worker;
    }

    /// <summary>Runs a range of generated inputs.</summary>
    public RequestOutcome RunRange(int seed, long start, int count) =>
        Request(string.Create(CultureInfo.InvariantCulture, $"R {seed} {start} {count}"));

    /// <summary>Runs one text with the checks' randomness of <paramref name="index"/>.</summary>
    public RequestOutcome RunText(int seed, long index, string text) =>
        Request(string.Create(CultureInfo.InvariantCulture, $"I {seed} {index} {Protocol.Encode(text)}"));

    /// <summary>Whether the worker can take another request.</summary>
    public bool IsAlive => !_process.HasExited;

    private RequestOutcome Request(string request)
    {
        _process.StandardInput.WriteLine(request);
        _process.StandardInput.Flush();
        var failures = new List<(long, Failure)>();
        var started = 0;
        long? current = null;
        var since = Stopwatch.StartNew();
        var cpuAtStart = Cpu();
        while (true)
        {
            var line = NextLine(TimeSpan.FromMilliseconds(100));
            if (line is null)
            {
                if (_process.HasExited || _lines.IsCompleted)
                    return new(started, failures, (current ?? -1, Died()));
                var cpu = Cpu() - cpuAtStart;
                if (current is { } running && (cpu > _deadline.InputCpu || since.Elapsed > _deadline.Wall))
                {
                    Kill();
                    return new(started, failures, (running, new Failure(FindingKind.Hang, "over the deadline",
                        $"one input ran for {cpu.TotalSeconds:0.0} s of processor time ({since.Elapsed.TotalSeconds:0.0} s of wall time) and was stopped")));
                }
                continue;
            }
            if (line == "D") return new(started, failures, null);
            var parts = line.Split(' ');
            if (parts[0] == "B")
            {
                current = long.Parse(parts[1], CultureInfo.InvariantCulture);
                started++;
                since.Restart();
                cpuAtStart = Cpu();
            }
            else if (parts[0] == "F")
            {
                var kind = (FindingKind)int.Parse(parts[2], CultureInfo.InvariantCulture);
                failures.Add((long.Parse(parts[1], CultureInfo.InvariantCulture), new Failure(kind, Protocol.Decode(parts[3]), Protocol.Decode(parts[4]))));
            }
        }
    }

    private Failure Died()
    {
        _process.WaitForExit(10_000);
        var code = _process.HasExited ? _process.ExitCode : -1;
        var tail = ErrorTail();
        var signature = tail.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? "stack overflow"
            : tail.Contains("OutOfMemory", StringComparison.Ordinal) ? "out of memory"
            : $"worker exited with {code}";
        return new Failure(FindingKind.Crash, signature, $"the worker process died (exit code {code}): {tail}");
    }

    private TimeSpan Cpu()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return TimeSpan.Zero; // the worker has just ended; its death is reported from its exit
        }
    }

    private void Listen()
    {
        new Thread(() =>
        {
            while (_process.StandardOutput.ReadLine() is { } line) _lines.Add(line);
            _lines.CompleteAdding();
        }) { IsBackground = true }.Start();
        new Thread(() =>
        {
            var buffer = new char[4096];
            int n;
            while ((n = _process.StandardError.Read(buffer, 0, buffer.Length)) > 0)
                lock (_errors)
                {
                    _errors.Append(buffer, 0, n);
                    if (_errors.Length > 16_384) _errors.Remove(0, _errors.Length - 16_384);
                }
        }) { IsBackground = true }.Start();
    }

    private string? NextLine(TimeSpan wait) =>
        _lines.TryTake(out var line, wait) ? line : null;

    private string ErrorTail()
    {
        Thread.Sleep(200);
        lock (_errors)
        {
            var lines = _errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return string.Join(" | ", lines.Take(12));
        }
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.StandardInput.Close();
            if (!_process.WaitForExit(5_000)) Kill();
        }
        catch (IOException)
        {
            Kill();
        }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
