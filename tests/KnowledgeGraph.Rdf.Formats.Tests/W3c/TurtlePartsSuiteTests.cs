using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Rdf.Formats.Tests.W3c;

/// <summary>
/// The W3C Turtle suites (RDF 1.1 and 1.2) read by <see cref="ParallelTurtleReader"/> with parts of one byte, so that
/// every statement is cut off and parsed on its own with the directives and blank nodes before it: the statement
/// scanner meets every lexical corner the suites hold. Results must be isomorphic to the expected ones, and every
/// rejected document must be rejected at the same line and column as the sequential reader rejects it.
/// </summary>
[TestClass]
public sealed class TurtlePartsSuiteTests
{
    private const string Rdft = "http://www.w3.org/ns/rdftest#";

    private static readonly Lazy<Dictionary<string, W3cTestEntry>> AllEntries = new(() =>
    {
        var entries = new Dictionary<string, W3cTestEntry>(StringComparer.Ordinal);
        foreach ((string suite, string manifest) in new[] { ("rdf11/turtle", "rdf/rdf11/rdf-turtle/manifest.ttl"), ("rdf12/turtle", "rdf/rdf12/rdf-turtle/manifest.ttl") })
        {
            foreach (W3cTestEntry e in W3cManifest.Load(Path.Combine(RepositoryPaths.W3c, manifest), suite))
            {
                entries[$"{e.Suite}/{e.ShortName}"] = e;
            }
        }

        return entries;
    });

    public static IEnumerable<object[]> Entries => AllEntries.Value.Keys.Order(StringComparer.Ordinal).Select(k => new object[] { k });

    [TestMethod]
    [DynamicData(nameof(Entries))]
    public void TurtleTestReadInParts(string key)
    {
        W3cTestEntry entry = AllEntries.Value[key];
        string type = entry.Type.Value[Rdft.Length..];
        var action = (Iri)entry.Action!;
        string path = W3cManifest.LocalPath(action);
        var options = RdfParserOptions.Default with { BaseIri = W3cManifest.BaseFor(entry, action), SourceName = path };
        switch (type)
        {
            case "TestTurtlePositiveSyntax":
                _ = ReadInParts(path, options);
                break;
            case "TestTurtleEval":
                List<Quad> expected;
                using (FileStream s = File.OpenRead(W3cManifest.LocalPath((Iri)entry.Result!)))
                {
                    expected = [.. new NQuadsParser().Parse(s)];
                }

                List<Quad> actual = ReadInParts(path, options);
                Assert.IsTrue(Isomorphism.AreIsomorphic(actual, expected), $"{path}: read in parts, the result differs:\n{string.Join('\n', actual)}");
                break;
            case "TestTurtleNegativeSyntax" or "TestTurtleNegativeEval":
                RdfSyntaxException sequential = Assert.ThrowsExactly<RdfSyntaxException>(() => ReadSequentially(path, options));
                RdfSyntaxException inParts = Assert.ThrowsExactly<RdfSyntaxException>(() => ReadInParts(path, options), $"{path} must be rejected");
                Assert.AreEqual((sequential.Line, sequential.Column), (inParts.Line, inParts.Column), $"{path}: {inParts.Message} vs {sequential.Message}");
                break;
            default:
                Assert.Fail($"unexpected test type {type}");
                break;
        }
    }

    private static List<Quad> ReadInParts(string path, RdfParserOptions options)
    {
        using FileStream s = File.OpenRead(path);
        return [.. new ParallelTurtleReader(s, options, _ => { }, partBytes: 1).Read(CancellationToken.None)];
    }

    private static List<Quad> ReadSequentially(string path, RdfParserOptions options)
    {
        using FileStream s = File.OpenRead(path);
        return [.. new TurtleReader(s, options, trig: false, _ => { }).Read(CancellationToken.None)];
    }
}
