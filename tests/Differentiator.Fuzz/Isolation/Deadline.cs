namespace Differentiator.Fuzz.Isolation;

/// <summary>
/// How long one input may take. The machine is shared, so the limit is on the worker's processor
/// time, which load does not stretch; a wall-clock limit, far larger, catches a worker that waits
/// on something.
/// </summary>
/// <param name="Cpu">The processor time one input may use (issue 13: 2 s).</param>
/// <param name="Wall">The wall time one input may take.</param>
public sealed record Deadline(TimeSpan Cpu, TimeSpan Wall)
{
    /// <summary>2 s of processor time, 2 minutes of wall time.</summary>
    public static Deadline Default { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2));
}
