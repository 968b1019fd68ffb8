using System.Text.Json;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

public class CompareCommandTests
{
    [Test]
    public void Square_at_the_integer_3_explains_the_lecture_problem()
    {
        var r = DxProcess.Run("compare", "x^2", "--at", "x=3");
        Assert.That(r.ExitCode, Is.Zero, r.Error);
        Assert.That(r.Out, Does.Contain("symbolic          2x"));
        Assert.That(r.Out, Does.Contain("exact (symbolic)  6.0"));
        Assert.That(r.Out, Does.Contain("6.000000000039306 (input as float64), abs error 3.9e-11"));
        Assert.That(r.Out, Does.Contain("249999 with an int64 gradient"));
        Assert.That(r.Out, Does.Contain("(NumPy prints [250000.])"));
        Assert.That(r.Out, Does.Contain("verdict           disagree: integer input"));
        Assert.That(r.Out, Does.Contain("3 + 1e-05 was stored as 3 and 3 - 1e-05 as 2"));
    }

    [Test]
    public void Json_has_every_column_and_the_sweep()
    {
        var r = DxProcess.Run("compare", "2x + 3xy + y^3", "--at", "x=1.0,y=2.0", "--sweep", "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Error);
        using var json = JsonDocument.Parse(r.Out);
        var x = json.RootElement.GetProperty("comparisons")[0];
        Assert.That(x.GetProperty("central").GetDouble(), Is.EqualTo(8.00000000005241));
        Assert.That(x.GetProperty("exact").GetDouble(), Is.EqualTo(8.0));
        Assert.That(x.GetProperty("symbolic").GetString(), Is.EqualTo("2 + 3y"));
        Assert.That(x.GetProperty("complex_step").GetDouble(), Is.EqualTo(8.0));
        Assert.That(x.GetProperty("verdict").GetProperty("agrees").GetBoolean(), Is.True);
        Assert.That(x.GetProperty("sweep").GetArrayLength(), Is.EqualTo(15));
        Assert.That(json.RootElement.GetProperty("comparisons")[1].GetProperty("central").GetDouble(), Is.EqualTo(15.000000000142675));
    }

    [Test]
    public void Plot_writes_a_png()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dx-sweep-{Guid.NewGuid():N}.png");
        try
        {
            var r = DxProcess.Run("compare", "exp(x)", "--at", "x=1.0", "--plot", path);
            Assert.That(r.ExitCode, Is.Zero, r.Error);
            var bytes = File.ReadAllBytes(path);
            Assert.That(bytes.Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
            Assert.That(r.Error, Does.Contain($"wrote {Path.GetFullPath(path)}"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Plot_of_a_relative_path_prints_the_full_path_as_train_does()
    {
        var folder = Directory.CreateTempSubdirectory("dx-sweep-");
        try
        {
            var r = DxProcess.RunIn(folder.FullName, null, "compare", "exp(x)", "--at", "x=1.0", "--plot", "sweep.svg");
            Assert.That(r.ExitCode, Is.Zero, r.Error);
            Assert.That(r.Error, Does.Contain($"wrote {Path.Combine(folder.FullName, "sweep.svg")}"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Plot_without_a_sweep_is_a_message_and_writes_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dx-sweep-{Guid.NewGuid():N}.png");
        var r = DxProcess.Run("compare", "sqrt(x)", "--at", "x=0.0", "--plot", path);
        Assert.That(r.ExitCode, Is.EqualTo(2), r.Error);
        Assert.That(r.Error, Does.Contain("nothing to plot"));
        Assert.That(File.Exists(path), Is.False);
    }

    [Test]
    public void Missing_coordinate_exits_with_2()
    {
        var r = DxProcess.Run("compare", "x + y", "--at", "x=1.0");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.Contain("y"));
    }
}
