using System.Text;

namespace Differentiator.Grading;

/// <summary>Collects text and hands it to a writer in large pieces, so a report of many small writes costs few calls on a console or file.</summary>
internal sealed class BufferedText(TextWriter output)
{
    private const int Chunk = 1 << 16;
    private readonly StringBuilder _buffer = new();

    public BufferedText Append(string text)
    {
        _buffer.Append(text);
        if (_buffer.Length >= Chunk) Flush();
        return this;
    }

    public BufferedText Line(string text = "") => Append(text).Append("\n");

    public void Flush()
    {
        foreach (var chunk in _buffer.GetChunks()) output.Write(chunk.Span);
        _buffer.Clear();
        output.Flush();
    }
}
