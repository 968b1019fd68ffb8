using System.Globalization;
using Differentiator.Plotting;
using Differentiator.Syntax;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Differentiator.Web.Api;

/// <summary>
/// <c>GET /api/plot?formula=x^3-3x&amp;from=-3&amp;to=3&amp;derivative=1</c>: the picture <c>dx plot</c>
/// draws, as SVG (a GET, so that the page can show it as an image).
/// </summary>
internal static class PlotEndpoint
{
    private static readonly string[] Parameters = ["formula", "from", "to", "derivative"];

    // The drawing's own inline styles may apply; nothing in it may run or load.
    private const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/plot", (HttpContext context) =>
    {
        var query = context.Request.Query;
        foreach (var key in query.Keys.Where(k => !Parameters.Contains(k, StringComparer.Ordinal)))
            throw ApiRequestException.BadRequest($"The plot reads the parameters {string.Join(", ", Parameters)}; '{MessageText.Excerpt(key)}' is not one of them.");
        var formula = Single(query, "formula") ?? throw ApiRequestException.BadRequest("The plot needs a formula: /api/plot?formula=x^3-3x.");
        var options = new PlotOptions
        {
            From = Number(query, "from"),
            To = Number(query, "to"),
            DerivativeOrder = (int?)Number(query, "derivative", whole: true) ?? 0,
        };
        var svg = RequestBudget.Run(context, () => FunctionPicture.Render(FunctionPlot.Build(Formula.Parse(formula), options), ImageFormat.Svg));
        context.Response.Headers.ContentSecurityPolicy = SvgPolicy;
        return Results.Bytes(svg, "image/svg+xml; charset=utf-8");
    });

    private static string? Single(IQueryCollection query, string name) => query.TryGetValue(name, out var values) switch
    {
        false => null,
        true when values.Count == 1 => values[0],
        _ => throw ApiRequestException.BadRequest($"Give '{name}' once."),
    };

    private static double? Number(IQueryCollection query, string name, bool whole = false)
    {
        var text = Single(query, name);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var style = whole ? NumberStyles.Integer : NumberStyles.Float;
        if (!double.TryParse(text, style, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || (whole && value is < int.MinValue or > int.MaxValue))
            throw ApiRequestException.BadRequest($"'{name}' must be {(whole ? "a whole number" : "a finite number")}, not '{MessageText.Excerpt(text)}'.");
        return value;
    }
}
