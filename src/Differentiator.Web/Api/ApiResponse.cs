using System.Text;
using System.Text.Json.Nodes;
using Differentiator.Reports;
using Microsoft.AspNetCore.Http;

namespace Differentiator.Web.Api;

/// <summary>
/// The API's answers: the documents of <c>dx … --format json</c>, written by the same
/// <see cref="ReportJson"/>, and errors as <c>{"error": {"code", "message", "start", "length"}}</c>.
/// </summary>
internal static class ApiResponse
{
    public const string JsonType = "application/json; charset=utf-8";

    public static IResult Document(JsonNode document, int status = StatusCodes.Status200OK) =>
        Results.Text(ReportJson.Write(document), JsonType, Encoding.UTF8, status);

    public static IResult Error(ErrorReport error, int status) => Document(ReportJson.Of(error), status);

    /// <summary>400 for input that cannot be used, 422 for input over the size or time budget.</summary>
    public static int StatusOf(ErrorReport error) =>
        ErrorCodes.IsOverLimit(error.Code) ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest;
}
