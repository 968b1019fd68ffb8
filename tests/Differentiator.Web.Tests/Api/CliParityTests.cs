using Differentiator.Web.Tests.Support;

namespace Differentiator.Web.Tests.Api;

/// <summary>The API's document is, byte for byte, what <c>dx … --format json</c> writes for the same input (errors included).</summary>
public sealed class CliParityTests : ApiFixture
{
    private static IEnumerable<TestCaseData> Pairs()
    {
        yield return Pair("/api/parse", """{"formula": "1/2x"}""", "parse", "1/2x");
        yield return Pair("/api/parse", """{"formula": "2x + foo(x)"}""", "parse", "2x + foo(x)");
        yield return Pair("/api/eval", """{"formula": "2x+3xy+y^3", "at": {"x": 1.0, "y": 2}}""", "eval", "2x+3xy+y^3", "--at", "x=1.0,y=2");
        yield return Pair("/api/diff", """{"formula": "2x+3xy+y^3", "at": {"x": 1.0, "y": 2.0}}""", "diff", "2x+3xy+y^3", "--at", "x=1.0,y=2.0");
        yield return Pair("/api/diff", """{"formula": "e^(3x^2)", "wrt": ["x"], "order": 2, "steps": true}""", "diff", "e^(3x^2)", "--wrt", "x", "--order", "2", "--steps");
        yield return Pair("/api/diff", """{"formula": "sqrt(x)", "at": {"x": 0.0}}""", "diff", "sqrt(x)", "--at", "x=0.0");
        yield return Pair("/api/grad", """{"formula": "wx + xyz + 3w + zy^2", "at": "w=1.0,x=2.0,y=3.0,z=4.0"}""", "grad", "wx + xyz + 3w + zy^2", "--at", "w=1.0,x=2.0,y=3.0,z=4.0");
        yield return Pair("/api/numdiff", """{"formula": "x^2", "at": [3]}""", "numdiff", "x^2", "--at", "[3]");
        yield return Pair("/api/numdiff", """{"formula": "x^2", "at": [3.0], "trace": true}""", "numdiff", "x^2", "--at", "[3.0]", "--trace");
        yield return Pair("/api/compare", """{"formula": "x^2", "at": {"x": 3}}""", "compare", "x^2", "--at", "x=3");
        yield return Pair("/api/compare", """{"formula": "x^2", "at": {"x": 3.0}}""", "compare", "x^2", "--at", "x=3.0");
        yield return Pair("/api/compare", """{"formula": "|x|", "at": {"x": 0.0}, "sweep": true}""", "compare", "|x|", "--at", "x=0.0", "--sweep");
    }

    private static TestCaseData Pair(string path, string body, params string[] args) =>
        new TestCaseData(path, body, args).SetArgDisplayNames(path, body);

    [TestCaseSource(nameof(Pairs))]
    public async Task The_api_document_equals_the_cli_json(string path, string body, string[] args)
    {
        var answer = await Client.PostJson(path, body);
        var (_, cli) = DxCli.Run([.. args, "--format", "json"]);
        Assert.That(answer.Body, Is.EqualTo(cli.TrimEnd('\n').Replace("\r\n", "\n", StringComparison.Ordinal)));
    }
}
