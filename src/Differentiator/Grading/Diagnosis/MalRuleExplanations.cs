using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>
/// The one-sentence explanation of each mistake, naming the part of the function where it was made:
/// <c>You differentiated sin(x^2) as cos(x^2): the inner function x^2 contributes a factor 2x.</c>
/// </summary>
internal static class MalRuleExplanations
{
    public static string Unchanged(Expr function, string variable) =>
        $"Your answer is the function {function} itself: it still has to be differentiated by {variable}.";

    public static string Antiderivative(Expr function) =>
        $"You integrated instead of differentiating: the derivative of your answer is the function {function}.";

    public static string WrongVariable(Expr function, string variable, string other) =>
        $"You differentiated {function} by {other} instead of by {variable}.";

    public static string SignOfWhole(Expr function) =>
        $"Your answer is the negative of the derivative of {function}: a minus sign was lost or added.";

    public static string ConstantFactor(Expr function, string factor) =>
        $"Your answer is {factor} times the derivative of {function}: a constant factor is wrong or missing.";

    public static string Unknown() =>
        "No common mistake explains this answer; compare it with the derivative at the point shown.";

    /// <summary>The sentence for <paramref name="fault"/> made while differentiating <paramref name="function"/>.</summary>
    public static string Of(Fault fault, Expr function, string variable)
    {
        var site = fault.Site;
        string Local(Fault? f) => Simplifier.Simplify(FaultyDerivative.Of(site!, variable, f)).ToString();
        string Right() => Derivative.Of(site!, variable).ToString();
        return fault.Kind switch
        {
            FaultKind.MissingChain when site is null => AllChainFactors(function, variable),
            FaultKind.MissingChain => $"You differentiated {site} as {Local(fault)}: {InnerFactor(site, variable)}.",
            FaultKind.ProductOfDerivatives =>
                $"You differentiated the product {site} as {Local(fault)}, the product of the derivatives: the product rule is (uv)' = u'v + uv'.",
            FaultKind.ProductOneTerm =>
                $"You differentiated the product {site} as {Local(fault)}: by the product rule (uv)' = u'v + uv', the term {MissingTerms(fault, variable)} is missing.",
            FaultKind.QuotientSwapped => Quotient(site!, Local(fault), "with the numerator's terms swapped"),
            FaultKind.QuotientNotSquared => Quotient(site!, Local(fault), "without squaring the denominator"),
            FaultKind.QuotientOfDerivatives => Quotient(site!, Local(fault), "as u'/v', the quotient of the derivatives"),
            FaultKind.PowerNotLowered =>
                $"You differentiated {site} as {Local(fault)}: the power rule lowers the exponent by one, (u^n)' = n u^(n-1) u', which gives {Right()}.",
            FaultKind.PowerNoCoefficient =>
                $"You differentiated {site} as {Local(fault)}: the power rule brings the exponent {ExponentOf(site!)} down as a factor, (u^n)' = n u^(n-1) u'.",
            FaultKind.ConstantKept when site is null =>
                $"Terms of {function} that do not depend on {variable} have derivative 0; your answer keeps them.",
            FaultKind.ConstantKept => ConstantTerms((Sum)site!, variable),
            FaultKind.SignAtCall => $"You differentiated {site} with the wrong sign: its derivative is {Right()}, not {Local(fault)}.",
            FaultKind.OtherVariableDepends when fault.Variable is null =>
                $"In the partial derivative by {variable} the other variables are constants; you differentiated them as if they depended on {variable}.",
            _ => $"In the partial derivative by {variable}, {fault.Variable} is a constant; you differentiated it as if it depended on {variable} (as if d{fault.Variable}/d{variable} = 1).",
        };
    }

    private static string InnerFactor(Expr site, string variable)
    {
        var inner = site switch
        {
            Call c => c.Arguments.First(a => FaultyDerivative.DependsOn(a, variable)),
            Power p when FaultyDerivative.DependsOn(p.Exponent, variable) => p.Exponent,
            Power p => p.Base,
            _ => site,
        };
        return $"the inner function {inner} contributes a factor {Derivative.Of(inner, variable)}";
    }

    private static string AllChainFactors(Expr function, string variable)
    {
        var sites = FaultSites.For(function, variable, [])
            .Where(f => f is { Kind: FaultKind.MissingChain, Site: not null })
            .Take(3)
            .Select(f => $"in {f.Site}, {InnerFactor(f.Site!, variable)}");
        return $"You left out the inner derivatives of the chain rule: {string.Join("; ", sites)}.";
    }

    private static string MissingTerms(Fault fault, string variable)
    {
        var all = FaultyDerivative.Of(fault.Site!, variable, null);
        var kept = FaultyDerivative.Of(fault.Site!, variable, fault);
        return Simplifier.Simplify(Expr.Subtract(all, kept)).ToString();
    }

    private static string Quotient(Expr site, string local, string how)
    {
        var (u, v) = FaultyDerivative.SplitQuotient(site);
        return $"You differentiated the quotient {site} {how} (you got {local}): the quotient rule is (u/v)' = (u'v - uv')/v^2 with u = {u} and v = {v}.";
    }

    private static string ExponentOf(Expr site) => site switch
    {
        Power p => p.Exponent.ToString(),
        _ => "1/2",
    };

    private static string ConstantTerms(Sum sum, string variable)
    {
        var constants = sum.Terms.Where(t => !FaultyDerivative.DependsOn(t, variable)).ToList();
        var (them, are, their) = constants.Count == 1 ? ("it", "is", "its") : ("them", "are", "their");
        var terms = string.Join(", ", constants.Select(t => t.ToString()));
        return $"The term{(constants.Count == 1 ? "" : "s")} {terms} of {sum} {are} constant in {variable}, so {their} derivative is 0; your answer keeps {them}.";
    }
}
