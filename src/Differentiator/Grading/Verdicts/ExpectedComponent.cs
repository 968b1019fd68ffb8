using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>One component of an exercise's expected answer, prepared once: the derivative, its canonical form, its values and the mistakes' values at the sample points.</summary>
internal sealed record ExpectedComponent(
    string Variable,
    string Label,
    Formula Derivative,
    Expr Canonical,
    double[] Values,
    Agreement Agreement,
    IReadOnlyList<EvaluatedVariant> Variants);

/// <summary>A mal-rule variant with its values at the sample points.</summary>
internal sealed record EvaluatedVariant(MalRuleVariant Variant, double[] Values);
