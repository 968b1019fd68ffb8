using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Differentiator.Tests.Support;

/// <summary>
/// A ```csharp block of a Markdown file, compiled as a console program against the library (with
/// the implicit usings of <c>dotnet new console</c>, nothing more) and run, its output captured.
/// </summary>
public sealed partial record CSharpSnippet(int Line, string Code)
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.IO", "System.Collections.Generic", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p))]);

    /// <summary>The ```csharp blocks of <paramref name="markdown"/>, with the line each starts on.</summary>
    public static IReadOnlyList<CSharpSnippet> Extract(string markdown)
    {
        var lines = markdown.Split('\n');
        var snippets = new List<CSharpSnippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "```csharp") continue;
            var end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
            snippets.Add(new CSharpSnippet(i + 1, string.Join('\n', lines[(i + 1)..end])));
            i = end;
        }
        return snippets;
    }

    /// <summary>
    /// The values the snippet says it prints: the comment after each <c>Console.WriteLine(…); // 16</c>,
    /// in order; null when a line prints without saying what.
    /// </summary>
    public IReadOnlyList<string?> Expected =>
        [.. Code.Split('\n').Where(l => l.TrimStart().StartsWith("Console.WriteLine(", StringComparison.Ordinal))
            .Select(l => ExpectedComment().Match(l) is { Success: true } m ? m.Groups[1].Value.Trim() : null)];

    /// <summary>Compiles the snippet; the compiler's errors, or the program's standard output.</summary>
    public (IReadOnlyList<string> Errors, string Output) CompileAndRun()
    {
        var globalUsings = string.Concat(ImplicitUsings.Select(u => $"global using {u};\n"));
        var compilation = CSharpCompilation.Create(
            $"ReadmeSnippet{Line}",
            [CSharpSyntaxTree.ParseText(globalUsings), CSharpSyntaxTree.ParseText(Code, path: $"README.md:{Line}")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
            return ([.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())], "");
        var entry = Assembly.Load(image.ToArray()).EntryPoint!;
        var output = new StringWriter { NewLine = "\n" };
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(console);
        }
        return ([], output.ToString());
    }

    [GeneratedRegex(@"\);\s*//(.*)$")]
    private static partial Regex ExpectedComment();
}
