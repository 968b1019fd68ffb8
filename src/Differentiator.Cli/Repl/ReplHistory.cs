namespace Differentiator.Cli.Repl;

/// <summary>
/// The lines typed at the prompt, kept across sessions in the user's data folder
/// (<c>$XDG_DATA_HOME/dx/history</c>, <c>~/.local/share/dx/history</c>, or the local application
/// data folder on Windows), the last <see cref="Capacity"/> of them. A history that cannot be read
/// or written is simply not kept.
/// </summary>
public sealed class ReplHistory
{
    /// <summary>How many lines are kept.</summary>
    public const int Capacity = 1000;

    private readonly string? _path;
    private readonly List<string> _lines;

    private ReplHistory(string? path, List<string> lines)
    {
        _path = path;
        _lines = lines;
    }

    /// <summary>The lines, oldest first.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The file the history lives in: <c>dx/history</c> under the user's data folder.</summary>
    public static string DefaultPath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "dx", "history");

    /// <summary>Reads the history at <paramref name="path"/> (none if it does not exist or cannot be read).</summary>
    public static ReplHistory Open(string path)
    {
        try
        {
            var lines = File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToList() : [];
            if (lines.Count > Capacity) lines.RemoveRange(0, lines.Count - Capacity);
            return new ReplHistory(path, lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReplHistory(null, []);
        }
    }

    /// <summary>Adds a line (not an empty one, nor a repeat of the last) and writes the history.</summary>
    public void Add(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Trim().Length == 0 || line.Contains('\n') || (_lines.Count > 0 && _lines[^1] == line)) return;
        _lines.Add(line);
        var trimmed = _lines.Count > Capacity;
        if (trimmed) _lines.RemoveRange(0, _lines.Count - Capacity);
        if (_path is null) return;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            if (trimmed) File.WriteAllLines(_path, _lines);
            else File.AppendAllLines(_path, [line]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The session goes on without a saved history.
        }
    }
}
