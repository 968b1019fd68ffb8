using Differentiator.Cli;

namespace Differentiator.Tests.Support;

/// <summary>Runs <c>dx</c> inside the test process (the same <see cref="DxApp.Run"/> the tool's Main calls), for tests that run it many times.</summary>
public static class DxInProcess
{
    public static DxResult RunWithInput(string? stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = DxApp.Run(args, new CliContext(new StringReader(stdin ?? ""), output, error));
        return new DxResult(exit, output.ToString(), error.ToString());
    }

    public static DxResult Run(params string[] args) => RunWithInput(null, args);
}
