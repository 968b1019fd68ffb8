using System.Reflection;

namespace Differentiator.Tests.Expressions;

/// <summary>The language's public surface stays small and documented; everything else is internal.</summary>
public class PublicApiTests
{
    private static readonly string[] LanguageSurface =
    [
        "Differentiator.Formula", "Differentiator.FormulaSyntaxException", "Differentiator.ParseOptions",
        "Differentiator.Syntax.Diagnostic", "Differentiator.Syntax.DiagnosticCodes", "Differentiator.Syntax.DiagnosticSeverity",
        "Differentiator.Syntax.Limits", "Differentiator.Syntax.SourceSpan", "Differentiator.Syntax.DerivativeNotation",
        "Differentiator.Syntax.MessageText", "Differentiator.Expressions.DomainCondition",
        "Differentiator.Expressions.Call", "Differentiator.Expressions.Constant", "Differentiator.Expressions.Expr",
        "Differentiator.Expressions.ExpressionTooDeepException", "Differentiator.Expressions.MathFunction",
        "Differentiator.Expressions.MathFunctions", "Differentiator.Expressions.Notation", "Differentiator.Expressions.Power",
        "Differentiator.Expressions.Product", "Differentiator.Expressions.Rational", "Differentiator.Expressions.Real",
        "Differentiator.Expressions.Sum", "Differentiator.Expressions.Symbol",
        "Differentiator.Expressions.Evaluation.EvaluationErrorKind", "Differentiator.Expressions.Evaluation.EvaluationException",
        "Differentiator.Expressions.Evaluation.Evaluator", "Differentiator.Expressions.Printing.CodeFlavor",
    ];

    [Test]
    public void OnlyTheLanguageApiIsPublicInTheLanguageLayers()
    {
        var exported = typeof(Formula).Assembly.GetExportedTypes()
            .Select(t => t.FullName!)
            .Where(n => !n.StartsWith("Differentiator.Calculus", StringComparison.Ordinal) && n.Count(c => c == '.') <= 3)
            .Where(n => n.StartsWith("Differentiator.Syntax", StringComparison.Ordinal) || n.StartsWith("Differentiator.Expressions", StringComparison.Ordinal)
                        || n.Count(c => c == '.') == 1)
            .Order();
        Assert.That(exported, Is.SupersetOf(LanguageSurface));
        Assert.That(exported.Where(n => n.StartsWith("Differentiator.Syntax", StringComparison.Ordinal)),
            Is.EquivalentTo(LanguageSurface.Where(n => n.StartsWith("Differentiator.Syntax", StringComparison.Ordinal))));
    }

    [Test]
    public void ThePackageShipsItsXmlDocumentation()
    {
        var xml = Path.ChangeExtension(typeof(Formula).Assembly.Location, ".xml");
        Assert.That(File.Exists(xml), Is.True);
        Assert.That(File.ReadAllText(xml), Does.Contain("M:Differentiator.Formula.Parse(System.String,Differentiator.ParseOptions)"));
    }
}
