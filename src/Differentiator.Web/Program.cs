namespace Differentiator.Web;

/// <summary>
/// The server on its own, with the default options (loopback, port 5000): the entry point that
/// tests host in memory. People start the server with <c>dx serve</c>, which takes the options.
/// </summary>
public sealed class ServerProgram
{
    private ServerProgram()
    {
    }

    /// <summary>Runs the server until Ctrl-C.</summary>
    public static Task Main() => DxServer.RunAsync(new ServerOptions(), Console.Out);
}
