using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>
/// The results of differentiating a function with one deliberate mistake each, in the order of
/// <see cref="DiagnosisCode"/> (the ones that need the answer itself, antiderivative and constant
/// factor, are checked by the <see cref="Diagnoser"/>).
/// </summary>
internal static class MalRules
{
    /// <summary>Up to this order, a mistake is looked for in every stage of the differentiation; above it, in the last.</summary>
    private const int StagesSearched = 3;

    public static IReadOnlyList<MalRuleVariant> For(Expr function, string variable, int order, IReadOnlyList<string> functionVariables, Expr expected)
    {
        var others = functionVariables.Where(v => v != variable).ToList();
        var variants = new List<MalRuleVariant>
        {
            new(DiagnosisCode.Unchanged, function, () => MalRuleExplanations.Unchanged(function, variable)),
        };
        variants.AddRange(others.Select(o =>
            new MalRuleVariant(DiagnosisCode.WrongVariable, Derivative.Of(function, o, order), () => MalRuleExplanations.WrongVariable(function, variable, o))));
        var firstStage = Math.Max(1, order - StagesSearched + 1);
        var stage = firstStage == 1 ? function : Derivative.Of(function, variable, firstStage - 1);
        for (var k = firstStage; k <= order; k++)
        {
            var site = stage; // the closures below keep this stage, not the loop's next one
            var prefix = order == 1 ? "" : $"Differentiating {stage} (derivative {k} of {order}): ";
            foreach (var fault in FaultSites.For(stage, variable, others))
            {
                var faulty = FaultyDerivative.Of(stage, variable, fault);
                if (k < order) faulty = Derivative.Of(faulty, variable, order - k);
                variants.Add(new MalRuleVariant(CodeOf(fault.Kind), faulty, () => Prefixed(prefix, MalRuleExplanations.Of(fault, site, variable))));
            }
            if (k < order) stage = Derivative.Of(stage, variable);
        }
        variants.Add(new MalRuleVariant(DiagnosisCode.SignError, Expr.Negate(expected), () => MalRuleExplanations.SignOfWhole(function)));
        return [.. variants.OrderBy(v => v.Code)]; // stable: within a code, outermost sites first
    }

    private static string Prefixed(string prefix, string sentence) =>
        prefix.Length == 0 ? sentence : prefix + char.ToLowerInvariant(sentence[0]) + sentence[1..];

    private static DiagnosisCode CodeOf(FaultKind kind) => kind switch
    {
        FaultKind.MissingChain => DiagnosisCode.MissingChainFactor,
        FaultKind.ProductOfDerivatives or FaultKind.ProductOneTerm => DiagnosisCode.ProductRule,
        FaultKind.QuotientSwapped or FaultKind.QuotientNotSquared or FaultKind.QuotientOfDerivatives => DiagnosisCode.QuotientRule,
        FaultKind.PowerNotLowered or FaultKind.PowerNoCoefficient => DiagnosisCode.PowerRule,
        FaultKind.ConstantKept => DiagnosisCode.ConstantKept,
        FaultKind.SignAtCall => DiagnosisCode.SignError,
        _ => DiagnosisCode.OtherVariableNotConstant,
    };
}
