using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Server.Tests.Endpoints;

[TestClass]
public sealed class SparqlQueryEndpointTests
{
    private const string PersonsQuery = "PREFIX kgo: <https://w3id.org/knowledge-graph/ontology#> SELECT ?p WHERE { ?p a kgo:Person } ORDER BY ?p";

    [TestMethod]
    public async Task Get_returns_json_results_by_default()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage response = await live.GetAsync("/sparql?query=" + LiveServer.Escape(PersonsQuery));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("application/sparql-results+json", response.Content.Headers.ContentType!.MediaType);
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string[] persons = [.. json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(b => b.GetProperty("p").GetProperty("value").GetString()!)];
        CollectionAssert.AreEqual(new[] { "http://example.org/kelly", "http://example.org/tillerson", "http://example.org/trump" }, persons);
    }

    [TestMethod]
    public async Task Post_form_and_post_direct_give_the_same_results()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage form = await live.SendAsync(HttpMethod.Post, "/sparql", "query=" + LiveServer.Escape(PersonsQuery), "application/x-www-form-urlencoded", accept: "text/csv");
        using HttpResponseMessage direct = await live.SendAsync(HttpMethod.Post, "/sparql", PersonsQuery, "application/sparql-query", accept: "text/csv");

        Assert.AreEqual(HttpStatusCode.OK, form.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, direct.StatusCode);
        string csv = await form.Content.ReadAsStringAsync();
        Assert.AreEqual("p\r\nhttp://example.org/kelly\r\nhttp://example.org/tillerson\r\nhttp://example.org/trump\r\n", csv);
        Assert.AreEqual(csv, await direct.Content.ReadAsStringAsync());
    }

    [TestMethod]
    [DataRow("application/sparql-results+xml", null, "application/sparql-results+xml")]
    [DataRow("text/tab-separated-values", null, "text/tab-separated-values")]
    [DataRow("text/csv;q=0.5, application/sparql-results+json", null, "application/sparql-results+json")]
    [DataRow("text/*", null, "text/csv")]
    [DataRow("*/*", null, "application/sparql-results+json")]
    [DataRow("application/sparql-results+json", "tsv", "text/tab-separated-values")]
    [DataRow("image/png", "xml", "application/sparql-results+xml")]
    [DataRow(null, "text/csv", "text/csv")]
    public async Task Select_results_follow_accept_and_the_format_override(string? accept, string? format, string expected)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        string path = "/sparql?query=" + LiveServer.Escape(PersonsQuery) + (format is null ? "" : "&format=" + LiveServer.Escape(format));
        using HttpResponseMessage response = await live.GetAsync(path, accept);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(expected, response.Content.Headers.ContentType!.MediaType);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(), "http://example.org/kelly");
    }

    [TestMethod]
    [DataRow(null, "text/turtle")]
    [DataRow("application/n-triples", "application/n-triples")]
    [DataRow("application/n-quads", "application/n-quads")]
    [DataRow("application/trig", "application/trig")]
    public async Task Construct_results_are_rdf_in_every_syntax(string? accept, string expected)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        const string query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }";
        using HttpResponseMessage response = await live.GetAsync("/sparql?query=" + LiveServer.Escape(query), accept);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(expected, response.Content.Headers.ContentType!.MediaType);
        RdfFormats.TryFindByMediaType(expected, out RdfFormat? syntax);
        List<Quad> quads = [.. syntax!.CreateParser().ParseText(await response.Content.ReadAsStringAsync())];
        Assert.AreEqual(7, quads.Count);
        Assert.IsTrue(quads.Contains(new Quad(Iri.Parse("http://example.org/sos"), Iri.Parse("http://www.w3.org/2000/01/rdf-schema#label"), new Literal("Außenminister", "de"))));
    }

    [TestMethod]
    public async Task Ask_is_not_offered_as_csv()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage json = await live.GetAsync("/sparql?query=" + LiveServer.Escape("ASK { ?s ?p ?o }"));
        using HttpResponseMessage csv = await live.GetAsync("/sparql?query=" + LiveServer.Escape("ASK { ?s ?p ?o }"), "text/csv");

        StringAssert.Contains(await json.Content.ReadAsStringAsync(), "\"boolean\": true");
        Assert.AreEqual(HttpStatusCode.NotAcceptable, csv.StatusCode);
    }

    [TestMethod]
    public async Task A_malformed_query_gets_400_with_the_parsers_message()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage response = await live.GetAsync("/sparql?query=" + LiveServer.Escape("SELECT * WHERE {\n  ?s ?p "));

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        string message = await response.Content.ReadAsStringAsync();
        StringAssert.StartsWith(message, "malformed query: 2:");
        StringAssert.Contains(message, "expected");
    }

    [TestMethod]
    public async Task Unacceptable_media_type_gets_406()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage response = await live.GetAsync("/sparql?query=" + LiveServer.Escape(PersonsQuery), "image/png");
        using HttpResponseMessage badFormat = await live.GetAsync("/sparql?query=" + LiveServer.Escape(PersonsQuery) + "&format=turtle");

        Assert.AreEqual(HttpStatusCode.NotAcceptable, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(), "application/sparql-results+json");
        Assert.AreEqual(HttpStatusCode.NotAcceptable, badFormat.StatusCode);
    }

    [TestMethod]
    [DataRow("text/plain")]
    [DataRow("application/sparql-query; charset=UTF-16")]
    [DataRow(null)]
    public async Task Post_with_an_unsupported_body_gets_415(string? contentType)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage response = await live.SendAsync(HttpMethod.Post, "/sparql", "ASK {}", contentType);

        Assert.AreEqual(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [TestMethod]
    public async Task Protocol_requests_that_break_the_rules_get_4xx()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage twoQueries = await live.GetAsync("/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D");
        using HttpResponseMessage put = await live.SendAsync(HttpMethod.Put, "/sparql?query=ASK%20%7B%7D", "", "application/x-www-form-urlencoded");
        using HttpResponseMessage badGraph = await live.GetAsync("/sparql?query=ASK%20%7B%7D&default-graph-uri=not%20an%20iri");

        Assert.AreEqual(HttpStatusCode.BadRequest, twoQueries.StatusCode);
        Assert.AreEqual(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.AreEqual(HttpStatusCode.BadRequest, badGraph.StatusCode);
    }

    [TestMethod]
    public async Task Protocol_dataset_replaces_the_default_graph_and_the_named_graphs()
    {
        await using LiveServer live = await LiveServer.StartAsync(unionDefaultGraph: false);
        using (IQuadTransaction tx = live.Store.BeginTransaction())
        {
            tx.Add(new Quad(Iri.Parse("http://example.org/a"), Iri.Parse("http://example.org/p"), new Literal("in g2"), Iri.Parse("http://example.org/g2")));
            tx.Commit();
        }

        const string select = "SELECT ?o WHERE { ?s <http://example.org/p> ?o }";
        using HttpResponseMessage none = await live.GetAsync("/sparql?format=csv&query=" + LiveServer.Escape(select));
        using HttpResponseMessage withDefault = await live.GetAsync("/sparql?format=csv&query=" + LiveServer.Escape(select)
            + "&default-graph-uri=" + LiveServer.Escape("http://example.org/g2"));
        const string graphs = "SELECT ?g WHERE { GRAPH ?g { } }";
        using HttpResponseMessage named = await live.SendAsync(HttpMethod.Post, "/sparql",
            "query=" + LiveServer.Escape(graphs) + "&named-graph-uri=" + LiveServer.Escape("http://example.org/g2"), "application/x-www-form-urlencoded", accept: "text/csv");

        const string fromArticle = "SELECT ?o FROM <http://example.org/article> WHERE { ?s <http://example.org/p> ?o }";
        using HttpResponseMessage overridden = await live.GetAsync("/sparql?format=csv&query=" + LiveServer.Escape(fromArticle)
            + "&default-graph-uri=" + LiveServer.Escape("http://example.org/g2"));

        Assert.AreEqual("o\r\n", await none.Content.ReadAsStringAsync());
        Assert.AreEqual("o\r\nin g2\r\n", await overridden.Content.ReadAsStringAsync(), "the protocol dataset replaces FROM (§2.1.4)");
        Assert.AreEqual("o\r\nin g2\r\n", await withDefault.Content.ReadAsStringAsync());
        Assert.AreEqual("g\r\nhttp://example.org/g2\r\n", await named.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Results_are_cut_at_max_results_and_flagged()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { MaxResults = 2 });
        using HttpResponseMessage response = await live.GetAsync("/sparql?format=csv&query=" + LiveServer.Escape(PersonsQuery));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("max-results=2", response.Headers.GetValues("KG-Results-Truncated").Single());
        Assert.AreEqual(3, (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public async Task A_heavy_query_is_cancelled_at_the_timeout_and_the_server_keeps_serving()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { QueryTimeout = TimeSpan.FromSeconds(1) });
        // A cartesian product of six scans of the whole store: about 37^6 = 2.5 billion rows, hours of work.
        const string heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }";
        var clock = Stopwatch.StartNew();
        using HttpResponseMessage response = await live.GetAsync("/sparql?query=" + LiveServer.Escape(heavy));
        clock.Stop();

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(), "timed out");
        Assert.IsLessThan(2.0, clock.Elapsed.TotalSeconds, $"answered after {clock.Elapsed}");

        using HttpResponseMessage next = await live.GetAsync("/sparql?query=" + LiveServer.Escape(PersonsQuery));
        Assert.AreEqual(HttpStatusCode.OK, next.StatusCode);
    }

    [TestMethod]
    public async Task Queries_run_on_snapshots_while_a_write_transaction_is_open()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using IQuadTransaction tx = live.Store.BeginTransaction();
        tx.Add(new Quad(Iri.Parse("http://example.org/new"), KnowledgeGraph.Rdf.Vocabularies.Vocabulary.Rdf.Type, Iri.Parse("https://w3id.org/knowledge-graph/ontology#Person")));

        Task<HttpResponseMessage>[] queries = [.. Enumerable.Range(0, 8).Select(_ => live.GetAsync("/sparql?format=csv&query=" + LiveServer.Escape(PersonsQuery)))];
        HttpResponseMessage[] responses = await Task.WhenAll(queries).WaitAsync(TimeSpan.FromSeconds(30));

        foreach (HttpResponseMessage r in responses)
        {
            Assert.AreEqual(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain("http://example.org/new", await r.Content.ReadAsStringAsync());
            r.Dispose();
        }

        tx.Commit();
        using HttpResponseMessage after = await live.GetAsync("/sparql?format=csv&query=" + LiveServer.Escape(PersonsQuery));
        StringAssert.Contains(await after.Content.ReadAsStringAsync(), "http://example.org/new");
    }

    [TestMethod]
    public async Task Get_without_a_query_returns_the_service_description()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage response = await live.GetAsync("/sparql", "application/n-triples");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        List<Quad> quads = [.. RdfFormats.NTriples.CreateParser().ParseText(await response.Content.ReadAsStringAsync())];
        var service = Iri.Parse(live.Server.Address + "sparql");
        const string sd = "http://www.w3.org/ns/sparql-service-description#";
        Assert.IsTrue(quads.Any(q => q.Subject == service && q.Object == Iri.Parse(sd + "Service")));
        Assert.IsTrue(quads.Any(q => q.Subject == service && q.Predicate == Iri.Parse(sd + "endpoint") && q.Object == service));
        Assert.IsTrue(quads.Any(q => q.Predicate == Iri.Parse(sd + "name") && q.Object == Iri.Parse("http://example.org/article")));
        Assert.IsFalse(quads.Any(q => q.Object == Iri.Parse(sd + "SPARQL11Update")), "a read-only server does not offer updates");
    }

    [TestMethod]
    public async Task Each_request_is_one_json_log_line()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        (await live.GetAsync("/sparql?query=" + LiveServer.Escape(PersonsQuery))).Dispose();
        (await live.GetAsync("/sparql?query=" + LiveServer.Escape("SELECT"))).Dispose();

        string[] lines = live.Log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(2, lines);
        using JsonDocument ok = JsonDocument.Parse(lines[0]);
        using JsonDocument bad = JsonDocument.Parse(lines[1]);
        Assert.AreEqual("GET", ok.RootElement.GetProperty("method").GetString());
        Assert.AreEqual("/sparql", ok.RootElement.GetProperty("path").GetString());
        Assert.AreEqual(200, ok.RootElement.GetProperty("status").GetInt32());
        Assert.AreEqual(3, ok.RootElement.GetProperty("rows").GetInt64());
        Assert.IsTrue(ok.RootElement.GetProperty("ms").GetDouble() >= 0);
        Assert.AreEqual(400, bad.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("SELECT", live.Log, "query text is not logged");
    }
}
