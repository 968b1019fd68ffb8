namespace Differentiator.Benchmarks;

/// <summary>The formulas the benchmarks run on.</summary>
public static class BenchmarkFormulas
{
    /// <summary>The lecture's seven formulas and thirteen from the SymPy reference set: twenty in all.</summary>
    public static readonly string[] LectureAndReference =
    [
        "2x+3xy+y^3", "wx + xyz + 3w + zy^2", "w1x1 + w2x2 + w3x3 - θ", "3x^2 + e^x + 7", "ln x + 1/x",
        "e^{3x^2}", "1/(1+e^{-z})",
        "x^3 - 2*x^2 + 5*x - 7", "(x + 1)^10", "x^2*y + x*y^2", "x^x", "1/(1 + exp(-(w*x + b)))", "Max(0, x)",
        "-(t*log(s) + (1 - t)*log(1 - s))", "sin(x*y) + cos(x + y)", "sqrt(x^2 + y^2)", "Abs(x^2 - 4)",
        "exp(sin(x^2))", "(x^2 + 1)/(x - 1)", "exp(-x^2/2)/sqrt(2*pi)",
    ];

    /// <summary>sin(sin(…sin(x)…)) nested <paramref name="depth"/> deep.</summary>
    public static string NestedSin(int depth) => string.Concat(Enumerable.Repeat("sin(", depth)) + "x" + new string(')', depth);

    /// <summary>The power tower <c>x^x^…^x</c> of <paramref name="height"/> x's.</summary>
    public static string Tower(int height) => string.Join("^", Enumerable.Repeat("x", height));

    /// <summary>Σ k·x^k for k = 1..n, the way a person types it: <c>1x^1 + 2x^2 + …</c>.</summary>
    public static string Polynomial(int terms) =>
        string.Join(" + ", Enumerable.Range(1, terms).Select(k => $"{k}x^{k}"));
}
