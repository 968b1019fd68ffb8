using Differentiator.Fuzz.Findings;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>
/// Runs one step of the pipeline: a documented exception is a refusal, any other a crash, and a
/// call that takes more than <see cref="CallLimit"/> of processor time a hang (each call runs under
/// an operation budget of <see cref="BudgetShare"/> of it).
/// </summary>
public static class Guard
{
    /// <summary>
    /// The processor time one call may take (issue 13: 2 s) before it is a hang; set by the worker,
    /// unlimited elsewhere. Only the outermost step is timed (a step inside a step is part of it).
    /// </summary>
    public static TimeSpan CallLimit { get; set; } = TimeSpan.MaxValue;

    /// <summary>
    /// Each timed call runs under an <see cref="OperationBudget"/> whose time limit is this share of
    /// <see cref="CallLimit"/> (the library's default is 3 s): work too large for the limit must be
    /// stopped by the budget, a documented <see cref="BudgetExceededException"/>, well inside it, and
    /// a call that does not look at its budget shows as a hang.
    /// </summary>
    public const double BudgetShare = 0.5;

    [ThreadStatic] private static int _depth;

    /// <summary>The step's result, or default when the library refused with a documented exception.</summary>
    /// <exception cref="FailureException">Any other exception, or the call took longer than <see cref="CallLimit"/>.</exception>
    public static (bool Ok, T? Value) Try<T>(string step, Func<T> action)
    {
        var outermost = _depth++ == 0 && CallLimit != TimeSpan.MaxValue;
        var start = outermost ? Environment.CpuUsage.TotalTime : TimeSpan.Zero;
        using var budget = outermost ? (OperationBudget.Default with { TimeLimit = CallLimit * BudgetShare }).Enter() : null;
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
        finally
        {
            _depth--;
            if (outermost && Environment.CpuUsage.TotalTime - start is var used && used > CallLimit)
                throw new FailureException(new Failure(FindingKind.Hang, $"{step}: over {CallLimit.TotalSeconds:0.#} s",
                    $"{step} took {used.TotalSeconds:0.00} s of processor time (the limit of one call is {CallLimit.TotalSeconds:0.#} s)"));
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
