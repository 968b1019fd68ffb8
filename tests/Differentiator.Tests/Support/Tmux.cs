using System.Diagnostics;

namespace Differentiator.Tests.Support;

/// <summary>
/// A program running under a pseudo-terminal in a private tmux server: type keys, read the screen.
/// Waits poll the screen until what is expected appears, within a bounded time.
/// </summary>
public sealed class Tmux : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _socket = "dx-test-" + Guid.NewGuid().ToString("N")[..12];

    private Tmux() { }

    /// <summary>Whether tmux is installed; installs it (<see cref="AptGet"/>) when missing.</summary>
    public static bool EnsureInstalled()
    {
        if (Found()) return true;
        return AptGet.Install("tmux") && Found();
    }

    /// <summary>Starts <paramref name="command"/> (a shell command) in a terminal of the given size.</summary>
    public static Tmux Start(string command, int width = 100, int height = 30)
    {
        var tmux = new Tmux();
        tmux.Tmux_("new-session", "-d", "-s", "t", "-x", width.ToString(), "-y", height.ToString(), command);
        return tmux;
    }

    /// <summary>Types literal text.</summary>
    public void Type(string text) => Tmux_("send-keys", "-t", "t", "-l", text);

    /// <summary>Presses keys by tmux name: Enter, Left, Up, Tab, BSpace, C-d.</summary>
    public void Press(params string[] keys) => Tmux_(["send-keys", "-t", "t", .. keys]);

    /// <summary>The visible screen, one string per line.</summary>
    public string Screen() => Tmux_("capture-pane", "-p", "-t", "t");

    /// <summary>Waits until the screen satisfies <paramref name="condition"/>; fails with the screen after the patience runs out.</summary>
    public string WaitFor(Func<string, bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        var screen = "";
        while (clock.Elapsed < Patience)
        {
            screen = Running() ? Screen() : screen;
            if (condition(screen)) return screen;
            Thread.Sleep(50);
        }
        Assert.Fail($"Waited {Patience.TotalSeconds} s for {what}; the screen was:\n{screen}");
        return screen;
    }

    /// <summary>Waits until the screen contains <paramref name="text"/>.</summary>
    public string WaitFor(string text) => WaitFor(s => s.Contains(text, StringComparison.Ordinal), $"'{text}'");

    /// <summary>Waits until the program has ended (its session closed).</summary>
    public void WaitForExit()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience && Running()) Thread.Sleep(50);
        Assert.That(Running(), Is.False, "the program did not end");
    }

    private bool Running() => Run("tmux", ["-L", _socket, "has-session", "-t", "t"], TimeSpan.FromSeconds(10)).ExitCode == 0;

    public void Dispose() => Run("tmux", ["-L", _socket, "kill-server"], TimeSpan.FromSeconds(10));

    private string Tmux_(params string[] args)
    {
        var result = Run("tmux", ["-L", _socket, .. args], TimeSpan.FromSeconds(10));
        Assert.That(result.ExitCode, Is.EqualTo(0), () => $"tmux {string.Join(' ', args)}: {result.Error}");
        return result.Out;
    }

    private static bool Found()
    {
        try { return Run("tmux", ["-V"], TimeSpan.FromSeconds(10)).ExitCode == 0; }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    private static DxResult Run(string file, string[] args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file);
        foreach (var a in args) start.ArgumentList.Add(a);
        return ChildProcess.Run(start, null, timeout);
    }
}
