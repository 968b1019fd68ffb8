using System.Diagnostics;
using Microsoft.Playwright;

namespace Differentiator.Web.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (which cannot download a browser here): installed with
/// apt-get when missing and the tests run as root, launched headless.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        EnsureInstalled();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
            Timeout = 60_000,
        });
        return (playwright, browser);
    }

    /// <summary>Where the tests save their screenshots (beside the test assembly).</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    private static void EnsureInstalled()
    {
        if (File.Exists(ExecutablePath)) return;
        if (Environment.UserName != "root") Assert.Ignore($"{ExecutablePath} is missing; install Debian's chromium (apt-get install -y chromium) to run the browser tests.");
        if (!Run("apt-get", "install", "-y", "-q", "chromium")) Run("apt-get", "update", "-q");
        if (!File.Exists(ExecutablePath) && !Run("apt-get", "install", "-y", "-q", "chromium"))
            Assert.Fail("apt-get install -y chromium failed; the browser tests need Debian's chromium.");
    }

    private static bool Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        return process.WaitForExit(TimeSpan.FromMinutes(10)) && process.ExitCode == 0;
    }
}
