using Differentiator.Cli;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary>Every file-system and I/O problem is a one-line message and exit 2; exit 1 is for a bug, with no trace unless asked for.</summary>
public class ExitCodeTests
{
    [TestCase("parse", "x")]
    [TestCase("parse", "x", "--format", "json")]
    [TestCase("diff", "x^2")]
    [TestCase("--help")]
    [TestCase("functions")]
    public void Writing_to_a_full_device_is_a_one_line_message_and_exit_2(params string[] args)
    {
        Assume.That(File.Exists("/dev/full"), "needs /dev/full (Linux)");
        var r = DxProcess.RunWithOutputTo("/dev/full", args);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput), r.Error);
        Assert.That(r.Error, Does.StartWith("error DX0501: ").And.Contain("No space left on device"));
        Assert.That(r.Error.TrimEnd('\n'), Does.Not.Contain("\n"), "one line, no stack trace");
    }

    [Test]
    public void A_bug_is_exit_1_with_a_short_message_and_the_trace_only_when_asked_for()
    {
        var quiet = Run(debug: false);
        Assert.That(quiet.ExitCode, Is.EqualTo(ExitCodes.Internal));
        Assert.That(quiet.Error, Does.StartWith("internal error (InvalidOperationException): " + FailingReader.Message));
        Assert.That(quiet.Error, Does.Contain("DX_DEBUG=1").And.Not.Contain("   at "));

        var loud = Run(debug: true);
        Assert.That(loud.ExitCode, Is.EqualTo(ExitCodes.Internal));
        Assert.That(loud.Error, Does.Contain("   at "), "the stack trace under DX_DEBUG");
    }

    private static DxResult Run(bool debug) => DxInProcess.Run(new FailingReader(), debug, "parse", "-");

    [TestCase("1", true)]
    [TestCase("true", true)]
    [TestCase("TRUE", true)]
    [TestCase("0", false)]
    [TestCase(null, false)]
    public void DX_DEBUG_turns_on_traces(string? value, bool expected) =>
        Assert.That(InternalError.DebugRequested(value), Is.EqualTo(expected));
}
