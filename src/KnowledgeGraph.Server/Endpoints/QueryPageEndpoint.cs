using System.Reflection;
using System.Text.Json;
using KnowledgeGraph.Rdf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// The query page at <c>/</c>: plain HTML, CSS and JavaScript embedded in the assembly (no build step), plus
/// <c>/page/prefixes.json</c> with the server's prefixes for the editor and the results table.
/// </summary>
internal static class QueryPageEndpoint
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["app.js"] = "text/javascript; charset=utf-8",
        ["style.css"] = "text/css; charset=utf-8",
    };

    public static void Map(IEndpointRouteBuilder routes, ServerContext server)
    {
        Dictionary<string, byte[]> files = ContentTypes.Keys.ToDictionary(name => name, Load, StringComparer.Ordinal);
        byte[] prefixes = JsonSerializer.SerializeToUtf8Bytes(
            server.Options.Prefixes.ToDictionary(kv => kv.Key, kv => kv.Value.Value));

        routes.MapGet("/", http => Send(http, "text/html; charset=utf-8", files["index.html"]));
        routes.MapGet("/page/prefixes.json", http => Send(http, "application/json", prefixes));
        routes.MapGet("/page/{name}", http =>
        {
            string name = (string)http.Request.RouteValues["name"]!;
            return files.TryGetValue(name, out byte[]? bytes)
                ? Send(http, ContentTypes[name], bytes)
                : Protocol.HttpErrors.Write(http, StatusCodes.Status404NotFound, $"no page resource '{name}'");
        });
    }

    private static Task Send(HttpContext http, string contentType, byte[] bytes)
    {
        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.ContentLength = bytes.Length;
        return http.Response.Body.WriteAsync(bytes, http.RequestAborted).AsTask();
    }

    private static byte[] Load(string name)
    {
        Assembly assembly = typeof(QueryPageEndpoint).Assembly;
        using Stream stream = assembly.GetManifestResourceStream("KnowledgeGraph.Server.Page." + name)
            ?? throw new InvalidOperationException($"the page resource {name} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
