using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Differentiator.Fuzz.Findings;

/// <summary>
/// Writes each finding as a folder: <c>input.json</c> and <c>minimised.json</c> (the texts escaped
/// for reading, and exactly, lone surrogates and all, as base64 of UTF-16), <c>input.txt</c> and <c>minimised.txt</c> (UTF-8, for reading), and
/// <c>finding.txt</c> (the kind, the failure, and how to replay it).
/// </summary>
public static class ReproducerWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="finding"/> as the <paramref name="number"/>-th folder under <paramref name="root"/>.</summary>
    public static string Write(string root, int number, Finding finding, int seed)
    {
        var folder = Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"{number:000}-{finding.Failure.Kind}-{Slug(finding.Failure.Signature)}"));
        Directory.CreateDirectory(folder);
        var input = finding.Minimised ?? finding.Input;
        File.WriteAllText(Path.Combine(folder, "input.json"), Record(finding.Input, finding.Failure, finding.Index, seed));
        File.WriteAllText(Path.Combine(folder, "input.txt"), finding.Input, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "minimised.json"), Record(input, finding.MinimisedFailure ?? finding.Failure, finding.Index, seed));
        File.WriteAllText(Path.Combine(folder, "minimised.txt"), input, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "finding.txt"), Describe(finding, seed, folder));
        finding.Folder = folder;
        return folder;
    }

    /// <summary>The finding in words, as printed at the end of a run.</summary>
    public static string Describe(Finding finding, int seed, string? folder)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{finding.Failure.Kind}: {finding.Failure.Signature} (seen {finding.Count} time(s); first at input {finding.Index} of seed {seed})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  input:     {Show(finding.Input)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  failure:   {finding.Failure.Message}");
        if (finding.Minimised is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  minimised: {Show(finding.Minimised)}");
            if (finding.MinimisedFailure is not null) sb.AppendLine(CultureInfo.InvariantCulture, $"  failure:   {finding.MinimisedFailure.Message}");
        }
        if (folder is not null)
            sb.AppendLine(CultureInfo.InvariantCulture, $"  replay:    dotnet run -c Release --project tests/Differentiator.Fuzz -- --replay {Path.Combine(folder, "minimised.json")}");
        return sb.ToString();
    }

    /// <summary>Reads the text of an <c>input.json</c> or <c>minimised.json</c>.</summary>
    public static (string Input, long Index, int Seed, string Kind) Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        return (Isolation.Protocol.Decode(root.GetProperty("utf16").GetString()!), root.GetProperty("index").GetInt64(), root.GetProperty("seed").GetInt32(), root.GetProperty("kind").GetString()!);
    }

    /// <summary>A text for one line: quoted, with control, invisible and surrogate code units escaped, at most 300 characters.</summary>
    public static string Show(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text.Length <= 300 ? text : text[..300])
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else sb.Append(c);
        }
        sb.Append('"');
        return text.Length <= 300 ? sb.ToString() : $"{sb}… ({text.Length:N0} characters)";
    }

    private static string Record(string input, Failure failure, long index, int seed) => JsonSerializer.Serialize(new
    {
        kind = failure.Kind.ToString(),
        signature = failure.Signature,
        message = failure.Message,
        seed,
        index,
        input = Show(input),
        utf16 = Isolation.Protocol.Encode(input),
    }, Json);

    private static string Slug(string signature)
    {
        var sb = new StringBuilder();
        foreach (var c in signature)
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var slug = sb.ToString().Trim('-');
        return slug.Length <= 60 ? slug : slug[..60];
    }
}
