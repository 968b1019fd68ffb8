using System.Runtime.CompilerServices;
using Differentiator.Plotting;
using Differentiator.Reports;

namespace Differentiator.Cli.Plotting;

/// <summary>
/// The file a picture goes to: its format from the extension, and every file-system problem as a
/// one-line user error (an <see cref="IOException"/>, which <see cref="CliErrors"/> reports).
/// Only commands that draw call it, so the plotting assemblies load only then.
/// </summary>
internal static class PictureFile
{
    /// <summary>Checks, before any work, that a picture can be written to <paramref name="path"/>.</summary>
    /// <exception cref="InvalidInputException">Another extension than .png or .svg.</exception>
    /// <exception cref="IOException">The path is a folder, or its folder does not exist.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Check(string path, string option)
    {
        _ = FormatOf(path, option);
        if (Directory.Exists(path)) throw new IOException($"cannot write {path}: it is a folder.");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            throw new IOException($"cannot write {path}: the folder {folder} does not exist.");
    }

    /// <summary>The format <paramref name="path"/>'s extension names.</summary>
    /// <exception cref="InvalidInputException">Another extension than .png or .svg.</exception>
    public static ImageFormat FormatOf(string path, string option) => ImageFormats.FromPath(path)
        ?? throw new InvalidInputException($"{option} {path}: the file name must end in {ImageFormats.Extensions} (PNG or SVG).");

    /// <summary>Draws <paramref name="formulas"/> into <paramref name="path"/> (PNG or SVG by its extension); returns the full path written.</summary>
    /// <exception cref="InvalidInputException">Formulas that cannot be drawn together, a bad range or order, another extension.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string WriteFunctions(IReadOnlyList<Formula> formulas, PlotOptions options, string path)
    {
        Check(path, "--out");
        var data = FunctionPlot.Build(formulas, options);
        Write(path, FunctionPicture.Render(data, FormatOf(path, "--out")));
        return Path.GetFullPath(path);
    }

    /// <summary>Draws a training run's loss into <paramref name="path"/>; returns the full path written.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string WriteLoss(IReadOnlyList<double> losses, string title, string path)
    {
        Write(path, LossPlot.Render(losses, title, FormatOf(path, "--plot")));
        return Path.GetFullPath(path);
    }

    /// <summary>Draws a comparison's step sweeps into <paramref name="path"/>; returns the full path written.</summary>
    /// <exception cref="InvalidInputException">No variable has a sweep to draw.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string WriteSweep(CompareReport report, string path)
    {
        Write(path, SweepPlot.Render(report, FormatOf(path, "--plot")));
        return Path.GetFullPath(path);
    }

    /// <summary>Writes the file.</summary>
    /// <exception cref="IOException">The file cannot be written (no permission, a full device, …).</exception>
    public static void Write(string path, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new IOException($"cannot write {path}: {e.Message}", e);
        }
    }
}
