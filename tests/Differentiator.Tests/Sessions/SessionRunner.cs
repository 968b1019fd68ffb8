using Differentiator.Sessions;

namespace Differentiator.Tests.Sessions;

/// <summary>Runs lines through a session, as a person would type them.</summary>
internal static class SessionRunner
{
    /// <summary>Every step, in order.</summary>
    public static IReadOnlyList<SessionStep> Steps(params string[] lines)
    {
        var session = Session.Empty;
        var steps = new List<SessionStep>();
        foreach (var line in lines)
        {
            var step = session.Run(line);
            Assert.That(step.Result is ErrorResult { IsBug: true }, Is.False, () => $"bug on '{line}': {((ErrorResult)step.Result).Error.Message}");
            steps.Add(step);
            session = step.Session;
        }
        return steps;
    }

    /// <summary>The result of the last line.</summary>
    public static SessionResult Last(params string[] lines) => Steps(lines)[^1].Result;

    /// <summary>The last line's result, which must be of type <typeparamref name="T"/>.</summary>
    public static T Last<T>(params string[] lines) where T : SessionResult
    {
        var result = Last(lines);
        Assert.That(result, Is.InstanceOf<T>(), () => result is ErrorResult e ? e.Error.Render() : result.ToString());
        return (T)result;
    }

    /// <summary>The text of the last line's formula result.</summary>
    public static string Text(params string[] lines) => Last<FormulaResult>(lines).Formula.ToText();

    /// <summary>The last line's error.</summary>
    public static Reports.ErrorReport Error(params string[] lines) => Last<ErrorResult>(lines).Error;

    public const string F = "f(x, y) = 2x + 3xy + y^3";
}
