using Differentiator.Expressions;
using Differentiator.Expressions.Printing;
using Differentiator.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Printing;

/// <summary>
/// The code forms run through a real Python with SymPy: the Python form as SymPy parses it (only
/// the variables given as symbols), the plain form with <c>^</c> as power and our function names
/// mapped. At random points both must have our evaluator's values.
/// </summary>
[NonParallelizable]
public class SymPyProperties
{
    [OneTimeSetUp]
    public void SymPyIsThere() =>
        Assert.That(SymPy.EnsureInstalled(), Is.True, $"{SymPy.Python} cannot import sympy and apt-get install -y python3-sympy did not help");

    private static IEnumerable<Expr> Formulas()
    {
        foreach (var tree in TreeGenerators.ModestTrees.Sample(200, new Rnd(20260301UL), 12)) yield return tree;
        // Every function of the table as a factor, a divisor, a base and an exponent: x/sigmoid(x) was once x/1/(1 + exp(-(x))).
        foreach (var f in MathFunctions.All.Where(f => !f.IsDeclared))
        {
            var call = f.Accepts(1) ? Apply(f, Subtract(Variable("x"), Rational.Of(1, 3))) : Apply(f, Variable("x"), Variable("y"));
            yield return Multiply(Variable("y"), call);
            yield return Divide(Variable("x"), call);
            yield return Pow(call, Number(2));
            yield return Pow(Variable("y"), call);
            yield return Subtract(Number(1), call);
        }
    }

    [TestCase(CodeFlavor.Python)]
    [TestCase(CodeFlavor.Plain)]
    public void CodeFormsHaveOurValuesInSymPy(CodeFlavor flavor)
    {
        var random = new Random(17);
        var formulas = Formulas().ToList();
        var jobs = new List<SymPy.Job>();
        var names = new List<string[]>();
        foreach (var e in formulas)
        {
            var variables = SymbolNames.Of(e).Order(StringComparer.Ordinal).ToArray();
            names.Add(variables);
            var points = Enumerable.Range(0, 3).Select(_ => variables.Select(_ => Math.Round(random.NextDouble() * 4 - 1.5, 3)).ToArray()).ToArray();
            var spelled = flavor == CodeFlavor.Python ? variables.Select(PythonNames.Of).ToArray() : variables;
            jobs.Add(new SymPy.Job(e.ToCode(flavor), spelled, points));
        }

        var answers = SymPy.Evaluate(jobs, ourNames: flavor == CodeFlavor.Plain);
        var compared = 0;
        for (var i = 0; i < formulas.Count; i++)
        {
            var (values, error) = answers[i];
            Assert.That(error, Is.Null, $"SymPy cannot parse '{jobs[i].Text}'");
            for (var k = 0; k < jobs[i].Points.Count; k++)
            {
                var point = names[i].Zip(jobs[i].Points[k]).ToDictionary(p => p.First, p => p.Second);
                if (values![k] is not { } theirs || !SafeEvaluation.TryEvaluate(formulas[i], point, out var ours)) continue;
                if (Math.Abs(ours) > 1e12 || formulas[i].Children.Count == 0 && ours == 0) continue;
                compared++;
                Assert.That(ours, Is.EqualTo(theirs).Within(1e-7 * Math.Max(1, Math.Abs(theirs))),
                    $"'{jobs[i].Text}' at {string.Join(", ", point.Select(p => $"{p.Key}={p.Value}"))}");
            }
        }
        TestContext.Out.WriteLine($"{formulas.Count} formulas, {compared} values compared with SymPy");
        Assert.That(compared, Is.GreaterThan(formulas.Count / 2));
    }
}
