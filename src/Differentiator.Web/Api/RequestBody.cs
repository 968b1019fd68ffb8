using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Differentiator.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Differentiator.Web.Api;

/// <summary>
/// Reads a request body as one JSON object, whatever the client sends: a body over
/// <see cref="ServerOptions.MaxBodyBytes"/> is refused (413) without reading it all, one that does
/// not arrive within <see cref="ServerOptions.BodyTimeout"/> is 408, and one that is not JSON, is
/// not UTF-8, or nests deeper than a request needs is 400.
/// </summary>
internal static class RequestBody
{
    private const int MaxDepth = 8;

    public static async Task<JsonElement> ReadObjectAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType))
            throw new ApiRequestException(new ErrorReport(ErrorCodes.BadRequest, "Send the request body as JSON, with the header Content-Type: application/json."),
                StatusCodes.Status415UnsupportedMediaType);
        if (request.ContentLength > ServerOptions.MaxBodyBytes) throw TooLarge();

        var options = context.RequestServices.GetRequiredService<ServerOptions>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.BodyTimeout);
        var buffer = ArrayPool<byte>.Shared.Rent(ServerOptions.MaxBodyBytes + 1);
        try
        {
            var length = await ReadUpTo(request.Body, buffer, timeout.Token, context.RequestAborted).ConfigureAwait(false);
            return Parse(buffer.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<int> ReadUpTo(Stream body, byte[] buffer, CancellationToken timeout, CancellationToken aborted)
    {
        var length = 0;
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(length, buffer.Length - length), timeout).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > ServerOptions.MaxBodyBytes) throw TooLarge();
            }
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            throw new ApiRequestException(new ErrorReport(ErrorCodes.RequestTimeout, "The request body did not arrive in time."), StatusCodes.Status408RequestTimeout);
        }
        return length;
    }

    private static JsonElement Parse(ReadOnlyMemory<byte> bytes)
    {
        // The JSON reader checks the structure; text inside strings is only decoded when read, so check it all first.
        if (!Utf8.IsValid(bytes.Span)) throw ApiRequestException.BadRequest("The request body is not valid UTF-8.");
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw ApiRequestException.BadRequest("The request body must be a JSON object, such as {\"formula\": \"2x+3xy+y^3\"}.");
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw ApiRequestException.BadRequest($"The request body is not valid JSON in UTF-8: {FirstSentence(e.Message)}");
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && MediaTypeIsJson(contentType.Split(';', 2)[0].Trim());

    private static bool MediaTypeIsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static ApiRequestException TooLarge() =>
        new(new ErrorReport(ErrorCodes.RequestTooLarge, $"The request body is larger than {ServerOptions.MaxBodyBytes / 1024} KB."), StatusCodes.Status413PayloadTooLarge);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
