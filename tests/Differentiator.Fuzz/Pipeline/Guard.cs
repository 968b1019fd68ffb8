using Differentiator.Fuzz.Findings;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>Runs one step of the pipeline: a documented exception is a refusal, any other a crash.</summary>
public static class Guard
{
    /// <summary>The step's result, or default when the library refused with a documented exception.</summary>
    /// <exception cref="FailureException">Any other exception.</exception>
    public static (bool Ok, T? Value) Try<T>(string step, Func<T> action)
    {
        try
        {
            return (true, action());
        }
        catch (Exception thrown) when (thrown is not FailureException)
        {
            var e = DocumentedExceptions.Unwrap(thrown);
            if (DocumentedExceptions.Contains(e)) return (false, default);
            throw new FailureException(Crash(step, e));
        }
    }

    /// <summary>Runs a step whose result is not needed.</summary>
    public static bool Run(string step, Action action) => Try(step, () => { action(); return true; }).Ok;

    /// <summary>A crash finding: the step and exception type identify it, the message and first frames explain it.</summary>
    public static Failure Crash(string step, Exception e)
    {
        var frames = (e.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(6).Select(f => f.Trim());
        return new Failure(FindingKind.Crash, $"{step}: {e.GetType().Name}", $"{e.GetType().FullName}: {e.Message} | {string.Join(" | ", frames)}");
    }
}
