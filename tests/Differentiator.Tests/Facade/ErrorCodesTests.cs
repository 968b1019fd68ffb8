using Differentiator.Syntax;

namespace Differentiator.Tests.Facade;

/// <summary>Which codes say "over a limit" (the web answers 422) rather than "cannot be used" (400).</summary>
public class ErrorCodesTests
{
    [TestCase(DiagnosticCodes.TooDeep)]
    [TestCase(DiagnosticCodes.TooLong)]
    [TestCase(ErrorCodes.BudgetExceeded)]
    [TestCase(ErrorCodes.NotPrintable)]
    public void Limits_are_over_limit(string code) => Assert.That(ErrorCodes.IsOverLimit(code), Is.True);

    [TestCase(DiagnosticCodes.EmptyFormula)]
    [TestCase(DiagnosticCodes.UnknownFunction)]
    [TestCase(ErrorCodes.InvalidInput)]
    [TestCase(ErrorCodes.Domain)]
    [TestCase(ErrorCodes.BadRequest)]
    [TestCase(ErrorCodes.RequestTooLarge)]
    [TestCase(ErrorCodes.InternalError)]
    [TestCase("")]
    public void Other_codes_are_not(string code) => Assert.That(ErrorCodes.IsOverLimit(code), Is.False);
}
