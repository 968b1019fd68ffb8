using System.Xml.Linq;
using Differentiator.Tests.Support;
using SkiaSharp;

namespace Differentiator.Tests.Cli;

[Parallelizable(ParallelScope.Children)]
public class PlotCommandTests
{
    /// <summary>Where the pictures go, to be looked at after a run: plots/ under the test output.</summary>
    private static string PlotFolder => Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "plots")).FullName;

    [TestCase("cubic-with-derivative.png", "x^3 - 3x", "--derivative")]
    [TestCase("reciprocal.png", "1/x")]
    [TestCase("tan.png", "tan x", "--from", "-3", "--to", "3")]
    [TestCase("abs-with-derivative.png", "|x|", "--derivative")]
    [TestCase("step-and-sigmoid.png", "step(x)", "sigmoid(x)")]
    [TestCase("activations.png", "relu(x)", "tanh(x)", "softplus(x)")]
    public void Plot_writes_a_png_with_curves_and_text(string file, params string[] args)
    {
        var path = Path.Combine(PlotFolder, file);
        File.Delete(path);
        var r = DxProcess.Run(["plot", .. args, "--out", path]);
        Assert.That(r.ExitCode, Is.Zero, r.Error);
        Assert.That(r.Out.Trim(), Is.EqualTo(path));
        var bytes = File.ReadAllBytes(path);
        Assert.That(PngSize(bytes), Is.EqualTo((800, 500)));
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.That(DistinctColours(bitmap, 0, bitmap.Height), Is.GreaterThan(100), "antialiased curves and text give many colours");
        Assert.That(DarkPixels(bitmap, 0, 32), Is.GreaterThan(20), "the title's letters are drawn");
        Assert.That(DarkPixels(bitmap, bitmap.Height - 60, bitmap.Height), Is.GreaterThan(50), "the legend's letters are drawn");
    }

    [Test]
    public void Svg_is_xml_with_the_labels_as_text()
    {
        var path = Path.Combine(PlotFolder, "step-and-sigmoid.svg");
        var r = DxProcess.Run("plot", "step(x)", "sigmoid(x)", "--derivative", "--out", path);
        Assert.That(r.ExitCode, Is.Zero, r.Error);
        var svg = XDocument.Load(path);
        Assert.That(svg.Root!.Name.LocalName, Is.EqualTo("svg"));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.That(texts, Does.Contain("step(x), sigmoid(x) and their derivatives"));
        Assert.That(texts, Does.Contain("f(x) = step(x)").And.Contain("g(x) = sigmoid(x)").And.Contain("f'(x) = 0"));
        Assert.That(texts, Does.Contain("x"));
    }

    [Test]
    public void Without_out_it_writes_plot_png_in_the_current_folder()
    {
        var folder = Directory.CreateTempSubdirectory("dx-plot-");
        try
        {
            var r = DxProcess.RunIn(folder.FullName, null, "plot", "sin x");
            Assert.That(r.ExitCode, Is.Zero, r.Error);
            Assert.That(File.Exists(Path.Combine(folder.FullName, "plot.png")), Is.True);
            Assert.That(r.Out.Trim(), Is.EqualTo(Path.Combine(folder.FullName, "plot.png")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void The_repl_plot_writes_plot_png_and_says_where()
    {
        var folder = Directory.CreateTempSubdirectory("dx-repl-plot-");
        try
        {
            var r = DxProcess.RunIn(folder.FullName, "f(x) = x^3 - 3x\nplot f from -2 to 2\n");
            Assert.That(r.ExitCode, Is.Zero, r.Error);
            var path = Path.Combine(folder.FullName, "plot.png");
            Assert.That(r.Out, Does.Contain($"wrote the plot to {path}"));
            Assert.That(PngSize(File.ReadAllBytes(path)), Is.EqualTo((800, 500)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [TestCase("x + y", "one variable")]
    [TestCase("ln(x - 100)", "no value anywhere")]
    public void Formulas_it_cannot_draw_are_explained(string formula, string message)
    {
        var r = DxProcess.Run("plot", formula, "--out", Path.Combine(PlotFolder, "never.png"));
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.Contain(message));
    }

    [TestCase("--from", "3", "--to", "1", "start below its end")]
    [TestCase("--derivative", "9", "", "", "from 1 to 5")]
    public void Bad_options_are_explained(string option, string value, string option2, string value2, string message)
    {
        string[] args = ["plot", "x^2", option, value, .. option2.Length > 0 ? new[] { option2, value2 } : [], "--out", Path.Combine(PlotFolder, "never.png")];
        var r = DxProcess.Run(args);
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.Contain(message));
    }

    [Test]
    public void A_syntax_error_in_the_second_formula_points_at_it()
    {
        var r = DxProcess.Run("plot", "x^2", "sin(x", "--out", Path.Combine(PlotFolder, "never.png"));
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.Contain("sin(x").And.Contain("^"));
    }

    /// <summary>Width and height from the IHDR chunk, which follows the 8-byte signature and the chunk's length and type.</summary>
    internal static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.That(png.Take(8), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.That(System.Text.Encoding.ASCII.GetString(png, 12, 4), Is.EqualTo("IHDR"));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    private static int DistinctColours(SKBitmap bitmap, int fromRow, int toRow)
    {
        var colours = new HashSet<SKColor>();
        for (var y = fromRow; y < toRow; y++)
            for (var x = 0; x < bitmap.Width; x++) colours.Add(bitmap.GetPixel(x, y));
        return colours.Count;
    }

    private static int DarkPixels(SKBitmap bitmap, int fromRow, int toRow)
    {
        var count = 0;
        for (var y = fromRow; y < toRow; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue < 300) count++;
            }
        return count;
    }
}
