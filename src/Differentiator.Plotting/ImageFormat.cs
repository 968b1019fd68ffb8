namespace Differentiator.Plotting;

/// <summary>The kinds of file a picture is written as.</summary>
public enum ImageFormat
{
    /// <summary>A PNG bitmap.</summary>
    Png,
    /// <summary>An SVG drawing (text stays text).</summary>
    Svg,
}

/// <summary>Which <see cref="ImageFormat"/> a file name asks for.</summary>
public static class ImageFormats
{
    /// <summary>The file extensions understood, for messages.</summary>
    public const string Extensions = ".png or .svg";

    /// <summary>The format named by <paramref name="path"/>'s extension (any case), or null for any other extension.</summary>
    public static ImageFormat? FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => ImageFormat.Png,
            ".svg" => ImageFormat.Svg,
            _ => null,
        };
    }
}
