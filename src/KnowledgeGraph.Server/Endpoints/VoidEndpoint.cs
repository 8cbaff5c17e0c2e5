using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Descriptions;
using KnowledgeGraph.Server.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static KnowledgeGraph.Server.Descriptions.DescriptionVocabulary;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// <c>/.well-known/void</c>: a VoID description of the dataset (VoID §7.2 well-known location): total triples, one
/// subset per named graph with its size, a class partition (entities per class) and a property partition
/// (triples per property).
/// </summary>
internal static class VoidEndpoint
{
    public const string Path = "/.well-known/void";

    public static void Map(IEndpointRouteBuilder routes, ServerContext server) =>
        routes.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], http => GetAsync(http, server));

    private static async Task GetAsync(HttpContext http, ServerContext server)
    {
        ResultFormat? format = ResultFormat.Negotiate(http.Request.Query["format"], http.Request.Headers.Accept, ResultFormat.GraphOffers);
        if (format is null)
        {
            await HttpErrors.Write(http, StatusCodes.Status406NotAcceptable,
                "VoID is RDF: " + string.Join(", ", ResultFormat.GraphOffers.Select(o => o.MediaType).Distinct())).ConfigureAwait(false);
            return;
        }

        string root = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        DatasetStatistics stats = await Task.Run(() => server.Statistics.Get(server.Store, http.RequestAborted), http.RequestAborted).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        format.WriteQuads(buffer, Describe(stats, root).Select(t => new Quad(t)), Prefixes);
        http.Response.ContentType = format.ContentType;
        http.Response.Headers.Vary = "Accept";
        http.Response.ContentLength = buffer.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), http.RequestAborted).ConfigureAwait(false);
        }
    }

    internal static IEnumerable<Triple> Describe(DatasetStatistics stats, string root)
    {
        var dataset = Iri.Parse(root + Path + "#dataset");
        yield return new(dataset, Vocabulary.Rdf.Type, VoidTerm("Dataset"));
        yield return new(dataset, VoidTerm("sparqlEndpoint"), Iri.Parse(root + "/sparql"));
        yield return new(dataset, VoidTerm("uriLookupEndpoint"), Iri.Parse(root + "/describe?iri="));
        yield return new(dataset, VoidTerm("triples"), Literal.Create(stats.Quads));
        yield return new(dataset, VoidTerm("classes"), Literal.Create(stats.Classes.Count));
        yield return new(dataset, VoidTerm("properties"), Literal.Create(stats.Properties.Count));
        foreach (string syntax in new[] { "Turtle", "N-Triples", "N-Quads", "TriG" })
        {
            yield return new(dataset, VoidTerm("feature"), Format(syntax));
        }

        int n = 0;
        foreach ((Term graph, long triples) in stats.Graphs)
        {
            var subset = new BlankNode("graph" + n++);
            yield return new(dataset, VoidTerm("subset"), subset);
            yield return new(subset, Vocabulary.Rdf.Type, VoidTerm("Dataset"));
            yield return new(subset, SdTerm("name"), graph);
            yield return new(subset, VoidTerm("triples"), Literal.Create(triples));
        }

        n = 0;
        foreach ((Term cls, long entities) in stats.Classes)
        {
            var partition = new BlankNode("class" + n++);
            yield return new(dataset, VoidTerm("classPartition"), partition);
            yield return new(partition, VoidTerm("class"), cls);
            yield return new(partition, VoidTerm("entities"), Literal.Create(entities));
        }

        n = 0;
        foreach ((Iri property, long triples) in stats.Properties)
        {
            var partition = new BlankNode("property" + n++);
            yield return new(dataset, VoidTerm("propertyPartition"), partition);
            yield return new(partition, VoidTerm("property"), property);
            yield return new(partition, VoidTerm("triples"), Literal.Create(triples));
        }
    }
}
