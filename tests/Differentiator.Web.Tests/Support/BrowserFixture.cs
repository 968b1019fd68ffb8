using Microsoft.Playwright;

namespace Differentiator.Web.Tests.Support;

/// <summary>
/// The real <c>dx serve</c> on loopback and Debian's Chromium, for all the tests of a class: each test
/// opens the page in a fresh browser context, which records every dialog (none may open) and logs
/// console errors.
/// </summary>
public abstract class BrowserFixture
{
    protected static readonly ViewportSize Desktop = new() { Width = 1280, Height = 1000 };
    protected static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly Dictionary<IPage, List<string>> _dialogs = [];
    private ServeProcess _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    /// <summary>The options <c>dx serve</c> is started with (beside <c>--port 0</c>).</summary>
    protected virtual string[] ServerArguments => [];

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await ServeProcess.StartAsync(ServerArguments);
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }

    protected async Task<IPage> Open(ViewportSize viewport)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error") TestContext.Out.WriteLine($"console: {message.Text}");
        };
        _dialogs[page] = dialogs;
        await page.GotoAsync(_server.Address.ToString());
        return page;
    }

    /// <summary>The messages of the dialogs <paramref name="page"/> opened.</summary>
    protected IReadOnlyList<string> Dialogs(IPage page) => _dialogs[page];
}
