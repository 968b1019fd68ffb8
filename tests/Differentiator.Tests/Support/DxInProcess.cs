using Differentiator.Cli;

namespace Differentiator.Tests.Support;

/// <summary>Runs <c>dx</c> inside the test process (the same <see cref="DxApp.Run"/> the tool's Main calls), for tests that run it many times.</summary>
public static class DxInProcess
{
    public static DxResult RunWithInput(string? stdin, params string[] args) => Run(new StringReader(stdin ?? ""), debug: false, args);

    public static DxResult Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs dx reading <paramref name="stdin"/>, with traces on internal errors when <paramref name="debug"/> (as <c>DX_DEBUG=1</c>).</summary>
    public static DxResult Run(TextReader stdin, bool debug, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = DxApp.Run(args, new CliContext(stdin, output, error) { Debug = debug });
        return new DxResult(exit, output.ToString(), error.ToString());
    }
}
