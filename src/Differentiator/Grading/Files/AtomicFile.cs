namespace Differentiator.Grading;

/// <summary>
/// A file written in full or not at all: the content goes to a temporary file beside the target,
/// which <see cref="Commit"/> renames over it. A run that stops before (an error, a kill) leaves the
/// earlier file as it was.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _temporary;
    private bool _committed;

    private AtomicFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, $".{System.IO.Path.GetFileName(Path)}.{Environment.ProcessId}.tmp");
        Stream = GradingFiles.Open(_temporary, path, FileMode.Create, FileAccess.Write);
    }

    /// <summary>The target's full path.</summary>
    public string Path { get; }

    /// <summary>Where to write the content.</summary>
    public Stream Stream { get; }

    /// <exception cref="InvalidInputException">The folder does not exist or cannot be written.</exception>
    public static AtomicFile Create(string path) => new(path);

    /// <summary>Puts the written content in place of the target.</summary>
    /// <exception cref="InvalidInputException">The file cannot be written or renamed.</exception>
    public void Commit()
    {
        GradingFiles.Guard(Path, () =>
        {
            Stream.Flush();
            if (Stream is FileStream file) file.Flush(flushToDisk: true);
            Stream.Dispose();
            File.Move(_temporary, Path, overwrite: true);
        });
        _committed = true;
    }

    /// <summary>Discards the content unless it was committed.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed)
        {
            try { File.Delete(_temporary); }
            catch (IOException) { /* a temporary file left behind is harmless: the target is untouched */ }
        }
    }
}
