using Differentiator.Calculus.Numeric;

namespace Differentiator.Tests.Calculus.Numeric;

public class ArrayTests
{
    [TestCase("[3]", DType.Int64, new[] { 1 })]
    [TestCase("[1.0, 2.0]", DType.Float64, new[] { 2 })]
    [TestCase("[1, 2.5]", DType.Float64, new[] { 2 })]
    [TestCase("[[1.0,2.0],[3.0,4.0]]", DType.Float64, new[] { 2, 2 })]
    [TestCase("[1e3]", DType.Float64, new[] { 1 })]
    [TestCase("[ -3 , 4 ]", DType.Int64, new[] { 2 })]
    [TestCase("[1 2 3]", DType.Int64, new[] { 3 })]
    [TestCase("7", DType.Int64, new int[0])]
    [TestCase("[[[1],[2]]]", DType.Int64, new[] { 1, 2, 1 })]
    public void Parses_like_np_array(string text, DType dtype, int[] shape)
    {
        var a = NdArray.Parse(text);
        Assert.That(a.DType, Is.EqualTo(dtype));
        Assert.That(a.Shape, Is.EqualTo(shape));
    }

    [TestCase("[1, [2]]")]
    [TestCase("[[1, 2], [3]]")]
    [TestCase("[1, 2")]
    [TestCase("[1,, 2]")]
    [TestCase("[1, 2,]")]
    [TestCase("[a]")]
    [TestCase("")]
    [TestCase("[1] 2")]
    [TestCase("[99999999999999999999]")]
    public void Rejects_bad_literals(string text) =>
        Assert.That(() => NdArray.Parse(text), Throws.InstanceOf<InvalidInputException>());

    [Test]
    public void Matrix_elements_are_read_by_multi_index()
    {
        var a = NdArray.Parse("[[1.0,2.0],[3.0,4.0]]");
        Assert.That(a[1, 0], Is.EqualTo(3.0));
        Assert.That(a[0, -1], Is.EqualTo(2.0));
        Assert.That(() => a[2, 0], Throws.InstanceOf<IndexOutOfRangeException>());
    }

    [TestCase(3.00001, 3)]
    [TestCase(2.99999, 2)]
    [TestCase(-2.99999, -2)]
    [TestCase(-0.5, 0)]
    [TestCase(double.NaN, long.MinValue)]
    [TestCase(double.PositiveInfinity, long.MinValue)]
    [TestCase(1e19, long.MinValue)]
    [TestCase(-9223372036854775808.0, long.MinValue)]
    public void Writing_a_double_into_int64_truncates_toward_zero(double value, long stored)
    {
        var a = NdArray.Parse("[0]").ToMutable();
        a.Set(0, value);
        Assert.That(a.ToImmutable().GetInt64(0), Is.EqualTo(stored));
    }

    [Test]
    public void Arrays_are_immutable_and_mutable_copies_are_independent()
    {
        var a = NdArray.Parse("[1.0, 2.0]");
        var m = a.ToMutable();
        m.Set(0, 5.0);
        Assert.That(a.GetDouble(0), Is.EqualTo(1.0));
        Assert.That(m.ToImmutable().GetDouble(0), Is.EqualTo(5.0));
    }

    [Test]
    public void Zeros_like_keeps_shape_and_dtype_unless_told()
    {
        var a = NdArray.Parse("[[1, 2], [3, 4]]");
        Assert.That(NdArray.ZerosLike(a).DType, Is.EqualTo(DType.Int64));
        Assert.That(NdArray.ZerosLike(a, DType.Float64).DType, Is.EqualTo(DType.Float64));
        Assert.That(NdArray.ZerosLike(a).Shape, Is.EqualTo(new[] { 2, 2 }));
    }

    [Test]
    public void Iterator_visits_every_element_in_C_order_with_NumPy_multi_indices()
    {
        var seen = ElementIterator.Over([2, 3]).Select(e => $"{e.Flat}:{e}").ToList();
        Assert.That(seen, Is.EqualTo(new[] { "0:(0, 0)", "1:(0, 1)", "2:(0, 2)", "3:(1, 0)", "4:(1, 1)", "5:(1, 2)" }));
        Assert.That(ElementIterator.Over(Array.Empty<int>()).Select(e => e.ToString()), Is.EqualTo(new[] { "()" }));
        Assert.That(ElementIterator.Over([4]).Last().ToString(), Is.EqualTo("(3,)"));
    }

    [Test]
    public void Name_arrays_parse_and_print_in_their_layout()
    {
        var names = NameArray.Parse("[[w,x],[y,z]]");
        Assert.That(names.Shape, Is.EqualTo(new[] { 2, 2 }));
        Assert.That(names.Names, Is.EqualTo(new[] { "w", "x", "y", "z" }));
        Assert.That(names.ToString(), Is.EqualTo("[[w, x], [y, z]]"));
        Assert.That(() => NameArray.Parse("[x, x]"), Throws.InstanceOf<InvalidInputException>());
        Assert.That(() => NameArray.Parse("[x, 1]"), Throws.InstanceOf<InvalidInputException>());
    }

    [Test]
    public void Array_errors_quote_a_short_input_whole_and_a_long_one_cut()
    {
        Assert.That(() => NameArray.Parse("[x, x]"), Throws.InstanceOf<InvalidInputException>().With.Message.EqualTo("The name 'x' appears twice in '[x, x]'."));
        Assert.That(() => ArrayLiteral.Parse("[[1, 2], [3]]"), Throws.InstanceOf<InvalidInputException>().With.Message.EqualTo(
            "The array '[[1, 2], [3]]' is ragged: every row along axis 1 must have 2 items."));
        var many = string.Join(", ", Enumerable.Range(0, 20_000).Select(i => "x" + i));
        var longName = new string('y', 20_000);
        foreach (var text in new[] { $"[[{many}], [x]]", $"[{many}, x0]", $"[{many}, 1{longName}]", $"[{many}] ]" })
        {
            var error = Assert.Throws<InvalidInputException>(() => NameArray.Parse(text));
            Assert.That(error!.Message, Has.Length.LessThan(200).And.Contains("…"), text[..20]);
        }
    }
}
