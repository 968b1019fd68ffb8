using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Differentiator.Grading;

/// <summary>Streams the <see cref="GradingJson"/> document: each answer is written as it is graded, the totals at the end.</summary>
public sealed class JsonGradingReport : IGradingReport
{
    private const int Chunk = 1 << 16;
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(2 * Chunk);
    private readonly Utf8JsonWriter _writer;

    /// <summary>A report on <paramref name="output"/> for the set titled <paramref name="title"/>.</summary>
    public JsonGradingReport(TextWriter output, string title)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _writer = new Utf8JsonWriter(_buffer, GradingJson.WriterOptions);
        GradingJson.WriteStart(_writer, title);
    }

    /// <inheritdoc/>
    public void Add(GradedAnswer answer)
    {
        GradingJson.WriteAnswer(_writer, answer);
        if (_writer.BytesPending + _buffer.WrittenCount >= Chunk) Flush();
    }

    /// <inheritdoc/>
    public void Finish(GradingSummary summary)
    {
        GradingJson.WriteEnd(_writer, summary);
        Flush();
        _output.Write('\n');
        _output.Flush();
        _writer.Dispose();
    }

    /// <summary>Hands what is written so far to the output; it ends after a whole value, so never inside a UTF-8 sequence.</summary>
    private void Flush()
    {
        _writer.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
