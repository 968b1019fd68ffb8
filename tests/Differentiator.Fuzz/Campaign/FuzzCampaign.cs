using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Differentiator.Fuzz.Findings;
using Differentiator.Fuzz.Generation;
using Differentiator.Fuzz.Isolation;

namespace Differentiator.Fuzz.Campaign;

/// <summary>
/// A seeded run: batches of generated inputs go to a worker process; one input in
/// <see cref="FuzzOptions.DxEvery"/> also goes, on a thread of its own, through the real
/// <c>dx</c>. A worker that dies or overruns marks the input it had started (confirmed by running
/// it again alone), and the run resumes after it in a fresh worker. At the end each distinct
/// failure is minimised and written as a reproducer.
/// </summary>
public sealed class FuzzCampaign(FuzzOptions options, TextWriter log)
{
    private readonly InputGenerator _generator = new(options.Seed, Corpus.Load());
    private readonly Deadline _deadline = Deadline.PerCall(TimeSpan.FromSeconds(options.DeadlineSeconds));
    private readonly Dictionary<string, Finding> _findings = [];
    private readonly List<string> _unconfirmed = [];
    private DxRunner? _dx;

    /// <summary>How many repeats of a finding are logged with their input index.</summary>
    private const int RepeatsNamed = 20;

    /// <summary>Runs the campaign; 0 when nothing was found, 1 otherwise.</summary>
    public int Run()
    {
        var clock = Stopwatch.StartNew();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fuzzing with seed {options.Seed} from input {options.Start} for {options.Seconds} s; deadline {options.DeadlineSeconds} s of processor time per library call, {_deadline.InputCpu.TotalSeconds} s per input; one input in {options.DxEvery} through dx."));
        var dxQueue = new BlockingCollection<long>(boundedCapacity: 4);
        var dxRuns = 0;
        var dxThread = new Thread(() =>
        {
            foreach (var index in dxQueue.GetConsumingEnumerable())
            {
                var input = _generator.At(index).Text;
                if (Dx().Check(input, Reproduction.DxRandom(_generator, index)) is { } failure)
                    lock (_findings) Record(index, input, failure);
                Interlocked.Increment(ref dxRuns);
            }
        }) { IsBackground = true };
        if (options.DxEvery > 0) dxThread.Start();

        var index = options.Start;
        var executions = 0L;
        var worker = WorkerProcess.Start(_deadline);
        var end = options.Start + options.MaxExecutions < options.Start ? long.MaxValue : options.Start + options.MaxExecutions;
        var reproducible = options.MaxExecutions != long.MaxValue;
        var nextReport = TimeSpan.FromSeconds(60);
        while (clock.Elapsed.TotalSeconds < options.Seconds && index < end)
        {
            var count = (int)Math.Min(options.Batch, end - index);
            var outcome = worker.RunRange(options.Seed, index, count);
            executions += outcome.Started;
            lock (_findings)
                foreach (var (i, failure) in outcome.Failures) Record(i, _generator.At(i).Text, failure);
            if (options.DxEvery > 0)
                for (var i = index; i < index + outcome.Started; i++)
                    if (i % options.DxEvery == 0)
                    {
                        // A run of a fixed number of inputs is the same everywhere: it waits for dx instead of skipping an input when dx lags behind.
                        if (reproducible) dxQueue.Add(i);
                        else dxQueue.TryAdd(i);
                    }
            if (outcome.Death is { } death)
            {
                worker.Dispose();
                Confirm(death.Index, death.Failure);
                index = death.Index + 1;
                worker = WorkerProcess.Start(_deadline);
            }
            else index += count;
            if (clock.Elapsed > nextReport)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {clock.Elapsed.TotalSeconds:0} s: {executions:N0} executions ({executions / clock.Elapsed.TotalSeconds:0} exec/s), {dxRuns} dx runs, {_findings.Count} distinct findings"));
                nextReport += TimeSpan.FromSeconds(60);
            }
        }
        worker.Dispose();
        var fuzzing = clock.Elapsed;
        dxQueue.CompleteAdding();
        if (options.DxEvery > 0) dxThread.Join(TimeSpan.FromMinutes(3));

        Report(executions, dxRuns, fuzzing);
        return _findings.Count == 0 ? 0 : 1;
    }

    private DxRunner Dx()
    {
        lock (_unconfirmed) return _dx ??= new DxRunner(_deadline);
    }

    private void Record(long index, string input, Failure failure)
    {
        var key = $"{failure.Kind}|{failure.Signature}";
        if (_findings.TryGetValue(key, out var known))
        {
            // The first few repeats are named, so that one signature cannot hide a different cause.
            if (++known.Count <= RepeatsNamed) log.WriteLine($"  again at input {index}: {failure.Kind} [{failure.Signature}]");
        }
        else
        {
            _findings[key] = new Finding(failure, index, input);
            log.WriteLine($"  new finding at input {index}: {failure.Kind} [{failure.Signature}]");
        }
    }

    /// <summary>A dead or overrunning worker's input, run again alone: recorded when it fails again, listed as unconfirmed otherwise.</summary>
    private void Confirm(long index, Failure failure)
    {
        var input = _generator.At(index).Text;
        using var again = new Reproduction(_generator, _deadline, Dx);
        if (again.FailsAs(failure, index, input))
            lock (_findings) Record(index, input, failure);
        else
            _unconfirmed.Add($"input {index} {ReproducerWriter.Show(input)}: {failure.Kind} [{failure.Signature}] did not happen again alone");
    }

    private void Report(long executions, int dxRuns, TimeSpan fuzzing)
    {
        var findings = _findings.Values.OrderBy(f => f.Index).ToList();
        if (findings.Count > 0) Directory.CreateDirectory(options.Out);
        using (var reproduction = new Reproduction(_generator, _deadline, Dx))
        {
            var number = 0;
            foreach (var finding in findings)
            {
                if (options.Minimise)
                {
                    var slow = finding.Failure.Kind is FindingKind.Hang or FindingKind.Dx;
                    finding.Minimised = Minimiser.Minimise(finding.Input, text => reproduction.FailsAs(finding.Failure, finding.Index, text),
                        maxTests: slow ? 40 : 400, maxTime: TimeSpan.FromSeconds(slow ? 120 : 60));
                    finding.MinimisedFailure = reproduction.Again(finding.Failure, finding.Index, finding.Minimised);
                }
                ReproducerWriter.Write(options.Out, ++number, finding, options.Seed);
            }
        }
        log.WriteLine();
        foreach (var finding in findings) log.WriteLine(ReproducerWriter.Describe(finding, options.Seed, finding.Folder));
        foreach (var line in _unconfirmed) log.WriteLine($"unconfirmed: {line}");
        var byKind = Enum.GetValues<FindingKind>().Select(k => $"{findings.Count(f => f.Failure.Kind == k)} {k}");
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"executions: {executions:N0} in {fuzzing.TotalSeconds:0.0} s ({executions / fuzzing.TotalSeconds:0.0} exec/s), plus {dxRuns:N0} runs of dx; inputs {options.Start:N0} to {options.Start + executions - 1:N0} of seed {options.Seed}"));
        log.WriteLine($"findings: {findings.Count} distinct ({string.Join(", ", byKind)}); {_unconfirmed.Count} unconfirmed{(findings.Count > 0 ? $"; reproducers in {Path.GetFullPath(options.Out)}" : "")}");
    }
}
