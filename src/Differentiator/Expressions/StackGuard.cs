using System.Runtime.CompilerServices;

namespace Differentiator.Expressions;

/// <summary>
/// Every recursive walk calls <see cref="Ensure"/> on entry: when the thread's stack runs low it
/// throws a catchable <see cref="ExpressionTooDeepException"/> rather than letting the process die.
/// </summary>
/// <remarks>
/// The runtime's check reads the thread's stack bounds every time; but a stack with room at one depth
/// has room at every shallower one, so each thread keeps the deepest address already found to have room,
/// and only a call below it asks the runtime again. A walk that stays within its depth costs a compare.
/// </remarks>
internal static class StackGuard
{
    /// <summary>The lowest stack address at which the runtime found room, on this thread; 0 before the first check.</summary>
    [ThreadStatic] private static nint t_roomDownTo;

    public static void Ensure()
    {
        byte marker = 0;
        var here = Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref marker);
        var known = t_roomDownTo;
        if (here >= known && known != 0) return;
        EnsureDeeper(here);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EnsureDeeper(nint here)
    {
        // Asked one frame below the caller's address: room here means room there.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new ExpressionTooDeepException("The expression is too deeply nested to process on this thread's stack.");
        t_roomDownTo = here;
    }
}
