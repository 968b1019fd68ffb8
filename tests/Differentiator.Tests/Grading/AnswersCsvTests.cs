using System.Text;
using Differentiator.Grading;

namespace Differentiator.Tests.Grading;

/// <summary>The answers file: RFC 4180 quoting, UTF-8 with or without a byte order mark, CRLF; malformed files are user errors naming the line.</summary>
public class AnswersCsvTests
{
    private static List<AnswerRow> Read(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom) bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
        return [.. AnswersCsv.Read(new MemoryStream(bytes), "answers.csv")];
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Rows_are_read_with_quoting_and_crlf(bool bom)
    {
        var rows = Read("student,exercise,answer\r\ns01,p3,\"[2 + 3y, 3x + 3y^2]\"\r\ns02,p3,\"say \"\"hi\"\"\"\r\ns03,p3,√x\r\n", bom);
        Assert.That(rows.Select(r => r.Student), Is.EqualTo(new[] { "s01", "s02", "s03" }));
        Assert.That(rows[0].Answer, Is.EqualTo("[2 + 3y, 3x + 3y^2]"));
        Assert.That(rows[1].Answer, Is.EqualTo("say \"hi\""));
        Assert.That(rows[2].Answer, Is.EqualTo("√x"));
        Assert.That(rows.Select(r => r.Line), Is.EqualTo(new long[] { 2, 3, 4 }));
    }

    [Test]
    public void Columns_may_come_in_any_order_and_more_are_ignored()
    {
        var rows = Read("Answer,time,Student,exercise\n2x,10:00,s01,a\n");
        Assert.That(rows.Single(), Is.EqualTo(new AnswerRow(2, "s01", "a", "2x")));
    }

    [Test]
    public void An_empty_cell_is_an_empty_answer()
    {
        Assert.That(Read("student,exercise,answer\ns01,a,\n").Single().Answer, Is.Empty);
    }

    [TestCase("name,task,text\ns,a,x\n", "answers.csv:1: the first line must be the header student,exercise,answer")]
    [TestCase("student,exercise,answer\ns01,a\n", "answers.csv:2: the row has 2 fields but the header has 3")]
    [TestCase("student,exercise,answer\ns01,a,x\ns02,a,2x,3\n", "answers.csv:3: the row has 4 fields")]
    [TestCase("student,exercise,answer\ns01,a,\"2x\"y\n", "answers.csv:2: the row's quoting is broken (text after a closing quote)")]
    public void A_malformed_file_is_a_user_error_naming_the_line(string text, string message)
    {
        var e = Assert.Throws<InvalidInputException>(() => Read(text));
        Assert.That(e!.Code, Is.EqualTo(ErrorCodes.AnswersFile));
        Assert.That(e.Message, Does.StartWith(message));
    }

    [Test]
    public void Rows_are_streamed_not_loaded()
    {
        // An answers file larger than anything kept: rows come one at a time from a generated stream.
        var rows = AnswersCsv.Read(new GeneratedCsv(200_000), "big.csv");
        long count = 0;
        foreach (var row in rows) count++;
        Assert.That(count, Is.EqualTo(200_000));
    }

    /// <summary>A read-only stream of a header and <c>rows</c> generated rows, never held in memory.</summary>
    private sealed class GeneratedCsv(int rows) : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes("student,exercise,answer\n");
        private int _offset;
        private int _row;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                if (_row == rows) return 0;
                _pending = Encoding.UTF8.GetBytes($"s{_row++},a,2x + 3\n");
                _offset = 0;
            }
            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
