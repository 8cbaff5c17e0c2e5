using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Server.Tests.W3c;

/// <summary>
/// The W3C SPARQL 1.1 Protocol tests (tests/w3c/sparql/sparql11/protocol) against a live server on loopback: each
/// entry's HTTP requests are sent as the manifest spells them (path, method, headers, body and its encoding), with
/// <c>/sparql/</c> mapped to <c>/update</c> for update requests, and the response checked for the expected status
/// class, result format and boolean.
/// </summary>
[TestClass]
public sealed class ProtocolSuiteTests
{
    private const string Suite = "sparql11-protocol";
    private const string Ht = "http://www.w3.org/2011/http#";
    private const string Cnt = "http://www.w3.org/2011/content#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";

    /// <summary>Entries not run, each with its reason.</summary>
    private static readonly Dictionary<string, string> Skips = new(StringComparer.Ordinal)
    {
    };

    private static readonly Lazy<Dictionary<string, W3cTestEntry>> Manifest = new(() =>
        W3cManifest.Load(Path.Combine(RepositoryPaths.W3c, "sparql", "sparql11", "protocol", "manifest.ttl"), Suite)
            .ToDictionary(e => e.ShortName, StringComparer.Ordinal));

    public static IEnumerable<object[]> Entries() => Manifest.Value.Keys.Select(name => new object[] { name });

    [TestMethod]
    [DynamicData(nameof(Entries))]
    public void Entry(string name) => ConformanceReport.Run(Suite, () =>
    {
        if (Skips.TryGetValue(name, out string? reason))
        {
            Assert.Inconclusive(reason);
        }

        RunAsync(Manifest.Value[name]).GetAwaiter().GetResult();
    });

    private static async Task RunAsync(W3cTestEntry entry)
    {
        Graph m = entry.Manifest;
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token }, data: null, unionDefaultGraph: false);
        LoadGraphData(entry, live.Store);

        Term connection = entry.Action!;
        Term requests = m.Match(connection, H("requests")).Single().Object;
        foreach (Term request in W3cManifest.ReadList(m, requests))
        {
            string method = Text(m, request, H("methodName"))!;
            string path = Text(m, request, H("absolutePath"))!;
            var headers = W3cManifest.ReadList(m, Object(m, request, H("headers")) ?? Rdf.Vocabularies.Vocabulary.Rdf.Nil)
                .Select(h => (Name: Text(m, h, H("fieldName"))!, Value: Text(m, h, H("fieldValue"))!)).ToList();
            Term? body = Object(m, request, H("body"));
            string? chars = body is null ? null : Text(m, body, Iri.Parse(Cnt + "chars"));
            string encoding = body is null ? "UTF-8" : Text(m, body, Iri.Parse(Cnt + "characterEncoding")) ?? "UTF-8";

            bool isUpdate = headers.Any(h => h.Value.Contains("sparql-update", StringComparison.OrdinalIgnoreCase))
                || (chars?.StartsWith("update=", StringComparison.Ordinal) ?? false)
                || path.Contains("update=", StringComparison.Ordinal)
                || path.Contains("using-graph-uri=", StringComparison.Ordinal);
            string target = (isUpdate ? "/update" : "/sparql") + path["/sparql/".Length..];

            var message = new HttpRequestMessage(new HttpMethod(method), target);
            message.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", LiveServer.Token);
            if (chars is not null)
            {
                Encoding enc = encoding.Equals("UTF-16", StringComparison.OrdinalIgnoreCase) ? Encoding.Unicode : Encoding.UTF8;
                message.Content = new ByteArrayContent(enc.GetBytes(chars));
            }

            foreach ((string name, string value) in headers)
            {
                if (name.StartsWith("content-", StringComparison.OrdinalIgnoreCase))
                {
                    message.Content ??= new ByteArrayContent([]);
                    message.Content.Headers.TryAddWithoutValidation(name, value);
                }
                else
                {
                    message.Headers.TryAddWithoutValidation(name, value);
                }
            }

            using HttpResponseMessage response = await live.Client.SendAsync(message);
            string content = await response.Content.ReadAsStringAsync();
            Term expectation = m.Match(request, H("resp")).Single().Object;
            string[] classes = [.. m.Match(expectation, Iri.Parse(W3cManifest.Mf + "expectedStatus")).Select(t => ((Iri)t.Object).Value[(((Iri)t.Object).Value.IndexOf('#') + 1)..])];
            int status = (int)response.StatusCode;
            Assert.IsTrue(classes.Any(c => StatusMatches(c, status)), $"{method} {target}: status {status}, expected {string.Join(" or ", classes)}: {content}");

            string? format = Text(m, expectation, Iri.Parse(W3cManifest.Mf + "expectedFormat"));
            string mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (format == "tabular" || format == "boolean")
            {
                CollectionAssert.Contains(new[] { "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values" }, mediaType);
            }
            else if (format == "RDF")
            {
                Assert.IsTrue(RdfFormats.TryFindByMediaType(mediaType, out _), mediaType);
            }

            if (Object(m, expectation, Iri.Parse(W3cManifest.Mf + "expectedBoolean")) is Literal expected)
            {
                Assert.AreEqual("application/sparql-results+json", mediaType);
                using JsonDocument json = JsonDocument.Parse(content);
                Assert.AreEqual(expected.LexicalForm == "true", json.RootElement.GetProperty("boolean").GetBoolean(), content);
            }
        }
    }

    private static void LoadGraphData(W3cTestEntry entry, IQuadStore store)
    {
        Graph m = entry.Manifest;
        using IQuadTransaction tx = store.BeginTransaction();
        foreach (Triple data in m.Match(entry.Id, Iri.Parse(Ut + "graphData")))
        {
            var file = (Iri)Object(m, data.Object, Iri.Parse(Ut + "graph"))!;
            var name = Iri.Parse(Text(m, data.Object, Rdf.Vocabularies.Vocabulary.Rdfs.Label)!);
            using FileStream s = File.OpenRead(W3cManifest.LocalPath(file));
            foreach (Quad q in RdfFormats.NTriples.CreateParser().Parse(s))
            {
                tx.Add(new Quad(q.Triple, name));
            }
        }

        tx.Commit();
    }

    private static bool StatusMatches(string expected, int status) => expected switch
    {
        "StatusCode2xx" => status is >= 200 and < 300,
        "StatusCode3xx" => status is >= 300 and < 400,
        "StatusCode4xx" => status is >= 400 and < 500,
        "StatusCode5xx" => status >= 500,
        _ => false,
    };

    private static Iri H(string local) => Iri.Parse(Ht + local);

    private static Term? Object(Graph m, Term subject, Iri predicate) => m.Match(subject, predicate).Select(t => t.Object).FirstOrDefault();

    private static string? Text(Graph m, Term subject, Iri predicate) => (Object(m, subject, predicate) as Literal)?.LexicalForm;
}
