namespace Differentiator.Grading;

/// <summary>The file access of grading, each failure a user error that names the file.</summary>
internal static class GradingFiles
{
    /// <summary>The largest exercise-set file read.</summary>
    public const long MaxSetBytes = 16 << 20;

    public static string ReadSet(string path) => Guard(path, () =>
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new InvalidInputException($"The exercise set {path} does not exist.", ErrorCodes.FileError);
        if (info.Length > MaxSetBytes) throw new InvalidInputException($"The exercise set {path} is larger than {MaxSetBytes >> 20} MB.", ErrorCodes.FileError);
        return File.ReadAllText(path);
    });

    public static FileStream OpenAnswers(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException($"The answers file {path} does not exist.", ErrorCodes.FileError);
        return Open(path, path, FileMode.Open, FileAccess.Read);
    }

    public static FileStream Open(string path, string shownAs, FileMode mode, FileAccess access) =>
        Guard(shownAs, () => new FileStream(path, mode, access, access == FileAccess.Read ? FileShare.Read : FileShare.None, 1 << 16,
            access == FileAccess.Read ? FileOptions.SequentialScan : FileOptions.None));

    /// <summary>A scratch file beside <paramref name="near"/>, deleted when closed.</summary>
    public static FileStream Scratch(string near) => Guard(near, () =>
        new FileStream(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(near))!, $".{Path.GetFileName(near)}.{Environment.ProcessId}.rows.tmp"),
            FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose));

    public static T Guard<T>(string path, Func<T> work)
    {
        try
        {
            return work();
        }
        // ArgumentException and NotSupportedException: a path the file system cannot name (a NUL character, a bad drive).
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidInputException($"{path}: {e.Message}", ErrorCodes.FileError);
        }
    }

    public static void Guard(string path, Action work) => Guard(path, () =>
    {
        work();
        return 0;
    });
}
