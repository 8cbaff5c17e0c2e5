using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// <c>kg convert</c> as a user runs it, over every W3C RDF 1.1 Turtle and TriG test: evaluation inputs converted to
/// N-Triples/N-Quads must be isomorphic to the expected result, and converted to Turtle/TriG must parse back to the same
/// graph (the round trip); negative syntax inputs must fail with exit code 1 and a <c>path:line:column:</c> message.
/// </summary>
[TestClass]
public sealed partial class ConvertConformanceTests
{
    private static readonly Lazy<Dictionary<string, W3cTestEntry>> Entries = new(() =>
    {
        var entries = new Dictionary<string, W3cTestEntry>(StringComparer.Ordinal);
        foreach ((string suite, string manifest) in new[]
        {
            ("convert/turtle", "rdf/rdf11/rdf-turtle/manifest.ttl"),
            ("convert/trig", "rdf/rdf11/rdf-trig/manifest.ttl"),
        })
        {
            foreach (W3cTestEntry e in W3cManifest.Load(Path.Combine(RepositoryPaths.W3c, manifest), suite))
            {
                entries[$"{suite}/{e.ShortName}"] = e;
            }
        }

        return entries;
    });

    public static IEnumerable<object[]> Keys => Entries.Value.Keys.Order(StringComparer.Ordinal).Select(k => new object[] { k });

    [AssemblyCleanup]
    public static void WriteReport() => ConformanceReport.Write("cli");

    [TestMethod]
    [DynamicData(nameof(Keys))]
    public void KgConvert(string key)
    {
        W3cTestEntry entry = Entries.Value[key];
        ConformanceReport.Run(entry.Suite, () => Check(entry));
    }

    private static void Check(W3cTestEntry entry)
    {
        string type = entry.Type.Value[(entry.Type.Value.IndexOf('#', StringComparison.Ordinal) + 1)..];
        var action = (Iri)entry.Action!;
        string path = W3cManifest.LocalPath(action);
        string baseIri = W3cManifest.BaseFor(entry, action).Value;
        bool trig = type.StartsWith("TestTrig", StringComparison.Ordinal);
        string dir = Path.GetDirectoryName(path)!;
        string file = Path.GetFileName(path);

        if (type.EndsWith("NegativeSyntax", StringComparison.Ordinal) || type.EndsWith("NegativeEval", StringComparison.Ordinal))
        {
            KgRun bad = KgProcess.Run(dir, "convert", file, "--base", baseIri, "--to", trig ? "nquads" : "ntriples");
            Assert.AreEqual(1, bad.ExitCode, $"kg convert {file} must fail");
            StringAssert.Matches(bad.Error, LocatedError(), $"the error names {file}:line:column");
            return;
        }

        if (!type.EndsWith("Eval", StringComparison.Ordinal))
        {
            // Positive syntax tests have no expected graph; the parser suite checks them.
            KgRun ok = KgProcess.Run(dir, "convert", file, "--base", baseIri, "--to", trig ? "nquads" : "ntriples");
            Assert.AreEqual(0, ok.ExitCode, ok.Error);
            return;
        }

        List<Quad> expected = ReadNQuads(File.ReadAllText(W3cManifest.LocalPath((Iri)entry.Result!)));
        KgRun lines = KgProcess.Run(dir, "convert", file, "--base", baseIri, "--to", trig ? "nquads" : "ntriples");
        Assert.AreEqual(0, lines.ExitCode, lines.Error);
        Assert.IsTrue(Isomorphism.AreIsomorphic(ReadNQuads(lines.Output), expected), $"kg convert {file} --to n-triples:\n{lines.Output}");

        KgRun pretty = KgProcess.Run(dir, "convert", file, "--base", baseIri, "--to", trig ? "trig" : "turtle");
        Assert.AreEqual(0, pretty.ExitCode, pretty.Error);
        List<Quad> back = [.. new TriGParser().Parse(new MemoryStream(Encoding.UTF8.GetBytes(pretty.Output)))];
        Assert.IsTrue(Isomorphism.AreIsomorphic(back, expected), $"kg convert {file} --to turtle does not round-trip:\n{pretty.Output}");
    }

    private static List<Quad> ReadNQuads(string text) => [.. new NQuadsParser().Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)))];

    [GeneratedRegex(@"\S+:\d+:\d+: ")]
    private static partial Regex LocatedError();
}
