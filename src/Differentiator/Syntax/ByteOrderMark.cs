namespace Differentiator.Syntax;

/// <summary>
/// A UTF-8 byte order mark (U+FEFF) that an editor or a pipe put before the text. It is skipped at
/// the start of a formula, never an error about an invisible character; positions still count it.
/// </summary>
internal static class ByteOrderMark
{
    public const char Character = '\uFEFF';

    /// <summary>Where the formula's own text starts: 1 after a leading byte order mark, else 0.</summary>
    public static int Skip(string text) => text.Length > 0 && text[0] == Character ? 1 : 0;
}
