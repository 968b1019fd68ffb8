using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary>Every file-system problem of <c>dx plot --out</c> and <c>dx compare --plot</c> is one line on standard error and exit 2.</summary>
[Parallelizable(ParallelScope.Children)]
public class PictureFileTests
{
    private static string[] Plot(string path) => ["plot", "x^2", "--out", path];

    private static string[] Compare(string path) => ["compare", "exp(x)", "--at", "x=1.0", "--plot", path];

    private static IEnumerable<Func<string, string[]>> Commands() => [Plot, Compare];

    private static void AssertOneLineError(DxResult r, string message)
    {
        Assert.That(r.ExitCode, Is.EqualTo(2), r.Error);
        Assert.That(r.Error, Does.Contain(message));
        Assert.That(r.Error, Does.Not.Contain("   at ").And.Not.Contain("Unhandled"));
        Assert.That(r.Error.Trim().Split('\n').Where(l => l.StartsWith("error", StringComparison.Ordinal)).Count(), Is.EqualTo(1));
    }

    /// <summary>A picture that cannot be written: an I/O error (DX0501), and nothing printed as a result.</summary>
    private static void AssertNotWritten(DxResult r, string message)
    {
        AssertOneLineError(r, message);
        Assert.That(r.Error, Does.StartWith("error DX0501: "));
        Assert.That(r.Out, Is.Empty, "nothing is printed as a result when the picture cannot be written");
    }

    [TestCaseSource(nameof(Commands))]
    public void A_missing_folder_is_a_message(Func<string, string[]> command)
    {
        AssertNotWritten(DxProcess.Run(command("/no/such/dir/p.png")), "the folder /no/such/dir does not exist");
    }

    [TestCaseSource(nameof(Commands))]
    public void A_folder_as_the_path_is_a_message(Func<string, string[]> command)
    {
        var parent = Directory.CreateTempSubdirectory("dx-folder-");
        var folder = Directory.CreateDirectory(Path.Combine(parent.FullName, "p.png")).FullName;
        try
        {
            AssertNotWritten(DxProcess.Run(command(folder)), "it is a folder");
        }
        finally
        {
            parent.Delete(recursive: true);
        }
    }

    [TestCaseSource(nameof(Commands))]
    public void Another_extension_is_refused(Func<string, string[]> command)
    {
        AssertOneLineError(DxProcess.Run(command(Path.Combine(Path.GetTempPath(), "p.jpg"))), "must end in .png or .svg");
    }

    [TestCaseSource(nameof(Commands))]
    public void A_full_device_is_a_message(Func<string, string[]> command)
    {
        if (!File.Exists("/dev/full")) Assert.Ignore("no /dev/full here");
        var folder = Directory.CreateTempSubdirectory("dx-full-");
        try
        {
            var link = Path.Combine(folder.FullName, "full.png");
            File.CreateSymbolicLink(link, "/dev/full");
            AssertOneLineError(DxProcess.Run(command(link)), "cannot write");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [TestCaseSource(nameof(Commands))]
    public void An_unwritable_place_is_a_message(Func<string, string[]> command)
    {
        if (!Directory.Exists("/proc/self")) Assert.Ignore("no /proc here");
        AssertOneLineError(DxProcess.Run(command("/proc/self/dx-cannot-write-here.png")), "cannot write");
    }

    [Test]
    public void Compare_writes_svg_for_svg_and_png_for_png()
    {
        var folder = Directory.CreateTempSubdirectory("dx-sweep-");
        try
        {
            var svg = Path.Combine(folder.FullName, "sweep.svg");
            var png = Path.Combine(folder.FullName, "sweep.png");
            Assert.That(DxProcess.Run(Compare(svg)).ExitCode, Is.Zero);
            Assert.That(DxProcess.Run(Compare(png)).ExitCode, Is.Zero);
            Assert.That(System.Xml.Linq.XDocument.Load(svg).Root!.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(PlotCommandTests.PngSize(File.ReadAllBytes(png)), Is.EqualTo((800, 500)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
