using System.Net;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Server.Tests.Endpoints;

[TestClass]
public sealed class GraphStoreEndpointTests
{
    private const string Graph = "http://example.org/g";
    private const string Turtle = "@prefix ex: <http://example.org/> . ex:a ex:p ex:b , \"x\"@de ; ex:q [ ex:r 1 ] .";
    private const string More = "<http://example.org/c> <http://example.org/p> <http://example.org/d> .";

    private static string GraphPath => "/store?graph=" + LiveServer.Escape(Graph);

    [TestMethod]
    public async Task Put_creates_then_replaces_a_graph_and_get_returns_it_in_every_syntax()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token }, data: null, unionDefaultGraph: false);
        using HttpResponseMessage created = await live.SendAsync(HttpMethod.Put, GraphPath, More, "application/n-triples", LiveServer.Token);
        using HttpResponseMessage replaced = await live.SendAsync(HttpMethod.Put, GraphPath, Turtle, "text/turtle", LiveServer.Token);

        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode);
        Assert.AreEqual(HttpStatusCode.NoContent, replaced.StatusCode);
        List<Quad> expected = [.. RdfFormats.Turtle.CreateParser().ParseText(Turtle)];
        foreach (RdfFormat syntax in RdfFormats.All.Where(f => f.CanWrite))
        {
            using HttpResponseMessage get = await live.GetAsync(GraphPath, syntax.MediaTypes[0]);
            Assert.AreEqual(HttpStatusCode.OK, get.StatusCode, syntax.Name);
            Assert.AreEqual(syntax.MediaTypes[0], get.Content.Headers.ContentType!.MediaType);
            List<Quad> actual = [.. syntax.CreateParser().ParseText(await get.Content.ReadAsStringAsync())];
            Assert.IsTrue(Isomorphism.AreIsomorphic(expected, actual), syntax.Name);
        }

        // RDF/XML is read, never written: asking for it alone is not acceptable.
        using HttpResponseMessage rdfXml = await live.GetAsync(GraphPath, RdfFormats.RdfXml.MediaTypes[0]);
        Assert.AreEqual(HttpStatusCode.NotAcceptable, rdfXml.StatusCode);
    }

    [TestMethod]
    public async Task Post_merges_and_delete_removes_a_graph()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token }, data: null, unionDefaultGraph: false);
        (await live.SendAsync(HttpMethod.Put, GraphPath, Turtle, "text/turtle", LiveServer.Token)).Dispose();
        using HttpResponseMessage post = await live.SendAsync(HttpMethod.Post, GraphPath, More, "application/n-triples", LiveServer.Token);
        using HttpResponseMessage merged = await live.GetAsync(GraphPath, "application/n-triples");

        Assert.AreEqual(HttpStatusCode.NoContent, post.StatusCode);
        Assert.HasCount(5, RdfFormats.NTriples.CreateParser().ParseText(await merged.Content.ReadAsStringAsync()).ToList());

        using HttpResponseMessage delete = await live.SendAsync(HttpMethod.Delete, GraphPath, token: LiveServer.Token);
        using HttpResponseMessage gone = await live.GetAsync(GraphPath);
        using HttpResponseMessage again = await live.SendAsync(HttpMethod.Delete, GraphPath, token: LiveServer.Token);
        Assert.AreEqual(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.AreEqual(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.AreEqual(HttpStatusCode.NotFound, again.StatusCode);
    }

    [TestMethod]
    public async Task The_default_graph_and_the_whole_dataset_are_addressable()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token }, data: null, unionDefaultGraph: false);
        using HttpResponseMessage put = await live.SendAsync(HttpMethod.Put, "/store?default", More, "application/n-triples", LiveServer.Token);
        (await live.SendAsync(HttpMethod.Put, GraphPath, Turtle, "text/turtle", LiveServer.Token)).Dispose();
        using HttpResponseMessage defaultGraph = await live.GetAsync("/store?default", "application/n-triples");
        using HttpResponseMessage dataset = await live.GetAsync("/store");
        using HttpResponseMessage head = await live.SendAsync(HttpMethod.Head, "/store", accept: "application/n-quads");

        Assert.AreEqual(HttpStatusCode.NoContent, put.StatusCode);
        Assert.AreEqual(More + "\n", await defaultGraph.Content.ReadAsStringAsync());
        Assert.AreEqual("application/trig", dataset.Content.Headers.ContentType!.MediaType);
        List<Quad> quads = [.. RdfFormats.TriG.CreateParser().ParseText(await dataset.Content.ReadAsStringAsync())];
        Assert.AreEqual(1, quads.Count(q => q.IsInDefaultGraph));
        Assert.AreEqual(4, quads.Count(q => q.Graph == Iri.Parse(Graph)));
        Assert.AreEqual(HttpStatusCode.OK, head.StatusCode);
        Assert.AreEqual(0, (await head.Content.ReadAsByteArrayAsync()).Length);
        Assert.IsGreaterThan(0L, head.Content.Headers.ContentLength!.Value);
    }

    [TestMethod]
    public async Task A_dataset_put_to_the_store_replaces_everything()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token }, unionDefaultGraph: false);
        const string trig = "<http://example.org/x> <http://example.org/p> 1 . <http://example.org/g2> { <http://example.org/y> <http://example.org/p> 2 }";
        using HttpResponseMessage put = await live.SendAsync(HttpMethod.Put, "/store", trig, "application/trig", LiveServer.Token);
        using HttpResponseMessage all = await live.GetAsync("/store", "application/n-quads");

        Assert.AreEqual(HttpStatusCode.NoContent, put.StatusCode);
        List<Quad> quads = [.. RdfFormats.NQuads.CreateParser().ParseText(await all.Content.ReadAsStringAsync())];
        Assert.HasCount(2, quads);
    }

    [TestMethod]
    public async Task A_graph_posted_to_the_store_gets_a_new_name()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token }, data: null);
        using HttpResponseMessage post = await live.SendAsync(HttpMethod.Post, "/store", More, "application/n-triples", LiveServer.Token);

        Assert.AreEqual(HttpStatusCode.Created, post.StatusCode);
        string location = post.Headers.Location!.ToString();
        using HttpResponseMessage get = await live.GetAsync("/store?graph=" + LiveServer.Escape(location), "application/n-triples");
        Assert.AreEqual(More + "\n", await get.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Writes_follow_the_token_rule()
    {
        await using LiveServer readOnly = await LiveServer.StartAsync(data: null);
        await using LiveServer guarded = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token }, data: null);

        using HttpResponseMessage refused = await readOnly.SendAsync(HttpMethod.Put, GraphPath, More, "application/n-triples", LiveServer.Token);
        using HttpResponseMessage missing = await guarded.SendAsync(HttpMethod.Post, GraphPath, More, "application/n-triples");
        using HttpResponseMessage wrong = await guarded.SendAsync(HttpMethod.Delete, GraphPath, token: "nope");
        using HttpResponseMessage read = await readOnly.GetAsync("/store?default");

        Assert.AreEqual(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, read.StatusCode);
    }

    [TestMethod]
    public async Task Bad_requests_get_400_406_and_415()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token }, data: null);
        using HttpResponseMessage both = await live.GetAsync("/store?default&graph=" + LiveServer.Escape(Graph));
        using HttpResponseMessage relative = await live.GetAsync("/store?graph=relative");
        using HttpResponseMessage syntax = await live.SendAsync(HttpMethod.Put, GraphPath, "<http://example.org/a> <http://example.org/p> .", "text/turtle", LiveServer.Token);
        using HttpResponseMessage mediaType = await live.SendAsync(HttpMethod.Put, GraphPath, "{}", "application/ld+json", LiveServer.Token);
        using HttpResponseMessage accept = await live.GetAsync("/store?default", "application/sparql-results+json");
        using HttpResponseMessage quadsIntoGraph = await live.SendAsync(HttpMethod.Put, GraphPath, "<http://example.org/g2> { <http://example.org/a> <http://example.org/p> 1 }", "application/trig", LiveServer.Token);

        Assert.AreEqual(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.AreEqual(HttpStatusCode.BadRequest, relative.StatusCode);
        Assert.AreEqual(HttpStatusCode.BadRequest, syntax.StatusCode);
        StringAssert.Contains(await syntax.Content.ReadAsStringAsync(), "request body:1:");
        Assert.AreEqual(HttpStatusCode.UnsupportedMediaType, mediaType.StatusCode);
        Assert.AreEqual(HttpStatusCode.NotAcceptable, accept.StatusCode);
        Assert.AreEqual(HttpStatusCode.BadRequest, quadsIntoGraph.StatusCode);
    }
}
