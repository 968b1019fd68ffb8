namespace Differentiator.Cli;

/// <summary>Bad user input that is not a formula syntax error (a malformed --at, a missing value); exit code 2.</summary>
public sealed class InputException(string message) : Exception(message);
