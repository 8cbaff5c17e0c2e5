using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Formats.NTriples;
using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Rdf.Formats.Tests.Writers;

/// <summary>
/// Every expected result of the W3C Turtle and TriG (RDF 1.1 and 1.2) evaluation tests (the .nt/.nq files named by mf:result) is read
/// with the N-Triples/N-Quads parser, written as Turtle/TriG (pretty and streaming), N-Triples and N-Quads, and read
/// back; the result must be isomorphic. The N-Triples canonicalisation suite checks the N-Triples writer byte for byte.
/// </summary>
[TestClass]
public sealed partial class W3cRoundTripTests
{
    private static readonly (string Suite, string Manifest)[] EvaluationSuites =
    [
        ("rdf11/turtle", "rdf/rdf11/rdf-turtle/manifest.ttl"),
        ("rdf11/trig", "rdf/rdf11/rdf-trig/manifest.ttl"),
        ("rdf12/turtle", "rdf/rdf12/rdf-turtle/eval/manifest.ttl"),
        ("rdf12/trig", "rdf/rdf12/rdf-trig/eval/manifest.ttl"),
    ];

    private static readonly Lazy<Dictionary<string, string>> ResultFiles = new(() =>
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string suite, string manifest) in EvaluationSuites)
        {
            foreach (W3cTestEntry e in W3cManifest.Load(Path.Combine(RepositoryPaths.W3c, manifest), suite))
            {
                if (e.Type.Value.EndsWith("Eval", StringComparison.Ordinal) && !e.Type.Value.EndsWith("NegativeEval", StringComparison.Ordinal)
                    && e.Result is Iri result)
                {
                    files[$"{suite}/{e.ShortName}"] = W3cManifest.LocalPath(result);
                }
            }
        }

        return files;
    });

    private static readonly Lazy<Dictionary<string, (string Input, string Expected)>> CanonicalFiles = new(() =>
    {
        var files = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        string manifest = Path.Combine(RepositoryPaths.W3c, "rdf/rdf12/rdf-n-triples/c14n/manifest.ttl");
        foreach (W3cTestEntry e in W3cManifest.Load(manifest, "rdf12/n-triples-c14n"))
        {
            files[e.ShortName] = (W3cManifest.LocalPath((Iri)e.Action!), W3cManifest.LocalPath((Iri)e.Result!));
        }

        return files;
    });

    /// <summary>Canonicalisation tests these writers deliberately do not follow, with the reason.</summary>
    private static readonly Dictionary<string, string> CanonicalSkips = new(StringComparer.Ordinal)
    {
        ["langtagged_string"] = LanguageTagsAsGiven,
        ["dirlangtagged_string"] = LanguageTagsAsGiven,
    };

    private const string LanguageTagsAsGiven =
        "the (Proposed) test lower-cases language tags; our writers keep tags as given, as the project decided " +
        "(RDF 1.2 Concepts makes tags differing only by case the same tag but leaves the spelling to implementations)";

    public static IEnumerable<object[]> EvaluationResults =>
        ResultFiles.Value.Keys.Order(StringComparer.Ordinal).Select(k => new object[] { k });

    public static IEnumerable<object[]> CanonicalTests =>
        CanonicalFiles.Value.Keys.Order(StringComparer.Ordinal).Select(k => new object[] { k });

    [TestMethod]
    public void SuitesAreFound()
    {
        Assert.IsGreaterThan(300, ResultFiles.Value.Count, "Turtle and TriG evaluation results");
        Assert.IsGreaterThan(30, CanonicalFiles.Value.Count, "N-Triples canonicalisation tests");
    }

    [TestMethod]
    [DynamicData(nameof(EvaluationResults))]
    public void EvaluationResultRoundTrips(string key)
    {
        string path = ResultFiles.Value[key];
        List<Quad> quads;
        using (FileStream s = File.OpenRead(path))
        {
            quads = [.. new NQuadsParser(RdfParserOptions.Default with { SourceName = path }).Parse(s)];
        }

        string nquads = WriterHarness.Write(s => new NQuadsWriter(s, RdfWriterOptions.Default), quads);
        Assert.IsTrue(Isomorphism.AreIsomorphic(quads.Distinct(), WriterHarness.ParseNQuads(nquads)), $"{key}: N-Quads did not round-trip:\n{nquads}");

        bool dataset = quads.Any(q => q.Graph is not null);
        foreach (bool streaming in new[] { false, true })
        {
            var options = RdfWriterOptions.Default with { Streaming = streaming };
            string text = dataset
                ? WriterHarness.Write(s => new TriGWriter(s, options), quads)
                : WriterHarness.Write(s => new TurtleWriter(s, options), quads);
            RdfParser parser = dataset ? new TriGParser() : new TurtleParser();
            List<Quad> back;
            try
            {
                back = [.. parser.ParseText(text)];
            }
            catch (RdfSyntaxException e) when (UsesRdf12Syntax(quads))
            {
                Assert.Inconclusive($"the Turtle/TriG parser does not read RDF 1.2 triple terms and base directions yet: {e.Reason}");
                return;
            }

            Assert.IsTrue(
                Isomorphism.AreIsomorphic(quads.Distinct(), back),
                $"{key} ({(streaming ? "streaming" : "pretty")}) did not round-trip.\nWritten:\n{text}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(CanonicalTests))]
    public void NTriplesWriterProducesCanonicalForm(string name)
    {
        if (CanonicalSkips.TryGetValue(name, out string? reason))
        {
            Assert.Inconclusive(reason);
        }

        (string input, string expectedPath) = CanonicalFiles.Value[name];
        List<Quad> quads;
        using (FileStream s = File.OpenRead(input))
        {
            quads = [.. new NTriplesParser(RdfParserOptions.Default with { SourceName = input }).Parse(s)];
        }

        string written = WriterHarness.Write(s => new NTriplesWriter(s, RdfWriterOptions.Default), quads);
        string expected = File.ReadAllText(expectedPath, Encoding.UTF8);

        // The parser gives blank nodes fresh labels, so compare labels by order of first appearance.
        Assert.AreEqual(NormaliseLabels(expected), NormaliseLabels(written), $"{name}: not the canonical N-Triples of {input}");
    }

    private static bool UsesRdf12Syntax(List<Quad> quads) =>
        quads.Any(q => q.Object is TripleTerm || (q.Object is Literal { Direction: not null }));

    private static string NormaliseLabels(string text)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        return BlankLabel().Replace(text, m =>
            labels.TryGetValue(m.Value, out string? l) ? l : labels[m.Value] = "_:n" + labels.Count);
    }

    [GeneratedRegex(@"_:[^\s)]+")]
    private static partial Regex BlankLabel();
}
