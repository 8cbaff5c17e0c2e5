using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Formats.NTriples;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Rdf.Formats.Tests.W3c;

/// <summary>
/// The W3C RDF 1.1 and RDF 1.2 syntax suites for N-Triples, N-Quads, Turtle and TriG (and the RDF 1.1 RDF/XML suite), one test per manifest entry,
/// dispatched on the entry's rdf:type.
/// </summary>
[TestClass]
public sealed class RdfSyntaxSuiteTests
{
    private const string Rdft = "http://www.w3.org/ns/rdftest#";

    private static readonly (string Suite, string Manifest)[] Suites =
    [
        ("rdf11/n-triples", "rdf/rdf11/rdf-n-triples/manifest.ttl"),
        ("rdf11/n-quads", "rdf/rdf11/rdf-n-quads/manifest.ttl"),
        ("rdf11/turtle", "rdf/rdf11/rdf-turtle/manifest.ttl"),
        ("rdf11/trig", "rdf/rdf11/rdf-trig/manifest.ttl"),
        ("rdf11/rdf-xml", "rdf/rdf11/rdf-xml/manifest.ttl"),
        ("rdf12/n-triples", "rdf/rdf12/rdf-n-triples/manifest.ttl"),
        ("rdf12/n-quads", "rdf/rdf12/rdf-n-quads/manifest.ttl"),
        ("rdf12/turtle", "rdf/rdf12/rdf-turtle/manifest.ttl"),
        ("rdf12/trig", "rdf/rdf12/rdf-trig/manifest.ttl"),
    ];

    private static readonly Lazy<Dictionary<string, W3cTestEntry>> AllEntries = new(() =>
    {
        var entries = new Dictionary<string, W3cTestEntry>(StringComparer.Ordinal);
        foreach ((string suite, string manifest) in Suites)
        {
            foreach (W3cTestEntry e in W3cManifest.Load(Path.Combine(RepositoryPaths.W3c, manifest), suite))
            {
                entries[Key(e)] = e;
            }
        }

        return entries;
    });

    public static IEnumerable<object[]> Entries => AllEntries.Value.Keys.Order(StringComparer.Ordinal).Select(k => new object[] { k });

    [AssemblyCleanup]
    public static void WriteReport() => ConformanceReport.Write("rdf-syntax");

    [TestMethod]
    [DynamicData(nameof(Entries))]
    public void W3cTest(string key)
    {
        W3cTestEntry entry = AllEntries.Value[key];
        ConformanceReport.Run(entry.Suite, () => Execute(entry));
    }

    private static string Key(W3cTestEntry e) => $"{e.Suite}/{e.ShortName}";

    private static void Execute(W3cTestEntry entry)
    {
        string type = entry.Type.Value.StartsWith(Rdft, StringComparison.Ordinal) ? entry.Type.Value[Rdft.Length..] : entry.Type.Value;
        var action = (Iri)entry.Action!;
        string path = W3cManifest.LocalPath(action);
        Iri baseIri = W3cManifest.BaseFor(entry, action);
        switch (type)
        {
            case "TestNTriplesPositiveSyntax" or "TestNQuadsPositiveSyntax" or "TestTurtlePositiveSyntax" or "TestTrigPositiveSyntax":
                _ = Parse(type, path, baseIri);
                break;
            case "TestNTriplesNegativeSyntax" or "TestXMLNegativeSyntax" or "TestNQuadsNegativeSyntax" or "TestTurtleNegativeSyntax" or "TestTrigNegativeSyntax"
                or "TestTurtleNegativeEval" or "TestTrigNegativeEval":
                RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(() => Parse(type, path, baseIri), $"{path} must be rejected");
                Assert.IsTrue(e.Line >= 1 && e.Column >= 1, "errors carry a location");
                break;
            case "TestTurtleEval" or "TestTrigEval" or "TestXMLEval" or "TestNTriplesPositiveC14N" or "TestNQuadsPositiveC14N":
                List<Quad> actual = Parse(type, path, baseIri);
                string expectedPath = W3cManifest.LocalPath((Iri)entry.Result!);
                List<Quad> expected = ParseExpected(expectedPath);
                Assert.IsTrue(Isomorphism.AreIsomorphic(actual, expected),
                    $"{path}: result is not isomorphic to {expectedPath}.\nActual:\n{string.Join('\n', actual)}\nExpected:\n{string.Join('\n', expected)}");
                break;
            default:
                Assert.Inconclusive($"test type {type} is not an RDF syntax test of these four formats");
                break;
        }
    }

    private static List<Quad> Parse(string type, string path, Iri baseIri)
    {
        var options = RdfParserOptions.Default with { BaseIri = baseIri, SourceName = path };
        RdfParser parser = type switch
        {
            _ when type.StartsWith("TestNTriples", StringComparison.Ordinal) => new NTriplesParser(options),
            _ when type.StartsWith("TestNQuads", StringComparison.Ordinal) => new NQuadsParser(options),
            _ when type.StartsWith("TestTurtle", StringComparison.Ordinal) => new TurtleParser(options),
            _ when type.StartsWith("TestXML", StringComparison.Ordinal) => new RdfXmlParser(options),
            _ => new TriGParser(options),
        };
        using FileStream s = File.OpenRead(path);
        return [.. parser.Parse(s)];
    }

    private static List<Quad> ParseExpected(string path)
    {
        using FileStream s = File.OpenRead(path);
        return [.. new NQuadsParser(RdfParserOptions.Default with { SourceName = path }).Parse(s)];
    }
}
