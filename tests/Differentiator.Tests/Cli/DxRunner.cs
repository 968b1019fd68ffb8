using Differentiator.Cli;

namespace Differentiator.Tests.Cli;

/// <summary>Runs <c>dx</c> in-process with captured streams.</summary>
internal static class DxRunner
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = DxApp.Run(args, new CliContext(new StringReader(""), output, error));
        return (exit, output.ToString(), error.ToString());
    }
}
