using KnowledgeGraph.Server.Descriptions;
using KnowledgeGraph.Server.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// <c>/sparql</c>: the query operation of the SPARQL 1.1 Protocol (§2.1) by GET, by POST with a form, and by POST
/// with an <c>application/sparql-query</c> body; a GET without a query returns the service description.
/// </summary>
internal static class SparqlQueryEndpoint
{
    public const string Path = "/sparql";

    public static void Map(IEndpointRouteBuilder routes, ServerContext server)
    {
        routes.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], http => GetAsync(http, server));
        routes.MapPost(Path, http => PostAsync(http, server));
    }

    private static Task GetAsync(HttpContext http, ServerContext server)
    {
        IQueryCollection query = http.Request.Query;
        if (query.ContainsKey("update"))
        {
            return HttpErrors.Write(http, StatusCodes.Status400BadRequest, "updates are not accepted by GET (Protocol §2.2); POST them to /update");
        }

        if (!query.TryGetValue("query", out StringValues texts))
        {
            return ServiceDescriptionWriter.WriteAsync(http, server);
        }

        return RunAsync(http, server, texts, query["default-graph-uri"], query["named-graph-uri"]);
    }

    private static async Task PostAsync(HttpContext http, ServerContext server)
    {
        string mediaType = RequestBody.MediaType(http.Request);
        if (!RequestBody.IsUtf8(http.Request))
        {
            await HttpErrors.Write(http, StatusCodes.Status415UnsupportedMediaType, "request bodies must be UTF-8 (Protocol §2.1.3)").ConfigureAwait(false);
            return;
        }

        switch (mediaType)
        {
            case "application/x-www-form-urlencoded":
                IFormCollection form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
                if (form.ContainsKey("update"))
                {
                    await HttpErrors.Write(http, StatusCodes.Status400BadRequest, "this is the query endpoint; POST updates to /update").ConfigureAwait(false);
                    return;
                }

                if (!form.TryGetValue("query", out StringValues texts))
                {
                    await HttpErrors.Write(http, StatusCodes.Status400BadRequest, "the form has no 'query' parameter").ConfigureAwait(false);
                    return;
                }

                await RunAsync(http, server, texts, form["default-graph-uri"], form["named-graph-uri"]).ConfigureAwait(false);
                return;

            case "application/sparql-query":
                string text;
                try
                {
                    text = await RequestBody.ReadTextAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
                }
                catch (System.Text.DecoderFallbackException)
                {
                    await HttpErrors.Write(http, StatusCodes.Status400BadRequest, "the query is not valid UTF-8").ConfigureAwait(false);
                    return;
                }

                IQueryCollection query = http.Request.Query;
                await RunAsync(http, server, new StringValues(text), query["default-graph-uri"], query["named-graph-uri"]).ConfigureAwait(false);
                return;

            default:
                await HttpErrors.Write(http, StatusCodes.Status415UnsupportedMediaType,
                    $"cannot read a query from '{http.Request.ContentType ?? "no content type"}'; expected application/x-www-form-urlencoded or application/sparql-query").ConfigureAwait(false);
                return;
        }
    }

    private static Task RunAsync(HttpContext http, ServerContext server, StringValues texts, StringValues defaultGraphs, StringValues namedGraphs)
    {
        if (texts.Count != 1 || string.IsNullOrWhiteSpace(texts[0]))
        {
            return HttpErrors.Write(http, StatusCodes.Status400BadRequest, texts.Count > 1 ? "exactly one 'query' parameter is allowed" : "the query is empty");
        }

        return QueryExecution.RunAsync(http, server, texts[0]!, Values(defaultGraphs), Values(namedGraphs));
    }

    private static string[] Values(StringValues values) => [.. values.Where(v => v is not null).Select(v => v!)];
}
