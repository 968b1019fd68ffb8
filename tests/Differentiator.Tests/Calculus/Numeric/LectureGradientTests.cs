using System.Text.Json;
using Differentiator.Calculus.Numeric;

namespace Differentiator.Tests.Calculus.Numeric;

/// <summary>Every figure of lecture.json, reproduced bit for bit.</summary>
public class LectureGradientTests
{
    private static IEnumerable<string> CaseIds => LectureReference.LectureCaseIds;

    [TestCaseSource(nameof(CaseIds))]
    public void Reproduces_every_lecture_figure_bit_for_bit(string id)
    {
        var c = LectureReference.LectureCase(id);
        var result = Run(c);
        var expected = LectureReference.Flatten(c.GetProperty("grad")).Select(e => e.GetDouble()).ToArray();
        var actual = Enumerable.Range(0, result.Gradient.Count).Select(result.Gradient.GetDouble).ToArray();
        Assert.That(actual.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(expected.Select(BitConverter.DoubleToInt64Bits)),
            $"{id}: got [{string.Join(", ", actual.Select(NumPyFloatText.Repr))}]");
        var input = c.GetProperty("input");
        Assert.That(result.Gradient.Shape, Is.EqualTo(NdArray.Parse(input.GetRawText()).Shape));
    }

    [TestCaseSource(nameof(PrintedCaseIds))]
    public void Prints_the_gradient_as_NumPy_does(string id)
    {
        var c = LectureReference.LectureCase(id);
        Assert.That(Run(c).Gradient.ToString(), Is.EqualTo(c.GetProperty("numpy_print").GetString()));
    }

    private static IEnumerable<string> PrintedCaseIds =>
        LectureReference.LectureCases.Where(c => c.TryGetProperty("numpy_print", out _)).Select(c => c.GetProperty("id").GetString()!);

    [Test]
    public void Integer_gradient_dtype_follows_the_input_by_default()
    {
        var result = NumericGradient.Compute(FormulaFunction.Bind(LectureFormulas.Square), NdArray.Parse("[3]"));
        Assert.That(result.Gradient.DType, Is.EqualTo(DType.Int64));
        Assert.That(result.Gradient.GetInt64(0), Is.EqualTo(249999));
    }

    [Test]
    public void Float_input_of_Problem_3_gives_the_exact_values_printed_by_the_lecture()
    {
        var result = NumericGradient.Compute(FormulaFunction.Bind(LectureFormulas.Problem3), NdArray.Parse("[1.0, 2.0]"));
        Assert.That(result.Gradient.GetDouble(0), Is.EqualTo(8.00000000005241));
        Assert.That(result.Gradient.GetDouble(1), Is.EqualTo(15.000000000142675));
        Assert.That(result.Warnings, Is.Empty);
    }

    [Test]
    public void Backward_scheme_at_an_integer_sees_only_the_truncated_lower_point()
    {
        // 3 - 1e-5 is stored as 2: (f(3) - f(2))/1e-5 = 5/1e-5.
        var result = NumericGradient.Compute(FormulaFunction.Bind(LectureFormulas.Square), NdArray.Parse("[3]"),
            new NumericGradientOptions { Scheme = DifferenceScheme.Backward, GradientDType = GradientDType.Float64 });
        Assert.That(result.Gradient.GetDouble(0), Is.EqualTo(5 / 1e-5));
    }

    [Test]
    public void One_loop_serves_a_rank_three_input()
    {
        // f = sum of i * x_i over a 2x2x2 array: the gradient is i at every position.
        var names = NameArray.Of([2, 2, 2], Enumerable.Range(1, 8).Select(i => "a" + i));
        var f = Differentiator.Expressions.Expr.Add(Enumerable.Range(1, 8).Select(i =>
            Differentiator.Expressions.Expr.Multiply(Differentiator.Expressions.Expr.Number(i), Differentiator.Expressions.Expr.Variable("a" + i))));
        var x = NdArray.FromDoubles([2, 2, 2], Enumerable.Range(0, 8).Select(i => 0.5 * i));
        var grad = NumericGradient.Compute(FormulaFunction.Bind(f, names), x).Gradient;
        Assert.That(grad.Shape, Is.EqualTo(new[] { 2, 2, 2 }));
        Assert.That(Enumerable.Range(0, 8).Select(i => grad.GetDouble(i)), Is.EqualTo(Enumerable.Range(1, 8).Select(i => (double)i)).Within(1e-6));
    }

    internal static NumericGradientResult Run(JsonElement c)
    {
        var f = LectureFormulas.ByText(c.GetProperty("f").GetString()!);
        var input = NdArray.Parse(c.GetProperty("input").GetRawText());
        if (c.TryGetProperty("input_dtype", out var dt) && dt.GetString() == "int64")
            Assert.That(input.DType, Is.EqualTo(DType.Int64));
        var names = c.TryGetProperty("vars", out var vars) ? NameArray.Parse(vars.GetRawText().Replace("\"", "", StringComparison.Ordinal)) : NameArray.Vector("x");
        var scheme = c.TryGetProperty("scheme", out var s) && s.GetString()!.StartsWith("forward", StringComparison.Ordinal)
            ? DifferenceScheme.Forward : DifferenceScheme.Central;
        var gradDType = c.TryGetProperty("grad_dtype", out var g) && g.GetString() == "float64" ? GradientDType.Float64
            : scheme == DifferenceScheme.Forward ? GradientDType.Float64 : GradientDType.LikeInput;
        return NumericGradient.Compute(FormulaFunction.Bind(f, names), input,
            new NumericGradientOptions { Delta = c.GetProperty("delta").GetDouble(), Scheme = scheme, GradientDType = gradDType });
    }
}
