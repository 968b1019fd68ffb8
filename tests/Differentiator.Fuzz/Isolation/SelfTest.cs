using Differentiator.Fuzz.Campaign;
using Differentiator.Fuzz.Findings;
using Differentiator.Fuzz.Generation;

namespace Differentiator.Fuzz.Isolation;

/// <summary>
/// Proves the isolation on purpose-made failures: with <see cref="Variable"/> set, the worker
/// overflows its stack, spins, or throws on three marker inputs, and each must come back as the
/// finding it is (a crash of the process, a hang, a crash in the pipeline) while the fuzzer lives on.
/// </summary>
public static class SelfTest
{
    /// <summary>The environment variable that arms the markers in the worker.</summary>
    public const string Variable = "DX_FUZZ_SELF_TEST";

    private static readonly (string Input, FindingKind Kind, string Signature)[] Cases =
    [
        ("\u0001stack overflow", FindingKind.Crash, "stack overflow"),
        ("\u0001hang", FindingKind.Hang, "over the deadline"),
        ("\u0001throw", FindingKind.Crash, "self test: InvalidOperationException"),
    ];

    /// <summary>In the worker: acts out the marker, if armed and <paramref name="input"/> is one.</summary>
    public static void ActOut(string input)
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1") return;
        switch (input)
        {
            case "\u0001stack overflow": Recurse(0); break;
            case "\u0001hang": while (true) Thread.SpinWait(1000);
            case "\u0001throw": throw new InvalidOperationException("self test");
        }
    }

    private static int Recurse(int depth) => Recurse(depth + 1) + 1;

    /// <summary>Runs each marker in a fresh worker; 0 when every one came back as expected.</summary>
    public static int Run(TextWriter log)
    {
        Environment.SetEnvironmentVariable(Variable, "1");
        var deadline = Deadline.PerCall(TimeSpan.FromSeconds(1)) with { InputCpu = TimeSpan.FromSeconds(1) };
        using var reproduction = new Reproduction(new InputGenerator(1, Corpus.Load()), deadline, () => throw new InvalidOperationException("no dx here"));
        var failed = 0;
        foreach (var (input, kind, signature) in Cases)
        {
            var failures = reproduction.Run(kind, -1, input);
            var found = failures.Any(f => f.Kind == kind && f.Signature == signature);
            log.WriteLine($"{(found ? "found" : "MISSED")} {kind} [{signature}] for {ReproducerWriter.Show(input)}: {string.Join("; ", failures.Select(f => f.ToString()[..Math.Min(200, f.ToString().Length)]))}");
            if (!found) failed++;
        }
        return failed == 0 ? 0 : 1;
    }
}
