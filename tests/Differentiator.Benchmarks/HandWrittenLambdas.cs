using System.Runtime.CompilerServices;
using static System.Runtime.CompilerServices.MethodImplOptions;

namespace Differentiator.Benchmarks;

/// <summary>
/// Each benchmark formula written by hand as a C# lambda over its elements (in the order of the
/// reference's <c>vars</c>), twice: <see cref="Faithful"/> with the evaluator's operations (every
/// power a <see cref="Math.Pow"/>, a quotient's divisor <c>Math.Pow(d, 1)</c>, a minus sign
/// <c>-1 * x</c>), so it returns the very same doubles and is the baseline compiled code must come
/// within 1.3× of; and <see cref="Natural"/>, as a person writes it (<c>x * x</c>, <c>1 / x</c>),
/// which may differ in the last bit and shows what bit-identity costs.
/// </summary>
/// <remarks>
/// Every lambda is <c>[MethodImpl(NoInlining)]</c>, so that it is compared with emitted code on equal
/// terms: a call per evaluation. Without it the JIT's profile-guided optimisation sees one target
/// at the benchmark's call site, guards on it and inlines the lambda's body into the benchmark
/// method (the call of <c>_ =&gt; 7</c> becomes a compare and a constant), which no method emitted at
/// run time can get: a <see cref="System.Reflection.Emit.DynamicMethod"/> is never inlined.
/// </remarks>
public static class HandWrittenLambdas
{
    /// <summary>The formula text, its variables in element order, the point it is benchmarked at (the reference's), and its two lambdas.</summary>
    public sealed record Entry(string Text, string[] Variables, double[] Point, Func<double[], double> Faithful, Func<double[], double> Natural);

    /// <summary>The five formulas the issue names beside the reference set, with their variable x = 0.7.</summary>
    public static readonly string[] Extra = ["exp(3x^2)", "1/(1+e^(-x))", "x^3 - 2x^2 + 5x - 7", "sin x cos x + sqrt(x^2+1)", "x^2 e^x sin x"];

    /// <summary>Every formula of derivatives.json and the five extra, by text.</summary>
    public static readonly IReadOnlyDictionary<string, Entry> All = new[]
    {
        new Entry("x^2", ["x"], [3.0], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], 2), [MethodImpl(NoInlining)] static (v) => v[0] * v[0]),
        new Entry("3*x^2 + exp(x) + 7", ["x"], [2.0], [MethodImpl(NoInlining)] static (v) => 3 * Math.Pow(v[0], 2) + Math.Exp(v[0]) + 7, [MethodImpl(NoInlining)] static (v) => 3 * v[0] * v[0] + Math.Exp(v[0]) + 7),
        new Entry("log(x) + 1/x", ["x"], [2.0], [MethodImpl(NoInlining)] static (v) => Math.Log(v[0]) + Math.Pow(v[0], -1), [MethodImpl(NoInlining)] static (v) => Math.Log(v[0]) + 1 / v[0]),
        new Entry("exp(3*x^2)", ["x"], [0.5], [MethodImpl(NoInlining)] static (v) => Math.Exp(3 * Math.Pow(v[0], 2)), [MethodImpl(NoInlining)] static (v) => Math.Exp(3 * v[0] * v[0])),
        new Entry("exp(-x)", ["x"], [1.0], [MethodImpl(NoInlining)] static (v) => Math.Exp(-1 * v[0]), [MethodImpl(NoInlining)] static (v) => Math.Exp(-v[0])),
        new Entry("3*x*exp(x)", ["x"], [2.0], [MethodImpl(NoInlining)] static (v) => 3 * v[0] * Math.Exp(v[0]), [MethodImpl(NoInlining)] static (v) => 3 * v[0] * Math.Exp(v[0])),
        new Entry("2*x + 3*x*y + y^3", ["x", "y"], [1.0, 2.0], [MethodImpl(NoInlining)] static (v) => 2 * v[0] + 3 * v[0] * v[1] + Math.Pow(v[1], 3), [MethodImpl(NoInlining)] static (v) => 2 * v[0] + 3 * v[0] * v[1] + v[1] * v[1] * v[1]),
        new Entry("w*x + x*y*z + 3*w + z*y^2", ["w", "x", "y", "z"], [1.0, 2.0, 3.0, 4.0], [MethodImpl(NoInlining)] static (v) => v[0] * v[1] + v[1] * v[2] * v[3] + 3 * v[0] + v[3] * Math.Pow(v[2], 2),
            [MethodImpl(NoInlining)] static (v) => v[0] * v[1] + v[1] * v[2] * v[3] + 3 * v[0] + v[3] * v[2] * v[2]),
        new Entry("x^3 - 2*x^2 + 5*x - 7", ["x"], [1.5], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], 3) + -2 * Math.Pow(v[0], 2) + 5 * v[0] + -7,
            [MethodImpl(NoInlining)] static (v) => v[0] * v[0] * v[0] - 2 * v[0] * v[0] + 5 * v[0] - 7),
        new Entry("(x + 1)^10", ["x"], [0.3], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0] + 1, 10), [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0] + 1, 10)),
        new Entry("x^2*y + x*y^2", ["x", "y"], [2.0, -1.0], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], 2) * v[1] + v[0] * Math.Pow(v[1], 2), [MethodImpl(NoInlining)] static (v) => v[0] * v[0] * v[1] + v[0] * v[1] * v[1]),
        new Entry("7", ["x"], [1.0], [MethodImpl(NoInlining)] static (_) => 7, [MethodImpl(NoInlining)] static (_) => 7),
        new Entry("1/x^2", ["x"], [2.0], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], -2), [MethodImpl(NoInlining)] static (v) => 1 / (v[0] * v[0])),
        new Entry("x^1.5", ["x"], [2.0], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], 1.5), [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], 1.5)),
        new Entry("2^x", ["x"], [3.0], [MethodImpl(NoInlining)] static (v) => Math.Pow(2, v[0]), [MethodImpl(NoInlining)] static (v) => Math.Pow(2, v[0])),
        new Entry("x^x", ["x"], [2.0], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], v[0]), [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], v[0])),
        new Entry("1/(1 + exp(-z))", ["z"], [0.5], [MethodImpl(NoInlining)] static (v) => Math.Pow(1 + Math.Exp(-1 * v[0]), -1), [MethodImpl(NoInlining)] static (v) => 1 / (1 + Math.Exp(-v[0]))),
        new Entry("1/(1 + exp(-(w*x + b)))", ["w", "x", "b"], [0.5, 2.0, -0.3], [MethodImpl(NoInlining)] static (v) => Math.Pow(1 + Math.Exp(-1 * (v[0] * v[1] + v[2])), -1), [MethodImpl(NoInlining)] static (v) => 1 / (1 + Math.Exp(-(v[0] * v[1] + v[2])))),
        new Entry("Max(0, x)", ["x"], [-1.5], [MethodImpl(NoInlining)] static (v) => Math.Max(0, v[0]), [MethodImpl(NoInlining)] static (v) => Math.Max(0, v[0])),
        new Entry("tanh(x)", ["x"], [0.7], [MethodImpl(NoInlining)] static (v) => Math.Tanh(v[0]), [MethodImpl(NoInlining)] static (v) => Math.Tanh(v[0])),
        new Entry("-(t*log(s) + (1 - t)*log(1 - s))", ["s", "t"], [0.3, 1.0], [MethodImpl(NoInlining)] static (v) => -1 * (v[1] * Math.Log(v[0]) + (1 + -1 * v[1]) * Math.Log(1 + -1 * v[0])),
            [MethodImpl(NoInlining)] static (v) => -(v[1] * Math.Log(v[0]) + (1 - v[1]) * Math.Log(1 - v[0]))),
        new Entry("cos(x)", ["x"], [1.0], [MethodImpl(NoInlining)] static (v) => Math.Cos(v[0]), [MethodImpl(NoInlining)] static (v) => Math.Cos(v[0])),
        new Entry("sin(x)*cos(x)", ["x"], [0.4], [MethodImpl(NoInlining)] static (v) => Math.Sin(v[0]) * Math.Cos(v[0]), [MethodImpl(NoInlining)] static (v) => Math.Sin(v[0]) * Math.Cos(v[0])),
        new Entry("tan(x)^2", ["x"], [0.6], [MethodImpl(NoInlining)] static (v) => Math.Pow(Math.Tan(v[0]), 2), [MethodImpl(NoInlining)] static (v) => Math.Tan(v[0]) * Math.Tan(v[0])),
        new Entry("asin(x)", ["x"], [0.5], [MethodImpl(NoInlining)] static (v) => Math.Asin(v[0]), [MethodImpl(NoInlining)] static (v) => Math.Asin(v[0])),
        new Entry("sin(x*y) + cos(x + y)", ["x", "y"], [0.5, 1.0], [MethodImpl(NoInlining)] static (v) => Math.Sin(v[0] * v[1]) + Math.Cos(v[0] + v[1]), [MethodImpl(NoInlining)] static (v) => Math.Sin(v[0] * v[1]) + Math.Cos(v[0] + v[1])),
        new Entry("sqrt(x^2 + y^2)", ["x", "y"], [3.0, 4.0], [MethodImpl(NoInlining)] static (v) => Math.Sqrt(Math.Pow(v[0], 2) + Math.Pow(v[1], 2)), [MethodImpl(NoInlining)] static (v) => Math.Sqrt(v[0] * v[0] + v[1] * v[1])),
        new Entry("Abs(x^2 - 4)", ["x"], [1.0], [MethodImpl(NoInlining)] static (v) => Math.Abs(Math.Pow(v[0], 2) + -4), [MethodImpl(NoInlining)] static (v) => Math.Abs(v[0] * v[0] - 4)),
        new Entry("log(x)/log(10)", ["x"], [100.0], [MethodImpl(NoInlining)] static (v) => Math.Log(v[0]) / Math.Pow(Math.Log(10), 1), [MethodImpl(NoInlining)] static (v) => Math.Log(v[0]) / Math.Log(10)),
        new Entry("x*exp(y) + y*log(x)", ["x", "y"], [2.0, 0.5], [MethodImpl(NoInlining)] static (v) => v[0] * Math.Exp(v[1]) + v[1] * Math.Log(v[0]), [MethodImpl(NoInlining)] static (v) => v[0] * Math.Exp(v[1]) + v[1] * Math.Log(v[0])),
        new Entry("exp(sin(x^2))", ["x"], [1.1], [MethodImpl(NoInlining)] static (v) => Math.Exp(Math.Sin(Math.Pow(v[0], 2))), [MethodImpl(NoInlining)] static (v) => Math.Exp(Math.Sin(v[0] * v[0]))),
        new Entry("exp(exp(x))", ["x"], [0.2], [MethodImpl(NoInlining)] static (v) => Math.Exp(Math.Exp(v[0])), [MethodImpl(NoInlining)] static (v) => Math.Exp(Math.Exp(v[0]))),
        new Entry("(x^2 + 1)/(x - 1)", ["x"], [3.0], [MethodImpl(NoInlining)] static (v) => (Math.Pow(v[0], 2) + 1) / Math.Pow(v[0] + -1, 1), [MethodImpl(NoInlining)] static (v) => (v[0] * v[0] + 1) / (v[0] - 1)),
        new Entry("sin(x)/x", ["x"], [1.0], [MethodImpl(NoInlining)] static (v) => Math.Sin(v[0]) / Math.Pow(v[0], 1), [MethodImpl(NoInlining)] static (v) => Math.Sin(v[0]) / v[0]),
        new Entry("w*x*y*z", ["w", "x", "y", "z"], [1.0, 2.0, 3.0, 4.0], [MethodImpl(NoInlining)] static (v) => v[0] * v[1] * v[2] * v[3], [MethodImpl(NoInlining)] static (v) => v[0] * v[1] * v[2] * v[3]),
        new Entry("x^2*exp(x)*sin(x)", ["x"], [1.0], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], 2) * Math.Exp(v[0]) * Math.Sin(v[0]), [MethodImpl(NoInlining)] static (v) => v[0] * v[0] * Math.Exp(v[0]) * Math.Sin(v[0])),
        new Entry("E^x", ["x"], [1.0], [MethodImpl(NoInlining)] static (v) => Math.Exp(v[0]), [MethodImpl(NoInlining)] static (v) => Math.Exp(v[0])),
        new Entry("x^E", ["x"], [2.0], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], Math.E), [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], Math.E)),
        new Entry("exp(-x^2/2)/sqrt(2*pi)", ["x"], [0.5], [MethodImpl(NoInlining)] static (v) => Math.Exp(-0.5 * Math.Pow(v[0], 2)) / Math.Pow(Math.Sqrt(2 * Math.PI), 1),
            [MethodImpl(NoInlining)] static (v) => Math.Exp(-v[0] * v[0] / 2) / Math.Sqrt(2 * Math.PI)),
        new Entry("exp(3x^2)", ["x"], [0.7], [MethodImpl(NoInlining)] static (v) => Math.Exp(3 * Math.Pow(v[0], 2)), [MethodImpl(NoInlining)] static (v) => Math.Exp(3 * v[0] * v[0])),
        new Entry("1/(1+e^(-x))", ["x"], [0.7], [MethodImpl(NoInlining)] static (v) => Math.Pow(1 + Math.Exp(-1 * v[0]), -1), [MethodImpl(NoInlining)] static (v) => 1 / (1 + Math.Exp(-v[0]))),
        new Entry("x^3 - 2x^2 + 5x - 7", ["x"], [0.7], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], 3) + -2 * Math.Pow(v[0], 2) + 5 * v[0] + -7,
            [MethodImpl(NoInlining)] static (v) => v[0] * v[0] * v[0] - 2 * v[0] * v[0] + 5 * v[0] - 7),
        new Entry("sin x cos x + sqrt(x^2+1)", ["x"], [0.7], [MethodImpl(NoInlining)] static (v) => Math.Sin(v[0]) * Math.Cos(v[0]) + Math.Sqrt(Math.Pow(v[0], 2) + 1),
            [MethodImpl(NoInlining)] static (v) => Math.Sin(v[0]) * Math.Cos(v[0]) + Math.Sqrt(v[0] * v[0] + 1)),
        new Entry("x^2 e^x sin x", ["x"], [0.7], [MethodImpl(NoInlining)] static (v) => Math.Pow(v[0], 2) * Math.Exp(v[0]) * Math.Sin(v[0]), [MethodImpl(NoInlining)] static (v) => v[0] * v[0] * Math.Exp(v[0]) * Math.Sin(v[0])),
    }.ToDictionary(e => e.Text, StringComparer.Ordinal);
}
