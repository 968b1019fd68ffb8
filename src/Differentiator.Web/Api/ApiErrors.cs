using Differentiator.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Differentiator.Web.Api;

/// <summary>
/// The one place failures become answers: a request the API cannot read, and every error a user
/// can cause (<see cref="ErrorReport.From"/>), are the error document with 400, 413 or 422;
/// anything else is a bug, logged, and answered 500 without its details.
/// </summary>
internal sealed class ApiErrors(RequestDelegate next, ILogger<ApiErrors> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted && Answer(e) is { } answer)
        {
            await ApiResponse.Error(answer.Error, answer.Status).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            log.LogError(e, "Internal error on {Path}", context.Request.Path);
            var error = new ErrorReport(ErrorCodes.InternalError, "Internal error: the server failed on this request. This is a bug; please report the request.");
            await ApiResponse.Error(error, StatusCodes.Status500InternalServerError).ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    private static (ErrorReport Error, int Status)? Answer(Exception e) => e switch
    {
        ApiRequestException r => (r.Error, r.Status),
        BadHttpRequestException b => (new ErrorReport(b.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.BadRequest, BadRequestMessage(b)), b.StatusCode),
        _ when ErrorReport.From(e) is { } error => (error, ApiResponse.StatusOf(error)),
        _ => null,
    };

    private static string BadRequestMessage(BadHttpRequestException b) => b.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {ServerOptions.MaxBodyBytes / 1024} KB.",
        StatusCodes.Status408RequestTimeout => "The request body arrived too slowly.",
        _ => "The request cannot be read.",
    };
}
