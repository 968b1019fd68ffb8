using System.Diagnostics;
using Differentiator.Grading;
using Differentiator.Tests.Support;
using Microsoft.Playwright;

namespace Differentiator.Tests.Grading;

/// <summary>
/// The HTML report opened in headless Chromium (Debian's, through Playwright with its executable
/// path, since Playwright cannot download browsers here): its text is there, formulas are drawn as
/// math, and nothing from the answers file runs. A screenshot is saved with the test results.
/// </summary>
[NonParallelizable]
public class HtmlReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private const string Hostile = "student,exercise,answer\n"
        + "mallory,sigmoid,<img src=x onerror=alert(1)>\n"
        + "mallory,product,<script>alert('x')</script>\n"
        + "mallory,quotient,\"\"\"><svg onload=alert(2)>\"\n"
        + "<b onmouseover=alert(3)>eve</b>,rules,6x + e^x\n"
        + "mallory,root,javascript:alert(4)\n";

    private string _dir = "";
    private string _html = "";

    [OneTimeSetUp]
    public void WriteReport()
    {
        EnsureChromium();
        _dir = Path.Combine(Path.GetTempPath(), "dx-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        var examples = Path.Combine(AppContext.BaseDirectory, "Examples", "grading");
        var answers = Path.Combine(_dir, "answers.csv");
        File.WriteAllText(answers, File.ReadAllText(Path.Combine(examples, "answers.csv")) + Hostile.Split('\n', 2)[1]);
        _html = Path.Combine(_dir, "report.html");
        GradingJob.Prepare(new GradingJobOptions
        {
            ExercisesPath = Path.Combine(examples, "exercises.yaml"),
            AnswersPath = answers,
            Output = GradingOutput.None,
            HtmlPath = _html,
        }).Run(TextWriter.Null);
    }

    [OneTimeTearDown]
    public void RemoveFolder()
    {
        if (_dir.Length > 0) Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public async Task The_report_renders_its_text_and_runs_nothing_from_the_answers()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var dialogs = new List<string>();
        var console = new List<string>();
        var errors = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) => console.Add(message.Text);
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(_html).AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.Locator("td:has-text('<img src=x onerror=alert(1)>')").First.HoverAsync();
        await page.Locator("td:has-text('<b onmouseover=alert(3)>eve</b>')").First.HoverAsync();

        var text = await page.InnerTextAsync("body");
        Assert.That(text, Does.Contain("Lecture 5: derivatives"));
        Assert.That(text, Does.Contain("You differentiated sqrt(6x) as 1/(2 sqrt(6x)): the inner function 6x contributes a factor 6."));
        Assert.That(text, Does.Contain("<img src=x onerror=alert(1)>"), "the answer is shown as text");
        Assert.That(text, Does.Contain("<script>alert('x')</script>"));
        Assert.That(text, Does.Contain("\"><svg onload=alert(2)>"));
        Assert.That(text, Does.Contain("<b onmouseover=alert(3)>eve</b>"));
        Assert.That(await page.Locator("h2").AllInnerTextsAsync(), Is.EqualTo(new[] { "Students", "Exercises", "Answers" }));
        Assert.That(await page.Locator("table.answers tbody tr").CountAsync(), Is.EqualTo(75));
        Assert.That(await page.Locator("script, img, svg, iframe, object, embed, b").CountAsync(), Is.Zero, "no element came from the answers");
        Assert.That(await page.Locator("section.exercise math").CountAsync(), Is.GreaterThanOrEqualTo(34), "each exercise's function and expected derivative are drawn as MathML");
        Assert.That(await page.Locator("table.answers .reading math").CountAsync(), Is.GreaterThan(40), "answers as read are drawn as MathML");
        var fraction = await page.Locator("section.exercise math mfrac").First.BoundingBoxAsync();
        var letter = await page.Locator("section.exercise math mi").First.BoundingBoxAsync();
        Assert.That(fraction!.Height, Is.GreaterThan(1.3 * letter!.Height), "a fraction is laid out stacked: the browser draws the MathML");

        var top = Path.Combine(TestContext.CurrentContext.WorkDirectory, "grading-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = top });
        TestContext.AddTestAttachment(top, "The HTML report in headless Chromium: the totals");
        await page.Locator("table.answers tr:has-text('mallory')").First.ScrollIntoViewIfNeededAsync();
        var answers = Path.Combine(TestContext.CurrentContext.WorkDirectory, "grading-report-answers.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = answers });
        TestContext.AddTestAttachment(answers, "The HTML report in headless Chromium: hostile answers shown as text");

        Assert.That(dialogs, Is.Empty, "no alert ran");
        Assert.That(console, Is.Empty, "no script wrote to the console, and nothing was blocked");
        Assert.That(errors, Is.Empty);
    }

    /// <summary>Installs Debian's chromium when it is missing (as root, as CI runs); without it the test cannot run.</summary>
    private static void EnsureChromium()
    {
        if (File.Exists(Chromium)) return;
        if (Environment.UserName != "root") Assert.Fail($"{Chromium} is missing; install it with: apt-get install -y chromium");
        Run("apt-get", "update");
        Run("apt-get", "install -y --no-install-recommends chromium");
        Assert.That(File.Exists(Chromium), Is.True, "apt-get installed chromium");
    }

    private static void Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        ChildProcess.Run(start, null, TimeSpan.FromMinutes(15));
    }
}
