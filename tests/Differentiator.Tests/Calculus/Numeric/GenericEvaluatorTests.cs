using Differentiator.Calculus.Numeric;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Tests.Calculus.Numeric;

public class GenericEvaluatorTests
{
    [Test]
    public void Generic_evaluator_over_doubles_is_bit_identical_to_the_tree_evaluator()
    {
        var random = new RandomFormulas(5);
        var compared = 0;
        for (var i = 0; i < 2000; i++)
        {
            var f = random.Next();
            var point = random.Point();
            double expected;
            try { expected = Evaluator.Evaluate(f, point); }
            catch (EvaluationException) { continue; }
            var actual = ScalarEvaluator<double, DoubleArithmetic>.Evaluate(f, point);
            Assert.That(BitConverter.DoubleToInt64Bits(actual), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), f.ToString());
            compared++;
        }
        Assert.That(compared, Is.GreaterThan(1000));
    }
}
