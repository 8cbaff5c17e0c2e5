using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Server.Tests;

/// <summary>A real Kestrel server on a free loopback port over an in-memory store, with a client and the request log.</summary>
internal sealed class LiveServer : IAsyncDisposable
{
    public const string Token = "s3cret-token";

    public const string SampleData = """
        @prefix kgo: <https://w3id.org/knowledge-graph/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix wd: <http://www.wikidata.org/entity/> .
        @prefix ex: <http://example.org/> .
        ex:kelly a kgo:Person ; rdfs:label "John Kelly" ; kgo:holdsOffice ex:dhs ; owl:sameAs wd:Q5107407 .
        ex:tillerson a kgo:Person ; rdfs:label "Rex Tillerson" ; kgo:holdsOffice ex:sos .
        ex:dhs a kgo:Office ; rdfs:label "Heimatschutzminister"@de , "Secretary of Homeland Security"@en ; owl:sameAs wd:Q642859 .
        ex:sos a kgo:Office ; rdfs:label "Außenminister"@de , "Secretary of State"@en .
        ex:s1 a kgo:Statement ; kgo:speaker ex:kelly ; kgo:text "Es wird keine Massenabschiebungen geben."@de ; kgo:contradicts ex:s2 .
        ex:s2 a kgo:Statement ; kgo:speaker ex:trump ; kgo:text "It's a military operation."@en ; kgo:contradicts ex:s1 .
        ex:trump a kgo:Person ; rdfs:label "Donald Trump" .
        """;

    private readonly StringWriter _log = new();

    private LiveServer(KnowledgeGraphServer server, IQuadStore store, StringWriter log)
    {
        Server = server;
        Store = store;
        _log = log;
        Client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public KnowledgeGraphServer Server { get; }

    public IQuadStore Store { get; }

    public HttpClient Client { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts a server; <paramref name="data"/> (Turtle) goes into the named graph <c>http://example.org/article</c>.</summary>
    public static async Task<LiveServer> StartAsync(Func<ServerOptions, ServerOptions>? configure = null, string? data = SampleData, bool unionDefaultGraph = true)
    {
        var store = new MemoryQuadStore(new QuadStoreOptions { UnionDefaultGraph = unionDefaultGraph });
        if (data is not null)
        {
            var graph = Iri.Parse("http://example.org/article");
            using IQuadTransaction tx = store.BeginTransaction();
            foreach (Quad q in RdfFormats.Turtle.CreateParser().ParseText(data))
            {
                tx.Add(new Quad(q.Triple, graph));
            }

            tx.Commit();
        }

        var log = new StringWriter();
        var options = new ServerOptions { Store = store, Port = 0, RequestLog = TextWriter.Synchronized(log) };
        KnowledgeGraphServer server = await KnowledgeGraphServer.StartAsync(configure is null ? options : configure(options));
        return new LiveServer(server, store, log);
    }

    public static string Escape(string s) => Uri.EscapeDataString(s);

    public Task<HttpResponseMessage> GetAsync(string path, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body = null, string? contentType = null, string? token = null, string? accept = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Store.Dispose();
    }
}
