namespace Differentiator.Web.Tests.Support;

/// <summary>A fixture with the application in memory for all its tests, and a client of it.</summary>
public abstract class ApiFixture
{
    private DxWebFactory _factory = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The server's options (by default no rate limit, so tests do not wait for one another).</summary>
    protected virtual ServerOptions Options => new() { RequestsPerSecond = 0 };

    [OneTimeSetUp]
    public void StartServer()
    {
        _factory = new DxWebFactory(Options);
        Client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
