using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Differentiator.Web.Hosting;

/// <summary>
/// The page: <c>index.html</c>, <c>app.css</c> and <c>app.js</c>, built into the assembly and held
/// in memory, so no request ever reads the file system. Each has an ETag; a browser revalidates.
/// </summary>
internal static class StaticPage
{
    private sealed record Asset(string Route, string Resource, string ContentType);

    private static readonly Asset[] Assets =
    [
        new("/", "page/index.html", "text/html; charset=utf-8"),
        new("/app.css", "page/app.css", "text/css; charset=utf-8"),
        new("/app.js", "page/app.js", "text/javascript; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var asset in Assets)
        {
            var bytes = Load(asset.Resource);
            var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
            app.MapGet(asset.Route, (HttpContext context) => Serve(context, bytes, etag, asset.ContentType));
        }
    }

    private static IResult Serve(HttpContext context, byte[] bytes, EntityTagHeaderValue etag, string contentType)
    {
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache";
        var asked = context.Request.GetTypedHeaders().IfNoneMatch;
        if (asked.Any(t => t.Compare(etag, useStrongComparison: false))) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(bytes, contentType);
    }

    private static byte[] Load(string resource)
    {
        using var stream = typeof(StaticPage).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The page's file {resource} is not built into the server.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
