using System.Text;
using CsvHelper;
using Differentiator.Syntax;

namespace Differentiator.Grading;

/// <summary>
/// Reads an answers file, CSV with the header <c>student,exercise,answer</c> (in any order; other
/// columns are ignored): RFC 4180 quoting, UTF-8 with or without a byte order mark, CRLF or LF.
/// Rows are streamed one at a time, so memory does not grow with the file. A file that cannot be
/// read as such (no header, a row of another shape, broken quoting, an exercise the set does not
/// have) is an <see cref="InvalidInputException"/> naming the line.
/// </summary>
public static class AnswersCsv
{
    private static readonly string[] Columns = ["student", "exercise", "answer"];

    /// <summary>The rows of <paramref name="stream"/>, the contents of <paramref name="fileName"/>.</summary>
    /// <exception cref="InvalidInputException">The header is missing a column, or a row is malformed (thrown when that row is reached).</exception>
    public static IEnumerable<AnswerRow> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        string? malformed = null;
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            OnMalformedRecord = m => malformed ??= $"{fileName}:{m.LineNumber}: the row's quoting is broken ({Describe(m.Reason)}).",
        };
        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        var indices = HeaderIndices(reader, fileName);
        var width = reader.Headers.Count;
        while (reader.Read())
        {
            if (malformed is not null) throw new InvalidInputException(malformed, ErrorCodes.AnswersFile);
            var line = reader.LineNumber;
            if (reader.FieldCount != width)
                throw new InvalidInputException(
                    $"{fileName}:{line}: the row has {reader.FieldCount} field{(reader.FieldCount == 1 ? "" : "s")} but the header has {width} ({string.Join(",", reader.Headers)}); a field with a comma needs quotes.",
                    ErrorCodes.AnswersFile, Raw(reader), new SourceSpan(0, Math.Max(1, Raw(reader).Length)));
            yield return new AnswerRow(line, reader.GetString(indices[0]), reader.GetString(indices[1]), reader.GetString(indices[2]));
        }
        if (malformed is not null) throw new InvalidInputException(malformed, ErrorCodes.AnswersFile);
    }

    /// <summary>The error for a row naming an exercise the set does not have.</summary>
    public static InvalidInputException UnknownExercise(AnswerRow row, PreparedSet set, string fileName = "answers")
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(set);
        var ids = set.Exercises.Select(e => e.Exercise.Id).ToList();
        return new InvalidInputException(
            $"{fileName}:{row.Line}: the exercise '{AnswerReader.Printable(row.Exercise)}' is not in the set (its exercises: {NameList.Describe(ids)}).",
            ErrorCodes.AnswersFile);
    }

    private static int[] HeaderIndices(CsvReader reader, string fileName)
    {
        IReadOnlyList<string> headers;
        try
        {
            headers = reader.Headers;
        }
        catch (CsvFormatException e)
        {
            throw new InvalidInputException($"{fileName}: the header cannot be read: {e.Message}", ErrorCodes.AnswersFile);
        }
        var names = headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var indices = Columns.Select(c => names.IndexOf(c)).ToArray();
        if (indices.Any(i => i < 0))
            throw new InvalidInputException(
                $"{fileName}:1: the first line must be the header student,exercise,answer; it is '{AnswerReader.Printable(string.Join(",", headers))}'.",
                ErrorCodes.AnswersFile);
        return indices;
    }

    private static string Raw(CsvReader reader) => AnswerReader.Printable(Encoding.UTF8.GetString(reader.RawRecord));

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside a field that does not start with one",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quote that is never closed",
        _ => reason.ToString(),
    };
}
