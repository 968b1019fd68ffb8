using Differentiator.Reports;
using Microsoft.AspNetCore.Http;

namespace Differentiator.Web.Api;

/// <summary>A request the API cannot read (a body that is not JSON, a field of the wrong type): its error document and HTTP status.</summary>
internal sealed class ApiRequestException(ErrorReport error, int status = StatusCodes.Status400BadRequest) : Exception(error.Message)
{
    public ErrorReport Error { get; } = error;

    public int Status { get; } = status;

    public static ApiRequestException BadRequest(string message) => new(new ErrorReport(ErrorCodes.BadRequest, message));
}
