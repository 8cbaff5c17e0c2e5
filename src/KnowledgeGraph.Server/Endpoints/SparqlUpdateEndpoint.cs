using KnowledgeGraph.Rdf;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Server.Updates;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// <c>/update</c>: the update operation of the SPARQL 1.1 Protocol (§2.2), by POST with a form or an
/// <c>application/sparql-update</c> body. Authorization comes first, so a refused request is never read or echoed.
/// </summary>
internal static class SparqlUpdateEndpoint
{
    public const string Path = "/update";

    public static void Map(IEndpointRouteBuilder routes, ServerContext server)
    {
        routes.MapPost(Path, http => PostAsync(http, server));
        routes.MapGet(Path, http => HttpErrors.Write(http, StatusCodes.Status405MethodNotAllowed, "updates must be POSTed (Protocol §2.2)"));
    }

    private static async Task PostAsync(HttpContext http, ServerContext server)
    {
        if (!await server.Writes.AuthorizeAsync(http).ConfigureAwait(false))
        {
            return;
        }

        if (!RequestBody.IsUtf8(http.Request))
        {
            await HttpErrors.Write(http, StatusCodes.Status415UnsupportedMediaType, "request bodies must be UTF-8 (Protocol §2.2.3)").ConfigureAwait(false);
            return;
        }

        StringValues texts, usingGraphs, usingNamed;
        switch (RequestBody.MediaType(http.Request))
        {
            case "application/x-www-form-urlencoded":
                IFormCollection form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
                texts = form["update"];
                usingGraphs = form["using-graph-uri"];
                usingNamed = form["using-named-graph-uri"];
                break;
            case "application/sparql-update":
                try
                {
                    texts = await RequestBody.ReadTextAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
                }
                catch (System.Text.DecoderFallbackException)
                {
                    await HttpErrors.Write(http, StatusCodes.Status400BadRequest, "the update is not valid UTF-8").ConfigureAwait(false);
                    return;
                }

                usingGraphs = http.Request.Query["using-graph-uri"];
                usingNamed = http.Request.Query["using-named-graph-uri"];
                break;
            default:
                await HttpErrors.Write(http, StatusCodes.Status415UnsupportedMediaType,
                    $"cannot read an update from '{http.Request.ContentType ?? "no content type"}'; expected application/x-www-form-urlencoded or application/sparql-update").ConfigureAwait(false);
                return;
        }

        if (texts.Count != 1 || string.IsNullOrWhiteSpace(texts[0]))
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, texts.Count > 1 ? "exactly one 'update' parameter is allowed" : "the update is empty").ConfigureAwait(false);
            return;
        }

        if (!QueryExecution.TryParseGraphs([.. usingGraphs.Select(v => v ?? "")], "using-graph-uri", out List<Iri> graphs, out string? error)
            || !QueryExecution.TryParseGraphs([.. usingNamed.Select(v => v ?? "")], "using-named-graph-uri", out List<Iri> named, out error))
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
            return;
        }

        if (!server.UpdateRunner.IsAvailable)
        {
            await HttpErrors.Write(http, StatusCodes.Status501NotImplemented, "SPARQL Update is not available in this build").ConfigureAwait(false);
            return;
        }

        var request = new SparqlUpdateRequest(texts[0]!, QueryExecution.EndpointIri(http.Request), graphs, named);
        using var timeout = new CancellationTokenSource(server.Options.QueryTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, http.RequestAborted);
        try
        {
            await Task.Run(() => server.UpdateRunner.Run(server.Store, request, linked.Token), linked.Token).ConfigureAwait(false);
        }
        catch (SparqlSyntaxException e)
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, "malformed update: " + e.Message).ConfigureAwait(false);
            return;
        }
        catch (SparqlUpdateException e)
        {
            // Update §3: a failed operation fails the whole request, which is rolled back; the request is at fault.
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, "update failed, nothing changed: " + e.Message).ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            await HttpErrors.Write(http, StatusCodes.Status503ServiceUnavailable, "update timed out and was rolled back").ConfigureAwait(false);
            return;
        }
        finally
        {
            server.DataChanged();
        }

        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
