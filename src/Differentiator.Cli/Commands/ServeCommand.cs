using System.CommandLine;
using System.Runtime.CompilerServices;
using Differentiator.Grading;
using Differentiator.Web;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx serve [--port 5000] [--host 127.0.0.1] [--rate-limit 100] [--exercises set.yaml]</c>: the web
/// page and JSON API, on loopback unless told otherwise, until Ctrl-C; with an exercise set, the
/// practice mode too (the set is checked first: a set with a problem is exit 2 before anything
/// listens). The web server's assembly loads only when this command runs, so the other commands
/// start as fast as before.
/// </summary>
public static class ServeCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "serve",
        "Serve the web page and JSON API (parse, diff, compare, plot, practice) until Ctrl-C.",
        [
            new("dx serve", "the page on http://127.0.0.1:5000, this machine only"),
            new("dx serve --host 0.0.0.0 --port 8080", "every interface: students on the network"),
            new("dx serve --exercises examples/grading/exercises.yaml", "with a practice mode over the set"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
    {
        var port = new Option<int>("--port") { Description = "The port (0: any free one, printed at start).", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on: 127.0.0.1 (this machine only, the default), 0.0.0.0 (every interface) or another IP address.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var rateLimit = new Option<int>("--rate-limit")
        {
            Description = "Requests per second one client address may make (bursts of twice as many); 0 turns the limit off.",
            DefaultValueFactory = _ => 100,
        };
        var exercises = new Option<string?>("--exercises") { Description = "An exercise set (YAML or JSON, as dx grade reads) for the practice mode; checked before the server starts." };
        var command = new Command(spec.Name, spec.Description)
        {
            port, host, rateLimit, exercises,
        };
        command.SetAction(result => DxApp.Guard(context, OutputFormat.Text, () =>
        {
            PreparedSet? set = null;
            if (result.GetValue(exercises) is { } path)
            {
                var check = GradingJob.Check(path);
                if (!check.IsValid)
                {
                    ExerciseSetText.ReportProblems(context, check);
                    return ExitCodes.BadInput;
                }
                set = PreparedSet.From(check);
                context.Out.WriteLine($"dx serve: practice set '{set.Title}' from {path}, {ExerciseSetText.Count(set.Exercises.Count)}");
            }
            return Serve(context, result.GetValue(host)!, result.GetValue(port), result.GetValue(rateLimit), set);
        }, OperationBudget.Unlimited)); // each exercise and each request has its own budget
        return command;
    }

    // Kept out of line: the web assembly (and ASP.NET Core) load when this method is compiled, that is only for dx serve.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Serve(CliContext context, string host, int port, int rateLimit, PreparedSet? exercises)
    {
        var options = new ServerOptions { Host = host, Port = port, RequestsPerSecond = rateLimit, Exercises = exercises };
        // The server runs in a clean execution context: its requests set their own budget.
        Task server;
        using (ExecutionContext.SuppressFlow()) server = Task.Run(() => DxServer.RunAsync(options, context.Out));
        server.GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }
}
