using Differentiator.Web.Tests.Support;
using Microsoft.Playwright;

namespace Differentiator.Web.Tests.Browser;

/// <summary>
/// The practice section of the page against <c>dx serve --exercises</c> with the example set: pick an
/// exercise with the keyboard, answer it wrong (the verdict, the mistake by name, the counterexample),
/// then right; an answer that does not parse shows its caret, a hostile one shows as text.
/// </summary>
[NonParallelizable]
public sealed class PracticePageTests : BrowserFixture
{
    protected override string[] ServerArguments => ["--exercises", ExampleSet.Path];

    private static async Task Answer(IPage page, string answer)
    {
        var box = page.Locator("#answer");
        await box.FillAsync("");
        await box.PressSequentiallyAsync(answer, new LocatorPressSequentiallyOptions { Delay = 20 });
        await box.PressAsync("Enter");
    }

    /// <summary>Tabs to the exercise list and picks <paramref name="id"/> with the arrow keys.</summary>
    private static async Task PickWithKeyboard(IPage page, string id)
    {
        for (var i = 0; i < 60 && await page.EvaluateAsync<string>("() => document.activeElement.id") != "exercise"; i++) await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("exercise"), "the exercise list is reached with Tab");
        for (var i = 0; i < 30 && await page.Locator("#exercise").InputValueAsync() != id; i++) await page.Keyboard.PressAsync("ArrowDown");
        Assert.That(await page.Locator("#exercise").InputValueAsync(), Is.EqualTo(id), "the exercise is picked with the arrow keys");
    }

    [TestCase("desktop")]
    [TestCase("phone")]
    public async Task One_practice_round_wrong_then_right(string width)
    {
        var page = await Open(width == "phone" ? Phone : Desktop);
        var practice = page.Locator("#practice");
        await Assertions.Expect(practice).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#practice-heading")).ToContainTextAsync("Lecture 5: derivatives");
        await PickWithKeyboard(page, "p3-dx");
        await Assertions.Expect(page.Locator("#task")).ToContainTextAsync("d/dx");
        await Assertions.Expect(page.Locator("#task math")).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("answer"));
        await Answer(page, "2 + 3y + y^3");
        var verdict = page.Locator("#verdict");
        await Assertions.Expect(verdict.Locator(".verdict-line")).ToContainTextAsync("incorrect");
        await Assertions.Expect(verdict.Locator(".verdict-line")).ToContainTextAsync("0 of 2 points");
        await Assertions.Expect(verdict.Locator(".diagnosis")).ToContainTextAsync("constant-kept");
        await Assertions.Expect(verdict.Locator(".feedback")).ToContainTextAsync("constant in x");
        await Assertions.Expect(verdict.Locator("table.counterexample")).ToContainTextAsync("x = ");
        await practice.ScreenshotAsync(new LocatorScreenshotOptions { Path = Chromium.ScreenshotPath($"practice-wrong-{width}") });

        await Answer(page, "3y + 2");
        await Assertions.Expect(verdict.Locator(".verdict-line")).ToContainTextAsync("correct 2 of 2 points");
        await Assertions.Expect(verdict.Locator(".diagnosis, table.counterexample")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"practice-right-{width}"), FullPage = true });
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.That(overflow, Is.False, "the page fits the width without scrolling sideways");
    }

    [Test]
    public async Task An_answer_that_does_not_parse_shows_its_caret_and_hostile_text_stays_text()
    {
        var page = await Open(Desktop);
        await Assertions.Expect(page.Locator("#practice")).ToBeVisibleAsync();
        await page.Locator("#exercise").SelectOptionAsync("p3-dx");
        await Answer(page, "2x +");
        var verdict = page.Locator("#verdict");
        await Assertions.Expect(verdict.Locator(".verdict-line")).ToContainTextAsync("invalid");
        await Assertions.Expect(verdict.Locator(".message")).ToContainTextAsync("DX0008");
        var caret = (await verdict.Locator("pre.caret").TextContentAsync())!.Split('\n');
        Assert.That(caret, Is.EqualTo(new[] { "2x +", "    ^" }));

        const string payload = "<img src=x onerror=alert(1)>";
        await Answer(page, payload);
        await Assertions.Expect(verdict.Locator("pre.caret")).ToContainTextAsync(payload);
        Assert.That(await page.Locator("#verdict img").CountAsync(), Is.Zero);
        Assert.That(Dialogs(page), Is.Empty, "no dialog opened");
    }

    [Test]
    public async Task A_value_exercise_asks_for_numbers_at_its_point()
    {
        var page = await Open(Desktop);
        await Assertions.Expect(page.Locator("#practice")).ToBeVisibleAsync();
        await page.Locator("#exercise").SelectOptionAsync("p3-value");
        await Assertions.Expect(page.Locator("#task")).ToContainTextAsync("at x = 1, y = 2");
        await Answer(page, "[8, 15]");
        await Assertions.Expect(page.Locator("#verdict .verdict-line")).ToContainTextAsync("correct");
    }
}
