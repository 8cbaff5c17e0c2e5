using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Server.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// <c>/store</c>: the SPARQL 1.1 Graph Store HTTP Protocol with indirect graph identification (§4.2):
/// <c>?graph=IRI</c> for a named graph, <c>?default</c> for the default graph, and no parameter for the whole dataset
/// (read and written in TriG or N-Quads); and direct identification (§4.1): <c>/store/any/path</c> is the named graph
/// whose IRI is that request URL. GET and HEAD are open; PUT, POST and DELETE follow the token rule.
/// Every syntax of <see cref="RdfFormats"/> is read (by Content-Type, or per part of a <c>multipart/form-data</c>
/// POST, §5.5) and written (by Accept or <c>format</c>).
/// </summary>
internal static class GraphStoreEndpoint
{
    public const string Path = "/store";

    private const int MemoryThreshold = 1 << 20;

    public static void Map(IEndpointRouteBuilder routes, ServerContext server)
    {
        routes.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], http => ReadAsync(http, server));
        routes.MapMethods(Path, [HttpMethods.Put, HttpMethods.Post, HttpMethods.Delete], http => WriteAsync(http, server));
        routes.MapMethods(Path + "/{**graph}", [HttpMethods.Get, HttpMethods.Head], http => ReadAsync(http, server));
        routes.MapMethods(Path + "/{**graph}", [HttpMethods.Put, HttpMethods.Post, HttpMethods.Delete], http => WriteAsync(http, server));
    }

    private static async Task ReadAsync(HttpContext http, ServerContext server)
    {
        if (!TryTarget(http, out Target target, out string? error))
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
            return;
        }

        IReadOnlyList<(string MediaType, ResultFormat Value)> offers = target.IsDataset ? ResultFormat.DatasetOffers : ResultFormat.GraphOffers;
        ResultFormat? format = ResultFormat.Negotiate(http.Request.Query["format"], http.Request.Headers.Accept, offers);
        if (format is null)
        {
            await HttpErrors.Write(http, StatusCodes.Status406NotAcceptable,
                "acceptable here: " + string.Join(", ", offers.Select(o => o.MediaType).Distinct())).ConfigureAwait(false);
            return;
        }

        await using var buffer = new FileBufferingWriteStream(MemoryThreshold);
        long count = 0;
        bool found = await Task.Run(() =>
        {
            using IQuadSnapshot snapshot = server.Store.OpenSnapshot();
            long graphId = TermIds.Any;
            if (target.Graph is { } g && !(snapshot.TryGetId(g, out graphId) && snapshot.NamedGraphs().Contains(graphId)))
            {
                return false;
            }

            long match = target.IsDataset ? TermIds.Any : target.Graph is null ? TermIds.DefaultGraph : graphId;
            IEnumerable<Quad> quads = snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, match).Select(q =>
            {
                count++;
                var triple = new Triple(snapshot.GetTerm(q.Subject), (Iri)snapshot.GetTerm(q.Predicate), snapshot.GetTerm(q.Object));
                return target.IsDataset && q.Graph != TermIds.DefaultGraph ? new Quad(triple, snapshot.GetTerm(q.Graph)) : new Quad(triple);
            });
            format.WriteQuads(buffer, quads, PrefixMap.Empty);
            return true;
        }, http.RequestAborted).ConfigureAwait(false);

        if (!found)
        {
            await HttpErrors.Write(http, StatusCodes.Status404NotFound, $"no graph {target.Graph} in the store").ConfigureAwait(false);
            return;
        }

        http.Items[ServerContext.RowsItem] = count;
        http.Response.ContentType = format.ContentType;
        http.Response.Headers.Vary = "Accept";
        http.Response.ContentLength = buffer.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await buffer.DrainBufferAsync(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task WriteAsync(HttpContext http, ServerContext server)
    {
        if (!await server.Writes.AuthorizeAsync(http).ConfigureAwait(false))
        {
            return;
        }

        if (!TryTarget(http, out Target target, out string? error))
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
            return;
        }

        string method = http.Request.Method;
        if (HttpMethods.IsDelete(method))
        {
            if (target.IsDataset)
            {
                await HttpErrors.Write(http, StatusCodes.Status400BadRequest, "DELETE needs ?graph=IRI or ?default").ConfigureAwait(false);
                return;
            }

            bool existed = await Task.Run(() => Apply(server, target, WriteMode.Delete, [], http.RequestAborted), http.RequestAborted).ConfigureAwait(false);
            if (!existed && target.Graph is not null)
            {
                await HttpErrors.Write(http, StatusCodes.Status404NotFound, $"no graph {target.Graph} in the store").ConfigureAwait(false);
                return;
            }

            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        string mediaType = RequestBody.MediaType(http.Request);
        bool multipart = mediaType == "multipart/form-data" && HttpMethods.IsPost(method);
        RdfFormat? syntax = null;
        if (!multipart && (!RdfFormats.TryFindByMediaType(mediaType, out syntax) || !RequestBody.IsUtf8(http.Request)))
        {
            await HttpErrors.Write(http, StatusCodes.Status415UnsupportedMediaType,
                $"cannot read RDF from '{http.Request.ContentType ?? "no content type"}'; expected UTF-8 "
                + string.Join(", ", RdfFormats.All.Select(f => f.MediaTypes[0]))).ConfigureAwait(false);
            return;
        }

        if (target.IsDataset && HttpMethods.IsPost(method) && (multipart || !syntax!.SupportsDatasets))
        {
            // §5.5: a graph POSTed to the graph store itself becomes a new graph the server names.
            target = new Target(Iri.Parse($"{http.Request.Scheme}://{http.Request.Host}{Path}/graphs/{Guid.NewGuid():N}"), false);
            http.Response.Headers.Location = target.Graph!.Value;
        }

        Iri? baseIri = target.Graph ?? QueryExecution.EndpointIri(http.Request);
        List<Quad> quads;
        try
        {
            // The body is parsed completely before the transaction starts: a syntax error leaves the store untouched.
            quads = multipart
                ? await ReadMultipartAsync(http.Request, baseIri, http.RequestAborted).ConfigureAwait(false)
                : await ParseAsync(http.Request.Body, syntax!, baseIri, "request body", http.RequestAborted).ConfigureAwait(false);
        }
        catch (RdfSyntaxException e)
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, e.Message).ConfigureAwait(false);
            return;
        }
        catch (UnsupportedPartException e)
        {
            await HttpErrors.Write(http, StatusCodes.Status415UnsupportedMediaType, e.Message).ConfigureAwait(false);
            return;
        }
        catch (InvalidDataException e)
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, "malformed multipart body: " + e.Message).ConfigureAwait(false);
            return;
        }

        if (!target.IsDataset && quads.Any(q => !q.IsInDefaultGraph))
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest,
                "the body holds named graphs; send a graph (Turtle, N-Triples) to ?graph= or ?default, or a dataset to /store").ConfigureAwait(false);
            return;
        }

        WriteMode mode = HttpMethods.IsPut(method) ? WriteMode.Replace : WriteMode.Merge;
        bool existedBefore = await Task.Run(() => Apply(server, target, mode, quads, http.RequestAborted), http.RequestAborted).ConfigureAwait(false);
        http.Items[ServerContext.RowsItem] = (long)quads.Count;
        http.Response.StatusCode = existedBefore || target.Graph is null ? StatusCodes.Status204NoContent : StatusCodes.Status201Created;
    }

    private static async Task<List<Quad>> ParseAsync(Stream stream, RdfFormat syntax, Iri? baseIri, string source, CancellationToken ct)
    {
        await using var body = new FileBufferingReadStream(stream, MemoryThreshold);
        await body.DrainAsync(ct).ConfigureAwait(false);
        body.Position = 0;
        RdfParser parser = syntax.CreateParser(RdfParserOptions.Default with { BaseIri = baseIri, SourceName = source });
        return await Task.Run(() => parser.Parse(body, ct).ToList(), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// §5.5: a <c>multipart/form-data</c> POST carries several RDF documents, all merged into the target graph. Each
    /// part's syntax comes from its Content-Type, or else from the extension of its file name.
    /// </summary>
    private static async Task<List<Quad>> ReadMultipartAsync(HttpRequest request, Iri? baseIri, CancellationToken ct)
    {
        string boundary = Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(
            Microsoft.Net.Http.Headers.MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value
            ?? throw new InvalidDataException("the Content-Type has no boundary parameter");
        var reader = new MultipartReader(boundary, request.Body);
        var quads = new List<Quad>();
        int index = 0;
        while (await reader.ReadNextSectionAsync(ct).ConfigureAwait(false) is { } section)
        {
            index++;
            string? fileName = section.GetContentDispositionHeader()?.FileName.Value?.Trim('"');
            string name = fileName ?? $"part {index}";
            bool known = section.ContentType is { } type
                && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(type, out var parsed)
                && (parsed.Charset.Value is null || parsed.Charset.Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
                    ? RdfFormats.TryFindByMediaType(parsed.MediaType.Value ?? "", out RdfFormat? syntax)
                    : RdfFormats.TryFindByExtension(fileName ?? "", out syntax);
            if (!known || syntax is null)
            {
                throw new UnsupportedPartException($"cannot read RDF from {name} ('{section.ContentType ?? "no content type"}'); expected UTF-8 "
                    + string.Join(", ", RdfFormats.All.Select(f => f.MediaTypes[0])));
            }

            quads.AddRange(await ParseAsync(section.Body, syntax, baseIri, name, ct).ConfigureAwait(false));
        }

        return quads;
    }

    /// <summary>
    /// Applies a PUT (replace), POST (merge) or DELETE to the target in one transaction. Returns whether the target graph
    /// existed before (always true for the default graph and the dataset).
    /// </summary>
    private static bool Apply(ServerContext server, Target target, WriteMode mode, List<Quad> quads, CancellationToken ct)
    {
        using IQuadTransaction tx = server.Store.BeginTransaction(ct);
        bool existed = target.Graph is not { } g || (tx.TryGetId(g, out long id) && tx.NamedGraphs().Contains(id));
        if (mode != WriteMode.Merge)
        {
            if (target.IsDataset)
            {
                foreach (long named in tx.NamedGraphs().ToList())
                {
                    tx.DropGraph(tx.GetTerm(named));
                }
            }

            if (target.Graph is { } graph)
            {
                tx.DropGraph(graph);
            }
            else
            {
                Clear(tx, TermIds.DefaultGraph);
            }
        }

        if (mode != WriteMode.Delete)
        {
            if (target.Graph is { } created)
            {
                tx.CreateGraph(created);
            }

            foreach (Quad q in quads)
            {
                ct.ThrowIfCancellationRequested();
                tx.Add(target.Graph is { } into ? new Quad(q.Triple, into) : q);
            }
        }

        tx.Commit();
        server.DataChanged();
        return existed;
    }

    private static void Clear(IQuadTransaction tx, long graph)
    {
        List<Quad> existing = [.. tx.Match(TermIds.Any, TermIds.Any, TermIds.Any, graph).Select(tx.Decode)];
        foreach (Quad q in existing)
        {
            tx.Remove(q);
        }
    }

    private static bool TryTarget(HttpContext http, out Target target, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        IQueryCollection query = http.Request.Query;
        bool hasGraph = query.TryGetValue("graph", out Microsoft.Extensions.Primitives.StringValues graphs);
        bool hasDefault = query.ContainsKey("default");
        target = new Target(null, !hasGraph && !hasDefault);
        error = null;
        if (http.Request.RouteValues.TryGetValue("graph", out object? path) && path is string { Length: > 0 })
        {
            // §4.1 direct identification: the request URL (without its query) names the graph.
            string url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path.ToUriComponent()}";
            if (hasGraph || hasDefault || !Iri.TryParse(url, out Iri? direct))
            {
                error = hasGraph || hasDefault
                    ? "a graph named by its URL (Graph Store Protocol §4.1) takes neither ?graph nor ?default"
                    : $"the request URL '{url}' is not an IRI: {Iri.Validate(url)}";
                return false;
            }

            target = new Target(direct, false);
            return true;
        }

        if (hasGraph && hasDefault)
        {
            error = "give either ?graph=IRI or ?default, not both (Graph Store Protocol §4.2)";
            return false;
        }

        if (!hasGraph)
        {
            return true;
        }

        if (graphs.Count != 1 || !Iri.TryParse(graphs[0], out Iri? iri))
        {
            error = graphs.Count != 1 ? "exactly one graph parameter is allowed" : $"graph '{graphs[0]}' is not an absolute IRI: {Iri.Validate(graphs[0] ?? "")}";
            return false;
        }

        target = new Target(iri, false);
        return true;
    }

    /// <summary>A part of a multipart body in a syntax the store cannot read.</summary>
    private sealed class UnsupportedPartException(string message) : Exception(message);

    private enum WriteMode
    {
        Replace,
        Merge,
        Delete,
    }

    /// <summary>What a request addresses: a named graph, the default graph (Graph null), or the whole dataset.</summary>
    private readonly record struct Target(Iri? Graph, bool IsDataset);
}
