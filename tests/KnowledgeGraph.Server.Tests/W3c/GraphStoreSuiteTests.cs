using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Server.Tests.W3c;

/// <summary>
/// The W3C SPARQL 1.1 Graph Store Protocol tests (tests/w3c/sparql/sparql11/graph-store-protocol) against a live server
/// on loopback. Each entry's requests run in order on one server, with the manifest's <c>/gsp</c> path prefix mapped to
/// <c>/store</c> (the manifest asks for that replacement) and <c>mf:expectedLocation</c> template variables replaced by
/// the Location header of the response that defined them. A response is checked for its status, its Content-Type
/// media type, and, when the manifest gives a body, a graph isomorphic to it.
/// </summary>
[TestClass]
public sealed class GraphStoreSuiteTests
{
    private const string Suite = "sparql11-graph-store-protocol";
    private const string Ht = "http://www.w3.org/2011/http#";
    private const string Cnt = "http://www.w3.org/2011/content#";
    private const string Hts = "http://www.w3.org/2011/http-statusCodes#";

    private static readonly Dictionary<string, int> StatusCodes = new(StringComparer.Ordinal)
    {
        ["OK"] = 200,
        ["Created"] = 201,
        ["NoContent"] = 204,
        ["BadRequest"] = 400,
        ["NotFound"] = 404,
    };

    private static readonly Lazy<Dictionary<string, W3cTestEntry>> Manifest = new(() =>
        W3cManifest.Load(Path.Combine(RepositoryPaths.W3c, "sparql", "sparql11", "graph-store-protocol", "manifest.ttl"), Suite)
            .ToDictionary(e => e.ShortName, StringComparer.Ordinal));

    public static IEnumerable<object[]> Entries() => Manifest.Value.Keys.Select(name => new object[] { name });

    [TestMethod]
    public void Suite_has_both_identification_styles() =>
        Assert.AreEqual(13, Manifest.Value.Count, string.Join(", ", Manifest.Value.Keys));

    [TestMethod]
    [DynamicData(nameof(Entries))]
    public void Entry(string name) => ConformanceReport.Run(Suite, () => RunAsync(Manifest.Value[name]).GetAwaiter().GetResult());

    private static async Task RunAsync(W3cTestEntry entry)
    {
        Graph m = entry.Manifest;
        await using LiveServer live = await LiveServer.StartAsync(o => o with { UpdateToken = LiveServer.Token }, data: null, unionDefaultGraph: false);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        string Fill(string text) => variables.Aggregate(text, (t, v) => t.Replace(v.Key, v.Value, StringComparison.Ordinal));

        Term requests = m.Match(entry.Action!, H("requests")).Single().Object;
        int step = 0;
        foreach (Term request in W3cManifest.ReadList(m, requests))
        {
            step++;
            string method = Text(m, request, H("methodName"))!;
            string path = Fill(Text(m, request, H("absolutePath"))!);
            Assert.IsTrue(path.StartsWith("/gsp", StringComparison.Ordinal), path);
            string target = GraphStoreEndpointPath + path["/gsp".Length..];
            string where = $"request {step}: {method} {target}";

            var message = new HttpRequestMessage(new HttpMethod(method), target);
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveServer.Token);
            if (Body(m, request) is { } body)
            {
                message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Fill(body)));
            }

            foreach ((string field, string value) in Headers(m, request))
            {
                if (field.StartsWith("content-", StringComparison.OrdinalIgnoreCase))
                {
                    message.Content ??= new ByteArrayContent([]);
                    message.Content.Headers.TryAddWithoutValidation(field, value);
                }
                else
                {
                    message.Headers.TryAddWithoutValidation(field, value);
                }
            }

            using HttpResponseMessage response = await live.Client.SendAsync(message);
            string content = await response.Content.ReadAsStringAsync();
            int status = (int)response.StatusCode;
            Term expectation = m.Match(request, H("resp")).Single().Object;

            string[] expected = [.. m.Match(expectation, Iri.Parse(W3cManifest.Mf + "expectedStatus")).Select(t => ((Iri)t.Object).Value[Hts.Length..])];
            Assert.IsTrue(expected.Any(e => StatusMatches(e, status)), $"{where}: status {status}, expected {string.Join(" or ", expected)}: {content}");

            if (Text(m, expectation, Iri.Parse(W3cManifest.Mf + "expectedLocation")) is { } variable)
            {
                Assert.IsNotNull(response.Headers.Location, $"{where}: no Location header");
                variables[variable] = response.Headers.Location.OriginalString;
            }

            string? expectedType = Headers(m, expectation).Where(h => h.Name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
                .Select(h => MediaTypeHeaderValue.Parse(h.Value).MediaType).FirstOrDefault();
            string? actualType = response.Content.Headers.ContentType?.MediaType;
            if (expectedType is not null)
            {
                Assert.AreEqual(expectedType, actualType, $"{where}: Content-Type");
            }

            if (method == "HEAD")
            {
                Assert.AreEqual("", content, $"{where}: HEAD answers without a body");
            }

            if (Body(m, expectation) is { } expectedBody)
            {
                Iri baseIri = Iri.Parse(live.Server.Address + target.TrimStart('/'));
                List<Quad> want = Parse(expectedType!, Fill(expectedBody), baseIri);
                List<Quad> got = Parse(actualType!, content, baseIri);
                Assert.IsTrue(Isomorphism.AreIsomorphic(want, got), $"{where}: the graph is not isomorphic to the expected one.\nExpected:\n{Fill(expectedBody)}\nGot:\n{content}");
            }
        }
    }

    private const string GraphStoreEndpointPath = "/store";

    private static List<Quad> Parse(string mediaType, string text, Iri baseIri)
    {
        Assert.IsTrue(RdfFormats.TryFindByMediaType(mediaType, out RdfFormat? format), mediaType);
        return [.. format.CreateParser(RdfParserOptions.Default with { BaseIri = baseIri }).ParseText(text)];
    }

    private static bool StatusMatches(string expected, int status) => expected switch
    {
        "StatusCode2xx" => status is >= 200 and < 300,
        "StatusCode3xx" => status is >= 300 and < 400,
        "StatusCode4xx" => status is >= 400 and < 500,
        "StatusCode5xx" => status >= 500,
        _ => StatusCodes.TryGetValue(expected, out int code) ? code == status : throw new AssertFailedException($"unknown status {expected}"),
    };

    private static IEnumerable<(string Name, string Value)> Headers(Graph m, Term message) =>
        W3cManifest.ReadList(m, Object(m, message, H("headers")) ?? Rdf.Vocabularies.Vocabulary.Rdf.Nil)
            .Select(h => (Text(m, h, H("fieldName"))!, Text(m, h, H("fieldValue"))!));

    private static string? Body(Graph m, Term message)
    {
        if (Object(m, message, H("body")) is not { } body)
        {
            return null;
        }

        string encoding = Text(m, body, Iri.Parse(Cnt + "characterEncoding")) ?? "UTF-8";
        Assert.AreEqual("UTF-8", encoding, "the suite's bodies are UTF-8");
        return Text(m, body, Iri.Parse(Cnt + "chars"));
    }

    private static Iri H(string local) => Iri.Parse(Ht + local);

    private static Term? Object(Graph m, Term subject, Iri predicate) => m.Match(subject, predicate).Select(t => t.Object).FirstOrDefault();

    private static string? Text(Graph m, Term subject, Iri predicate) => (Object(m, subject, predicate) as Literal)?.LexicalForm;
}
