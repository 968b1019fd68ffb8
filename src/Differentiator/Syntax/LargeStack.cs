using System.Runtime.ExceptionServices;

namespace Differentiator.Syntax;

/// <summary>
/// Runs deep recursive work (parsing, binding, printing a deeply nested formula) on a thread with
/// a large stack, so that every input within <see cref="Limits.MaxNesting"/> succeeds whatever
/// thread the caller is on. Shallow work runs inline.
/// </summary>
internal static class LargeStack
{
    /// <summary>Nesting at or below which work runs on the caller's thread.</summary>
    public const int InlineNesting = 64;

    private const int StackBytes = 512 * 1024 * 1024;

    /// <summary>Set on the large-stack threads: work started there runs inline, on the stack it already has.</summary>
    [ThreadStatic] private static bool _onLargeStack;

    /// <summary>
    /// Runs <paramref name="work"/>, on a large-stack thread when <paramref name="nesting"/> is above
    /// <see cref="InlineNesting"/> and the caller is not on one already.
    /// </summary>
    public static T Run<T>(int nesting, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return nesting <= InlineNesting || _onLargeStack ? work() : OnLargeStack(work);
    }

    /// <summary>
    /// <see cref="Run{T}(int, Func{T})"/> for a <paramref name="work"/> that takes its
    /// <paramref name="state"/>: with a static lambda, shallow work runs without allocating.
    /// </summary>
    public static T Run<TState, T>(int nesting, TState state, Func<TState, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return nesting <= InlineNesting || _onLargeStack ? work(state) : OnLargeStack(state, work);
    }

    // Apart from Run, whose inline path would otherwise allocate the closures these make.
    private static T OnLargeStack<TState, T>(TState state, Func<TState, T> work) => OnLargeStack(() => work(state));

    private static T OnLargeStack<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            _onLargeStack = true;
            try { result = work(); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
        }, StackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
