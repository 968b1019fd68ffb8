namespace Differentiator.Tests.Support;

/// <summary>A reader that fails as a bug would: not an I/O error a user could cause.</summary>
public sealed class FailingReader : TextReader
{
    /// <summary>The message of the exception every read throws.</summary>
    public const string Message = "a bug in the test's reader";

    public override string ReadToEnd() => throw new InvalidOperationException(Message);
}
