using Differentiator.Sessions;

namespace Differentiator.Cli.Repl;

/// <summary>
/// Runs one line of each kind through a throw-away session on a background thread while the person
/// types the first line, so that the just-in-time compiler has done its work (0.1–0.8 s per kind of
/// line the first time in a process) before the REPL must answer.
/// </summary>
internal static class WarmUp
{
    private static readonly string[] Lines =
    [
        "f(x, y) = 2x + 3xy + y^3", "d/dx f", "grad f at (1, 2)", "f(1, 2)", "g(x) = x^2", "g'(3)", "hessian f",
        "steps d/dx e^(3x^2)", "numdiff x^2 at [3]", "compare x^2 at x=3", "h(x) = f(x, 2)", "2x + foo(x)", ":defs", ":help",
    ];

    public static void Start() => ThreadPool.QueueUserWorkItem(_ =>
    {
        var session = Session.Empty;
        foreach (var line in Lines) session = session.Run(line).Session;
    });
}
