namespace Differentiator.Fuzz.Isolation;

/// <summary>
/// How long the library may take. The machine is shared, so the limits are on processor time,
/// which load does not stretch; a wall-clock limit, far larger, catches a worker that waits on
/// something.
/// </summary>
/// <param name="Cpu">
/// The processor time one call of the library may use (issue 13: no hang over 2 s). The worker
/// times every call it makes (<see cref="Pipeline.Guard"/>) and reports one over it as a hang.
/// </param>
/// <param name="InputCpu">
/// The processor time the whole pipeline on one input may use before the supervisor stops the
/// worker: it catches a call that never returns. An input makes a few dozen calls, so it is a
/// multiple of <paramref name="Cpu"/>.
/// </param>
/// <param name="Wall">The wall time one input may take.</param>
public sealed record Deadline(TimeSpan Cpu, TimeSpan InputCpu, TimeSpan Wall)
{
    /// <summary>How many times the limit of one call the whole input may take.</summary>
    public const int CallsPerInput = 5;

    /// <summary>2 s of processor time per call, 10 s per input, 2 minutes of wall time.</summary>
    public static Deadline Default { get; } = PerCall(TimeSpan.FromSeconds(2));

    /// <summary>The deadline with <paramref name="cpu"/> per call and <see cref="CallsPerInput"/> times it per input.</summary>
    public static Deadline PerCall(TimeSpan cpu) => new(cpu, cpu * CallsPerInput, TimeSpan.FromMinutes(2));
}
