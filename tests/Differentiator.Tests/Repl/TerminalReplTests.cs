using Differentiator.Tests.Support;

namespace Differentiator.Tests.Repl;

/// <summary>The REPL on a real pseudo-terminal (tmux): line editing, history, completion, the caret under the typed line.</summary>
[NonParallelizable]
public class TerminalReplTests
{
    private DirectoryInfo _data = null!;

    [SetUp]
    public void Install()
    {
        if (!Tmux.EnsureInstalled()) Assert.Ignore("tmux is not installed and cannot be installed here (not root); .ci/run installs it.");
        _data = Directory.CreateTempSubdirectory("dx-repl-data-");
    }

    [TearDown]
    public void Clean() => _data?.Delete(recursive: true);

    private Tmux StartRepl(string arguments = "") =>
        Tmux.Start($"XDG_DATA_HOME='{_data.FullName}' NO_COLOR=1 exec dotnet '{Path.Combine(AppContext.BaseDirectory, "dx.dll")}' {arguments}");

    [Test]
    public void TypeEditRecallCompleteAndQuit()
    {
        using var tmux = StartRepl();
        tmux.WaitFor("\ndx>");
        // The prompt is printed just before the line editor takes the keyboard: keys sent in that
        // moment reach the terminal's own echo (^[OD) instead of the editor.
        Thread.Sleep(1000);

        // Edit with the arrow keys: "1 + 3", back to just after the 1, insert 0.
        tmux.Type("1 + 3");
        tmux.WaitFor(s => s.TrimEnd().EndsWith("dx> 1 + 3", StringComparison.Ordinal), "the typed line");
        tmux.Press("Left", "Left", "Left", "Left");
        tmux.Type("0");
        tmux.Press("Enter");
        tmux.WaitFor("dx> 10 + 3\n13\n");

        // Recall with Up, change the end, run it again.
        tmux.Press("Up");
        tmux.WaitFor(s => s.TrimEnd().EndsWith("dx> 10 + 3", StringComparison.Ordinal), "the recalled line");
        tmux.Press("End", "BSpace");
        tmux.Type("4");
        tmux.Press("Enter");
        tmux.WaitFor("dx> 10 + 4\n14\n");

        // Complete a defined name and a built-in function with Tab.
        tmux.Type("velocity(t) = 3t^2");
        tmux.Press("Enter");
        tmux.WaitFor("velocity(t) = 3t^2\nvelocity(t) = 3t^2\n");
        tmux.Type("velo");
        tmux.Press("Tab");
        tmux.WaitFor(s => s.TrimEnd().EndsWith("dx> velocity", StringComparison.Ordinal), "the completed name");
        tmux.Type("(2) + sigm");
        tmux.Press("Tab");
        tmux.WaitFor(s => s.TrimEnd().EndsWith("dx> velocity(2) + sigmoid", StringComparison.Ordinal), "the completed function");
        tmux.Type("(0)");
        tmux.Press("Enter");
        tmux.WaitFor("12.5\n");

        // An error's caret sits right under the character typed after the prompt.
        tmux.Type("2x + foo(x)");
        tmux.Press("Enter");
        var screen = tmux.WaitFor("Unknown function 'foo'");
        Assert.That(screen, Does.Contain("dx> 2x + foo(x)\n         ^^^\nerror DX0005 at 6: Unknown function 'foo'."));

        tmux.Type(":quit");
        tmux.Press("Enter");
        tmux.WaitForExit();

        var history = File.ReadAllLines(Path.Combine(_data.FullName, "dx", "history"));
        Assert.That(history, Is.EqualTo(new[] { "10 + 3", "10 + 4", "velocity(t) = 3t^2", "velocity(2) + sigmoid(0)", "2x + foo(x)", ":quit" }));
    }

    [Test]
    public void HistoryIsKeptAcrossSessionsAndCtrlDEnds()
    {
        Directory.CreateDirectory(Path.Combine(_data.FullName, "dx"));
        File.WriteAllLines(Path.Combine(_data.FullName, "dx", "history"), ["d/dx x^3"]);
        using var tmux = StartRepl("repl");
        tmux.WaitFor("\ndx>");
        Thread.Sleep(1000);
        tmux.Press("Up");
        tmux.WaitFor(s => s.TrimEnd().EndsWith("dx> d/dx x^3", StringComparison.Ordinal), "the line of the last session");
        tmux.Press("Enter");
        tmux.WaitFor("3x^2\n");
        tmux.Press("C-d");
        tmux.WaitForExit();
    }
}
