using System.Runtime.CompilerServices;
using Differentiator.Plotting;

namespace Differentiator.Cli.Plotting;

/// <summary>
/// The file a picture goes to: its format from the extension, and every file-system problem as a
/// one-line user error. Only commands that draw call it, so the plotting assemblies load only then.
/// </summary>
internal static class PictureFile
{
    /// <summary>The format <paramref name="path"/> asks for, after checking that the file can be created there.</summary>
    /// <exception cref="InputException">Another extension, a folder, or a missing folder.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ImageFormat Check(string path, string option)
    {
        if (ImageFormats.FromPath(path) is not { } format)
            throw new InputException($"{option} {path}: the file name must end in {ImageFormats.Extensions} (PNG or SVG).");
        if (Directory.Exists(path)) throw new InputException($"cannot write {path}: it is a folder.");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            throw new InputException($"cannot write {path}: the folder {folder} does not exist.");
        return format;
    }

    /// <summary>Writes the file.</summary>
    /// <exception cref="InputException">The file cannot be written (no permission, a full device, …).</exception>
    public static void Write(string path, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"cannot write {path}: {e.Message}");
        }
    }
}
