using System.Reflection;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>
/// The exceptions the library documents as its answer to bad input: every public exception type
/// it exports (<c>FormulaSyntaxException</c>, <c>InvalidInputException</c>,
/// <c>EvaluationException</c>, <c>ExpressionTooDeepException</c>, the budget's, the printers').
/// Found by reflection, so a new one is covered and a removed one stops being excused.
/// </summary>
public static class DocumentedExceptions
{
    /// <summary>The exported exception types of the library.</summary>
    public static IReadOnlySet<Type> Types { get; } =
        typeof(Formula).Assembly.GetExportedTypes().Where(typeof(Exception).IsAssignableFrom).ToHashSet();

    /// <summary>Whether <paramref name="exception"/> is one of them.</summary>
    public static bool Contains(Exception exception) => Types.Contains(exception.GetType());

    /// <summary>The exception a reflective call threw, unwrapped.</summary>
    public static Exception Unwrap(Exception exception) =>
        exception is TargetInvocationException { InnerException: { } inner } ? Unwrap(inner) : exception;
}
