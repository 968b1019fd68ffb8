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
        if (nesting <= InlineNesting || _onLargeStack) return work();
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
