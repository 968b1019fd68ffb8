using Differentiator.Web.Tests.Support;

namespace Differentiator.Web.Tests.Api;

/// <summary>Every endpoint answers with its document for good input.</summary>
public sealed class EndpointTests : ApiFixture
{
    [Test]
    public async Task Health_is_ok()
    {
        var answer = await Client.Get("/health");
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Json["status"]!.GetValue<string>(), Is.EqualTo("ok"));
    }

    [Test]
    public async Task Parse_shows_the_reading_and_the_warning_with_its_span()
    {
        var answer = await Client.PostJson("/api/parse", """{"formula": "1/2x"}""");
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.ContentType, Does.StartWith("application/json"));
        Assert.That(answer.Json["reading"]!.GetValue<string>(), Is.EqualTo("x/2"));
        var warning = answer.Json["warnings"]![0]!;
        Assert.That(warning["code"]!.GetValue<string>(), Is.EqualTo("DX1002"));
        Assert.That(warning["start"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(0));
    }

    [Test]
    public async Task Diff_gives_every_partial_with_its_value_and_keeps_the_point_as_written()
    {
        var answer = await Client.PostJson("/api/diff", """{"formula": "2x+3xy+y^3", "at": {"x": 1.0, "y": 2}}""");
        Assert.That(answer.Status, Is.EqualTo(200));
        var derivatives = answer.Json["derivatives"]!.AsArray();
        Assert.That(derivatives.Select(d => d!["result"]!.GetValue<string>()), Is.EqualTo(new[] { "2 + 3y", "3x + 3y^2" }));
        Assert.That(derivatives.Select(d => d!["value"]!.GetValue<double>()), Is.EqualTo(new[] { 8.0, 15.0 }));
        Assert.That(answer.Body, Does.Contain("\"x\": 1.0").And.Contain("\"y\": 2\n"));
    }

    [Test]
    public async Task Formulas_and_derivatives_come_with_mathml_for_the_page()
    {
        var answer = await Client.PostJson("/api/diff", """{"formula": "x^2 + y/2"}""");
        Assert.That(answer.Json["mathml"]!.GetValue<string>(), Does.StartWith("<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"));
        foreach (var d in answer.Json["derivatives"]!.AsArray())
        {
            var mathml = d!["mathml"]!.GetValue<string>();
            Assert.That(System.Xml.Linq.XElement.Parse(mathml).Name.LocalName, Is.EqualTo("math"), "well-formed XML");
        }
    }

    [Test]
    public async Task Diff_with_wrt_order_and_steps()
    {
        var answer = await Client.PostJson("/api/diff", """{"formula": "e^(3x^2)", "wrt": ["x"], "order": 2, "steps": true}""");
        Assert.That(answer.Status, Is.EqualTo(200));
        var d = answer.Json["derivatives"]![0]!;
        Assert.That(d["order"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(d["steps"]!.AsArray(), Is.Not.Empty);
    }

    [Test]
    public async Task Wrt_may_be_one_string_of_names()
    {
        var answer = await Client.PostJson("/api/diff", """{"formula": "2x+3xy+y^3", "wrt": "y"}""");
        Assert.That(answer.Json["derivatives"]!.AsArray().Select(d => d!["wrt"]!.GetValue<string>()), Is.EqualTo(new[] { "y" }));
    }

    [Test]
    public async Task Eval_at_a_point_given_as_text()
    {
        var answer = await Client.PostJson("/api/eval", """{"formula": "2x+3xy+y^3", "at": "x=1.0,y=2.0"}""");
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Json["value"]!.GetValue<double>(), Is.EqualTo(16.0));
    }

    [Test]
    public async Task Grad_gives_the_gradient()
    {
        var answer = await Client.PostJson("/api/grad", """{"formula": "wx + xyz + 3w + zy^2", "at": {"w": 1.0, "x": 2.0, "y": 3.0, "z": 4.0}}""");
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Json["gradient"]!.AsArray().Select(v => v!.GetValue<double>()), Is.EqualTo(new[] { 5.0, 13.0, 32.0, 15.0 }));
    }

    [TestCase("""[3]""", "int64", 249999.0)]
    [TestCase("""[3.0]""", "float64", 6.000000000039306)]
    [TestCase("""{"x": 3}""", "int64", 249999.0)]
    [TestCase("\"[3.0]\"", "float64", 6.000000000039306)]
    public async Task NumDiff_keeps_the_int64_pitfall_of_the_lecture(string at, string dtype, double gradient)
    {
        var answer = await Client.PostJson("/api/numdiff", $$"""{"formula": "x^2", "at": {{at}}}""");
        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Json["dtype"]!.GetValue<string>(), Is.EqualTo(dtype));
        Assert.That(answer.Json["grad"]![0]!.GetValue<double>(), Is.EqualTo(gradient));
    }

    [Test]
    public async Task NumDiff_with_a_layout_scheme_and_trace()
    {
        var answer = await Client.PostJson("/api/numdiff",
            """{"formula": "wx + xyz + 3w + zy^2", "at": [[1.0, 2.0], [3.0, 4.0]], "vars": "[[w,x],[y,z]]", "scheme": "forward", "grad_dtype": "float64", "trace": true, "delta": 1e-6}""");
        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Json["scheme"]!.GetValue<string>(), Is.EqualTo("forward"));
        Assert.That(answer.Json["trace"]!.AsArray(), Is.Not.Empty);
    }

    [TestCase("x=3", "int64", false)]
    [TestCase("x=3.0", "float64", true)]
    public async Task Compare_gives_the_verdict_and_its_reason(string at, string dtype, bool agrees)
    {
        var answer = await Client.PostJson("/api/compare", $$"""{"formula": "x^2", "at": "{{at}}"}""");
        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Json["input_dtype"]!.GetValue<string>(), Is.EqualTo(dtype));
        var verdict = answer.Json["comparisons"]![0]!["verdict"]!;
        Assert.That(verdict["agrees"]!.GetValue<bool>(), Is.EqualTo(agrees));
        if (!agrees) Assert.That(verdict["explanation"]!.GetValue<string>(), Does.Contain("int64"));
    }

    [Test]
    public async Task Compare_with_a_sweep()
    {
        var answer = await Client.PostJson("/api/compare", """{"formula": "sin(x)", "at": {"x": 1.0}, "sweep": true}""");
        Assert.That(answer.Json["comparisons"]![0]!["sweep"]!.AsArray(), Is.Not.Empty);
    }

    [Test]
    public async Task The_page_and_its_files_are_served_with_an_etag()
    {
        var page = await Client.Get("/");
        Assert.That(page.Status, Is.EqualTo(200));
        Assert.That(page.ContentType, Does.StartWith("text/html"));
        Assert.That(page.Body, Does.Contain("<script src=\"/app.js\" defer></script>"));
        foreach (var (path, type) in new[] { ("/app.js", "text/javascript"), ("/app.css", "text/css") })
        {
            var file = await Client.Get(path);
            Assert.That(file.Status, Is.EqualTo(200), path);
            Assert.That(file.ContentType, Does.StartWith(type), path);
            var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(file.Response.Headers.ETag!);
            Assert.That((await ApiCalls.Send(Client, again)).Status, Is.EqualTo(304), path);
        }
    }

    [Test]
    public async Task The_page_has_no_inline_script_and_the_script_no_innerHTML()
    {
        var page = (await Client.Get("/")).Body;
        var scripts = System.Text.RegularExpressions.Regex.Matches(page, "<script[^>]*>(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.That(scripts, Is.Not.Empty);
        Assert.That(scripts.Select(m => m.Groups[1].Value.Trim()), Is.All.Empty, "every script is a file of the server");
        Assert.That(page, Does.Not.Match(" on[a-z]+="), "no inline event handler");
        var script = (await Client.Get("/app.js")).Body;
        Assert.That(script, Does.Not.Contain("innerHTML").And.Not.Contain("outerHTML").And.Not.Contain("insertAdjacentHTML").And.Not.Contain("eval("));
    }
}
