using System.Net;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Server.Tests.Endpoints;

[TestClass]
public sealed class DescriptionAndPageTests
{
    private const string Void = "http://rdfs.org/ns/void#";

    [TestMethod]
    public async Task Void_counts_triples_per_graph_class_and_property()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage response = await live.GetAsync("/.well-known/void", "application/n-triples");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        List<Triple> triples = [.. RdfFormats.NTriples.CreateParser().ParseText(await response.Content.ReadAsStringAsync()).Select(q => q.Triple)];
        var dataset = Iri.Parse(live.Server.Address + ".well-known/void#dataset");
        Assert.AreEqual(Literal.Create(24L), Value(triples, dataset, "triples"));

        Term Partition(string kind, string property, Term value) =>
            triples.Single(t => t.Predicate == Iri.Parse(Void + property) && t.Object == value && triples.Contains(new Triple(dataset, Iri.Parse(Void + kind), t.Subject))).Subject;
        Term persons = Partition("classPartition", "class", Iri.Parse("https://w3id.org/knowledge-graph/ontology#Person"));
        Assert.AreEqual(Literal.Create(3L), Value(triples, persons, "entities"));
        Term labels = Partition("propertyPartition", "property", Iri.Parse("http://www.w3.org/2000/01/rdf-schema#label"));
        Assert.AreEqual(Literal.Create(7L), Value(triples, labels, "triples"));
        Term article = triples.Single(t => t.Object == Iri.Parse("http://example.org/article")).Subject;
        Assert.AreEqual(Literal.Create(24L), Value(triples, article, "triples"));
    }

    [TestMethod]
    public async Task Describe_shows_triples_in_both_directions_with_labels_in_the_chosen_language()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage de = await live.GetAsync("/describe?lang=de&iri=" + LiveServer.Escape("http://example.org/dhs"));
        using HttpResponseMessage en = await live.GetAsync("/describe?lang=en&iri=" + LiveServer.Escape("http://example.org/dhs"));
        using HttpResponseMessage bad = await live.GetAsync("/describe?iri=nope");

        string german = await de.Content.ReadAsStringAsync();
        StringAssert.Contains(german, "<h1 id=\"title\">Heimatschutzminister</h1>");
        StringAssert.Contains(german, "wd:Q642859");
        StringAssert.Contains(german, "href=\"/describe?iri=http%3A%2F%2Fexample.org%2Fkelly&amp;lang=de\"");
        StringAssert.Contains(german, "kgo:holdsOffice");
        StringAssert.Contains(await en.Content.ReadAsStringAsync(), "<h1 id=\"title\">Secretary of Homeland Security</h1>");
        Assert.AreEqual(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [TestMethod]
    [DataRow("/", "text/html", "<textarea id=\"query\"")]
    [DataRow("/page/app.js", "text/javascript", "/describe?iri=")]
    [DataRow("/page/style.css", "text/css", "table")]
    [DataRow("/page/prefixes.json", "application/json", "\"kgo\":\"https://w3id.org/knowledge-graph/ontology#\"")]
    public async Task The_query_page_is_served_from_the_assembly(string path, string mediaType, string content)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage response = await live.GetAsync(path);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(mediaType, response.Content.Headers.ContentType!.MediaType);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(), content);
    }

    [TestMethod]
    public async Task Cors_is_off_by_default()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=ASK%7B%7D");
        request.Headers.Add("Origin", "https://yasgui.example");
        using HttpResponseMessage response = await live.Client.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.IsFalse(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [TestMethod]
    public async Task Cors_preflight_passes_but_a_write_still_needs_the_token()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { CorsOrigins = ["https://yasgui.example"], UpdateToken = LiveServer.Token });
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/store?default");
        preflight.Headers.Add("Origin", "https://yasgui.example");
        preflight.Headers.Add("Access-Control-Request-Method", "PUT");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        using HttpResponseMessage allowed = await live.Client.SendAsync(preflight);

        Assert.AreEqual(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.AreEqual("https://yasgui.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        StringAssert.Contains(string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")), "PUT");

        var write = new HttpRequestMessage(HttpMethod.Put, "/store?default") { Content = new StringContent("<http://a.example/s> <http://a.example/p> 1 .") };
        write.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/n-triples");
        write.Headers.Add("Origin", "https://yasgui.example");
        using HttpResponseMessage refused = await live.Client.SendAsync(write);
        Assert.AreEqual(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.AreEqual("https://yasgui.example", refused.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var other = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=ASK%7B%7D");
        other.Headers.Add("Origin", "https://evil.example");
        using HttpResponseMessage foreign = await live.Client.SendAsync(other);
        Assert.IsFalse(foreign.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static Term Value(List<Triple> triples, Term subject, string property) =>
        triples.Single(t => t.Subject == subject && t.Predicate == Iri.Parse(Void + property)).Object;
}
