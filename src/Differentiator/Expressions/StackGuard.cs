using System.Runtime.CompilerServices;

namespace Differentiator.Expressions;

/// <summary>
/// Every recursive walk calls <see cref="Ensure"/> on entry: when the thread's stack runs low it
/// throws a catchable <see cref="ExpressionTooDeepException"/> rather than letting the process die.
/// </summary>
internal static class StackGuard
{
    public static void Ensure()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new ExpressionTooDeepException("The expression is too deeply nested to process on this thread's stack.");
    }
}
