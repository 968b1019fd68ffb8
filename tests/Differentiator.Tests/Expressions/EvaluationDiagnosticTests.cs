using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;
using Differentiator.Syntax;

namespace Differentiator.Tests.Expressions;

/// <summary>
/// An evaluation error becomes a diagnostic with a caret under the part of the formula that
/// failed, and says what failed in the formula's words: the failed domain condition with its
/// value, the denominator that is zero.
/// </summary>
public class EvaluationDiagnosticTests
{
    private static Diagnostic Diagnose(string text, params (string, double)[] point)
    {
        var f = Formula.Parse(text);
        var error = Assert.Throws<EvaluationException>(() => f.Evaluate(point))!;
        return f.Diagnose(error);
    }

    [TestCase("1/0", ErrorCodes.DivisionByZero, "Division by zero.", "0")]
    [TestCase("x/(x - 1)", ErrorCodes.DivisionByZero, "Division by zero: x - 1 is 0 here.", "(x - 1)")]
    [TestCase("2 + 3/(x - 1)^2", ErrorCodes.DivisionByZero, "Division by zero: (x - 1)^2 is 0 here.", "(x - 1)^2")]
    [TestCase("x/(y z)", ErrorCodes.DivisionByZero, "Division by zero: y is 0 here.", "(y z)")]
    [TestCase("x + y^-2", ErrorCodes.DivisionByZero, "Division by zero: y^2 is 0 here.", "y^-2")]
    [TestCase("2 + ln(x - 2)", ErrorCodes.Domain, "ln is defined for x - 2 > 0, and x - 2 = -1 here.", "ln(x - 2)")]
    [TestCase("sqrt(y) + ln(x)", ErrorCodes.Domain, "ln is defined for x > 0, and x = 1 here.", "ln(x)")]
    [TestCase("x + y + z", ErrorCodes.UnboundVariable, "The variable 'z' has no value.", "z")]
    [TestCase("x + e^(1000y)", ErrorCodes.Overflow, "e^(1000y) overflows a double at 1000.", "e^(1000y)")]
    public void TheDiagnosticPointsAtThePartThatFailed(string text, string code, string message, string at)
    {
        var point = text.StartsWith("sqrt", StringComparison.Ordinal) ? new[] { ("x", -1.0), ("y", 1.0) } : [("x", 1.0), ("y", 0.0)];
        if (text.Contains("1000y", StringComparison.Ordinal)) point = [("x", 1.0), ("y", 1.0)];
        var d = Diagnose(text, point);
        Assert.That(d.Code, Is.EqualTo(code));
        Assert.That(d.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(d.Message, Is.EqualTo(message.Replace("x = 1 here", "x = -1 here")));
        Assert.That(d.Span.Of(text), Is.EqualTo(at));
        Assert.That(d.Found, Is.EqualTo(at));
    }

    [Test]
    public void DivisionByZeroRendersACaretUnderTheDenominator() =>
        Assert.That(Diagnose("1/0").Render("1/0"), Is.EqualTo("error DX0303 at 3: Division by zero.\n  1/0\n    ^"));

    [Test]
    public void AnErrorOfAnotherTreeSpansTheWholeFormula()
    {
        var f = Formula.Parse("ln(x)");
        var derivativeError = Assert.Throws<EvaluationException>(() => Formula.Parse("1/x").Evaluate(("x", 0.0)))!;
        Assert.That(f.SpanOf(derivativeError.Subexpression), Is.Null);
        Assert.That(f.Diagnose(derivativeError).Span, Is.EqualTo(new SourceSpan(0, 5)));
    }

    [Test]
    public void EveryNodeOfAFormulaHasASpanAndARepeatedOneItsFirst()
    {
        const string text = "2x + 3xy + y^3";
        var f = Formula.Parse(text);
        Assert.That(f.SpanOf(f.Expression), Is.EqualTo(new SourceSpan(0, text.Length)));
        Assert.That(f.SpanOf(Symbol.Of("y")), Is.EqualTo(new SourceSpan(7, 1)));
        Assert.That(AllNodes(f.Expression).Select(f.SpanOf), Has.None.Null);
    }

    [Test]
    public void TheExceptionCarriesTheFunctionAndItsArguments()
    {
        var error = Assert.Throws<EvaluationException>(() => Formula.Parse("log(x, b)").Evaluate(("x", 8.0), ("b", 1.0)))!;
        Assert.That(error.Function, Is.SameAs(MathFunctions.Ln));
        Assert.That(error.Arguments, Is.EqualTo(new[] { 8.0, 1.0 }));
        Assert.That(error.Message, Is.EqualTo("log is defined for b != 1, and b = 1 here."));
    }

    /// <summary>For every function with a domain, each condition that fails is the one the message names, with the value, and no other.</summary>
    [TestCaseSource(nameof(DomainConditions))]
    public void EachFailedDomainConditionIsNamedAlone(MathFunction function, DomainCondition condition)
    {
        var args = FailingArguments(function, condition);
        var names = new[] { "x", "b" }[..args.Length];
        var call = names.Length == 1 ? $"{function.Name}(x)" : $"{function.Name}(x, b)";
        var error = Assert.Throws<EvaluationException>(() => Formula.Parse(call).Evaluate(names.Zip(args).ToArray()))!;
        var value = args[condition.Argument].ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(error.Kind, Is.EqualTo(EvaluationErrorKind.Domain));
        Assert.That(error.Message, Does.EndWith($"is defined for {condition.For(condition.Parameter)}, and {condition.Parameter} = {value} here."));
        foreach (var other in function.DomainConditions.Where(c => c != condition))
            Assert.That(error.Message, Does.Not.Contain(other.For(other.Parameter)));
    }

    private static IEnumerable<TestCaseData> DomainConditions() =>
        MathFunctions.All.SelectMany(f => f.DomainConditions.Select(c => new TestCaseData(f, c).SetName($"{f.Name}: {c}")));

    /// <summary>Arguments where <paramref name="condition"/> fails, the conditions before it hold, and the value is not finite.</summary>
    private static double[] FailingArguments(MathFunction function, DomainCondition condition)
    {
        double[] candidates = [-2, -1, -0.5, 0, 1, 2, 3];
        var arity = Math.Max(function.MinArity, condition.Argument + 1);
        foreach (var v in candidates)
        {
            var args = Enumerable.Repeat(2.0, arity).ToArray();
            args[condition.Argument] = v;
            var earlier = function.DomainConditions.TakeWhile(c => c != condition).Where(c => c.Argument < arity);
            if (!condition.Holds(v) && earlier.All(c => c.Holds(args[c.Argument])) && !double.IsFinite(function.Evaluate(args))) return args;
        }
        throw new AssertionException($"No failing value for {function.Name}: {condition}.");
    }

    private static IEnumerable<Expr> AllNodes(Expr e) => e.Children.SelectMany(AllNodes).Prepend(e);
}
