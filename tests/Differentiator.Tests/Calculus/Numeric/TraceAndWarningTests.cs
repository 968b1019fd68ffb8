using Differentiator.Calculus.Numeric;

namespace Differentiator.Tests.Calculus.Numeric;

public class TraceAndWarningTests
{
    [Test]
    public void Problem_2_trace_is_the_lecture_text()
    {
        var result = NumericGradient.Compute(FormulaFunction.Bind(LectureFormulas.Square), NdArray.Parse("[3.0]"), new NumericGradientOptions { Trace = true });
        Assert.That(result.Trace, Is.EqualTo(new[]
        {
            "debug 1. initial input variable = [3.]",
            "debug 2. initial grad = [0.]",
            "debug 3. idx = (0,), x[idx] = 3.0",
            "debug 4. grad[idx] = 6.000000000039306",
            "debug 5. grad = [6.]",
        }));
    }

    [Test]
    public void Trace_of_a_matrix_names_two_dimensional_indices()
    {
        var result = NumericGradient.Compute(FormulaFunction.Bind(LectureFormulas.Problem4, NameArray.Parse("[[w,x],[y,z]]")),
            NdArray.Parse("[[1.0,2.0],[3.0,4.0]]"), new NumericGradientOptions { Trace = true });
        Assert.That(result.Trace[0], Is.EqualTo("debug 1. initial input variable = [[1. 2.]\n [3. 4.]]"));
        Assert.That(result.Trace[1], Is.EqualTo("debug 2. initial grad = [[0. 0.]\n [0. 0.]]"));
        Assert.That(result.Trace[4], Is.EqualTo("debug 3. idx = (0, 1), x[idx] = 2.0"));
        Assert.That(result.Trace[5], Is.EqualTo("debug 4. grad[idx] = 12.99999999986312"));
        Assert.That(result.Trace[^1], Is.EqualTo("debug 5. grad = [[ 5. 13.]\n [32. 15.]]"));
    }

    [Test]
    public void Trace_without_the_option_is_empty()
    {
        var result = NumericGradient.Compute(FormulaFunction.Bind(LectureFormulas.Square), NdArray.Parse("[3.0]"));
        Assert.That(result.Trace, Is.Empty);
    }

    [Test]
    public void Integer_input_warns_what_was_stored_and_how_to_fix_it()
    {
        var result = NumericGradient.Compute(FormulaFunction.Bind(LectureFormulas.Square), NdArray.Parse("[3]"));
        var input = result.Warnings.Single(w => w.Kind == NumericWarningKind.IntegerInput);
        Assert.That(input.Element, Is.EqualTo("(0,)"));
        Assert.That(input.Message, Does.Contain("3 + 1e-05 was stored as 3"));
        Assert.That(input.Message, Does.Contain("3 - 1e-05 as 2"));
        Assert.That(input.Message, Does.Contain("(9 - 4)/2e-05 = 249999.99999999997"));
        Assert.That(input.Message, Does.Contain("Use a float input (3.0"));
        Assert.That(input.Message, Does.Contain("6.000000000039306"));
        var grad = result.Warnings.Single(w => w.Kind == NumericWarningKind.IntegerGradient);
        Assert.That(grad.Message, Does.Contain("249999.99999999997 was stored as 249999"));
    }

    [Test]
    public void Float_gradient_of_an_integer_input_still_warns_about_the_input_only()
    {
        var result = NumericGradient.Compute(FormulaFunction.Bind(LectureFormulas.Square), NdArray.Parse("[3]"),
            new NumericGradientOptions { GradientDType = GradientDType.Float64 });
        Assert.That(result.Warnings.Select(w => w.Kind), Is.EqualTo(new[] { NumericWarningKind.IntegerInput }));
    }

    [Test]
    public void Forward_difference_at_an_integer_explains_the_zero()
    {
        var result = NumericGradient.Compute(FormulaFunction.Bind(LectureFormulas.Square), NdArray.Parse("[3]"),
            new NumericGradientOptions { Scheme = DifferenceScheme.Forward, GradientDType = GradientDType.Float64 });
        Assert.That(result.Gradient.GetDouble(0), Is.Zero);
        var message = result.Warnings.Single().Message;
        Assert.That(message, Does.Contain("3 + 1e-05 was stored as 3"));
        Assert.That(message, Does.Contain("(9 - 9)/1e-05 = 0.0"));
    }

    [Test]
    public void Float_input_has_no_warnings()
    {
        var result = NumericGradient.Compute(FormulaFunction.Bind(LectureFormulas.Square), NdArray.Parse("[3.0]"));
        Assert.That(result.Warnings, Is.Empty);
    }
}
