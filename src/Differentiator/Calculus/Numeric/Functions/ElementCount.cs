using System.Diagnostics.CodeAnalysis;

namespace Differentiator.Calculus.Numeric;

/// <summary>The one check, and the one message, for an input of the wrong length given to a formula.</summary>
internal static class ElementCount
{
    /// <summary>Throws unless <paramref name="elements"/> has exactly <paramref name="count"/> elements.</summary>
    public static void Check(ReadOnlySpan<double> elements, int count)
    {
        if (elements.Length != count) Fail(elements.Length, count);
    }

    // Kept out of Check, so that Check stays small enough to inline.
    [DoesNotReturn]
    private static void Fail(int length, int count) => throw Wrong(length, count);

    /// <summary>The error for an input of <paramref name="length"/> elements where the formula reads <paramref name="count"/>.</summary>
    public static ArgumentException Wrong(int length, int count) =>
        new($"The formula reads {count} elements, not {length}.", "elements");
}
