using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>
/// What a derivative taken with one mistake gives, the mistake's code, and the sentence that tells
/// the student (written when first asked for: most variants never explain an answer).
/// </summary>
internal sealed class MalRuleVariant(DiagnosisCode code, Expr expression, Func<string> explain)
{
    private readonly Lazy<string> _explanation = new(explain);

    public DiagnosisCode Code { get; } = code;

    public Expr Expression { get; } = expression;

    public string Explanation => _explanation.Value;
}
