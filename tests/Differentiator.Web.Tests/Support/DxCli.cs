using Differentiator.Cli;

namespace Differentiator.Web.Tests.Support;

/// <summary>Runs a <c>dx</c> command in this process and returns what it wrote to standard output.</summary>
public static class DxCli
{
    public static (int ExitCode, string Out) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DxApp.Run(args, new CliContext(TextReader.Null, output, error));
        return (code, output.ToString());
    }
}
