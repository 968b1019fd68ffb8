using System.Runtime.InteropServices;

namespace Differentiator.Fuzz.Isolation;

/// <summary>
/// The lines between the fuzzer and its worker process. To the worker: <c>R seed start count</c>
/// (run that range of generated inputs) or <c>I seed index base64</c> (run this text, with the
/// checks' randomness of that index). From the worker: <c>ready</c> once warmed up, <c>B index</c>
/// before each input, <c>F index base64</c> for a failure, <c>D</c> when the request is done.
/// Texts travel as base64 of UTF-16, so that lone surrogates, NULs and line breaks survive.
/// </summary>
public static class Protocol
{
    /// <summary>A text as base64 of its UTF-16 code units, taken as they are (an encoder would replace a lone surrogate).</summary>
    public static string Encode(string text) => Convert.ToBase64String(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>The text of <see cref="Encode"/>.</summary>
    public static string Decode(string base64) => new(MemoryMarshal.Cast<byte, char>(Convert.FromBase64String(base64)));
}
