using System.Text.Json.Nodes;
using Differentiator.Calculus.Numeric;
using Differentiator.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Differentiator.Web.Api;

/// <summary>
/// The JSON API: each endpoint reads its fields, asks <see cref="FormulaReports"/> for the report
/// and answers with the document <c>dx … --format json</c> writes for the same input.
/// </summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Text("{\"status\": \"ok\"}", ApiResponse.JsonType));
        Post(app, "/api/parse", ["formula"], r => ReportJson.Of(FormulaReports.Parse(Parse(r))));
        Post(app, "/api/eval", ["formula", "at"], r => ReportJson.Of(FormulaReports.Evaluate(Parse(r), PointField.Read(r))));
        Post(app, "/api/diff", ["formula", "wrt", "at", "order", "steps"], r => Derivatives(FormulaReports.Differentiate(Parse(r), new DiffOptions
        {
            Wrt = r.Names("wrt"),
            Order = r.Integer("order", 1),
            At = PointField.Read(r),
            Steps = r.Flag("steps"),
        }), gradient: false));
        Post(app, "/api/grad", ["formula", "at"], r => Derivatives(FormulaReports.Gradient(Parse(r), PointField.Required(r)), gradient: true));
        Post(app, "/api/numdiff", ["formula", "at", "vars", "delta", "scheme", "grad_dtype", "trace"], NumericGradient);
        Post(app, "/api/compare", ["formula", "at", "delta", "sweep"], r => ReportJson.Of(FormulaReports.Compare(Parse(r), PointField.Required(r), new ComparisonOptions
        {
            Delta = r.Number("delta", NumericGradientOptions.DefaultDelta),
            Sweep = r.Flag("sweep"),
        })));
        PlotEndpoint.Map(app);
        PracticeEndpoints.Map(app);
        app.Map("/api/{**rest}", () => ApiResponse.Error(new ErrorReport(ErrorCodes.NotFound, "There is no such API endpoint."), StatusCodes.Status404NotFound));
    }

    /// <summary>A POST endpoint that reads <paramref name="fields"/> and answers with the document <paramref name="document"/> makes, under the request's budget.</summary>
    public static void Post(IEndpointRouteBuilder app, string route, string[] fields, Func<ApiRequest, JsonObject> document) =>
        app.MapPost(route, async (HttpContext context) =>
        {
            var request = await ApiRequest.ReadAsync(context, fields).ConfigureAwait(false);
            return ApiResponse.Document(RequestBudget.Run(context, () => document(request)));
        });

    private static Formula Parse(ApiRequest request) => Formula.Parse(request.Formula);

    /// <summary>As <c>dx diff</c> and <c>dx grad</c> do: when a point is given and no derivative is defined there, the error.</summary>
    private static JsonObject Derivatives(DiffReport report, bool gradient) =>
        report.NoneDefined ? throw new ApiRequestException(report.NoneDefinedError()) : ReportJson.Of(report, gradient);

    private static JsonObject NumericGradient(ApiRequest r)
    {
        var f = Parse(r);
        var options = new NumericGradientOptions
        {
            Delta = r.Number("delta", NumericGradientOptions.DefaultDelta),
            Scheme = Scheme(r.String("scheme") ?? "central"),
            GradientDType = (r.String("grad_dtype") ?? "like-input") switch
            {
                "like-input" => GradientDType.LikeInput,
                "float64" => GradientDType.Float64,
                _ => throw ApiRequest.WrongType("grad_dtype", "\"like-input\" or \"float64\""),
            },
            Trace = r.Flag("trace"),
        };
        return ReportJson.Of(FormulaReports.NumericGradient(f, PointField.ArrayText(r, f), r.String("vars"), options));
    }

    private static DifferenceScheme Scheme(string name)
    {
        try
        {
            return DifferenceSchemes.Parse(name);
        }
        catch (FormatException)
        {
            throw ApiRequest.WrongType("scheme", "\"central\", \"forward\" or \"backward\"");
        }
    }
}
