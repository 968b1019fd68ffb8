using Differentiator.Web;

// The server on its own, with the default options (loopback, port 5000): the entry point tests
// host in memory. People start it with `dx serve`, which takes the options.
await DxServer.RunAsync(new ServerOptions(), Console.Out);

/// <summary>The entry point (named so that tests can host the application).</summary>
public partial class Program;
