using System.CommandLine;
using Differentiator.Reports;
using Differentiator.Syntax;

namespace Differentiator.Cli;

/// <summary>Command lines that cannot be read, as error reports (code DX0101).</summary>
public static class UsageErrors
{
    /// <summary><c>dx frobnicate</c>: the word is not a command; here are the commands.</summary>
    public static ErrorReport UnknownCommand(string word) =>
        new(ErrorCodes.UsageError, $"'{MessageText.Excerpt(word)}' is not a dx command. The commands are {DxCommands.Names}; 'dx --help' describes them.");

    /// <summary>The parser's errors in one report, with a pointer to the command's help.</summary>
    public static ErrorReport From(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var command = parsed.CommandResult.Command;
        var help = command is RootCommand ? "dx --help" : $"dx {command.Name} --help";
        var messages = parsed.Errors.Select(e => Sentence(MessageText.Excerpt(e.Message, CliMessages.MessageCap)));
        return new ErrorReport(ErrorCodes.UsageError, $"{string.Join(" ", messages)} Run '{help}' for usage.");
    }

    private static string Sentence(string message) => message.EndsWith('.') ? message : message + ".";
}
