using System.Text;
using Differentiator.Web.Tests.Support;

namespace Differentiator.Web.Tests.Api;

/// <summary>Hostile and mistaken requests: each gets the error document with the right status, and the server goes on answering.</summary>
public sealed class BadInputTests : ApiFixture
{
    [TearDown]
    public async Task The_server_still_answers()
    {
        var answer = await Client.PostJson("/api/parse", """{"formula": "x"}""");
        Assert.That(answer.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task A_formula_that_does_not_parse_is_400_with_the_span_0_based()
    {
        var answer = await Client.PostJson("/api/diff", """{"formula": "2x + foo(x)"}""");
        Assert.That(answer.Status, Is.EqualTo(400));
        var error = answer.Json["error"]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("DX0005"));
        Assert.That(error["start"]!.GetValue<int>(), Is.EqualTo(5));
        Assert.That(error["length"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(error["message"]!.GetValue<string>(), Does.Contain("foo"));
    }

    [TestCase("not json", "DX0701")]
    [TestCase("[1, 2]", "DX0701")]
    [TestCase("{}", "DX0701")]
    [TestCase("""{"formula": 3}""", "DX0701")]
    [TestCase("""{"formula": "x", "colour": "red"}""", "DX0701")]
    [TestCase("""{"formula": "x", "order": "2"}""", "DX0701")]
    [TestCase("""{"formula": "x", "order": 1.5}""", "DX0701")]
    [TestCase("""{"formula": "x", "steps": "yes"}""", "DX0701")]
    [TestCase("""{"formula": "x", "wrt": [1]}""", "DX0701")]
    [TestCase("""{"formula": "x", "wrt": []}""", "DX0701")]
    [TestCase("""{"formula": "x", "at": 3}""", "DX0701")]
    [TestCase("""{"formula": "x", "at": {"x": [1]}}""", "DX0701")]
    [TestCase("""{"formula": "x", "at": "x=1.0,y="}""", "DX0202")]
    [TestCase("""{"formula": "x", "at": {"x": "inf"}}""", "DX0204")]
    [TestCase("""{"formula": "x", "at": {"x": 1e400}}""", "DX0204")]
    [TestCase("""{"formula": "x+y", "at": {"x": 1.0}}""", "DX0203")]
    [TestCase("""{"formula": "x", "order": 0}""", "DX0201")]
    [TestCase("""{"formula": "sqrt(x)", "at": {"x": 0.0}}""", "DX3004")]
    [TestCase("""{"formula": "   "}""", "DX0001")]
    public async Task A_request_that_cannot_be_used_is_400_with_the_error_document(string body, string code)
    {
        var answer = await Client.PostJson("/api/diff", body);
        Assert.That(answer.Status, Is.EqualTo(400), answer.Body);
        Assert.That(answer.ErrorCode, Is.EqualTo(code));
        Assert.That(answer.Json["error"]!["message"]!.GetValue<string>(), Is.Not.Empty);
    }

    [TestCase("/api/numdiff", """{"formula": "x^2", "at": "[3"}""")]
    [TestCase("/api/numdiff", """{"formula": "x^2", "at": {"y": 3}}""")]
    [TestCase("/api/numdiff", """{"formula": "x^2", "at": [3], "scheme": "sideways"}""")]
    [TestCase("/api/numdiff", """{"formula": "x^2", "at": [3], "grad_dtype": "int8"}""")]
    [TestCase("/api/compare", """{"formula": "x^2"}""")]
    [TestCase("/api/compare", """{"formula": "x^2", "at": "x=3", "delta": -1}""")]
    [TestCase("/api/grad", """{"formula": "x^2"}""")]
    [TestCase("/api/eval", """{"formula": "1/x", "at": {"x": 0}}""")]
    public async Task Each_endpoint_refuses_what_it_cannot_use(string path, string body)
    {
        var answer = await Client.PostJson(path, body);
        Assert.That(answer.Status, Is.EqualTo(400), answer.Body);
        Assert.That(answer.ErrorCode, Does.StartWith("DX"));
    }

    [Test]
    public async Task Invalid_utf8_is_400()
    {
        byte[] body = [.. Encoding.ASCII.GetBytes("{\"formula\": \"x"), 0xFF, 0xFE, 0xC3, .. Encoding.ASCII.GetBytes("\"}")];
        var answer = await Client.PostBytes("/api/parse", body);
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.ErrorCode, Is.EqualTo("DX0701"));
    }

    [Test]
    public async Task A_body_that_is_not_json_by_its_type_is_415()
    {
        var answer = await Client.PostBytes("/api/parse", Encoding.UTF8.GetBytes("""{"formula": "x"}"""), "text/plain");
        Assert.That(answer.Status, Is.EqualTo(415));
        Assert.That(answer.ErrorCode, Is.EqualTo("DX0701"));
    }

    [Test]
    public async Task A_1_MB_body_is_413_without_being_read()
    {
        var body = Encoding.UTF8.GetBytes("{\"formula\": \"" + new string('x', 1 << 20) + "\"}");
        var answer = await Client.PostBytes("/api/parse", body);
        Assert.That(answer.Status, Is.EqualTo(413));
        Assert.That(answer.ErrorCode, Is.EqualTo("DX0702"));
    }

    [Test]
    public async Task A_1_MB_body_sent_in_chunks_is_413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"formula\": \"" + new string('x', 1 << 20) + "\"}")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/parse") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var answer = await ApiCalls.Send(Client, request);
        Assert.That(answer.Status, Is.EqualTo(413));
    }

    [Test]
    public async Task Json_nested_100000_deep_is_refused()
    {
        var body = "{\"formula\": " + new string('[', 100_000) + new string(']', 100_000) + "}";
        var answer = await Client.PostJson("/api/parse", body);
        Assert.That(answer.Status, Is.EqualTo(413).Or.EqualTo(400));
        var shallow = await Client.PostJson("/api/parse", "{\"formula\": " + new string('[', 30) + new string(']', 30) + "}");
        Assert.That(shallow.Status, Is.EqualTo(400));
        Assert.That(shallow.ErrorCode, Is.EqualTo("DX0701"));
    }

    [Test]
    public async Task A_formula_nested_too_deep_for_the_parser_is_422()
    {
        var formula = new string('(', 30_000) + "x" + new string(')', 30_000);
        var answer = await Client.PostJson("/api/diff", $$"""{"formula": "{{formula}}"}""");
        Assert.That(answer.Status, Is.EqualTo(422));
        Assert.That(answer.ErrorCode, Is.EqualTo("DX0007"));
    }

    [TestCase("x^(10^10^10)")]
    [TestCase("10^10^10^10")]
    [TestCase("x^99999999999999999999")]
    public async Task Towers_of_powers_end_with_an_answer(string formula)
    {
        foreach (var path in new[] { "/api/diff", "/api/eval", "/api/compare" })
        {
            var answer = await Client.PostJson(path, "{\"formula\": \"" + formula + "\", \"at\": {\"x\": 2.0}}");
            Assert.That(answer.Status, Is.AnyOf(200, 400, 422), $"{path}: {answer.Body}");
        }
    }

    [Test]
    public async Task Unknown_endpoints_and_methods_are_refused()
    {
        var unknown = await Client.PostJson("/api/integrate", """{"formula": "x"}""");
        Assert.That(unknown.Status, Is.EqualTo(404));
        Assert.That(unknown.ErrorCode, Is.EqualTo("DX0704"));
        var get = await Client.Get("/api/diff");
        Assert.That(get.Status, Is.EqualTo(405).Or.EqualTo(404));
        var file = await Client.Get("/../../etc/passwd");
        Assert.That(file.Status, Is.EqualTo(404));
    }
}
