using System.Net;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Server.Updates;

namespace KnowledgeGraph.Server.Tests.Endpoints;

[TestClass]
public sealed class SparqlUpdateEndpointTests
{
    private const string Update = "INSERT DATA { <http://example.org/a> <http://example.org/p> 1 }";

    [TestMethod]
    public async Task A_server_without_a_token_refuses_every_update_with_403()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpResponseMessage noHeader = await live.SendAsync(HttpMethod.Post, "/update", Update, "application/sparql-update");
        using HttpResponseMessage anyToken = await live.SendAsync(HttpMethod.Post, "/update", Update, "application/sparql-update", token: "guess");

        Assert.AreEqual(HttpStatusCode.Forbidden, noHeader.StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, anyToken.StatusCode);
        StringAssert.Contains(await noHeader.Content.ReadAsStringAsync(), "read-only");
    }

    [TestMethod]
    public async Task With_a_token_a_missing_header_gets_401_and_a_wrong_token_403()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token });
        using HttpResponseMessage missing = await live.SendAsync(HttpMethod.Post, "/update", Update, "application/sparql-update");
        using HttpResponseMessage wrong = await live.SendAsync(HttpMethod.Post, "/update", Update, "application/sparql-update", token: LiveServer.Token + "x");
        using HttpResponseMessage prefix = await live.SendAsync(HttpMethod.Post, "/update", Update, "application/sparql-update", token: LiveServer.Token[..4]);

        Assert.AreEqual(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.AreEqual("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        Assert.AreEqual(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, prefix.StatusCode);
        Assert.DoesNotContain("INSERT", await wrong.Content.ReadAsStringAsync(), "a refused update is not echoed");
        Assert.DoesNotContain("INSERT", live.Log);
    }

    [TestMethod]
    public async Task An_authorized_update_with_the_wrong_media_type_gets_415()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token });
        using HttpResponseMessage response = await live.SendAsync(HttpMethod.Post, "/update", Update, "text/plain", token: LiveServer.Token);
        using HttpResponseMessage utf16 = await live.SendAsync(HttpMethod.Post, "/update", Update, "application/sparql-update; charset=UTF-16", token: LiveServer.Token);

        Assert.AreEqual(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.AreEqual(HttpStatusCode.UnsupportedMediaType, utf16.StatusCode);
    }

    [TestMethod]
    public async Task Updates_by_get_are_refused()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token });
        using HttpResponseMessage onUpdate = await live.GetAsync("/update?update=" + LiveServer.Escape(Update));
        using HttpResponseMessage onQuery = await live.GetAsync("/sparql?update=" + LiveServer.Escape(Update));

        Assert.AreEqual(HttpStatusCode.MethodNotAllowed, onUpdate.StatusCode);
        Assert.AreEqual(HttpStatusCode.BadRequest, onQuery.StatusCode);
    }

    [TestMethod]
    public async Task Without_an_update_engine_an_authorized_update_gets_501()
    {
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token, UpdateRunner = new UnavailableUpdateRunner() });
        using HttpResponseMessage response = await live.SendAsync(HttpMethod.Post, "/update", Update, "application/sparql-update", token: LiveServer.Token);

        Assert.AreEqual(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [TestMethod]
    public async Task An_authorized_form_update_reaches_the_engine_with_its_using_graphs()
    {
        var runner = new RecordingRunner();
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token, UpdateRunner = runner });
        string body = "update=" + LiveServer.Escape(Update) + "&using-graph-uri=" + LiveServer.Escape("http://example.org/g1")
            + "&using-named-graph-uri=" + LiveServer.Escape("http://example.org/g2");
        using HttpResponseMessage form = await live.SendAsync(HttpMethod.Post, "/update", body, "application/x-www-form-urlencoded", token: LiveServer.Token);
        using HttpResponseMessage two = await live.SendAsync(HttpMethod.Post, "/update", "update=a&update=b", "application/x-www-form-urlencoded", token: LiveServer.Token);

        Assert.AreEqual(HttpStatusCode.NoContent, form.StatusCode);
        SparqlUpdateRequest request = runner.Requests.Single();
        Assert.AreEqual(Update, request.Text);
        Assert.AreEqual("http://example.org/g1", request.UsingGraphs.Single().Value);
        Assert.AreEqual("http://example.org/g2", request.UsingNamedGraphs.Single().Value);
        Assert.AreEqual(live.Server.Address + "update", request.BaseIri!.Value);
        Assert.AreEqual(HttpStatusCode.BadRequest, two.StatusCode);
    }

    private sealed class RecordingRunner : ISparqlUpdateRunner
    {
        public List<SparqlUpdateRequest> Requests { get; } = [];

        public bool IsAvailable => true;

        public void Run(IQuadStore store, SparqlUpdateRequest request, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add(request);
            }
        }
    }
}
