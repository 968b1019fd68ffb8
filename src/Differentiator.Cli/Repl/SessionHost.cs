using Differentiator.Sessions;

namespace Differentiator.Cli.Repl;

/// <summary>
/// Holds the current session and does the file work its results ask for (<c>:save</c>,
/// <c>:load</c>, <c>plot</c>): the only I/O of the REPL besides reading lines and printing.
/// </summary>
public sealed class SessionHost(IPlotWriter plots)
{
    /// <summary>The session after the last line.</summary>
    public Session Session { get; private set; } = Session.Empty;

    /// <summary>Whether a line asked to end the session.</summary>
    public bool Quit { get; private set; }

    /// <summary>Whether any line so far failed.</summary>
    public bool HadErrors { get; private set; }

    /// <summary>Runs a line and carries out what its result asks of the front end.</summary>
    public SessionStep Submit(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var step = Session.Run(line);
        step = step.Result switch
        {
            SaveRequest save => Save(step, save),
            LoadRequest load => Load(step, load),
            PlotRequest plot => Plot(step, plot),
            QuitRequest => Ending(step),
            _ => step,
        };
        Session = step.Session;
        HadErrors |= step.Result.IsError;
        return step;
    }

    private SessionStep Ending(SessionStep step)
    {
        Quit = true;
        return step;
    }

    private static SessionStep Save(SessionStep step, SaveRequest save)
    {
        try
        {
            File.WriteAllText(save.Path, save.Text);
            return step;
        }
        catch (Exception e) when (CliErrors.From(e) is { } error)
        {
            return step with { Result = new ErrorResult(error with { Message = $"Cannot write {save.Path}: {e.Message}" }) };
        }
    }

    private SessionStep Load(SessionStep step, LoadRequest load)
    {
        string text;
        try
        {
            text = File.ReadAllText(load.Path);
        }
        catch (Exception e) when (CliErrors.From(e) is { } error)
        {
            return step with { Result = new ErrorResult(error with { Message = $"Cannot read {load.Path}: {e.Message}" }) };
        }
        return Session.Load(load.Path, text) with { Line = step.Line };
    }

    private SessionStep Plot(SessionStep step, PlotRequest plot)
    {
        try
        {
            return step with { Result = new FileWrittenResult(plots.Write(plot), "the plot") { Messages = plot.Messages } };
        }
        catch (NotSupportedException e)
        {
            return step with { Result = new NoticeResult(e.Message) { Messages = plot.Messages } };
        }
        catch (Exception e) when (CliErrors.From(e) is { } error)
        {
            return step with { Result = new ErrorResult(error) };
        }
    }
}
