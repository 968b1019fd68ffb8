using Differentiator.Fuzz.Findings;
using Differentiator.Fuzz.Generation;
using Differentiator.Fuzz.Isolation;

namespace Differentiator.Fuzz.Campaign;

/// <summary>
/// Runs one text again, in a worker (restarted when the text kills it) or through <c>dx</c>, to
/// confirm a finding and to test the candidates of its minimisation.
/// </summary>
public sealed class Reproduction(InputGenerator generator, Deadline deadline, Func<DxRunner> dx) : IDisposable
{
    private WorkerProcess? _worker;

    /// <summary>The randomness of the <c>dx</c> check of an input (which command), apart from the pipeline's.</summary>
    public static Random DxRandom(InputGenerator generator, long index) => generator.ChecksFor(index + (1L << 40));

    /// <summary>The failures of <paramref name="text"/> checked as input <paramref name="index"/> the way <paramref name="kind"/> was found.</summary>
    public IReadOnlyList<Failure> Run(FindingKind kind, long index, string text)
    {
        if (kind == FindingKind.Dx) return dx().Check(text, DxRandom(generator, index)) is { } failure ? [failure] : [];
        _worker ??= WorkerProcess.Start(deadline);
        var outcome = _worker.RunText(generator.Seed, index, text);
        if (outcome.Death is { } death)
        {
            _worker.Dispose();
            _worker = null;
            return [.. outcome.Failures.Select(f => f.Failure), death.Failure];
        }
        return [.. outcome.Failures.Select(f => f.Failure)];
    }

    /// <summary>The failure of <paramref name="text"/> that has the signature of <paramref name="failure"/>, if it still fails that way.</summary>
    public Failure? Again(Failure failure, long index, string text) =>
        Run(failure.Kind, index, text).FirstOrDefault(f => f.Kind == failure.Kind && f.Signature == failure.Signature);

    /// <summary>Whether <paramref name="text"/> still fails as <paramref name="failure"/> did.</summary>
    public bool FailsAs(Failure failure, long index, string text) => Again(failure, index, text) is not null;

    /// <inheritdoc/>
    public void Dispose() => _worker?.Dispose();
}
