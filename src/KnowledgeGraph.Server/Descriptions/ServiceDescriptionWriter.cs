using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Protocol;
using Microsoft.AspNetCore.Http;
using static KnowledgeGraph.Server.Descriptions.DescriptionVocabulary;

namespace KnowledgeGraph.Server.Descriptions;

/// <summary>
/// The SPARQL 1.1 Service Description (§3) of the endpoint, returned by a GET of <c>/sparql</c> without a query
/// (§2): languages, result formats, features, and the default dataset with its named graphs.
/// </summary>
internal static class ServiceDescriptionWriter
{
    public static async Task WriteAsync(HttpContext http, ServerContext server)
    {
        ResultFormat? format = ResultFormat.Negotiate(http.Request.Query["format"], http.Request.Headers.Accept, ResultFormat.GraphOffers);
        if (format is null)
        {
            await HttpErrors.Write(http, StatusCodes.Status406NotAcceptable,
                "the service description is RDF: " + string.Join(", ", ResultFormat.GraphOffers.Select(o => o.MediaType).Distinct())).ConfigureAwait(false);
            return;
        }

        string root = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        List<Triple> triples = Describe(server, root);
        using var buffer = new MemoryStream();
        format.WriteQuads(buffer, triples.Select(t => new Quad(t)), Prefixes);
        http.Response.ContentType = format.ContentType;
        http.Response.Headers.Vary = "Accept";
        http.Response.ContentLength = buffer.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), http.RequestAborted).ConfigureAwait(false);
        }
    }

    internal static List<Triple> Describe(ServerContext server, string root)
    {
        var service = Iri.Parse(root + "/sparql");
        var t = new List<Triple>
        {
            new(service, Vocabulary.Rdf.Type, SdTerm("Service")),
            new(service, SdTerm("endpoint"), service),
            new(service, SdTerm("supportedLanguage"), SdTerm("SPARQL11Query")),
            new(service, SdTerm("defaultEntailmentRegime"), Iri.Parse("http://www.w3.org/ns/entailment/Simple")),
            new(service, SdTerm("feature"), SdTerm("EmptyGraphs")),
        };
        if (!server.Writes.IsReadOnly && server.UpdateRunner.IsAvailable)
        {
            t.Add(new(service, SdTerm("supportedLanguage"), SdTerm("SPARQL11Update")));
        }

        foreach (string f in new[] { "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "N-Quads", "TriG" })
        {
            t.Add(new(service, SdTerm("resultFormat"), Format(f)));
        }

        using IQuadSnapshot snapshot = server.Store.OpenSnapshot();
        if (snapshot.UnionDefaultGraph)
        {
            t.Add(new(service, SdTerm("feature"), SdTerm("UnionDefaultGraph")));
        }

        var dataset = new BlankNode("dataset");
        var defaultGraph = new BlankNode("defaultGraph");
        t.Add(new(service, SdTerm("defaultDataset"), dataset));
        t.Add(new(dataset, Vocabulary.Rdf.Type, SdTerm("Dataset")));
        t.Add(new(dataset, SdTerm("defaultGraph"), defaultGraph));
        t.Add(new(defaultGraph, Vocabulary.Rdf.Type, SdTerm("Graph")));
        t.Add(new(dataset, VoidTerm("triples"), Literal.Create(snapshot.QuadCount)));
        t.Add(new(dataset, Vocabulary.Rdfs.SeeAlso, Iri.Parse(root + "/.well-known/void")));
        int n = 0;
        foreach (long g in snapshot.NamedGraphs())
        {
            var named = new BlankNode("g" + n++);
            t.Add(new(dataset, SdTerm("namedGraph"), named));
            t.Add(new(named, Vocabulary.Rdf.Type, SdTerm("NamedGraph")));
            t.Add(new(named, SdTerm("name"), snapshot.GetTerm(g)));
        }

        return t;
    }
}
