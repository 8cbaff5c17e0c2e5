using System.Net;
using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Linking.Online;

namespace KnowledgeGraph.Linking.Tests.Online;

[TestClass]
public sealed class OnlineLinkingTests
{
    private static LinkerOptions Options(StubWikidataServer server, string? cache = null) => LinkerOptions.Default with
    {
        Online = WikidataOnlineOptions.Default with { ApiEndpoint = server.Endpoint, MinInterval = TimeSpan.FromMilliseconds(150), CacheDirectory = cache },
    };

    private static LinkingDocument Document(params EntityMention[] mentions) => new("en", mentions) { Text = "Rexa Tillmann met Donald Trump." };

    [TestMethod]
    public void MentionsMissingOfflineAreFoundOnline()
    {
        using var server = new StubWikidataServer();
        using var linker = new EntityLinker(WikidataKnowledgeBase.Default, Options(server));
        IReadOnlyList<LinkResult> results = linker.Link(Document(new EntityMention("Rexa Tillmann", EntityKind.Person), new EntityMention("Donald Trump", EntityKind.Person)));
        Assert.AreEqual("Q999999911", results[0].Qid, results[0].Explanation.ToString());
        Assert.AreEqual("online", results[0].Method);
        Assert.AreEqual("Q22686", results[1].Qid);
        Assert.AreEqual("offline", results[1].Method, "what the base has is not looked up online");
        // One search, one wbgetentities; both with the descriptive User-Agent and maxlag.
        Assert.AreEqual(2, server.Requests.Count);
        Assert.IsTrue(server.Requests.All(r => r.UserAgent == WikidataOnlineOptions.Default.UserAgent && r.Query.Contains("maxlag=5", StringComparison.Ordinal)));
        Assert.IsTrue(server.Requests.Any(r => r.Query.Contains("action=wbsearchentities", StringComparison.Ordinal) && r.Query.Contains("search=Rexa%20Tillmann", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void TheTypeCheckAppliesOnlineToo()
    {
        using var server = new StubWikidataServer();
        using var linker = new EntityLinker(WikidataKnowledgeBase.Default, Options(server));
        LinkResult r = linker.Link(Document(new EntityMention("Rexa Tillmann Foundation", EntityKind.Person)))[0];
        Assert.IsTrue(r.IsNil, r.Explanation.ToString());
    }

    [TestMethod]
    public void AFailingServiceDegradesToOffline()
    {
        using var server = new StubWikidataServer { FailWith = HttpStatusCode.ServiceUnavailable };
        using var linker = new EntityLinker(WikidataKnowledgeBase.Default, Options(server));
        for (int i = 0; i < 5; i++)
        {
            IReadOnlyList<LinkResult> results = linker.Link(Document(new EntityMention("Rexa Tillmann", EntityKind.Person), new EntityMention("Donald Trump", EntityKind.Person)));
            Assert.IsTrue(results[0].IsNil);
            Assert.AreEqual("Q22686", results[1].Qid);
        }
        Assert.AreEqual(WikidataOnlineOptions.Default.MaxConsecutiveFailures, server.Requests.Count, "after repeated failures the client stops asking");
    }

    [TestMethod]
    public void AnUnreachableServiceDegradesToOffline()
    {
        Uri endpoint;
        using (var gone = new StubWikidataServer())
            endpoint = gone.Endpoint;
        var options = LinkerOptions.Default with { Online = WikidataOnlineOptions.Default with { ApiEndpoint = endpoint, Timeout = TimeSpan.FromSeconds(2) } };
        using var linker = new EntityLinker(WikidataKnowledgeBase.Default, options);
        LinkResult r = linker.Link(Document(new EntityMention("Rexa Tillmann", EntityKind.Person)))[0];
        Assert.IsTrue(r.IsNil);
    }

    [TestMethod]
    public void ResponsesAreCachedOnDisk()
    {
        string cache = Path.Combine(Path.GetTempPath(), "kg-linking-cache-" + Guid.NewGuid().ToString("N"));
        using var server = new StubWikidataServer();
        using (var first = new EntityLinker(WikidataKnowledgeBase.Default, Options(server, cache)))
            Assert.AreEqual("Q999999911", first.Link(Document(new EntityMention("Rexa Tillmann", EntityKind.Person)))[0].Qid);
        int sent = server.Requests.Count;
        using (var second = new EntityLinker(WikidataKnowledgeBase.Default, Options(server, cache)))
        {
            Assert.AreEqual("Q999999911", second.Link(Document(new EntityMention("Rexa Tillmann", EntityKind.Person)))[0].Qid);
            Assert.AreEqual(0, second.OnlineRequests);
        }
        Assert.AreEqual(sent, server.Requests.Count);
        Directory.Delete(cache, recursive: true);
    }

    [TestMethod]
    public void EntitiesAreFetchedInBatchesOfFiftyAndRequestsAreSpaced()
    {
        using var server = new StubWikidataServer();
        using var client = new WikidataOnlineClient(WikidataOnlineOptions.Default with { ApiEndpoint = server.Endpoint, MinInterval = TimeSpan.FromMilliseconds(200) });
        string[] ids = [.. Enumerable.Range(1, 120).Select(i => "Q" + (999990000 + i))];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<WikidataItem> items = client.GetEntities(ids, CancellationToken.None);
        clock.Stop();
        Assert.AreEqual(0, items.Count, "missing entities are skipped");
        var requests = server.Requests.ToArray();
        Assert.AreEqual(3, requests.Length);
        Assert.IsTrue(requests.All(r => r.Query.Split('&').Single(p => p.StartsWith("ids=", StringComparison.Ordinal)).Split("%7C").Length <= 50));
        // Three requests at least 200 ms apart take at least 400 ms, however fast the server is.
        Assert.IsTrue(clock.Elapsed >= TimeSpan.FromMilliseconds(390), $"requests are rate-limited (took {clock.Elapsed})");
    }
}
