using System.Net.Http.Headers;
using System.Text;
using Differentiator.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Differentiator.Web.Tests.Support;

/// <summary>The web application in memory (<see cref="WebApplicationFactory{TEntryPoint}"/>) with the given options.</summary>
public sealed class DxWebFactory(ServerOptions? options = null) : WebApplicationFactory<ServerProgram>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<ServerOptions>();
            services.AddSingleton(options ?? new ServerOptions { RequestsPerSecond = 0 });
        });
}

/// <summary>An answer of the API: its status, content type, body text and headers.</summary>
public sealed record ApiAnswer(int Status, string? ContentType, string Body, HttpResponseMessage Response)
{
    public System.Text.Json.Nodes.JsonNode Json => System.Text.Json.Nodes.JsonNode.Parse(Body)!;

    public string ErrorCode => Json["error"]!["code"]!.GetValue<string>();
}

public static class ApiCalls
{
    public static async Task<ApiAnswer> PostJson(this HttpClient client, string path, string json) =>
        await Send(client, new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    public static async Task<ApiAnswer> PostBytes(this HttpClient client, string path, byte[] body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await Send(client, new HttpRequestMessage(HttpMethod.Post, path) { Content = content });
    }

    public static async Task<ApiAnswer> Get(this HttpClient client, string path) => await Send(client, new HttpRequestMessage(HttpMethod.Get, path));

    public static async Task<ApiAnswer> Send(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new ApiAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, response);
    }
}
