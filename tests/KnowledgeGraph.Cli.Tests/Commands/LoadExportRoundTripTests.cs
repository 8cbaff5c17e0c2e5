using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// Issue 4's round-trip acceptance through the real command line, over every W3C TriG evaluation input:
/// <c>kg load --store DIR FILE --base IRI</c> into a fresh store, then <c>kg export --store DIR --to nquads</c>; the
/// exported dataset must be isomorphic to the input (as our TriG parser reads it) and to the N-Quads result the W3C
/// suite gives for that input.
/// </summary>
[TestClass]
public sealed class LoadExportRoundTripTests
{
    private const string Suite = "load-export/trig";

    private static readonly Lazy<Dictionary<string, W3cTestEntry>> Entries = new(() =>
        W3cManifest.Load(Path.Combine(RepositoryPaths.W3c, "rdf/rdf11/rdf-trig/manifest.ttl"), Suite)
            .Where(e => e.Type.Value.EndsWith("#TestTrigEval", StringComparison.Ordinal))
            .ToDictionary(e => e.ShortName, StringComparer.Ordinal));

    public static IEnumerable<object[]> Names => Entries.Value.Keys.Order(StringComparer.Ordinal).Select(k => new object[] { k });

    [TestMethod]
    [DynamicData(nameof(Names))]
    public void KgLoadThenKgExport(string name) => ConformanceReport.Run(Suite, () => Check(Entries.Value[name]));

    private static void Check(W3cTestEntry entry)
    {
        var action = (Iri)entry.Action!;
        string path = W3cManifest.LocalPath(action);
        string baseIri = W3cManifest.BaseFor(entry, action).Value;
        List<Quad> input;
        using (FileStream s = File.OpenRead(path))
        {
            input = [.. new TriGParser(RdfParserOptions.Default with { BaseIri = Iri.Parse(baseIri) }).Parse(s)];
        }

        List<Quad> expected = ReadNQuads(File.ReadAllText(W3cManifest.LocalPath((Iri)entry.Result!)));

        using TemporaryFolder folder = KgProcess.CreateFolder();
        string store = Path.Combine(folder.Path, "store");
        string directory = Path.GetDirectoryName(path)!, file = Path.GetFileName(path);
        KgRun load = KgProcess.Run(directory, "load", "--store", store, file, "--base", baseIri);
        Assert.AreEqual(0, load.ExitCode, $"kg load {file}: {load.Error}");
        KgRun export = KgProcess.Run(folder.Path, "export", "--store", store, "--to", "nquads");
        Assert.AreEqual(0, export.ExitCode, $"kg export after loading {file}: {export.Error}");

        List<Quad> exported = ReadNQuads(export.Output);
        Assert.IsTrue(Isomorphism.AreIsomorphic(exported, input), $"{file}: kg export gives a dataset that differs from the input:\n{export.Output}");
        Assert.IsTrue(Isomorphism.AreIsomorphic(exported, expected), $"{file}: kg export gives a dataset that differs from the W3C result:\n{export.Output}");
    }

    private static List<Quad> ReadNQuads(string text) => [.. new NQuadsParser().Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)))];
}
