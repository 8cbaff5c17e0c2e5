using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// Runs one query operation of the SPARQL 1.1 Protocol (§2.1): parse (400 with the parser's message), choose the
/// representation (406), evaluate on a snapshot of its own with a timeout that cancels the operators (503), cut the
/// results at the maximum, and send them.
/// </summary>
internal static class QueryExecution
{
    /// <summary>Results up to this size stay in memory while they are written; larger ones spill to a temporary file.</summary>
    private const int MemoryThreshold = 1 << 20;

    public static async Task RunAsync(
        HttpContext http,
        ServerContext server,
        string queryText,
        IReadOnlyList<string> defaultGraphUris,
        IReadOnlyList<string> namedGraphUris)
    {
        Iri? baseIri = EndpointIri(http.Request);
        SparqlQuery query;
        try
        {
            query = SparqlParser.ParseQuery(queryText, baseIri);
        }
        catch (SparqlSyntaxException e)
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, "malformed query: " + e.Message).ConfigureAwait(false);
            return;
        }

        if (!TryParseGraphs(defaultGraphUris, "default-graph-uri", out List<Iri> defaults, out string? error)
            || !TryParseGraphs(namedGraphUris, "named-graph-uri", out List<Iri> named, out error))
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
            return;
        }

        SparqlResultsKind kind = query.Form switch
        {
            QueryForm.Select => SparqlResultsKind.Bindings,
            QueryForm.Ask => SparqlResultsKind.Boolean,
            _ => SparqlResultsKind.Graph,
        };
        IReadOnlyList<(string MediaType, ResultFormat Value)> offers = ResultFormat.OffersFor(kind);
        string? formatParameter = http.Request.Query["format"];
        ResultFormat? format = ResultFormat.Negotiate(formatParameter, http.Request.Headers.Accept, offers);
        if (format is null)
        {
            string asked = string.IsNullOrWhiteSpace(formatParameter) ? $"Accept: {http.Request.Headers.Accept}" : $"format={formatParameter}";
            await HttpErrors.Write(http, StatusCodes.Status406NotAcceptable,
                $"cannot send {query.Form.ToString().ToUpperInvariant()} results as {asked}; available: "
                + string.Join(", ", offers.Select(o => o.MediaType).Distinct())).ConfigureAwait(false);
            return;
        }

        using var timeout = new CancellationTokenSource(server.Options.QueryTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, http.RequestAborted);
        // Well-known prefixes are declared by the writers where used; the query's own ones are added.
        PrefixMap prefixes = query.Prefixes;
        Task<(FileBufferingWriteStream Buffer, ResultLimiter Limiter)> evaluation = Task.Run(
            () => Evaluate(server, query, defaults, named, format, prefixes, linked.Token), linked.Token);
        (FileBufferingWriteStream Buffer, ResultLimiter Limiter) done;
        try
        {
            // WaitAsync answers at the deadline even if an operator is slow to notice the cancellation; the
            // evaluation then ends on its own, closing its snapshot and buffer.
            done = await evaluation.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            DisposeWhenDone(evaluation);
            await HttpErrors.Write(http, StatusCodes.Status503ServiceUnavailable,
                $"query timed out: evaluation was cancelled after {server.Options.QueryTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s").ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            DisposeWhenDone(evaluation);
            return;
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            await HttpErrors.Write(http, StatusCodes.Status500InternalServerError, "query evaluation failed: " + e.Message).ConfigureAwait(false);
            return;
        }

        await using (done.Buffer.ConfigureAwait(false))
        {
            http.Items[ServerContext.RowsItem] = done.Limiter.Count;
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = format.ContentType;
            http.Response.Headers.Vary = "Accept";
            if (done.Limiter.Truncated)
            {
                http.Response.Headers[ServerContext.TruncatedHeader] = $"max-results={server.Options.MaxResults}";
            }

            http.Response.ContentLength = done.Buffer.Length;
            if (!HttpMethods.IsHead(http.Request.Method))
            {
                await done.Buffer.DrainBufferAsync(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The endpoint's own IRI: the base IRI of queries without BASE (Protocol §2.1.1 allows the service to choose).</summary>
    public static Iri? EndpointIri(HttpRequest request) =>
        Iri.TryParse($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}", out Iri? iri) ? iri : null;

    public static bool TryParseGraphs(IReadOnlyList<string> values, string parameter, out List<Iri> graphs, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        graphs = [];
        foreach (string v in values)
        {
            if (!Iri.TryParse(v, out Iri? iri))
            {
                error = $"{parameter} '{v}' is not an absolute IRI: {Iri.Validate(v)}";
                return false;
            }

            graphs.Add(iri);
        }

        error = null;
        return true;
    }

    private static (FileBufferingWriteStream, ResultLimiter) Evaluate(
        ServerContext server, SparqlQuery query, List<Iri> defaults, List<Iri> named, ResultFormat format, PrefixMap prefixes, CancellationToken ct)
    {
        var buffer = new FileBufferingWriteStream(MemoryThreshold);
        try
        {
            // Protocol §2.1.4: a dataset given by default-graph-uri / named-graph-uri replaces the query's FROM / FROM NAMED.
            SparqlEvaluator evaluator = defaults.Count > 0 || named.Count > 0
                ? new SparqlEvaluator(server.Evaluator.Options with { DatasetOverride = new SparqlDatasetOverride(defaults, named) })
                : server.Evaluator;
            using (IQuadSnapshot snapshot = server.Store.OpenSnapshot())
            {
                SparqlResults results = evaluator.Evaluate(query, snapshot, ct);
                var limiter = new ResultLimiter(server.Options.MaxResults);
                SparqlResults limited = results.Kind switch
                {
                    SparqlResultsKind.Bindings => SparqlResults.FromBindings(results.Variables, limiter.Apply(results.Rows, ct)),
                    SparqlResultsKind.Graph => SparqlResults.FromTriples(limiter.Apply(results.Triples, ct)),
                    _ => results,
                };
                format.Write(buffer, limited, prefixes);
                return (buffer, limiter);
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static void DisposeWhenDone(Task<(FileBufferingWriteStream Buffer, ResultLimiter Limiter)> evaluation) =>
        evaluation.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    t.Result.Buffer.Dispose();
                }
                else
                {
                    _ = t.Exception; // observed: the client already has its answer
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
