using System.Net.Sockets;
using System.Text;
using Differentiator.Web.Tests.Support;

namespace Differentiator.Web.Tests.Server;

/// <summary><c>dx serve</c> as a process: one command starts it, Ctrl-C stops it, bad options are messages, slow clients hold nothing.</summary>
[NonParallelizable]
public sealed class ServeCommandTests
{
    [Test]
    public async Task Dx_serve_answers_on_loopback_and_stops_on_ctrl_c()
    {
        await using var server = await ServeProcess.StartAsync();
        Assert.That(server.Address.Host, Is.EqualTo("127.0.0.1"));
        using var client = new HttpClient { BaseAddress = server.Address };
        var health = await client.Get("/health");
        Assert.That(health.Status, Is.EqualTo(200));
        var diff = await client.PostJson("/api/diff", """{"formula": "2x+3xy+y^3"}""");
        Assert.That(diff.Json["derivatives"]![1]!["result"]!.GetValue<string>(), Is.EqualTo("3x + 3y^2"));
        Assert.That(await server.InterruptAsync(TimeSpan.FromSeconds(20)), Is.Zero);
    }

    [TestCase("--host", "example.org", "IP address")]
    [TestCase("--port", "70000", "65535")]
    public void A_bad_option_is_a_message_and_exit_2(string option, string value, string message)
    {
        var (code, error) = RunToEnd("serve", option, value);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public void A_bad_exercise_set_is_every_problem_with_its_caret_and_exit_2_before_listening()
    {
        var set = Path.Combine(Path.GetTempPath(), $"dx-serve-bad-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(set, "title: bad\nexercises:\n  - id: a\n    function: \"2x +\"\n  - id: b\n    function: \"x^2\"\n  - id: b\n    function: \"x^3\"\n");
            var (code, output) = RunToEnd("serve", "--port", "0", "--exercises", set);
            Assert.That(code, Is.EqualTo(2));
            var name = Path.GetFileName(set);
            Assert.That(output, Does.Contain($"{name}:4:").And.Contain("exercise a").And.Contain("DX0008"));
            Assert.That(output, Does.Contain("  2x +\n      ^"), "the caret under the place");
            Assert.That(output, Does.Contain("DX0801").And.Contain("'b'"), "the duplicate id too");
            Assert.That(output, Does.Not.Contain("listening"));
        }
        finally
        {
            File.Delete(set);
        }
    }

    [Test]
    public void A_missing_exercise_set_is_a_message_and_exit_2()
    {
        var (code, output) = RunToEnd("serve", "--port", "0", "--exercises", "no-such-set.yaml");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Does.Contain("no-such-set.yaml").And.Not.Contain("listening"));
    }

    [Test]
    public async Task A_port_in_use_is_a_message_and_exit_2()
    {
        await using var server = await ServeProcess.StartAsync();
        var (code, error) = RunToEnd("serve", "--port", server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("address already in use").IgnoreCase.And.Contain("DX0201").And.Contain("--port"));
    }

    [Test]
    public async Task Slow_clients_do_not_hold_up_the_others()
    {
        await using var server = await ServeProcess.StartAsync();
        var slow = new List<TcpClient>();
        try
        {
            // Twenty clients that send half a request line and then nothing, and one that trickles a body.
            for (var i = 0; i < 20; i++)
            {
                var c = new TcpClient();
                await c.ConnectAsync(server.Address.Host, server.Address.Port);
                await c.GetStream().WriteAsync(Encoding.ASCII.GetBytes("POST /api/diff HTTP/1.1\r\nHost: x\r\nContent-Ty"));
                slow.Add(c);
            }
            var trickle = new TcpClient();
            await trickle.ConnectAsync(server.Address.Host, server.Address.Port);
            await trickle.GetStream().WriteAsync(Encoding.ASCII.GetBytes("POST /api/diff HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{\"formula\": \""));
            slow.Add(trickle);

            using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };
            for (var i = 0; i < 10; i++)
            {
                var answer = await client.PostJson("/api/parse", """{"formula": "x^2"}""");
                Assert.That(answer.Status, Is.EqualTo(200));
            }
        }
        finally
        {
            foreach (var c in slow) c.Dispose();
        }
    }

    private static (int Code, string Error) RunToEnd(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dx.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dx serve with a bad option did not end.");
        }
        return (process.ExitCode, error.Result + output.Result);
    }
}
