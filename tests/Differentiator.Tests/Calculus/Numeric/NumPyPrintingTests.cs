using System.Globalization;
using Differentiator.Calculus.Numeric;

namespace Differentiator.Tests.Calculus.Numeric;

/// <summary>NumPy 1.24's printing rules; expected texts are what NumPy prints for the same arrays.</summary>
public class NumPyPrintingTests
{
    [TestCase("[3.0]", "[3.]")]
    [TestCase("[6.000000000039306]", "[6.]")]
    [TestCase("[8.00000000005241, 15.000000000142675]", "[ 8. 15.]")]
    [TestCase("[7.999999999990237, 15.000000010019221]", "[ 8.         15.00000001]")]
    [TestCase("[[5.000000000165983, 12.99999999986312], [32.00000000020964, 14.999999999787404]]", "[[ 5. 13.]\n [32. 15.]]")]
    [TestCase("[249999]", "[249999]")]
    [TestCase("[249999.99999999997]", "[250000.]")]
    [TestCase("[0.0]", "[0.]")]
    [TestCase("[-0.0]", "[-0.]")]
    [TestCase("[0.1, 0.25]", "[0.1  0.25]")]
    [TestCase("[-1.5, 2.0]", "[-1.5  2. ]")]
    [TestCase("[1.0, 2.0, 3.0]", "[1. 2. 3.]")]
    [TestCase("[0.001953125]", "[0.00195312]")] // exactly halfway at the 8th digit: ties to even
    [TestCase("[0.3333333333333333]", "[0.33333333]")]
    [TestCase("[0.9999999999]", "[1.]")]
    [TestCase("[1e-05, 1.5]", "[1.0e-05 1.5e+00]")]
    [TestCase("[100000000.0]", "[1.e+08]")]
    [TestCase("[1.0, 10000.0]", "[1.e+00 1.e+04]")]
    [TestCase("[1.0, 1000.0]", "[   1. 1000.]")]
    [TestCase("[1.5e-300, -2.0]", "[ 1.5e-300 -2.0e+000]")] // exponents share one width
    [TestCase("[nan, 1.0]", "[nan  1.]")]
    [TestCase("[1.5, inf]", "[1.5 inf]")]
    [TestCase("[-inf, 1.0]", "[-inf   1.]")]
    [TestCase("[1, -10, 100]", "[  1 -10 100]")]
    [TestCase("[[1, 2], [3, 4]]", "[[1 2]\n [3 4]]")]
    [TestCase("[[[0, 1], [2, 3]], [[4, 5], [6, 7]]]", "[[[0 1]\n  [2 3]]\n\n [[4 5]\n  [6 7]]]")]
    [TestCase("[1e-05, 1.0]", "[1.e-05 1.e+00]")]
    [TestCase("[0.0001]", "[0.0001]")]
    [TestCase("[123456789.0]", "[1.23456789e+08]")]
    [TestCase("[-0.0, 1.0]", "[-0.  1.]")]
    [TestCase("[0.5, 0.0]", "[0.5 0. ]")]
    [TestCase("[[1.5, -2.25], [3.0, 4.125]]", "[[ 1.5   -2.25 ]\n [ 3.     4.125]]")]
    [TestCase("3.0", "3.0")]
    [TestCase("3", "3")]
    [TestCase("[]", "[]")]
    public void Prints_like_NumPy(string literal, string expected) =>
        Assert.That(NdArray.Parse(literal).ToString(), Is.EqualTo(expected));

    [Test]
    public void Long_vectors_wrap_at_75_characters()
    {
        var a = NdArray.FromDoubles([30], Enumerable.Range(0, 30).Select(i => (double)i));
        Assert.That(a.ToString(), Is.EqualTo(
            "[ 0.  1.  2.  3.  4.  5.  6.  7.  8.  9. 10. 11. 12. 13. 14. 15. 16. 17.\n" +
            " 18. 19. 20. 21. 22. 23. 24. 25. 26. 27. 28. 29.]"));
    }

    [Test]
    public void More_than_1000_elements_are_summarised()
    {
        var a = NdArray.FromInt64s([2000], Enumerable.Range(0, 2000).Select(i => (long)i));
        Assert.That(a.ToString(), Is.EqualTo("[   0    1    2 ... 1997 1998 1999]"));
    }

    [Test]
    public void A_thousand_elements_are_printed_in_full()
    {
        var a = NdArray.FromInt64s([1000], Enumerable.Range(0, 1000).Select(i => (long)i));
        Assert.That(a.ToString(), Does.Not.Contain("..."));
        Assert.That(a.ToString(), Does.EndWith(" 999]"));
    }

    [TestCase(3.0, "3.0")]
    [TestCase(6.000000000039306, "6.000000000039306")]
    [TestCase(249999.99999999997, "249999.99999999997")]
    [TestCase(1e-5, "1e-05")]
    [TestCase(2e-5, "2e-05")]
    [TestCase(1e16, "1e+16")]
    [TestCase(1.5e16, "1.5e+16")]
    [TestCase(9999999999999998.0, "9999999999999998.0")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(0.1, "0.1")]
    [TestCase(-0.0, "-0.0")]
    [TestCase(5e-324, "5e-324")]
    [TestCase(1.7976931348623157e308, "1.7976931348623157e+308")]
    [TestCase(double.NaN, "nan")]
    [TestCase(double.NegativeInfinity, "-inf")]
    public void Scalars_print_as_Python_repr(double value, string expected) =>
        Assert.That(NumPyFloatText.Repr(value), Is.EqualTo(expected));

    [Test]
    public void Shortest_digits_agree_with_dotnet_round_trip_formatting()
    {
        var random = new Random(12345);
        for (var i = 0; i < 20000; i++)
        {
            var value = BitConverter.Int64BitsToDouble(random.NextInt64(1, 0x7FEFFFFFFFFFFFFF));
            var repr = NumPyFloatText.Repr(value);
            Assert.That(double.Parse(repr, CultureInfo.InvariantCulture), Is.EqualTo(value), repr);
            var dotnet = value.ToString("E16", CultureInfo.InvariantCulture);
            var shortest = value.ToString("R", CultureInfo.InvariantCulture);
            Assert.That(SignificantDigits(repr), Is.EqualTo(SignificantDigits(shortest)), $"{repr} vs {shortest} ({dotnet})");
        }
    }

    private static string SignificantDigits(string text)
    {
        var mantissa = text.Split('e', 'E')[0];
        return mantissa.Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Trim('0');
    }
}
