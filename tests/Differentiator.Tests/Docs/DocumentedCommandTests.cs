using Differentiator.Tests.Support;

namespace Differentiator.Tests.Docs;

/// <summary>The reading of <c>$ dx</c> examples that <see cref="ReadmeCommandTests"/> relies on.</summary>
public class DocumentedCommandTests
{
    private const string Markdown = "text\n```\n$ dx seq \"a(n) = 2n\" --terms 2\na(n) for n = 1..2:\n2, 4\n$ dx plot 'x^2'\n…\n```\n$ dx outside a fence\n";

    [Test]
    public void Blocks_split_into_commands_and_the_lines_they_show()
    {
        var commands = DocumentedCommand.Extract(Markdown);
        Assert.That(commands.Select(c => c.Line), Is.EqualTo(new[] { 3, 6 }));
        Assert.That(commands[0].Arguments, Is.EqualTo(new[] { "seq", "a(n) = 2n", "--terms", "2" }));
        Assert.That(commands[0].Shown, Is.EqualTo(new[] { "a(n) for n = 1..2:", "2, 4" }));
        Assert.That(commands[1].Arguments, Is.EqualTo(new[] { "plot", "x^2" }));
    }

    [TestCase("a\nb\n", true)]
    [TestCase("a\nb", true)]
    [TestCase("a\nc\n", false)]
    [TestCase("a\nb\nc\n", false)]
    [TestCase("a\n", false)]
    [TestCase("", false)]
    public void Shown_lines_match_exactly(string output, bool matches) =>
        Assert.That(new DocumentedCommand(1, "$ dx x", ["a", "b"]).IsShownBy(output), Is.EqualTo(matches));

    [TestCase("a\nz\n", true)]
    [TestCase("a\n1\n2\nz\n", true)]
    [TestCase("a\n1\nz\n2\n", false)]
    [TestCase("z\n", false)]
    public void An_ellipsis_line_matches_any_lines(string output, bool matches) =>
        Assert.That(new DocumentedCommand(1, "$ dx x", ["a", "…", "z"]).IsShownBy(output), Is.EqualTo(matches));

    [TestCase("diff \"say \\\"hi\\\" \\\\ \" x", new[] { "diff", "say \"hi\" \\ ", "x" })]
    [TestCase("a'b c'\"d\"  e\\ f", new[] { "ab cd", "e f" })]
    [TestCase("numdiff \"x^2\" --at \"[3]\"", new[] { "numdiff", "x^2", "--at", "[3]" })]
    public void Words_split_as_a_shell_splits_them(string line, string[] words) =>
        Assert.That(ShellWords.Split(line), Is.EqualTo(words));

    [TestCase("diff \"$HOME\"")]
    [TestCase("numdiff x^2 --at [3]")]
    [TestCase("diff x^2 > out.txt")]
    [TestCase("diff \"x^2")]
    [TestCase("plot ~/f.png")]
    public void What_a_shell_would_expand_is_refused(string line) =>
        Assert.That(() => ShellWords.Split(line), Throws.ArgumentException);
}
