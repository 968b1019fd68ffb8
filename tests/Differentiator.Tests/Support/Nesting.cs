namespace Differentiator.Tests.Support;

/// <summary>Formulas nested many levels deep, for tests at the limits.</summary>
public static class Nesting
{
    /// <summary><paramref name="open"/> <paramref name="levels"/> times, then <paramref name="inner"/>, then <paramref name="close"/> as many times: <c>Nest("sin(", "x", ")", 2)</c> is <c>sin(sin(x))</c>.</summary>
    public static string Nest(string open, string inner, string close, int levels) =>
        string.Concat(Enumerable.Repeat(open, levels)) + inner + string.Concat(Enumerable.Repeat(close, levels));

    /// <summary><paramref name="function"/> applied to x <paramref name="depth"/> times: <c>f(f(…f(x)…))</c>.</summary>
    public static string Nested(string function, int depth) => Nest(function + "(", "x", ")", depth);

    /// <summary>The power tower <c>x^x^…^x</c> of <paramref name="height"/> x's.</summary>
    public static string Tower(int height) => string.Join("^", Enumerable.Repeat("x", height));
}
