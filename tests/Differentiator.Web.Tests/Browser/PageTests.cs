using System.Text.RegularExpressions;
using Differentiator.Web.Tests.Support;
using Microsoft.Playwright;

namespace Differentiator.Web.Tests.Browser;

/// <summary>
/// The page in Chromium against the real <c>dx serve</c> on loopback: typing a formula, the
/// warning with its caret, hostile text shown as text, the keyboard alone, the pitfall, at desktop
/// and phone widths (screenshots beside the test assembly, in <c>screenshots/</c>).
/// </summary>
[NonParallelizable]
public sealed partial class PageTests : BrowserFixture
{
    private static async Task TypeFormula(IPage page, string formula)
    {
        var box = page.Locator("#formula");
        await box.FillAsync("");
        await box.PressSequentiallyAsync(formula, new LocatorPressSequentiallyOptions { Delay = 30 });
    }

    /// <summary>A rendered result as plain characters: no spaces, no invisible operators, no <c>^</c>.</summary>
    private static string Plain(string text) => Invisible().Replace(text, "");

    [GeneratedRegex(@"[\s\u2061\u2062\u2063^]")]
    private static partial Regex Invisible();

    [TestCase("desktop")]
    [TestCase("phone")]
    public async Task Typing_a_formula_shows_every_partial_rendered(string width)
    {
        var page = await Open(width == "phone" ? Phone : Desktop);
        await TypeFormula(page, "2x+3xy+y^3");
        var results = page.Locator("#derivatives .partial .result");
        await Assertions.Expect(results).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#reading")).ToContainTextAsync("2*x + 3*x*y + y^3");
        await Assertions.Expect(page.Locator("#derivatives .result math")).ToHaveCountAsync(2);
        var texts = await results.AllTextContentsAsync();
        Assert.That(texts.Select(Plain), Is.EqualTo(new[] { "2+3y", "3x+3y2" }));
        await Assertions.Expect(page.Locator("#value")).ToContainTextAsync("16");
        await Assertions.Expect(page.Locator("#comparison table")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"formula-{width}"), FullPage = true });
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.That(overflow, Is.False, "the page fits the width without scrolling sideways");
    }

    [Test]
    public async Task Without_an_exercise_set_there_is_no_practice_section()
    {
        var page = await Open(Desktop);
        await Assertions.Expect(page.Locator("#derivatives .partial")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#practice")).ToBeHiddenAsync();
    }

    [Test]
    public async Task A_warning_shows_with_its_caret_under_the_character()
    {
        var page = await Open(Desktop);
        await TypeFormula(page, "1/2x");
        var warning = page.Locator("#messages .message.warning");
        await Assertions.Expect(warning).ToContainTextAsync("DX1002");
        var caret = await warning.Locator("pre.caret").TextContentAsync();
        var lines = caret!.Split('\n');
        Assert.That(lines[0], Is.EqualTo("1/2x"));
        Assert.That(lines[1].Trim(), Does.Match(@"^\^+$"));
        await Assertions.Expect(page.Locator("#reading")).ToContainTextAsync("x/2");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("warning-desktop") });
    }

    [Test]
    public async Task Hostile_text_is_shown_as_text_and_runs_nothing()
    {
        var page = await Open(Desktop);
        const string payload = "<img src=x onerror=alert(1)>";
        await TypeFormula(page, payload);
        var error = page.Locator("#messages .message");
        await Assertions.Expect(error).ToHaveCountAsync(1);
        await Assertions.Expect(error.Locator("pre.caret")).ToContainTextAsync(payload);
        await page.Locator("#point").FillAsync("x=<script>alert(2)</script>");
        await TypeFormula(page, "x^2");
        await Assertions.Expect(page.Locator("#point-messages .message")).ToContainTextAsync("<script>");
        Assert.That(await page.Locator("img[src=x], #messages img, #point-messages script").CountAsync(), Is.Zero);
        Assert.That(Dialogs(page), Is.Empty, "no dialog opened");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("xss-desktop") });
    }

    [Test]
    public async Task The_keyboard_alone_types_a_formula_and_asks_for_the_steps()
    {
        var page = await Open(Desktop);
        await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("formula"));
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("e^(3x^2)", new KeyboardTypeOptions { Delay = 30 });
        await Assertions.Expect(page.Locator("#derivatives .partial")).ToHaveCountAsync(1);
        for (var i = 0; i < 20 && await page.EvaluateAsync<string>("() => document.activeElement.id") != "steps"; i++) await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("steps"));
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#derivatives details.steps pre").First).ToContainTextAsync("chain rule");
    }

    [Test]
    public async Task The_plot_of_f_and_f_prime_shows_for_a_formula_of_one_variable()
    {
        var page = await Open(Desktop);
        await TypeFormula(page, "x^3 - 3x");
        var plot = page.Locator("#plot");
        await Assertions.Expect(plot).ToBeVisibleAsync();
        Assert.That(await plot.EvaluateAsync<int>("img => img.naturalWidth"), Is.GreaterThan(0));
        await plot.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("plot-desktop"), FullPage = true });
        await TypeFormula(page, "x + y");
        await Assertions.Expect(plot).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#plot-message")).ToContainTextAsync("one variable");
    }

    [Test]
    public async Task The_relative_error_of_an_exact_zero_says_it_is_the_absolute_error()
    {
        var page = await Open(Desktop);
        await TypeFormula(page, "x^3");
        await Assertions.Expect(page.Locator("#reading")).ToContainTextAsync("x^3");
        // The point after the formula: a formula with other variables suggests its own point.
        await page.Locator("#point").FillAsync("x=0.0");
        var row = page.Locator("#comparison tr", new PageLocatorOptions { HasText = "relative error" });
        await Assertions.Expect(row).ToContainTextAsync("(absolute: the exact value is 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("relative-error-desktop"), FullPage = true });
        await page.Locator("#point").FillAsync("x=1.0");
        await Assertions.Expect(row).Not.ToContainTextAsync("absolute");
    }

    [Test]
    public async Task The_pitfall_is_one_click_away()
    {
        var page = await Open(Desktop);
        await page.Locator("#pitfall").ClickAsync();
        var tables = page.Locator("#comparison table");
        await Assertions.Expect(tables).ToHaveCountAsync(2);
        await Assertions.Expect(tables.Nth(0).Locator("caption")).ToContainTextAsync("int64");
        await Assertions.Expect(tables.Nth(0)).ToContainTextAsync("249999");
        await Assertions.Expect(tables.Nth(0).Locator("td.disagrees")).ToContainTextAsync("integer input");
        await Assertions.Expect(tables.Nth(1).Locator("caption")).ToContainTextAsync("float64");
        await Assertions.Expect(tables.Nth(1).Locator("td.agrees")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("pitfall-desktop"), FullPage = true });
        var phone = await Open(Phone);
        await phone.Locator("#pitfall").ClickAsync();
        await Assertions.Expect(phone.Locator("#comparison table")).ToHaveCountAsync(2);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("pitfall-phone"), FullPage = true });
    }
}
