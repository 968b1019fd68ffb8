using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary><c>dx grad</c> through the real process.</summary>
public class GradCommandTests
{
    [Test]
    public void Lecture_problem_3()
    {
        var (exit, output, _) = DxProcess.Run("grad", "2x + 3xy + y^3", "--at", "x=1.0,y=2.0");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Is.EqualTo("[8, 15]\n"));
    }

    [Test]
    public void Lecture_problem_4()
    {
        var (_, output, _) = DxProcess.Run("grad", "wx + xyz + 3w + zy^2", "--at", "w=1.0,x=2.0,y=3.0,z=4.0");
        Assert.That(output, Is.EqualTo("[5, 13, 32, 15]\n"));
    }

    [Test]
    public void Code_format_prints_the_symbolic_vector_too()
    {
        var (_, output, _) = DxProcess.Run("grad", "x^2 y", "--at", "x=3.0,y=1.0", "--format", "code");
        Assert.That(output, Is.EqualTo("(2*x*y, x^2)\n[6, 9]\n"));
    }

    [Test]
    public void Json_carries_the_gradient()
    {
        using var doc = JsonDocument.Parse(DxProcess.Run("grad", "x^2", "--at", "x=3.0", "--format", "json").Out);
        Assert.That(doc.RootElement.GetProperty("gradient").EnumerateArray().Select(v => v.GetDouble()), Is.EqualTo(new[] { 6.0 }));
        Assert.That(doc.RootElement.GetProperty("derivatives")[0].GetProperty("result").GetString(), Is.EqualTo("2x"));
    }

    [Test]
    public void At_is_required()
    {
        var (exit, _, error) = DxProcess.Run("grad", "x^2");
        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("--at"));
    }
}
